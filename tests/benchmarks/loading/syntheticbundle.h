// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>
#include <QtGlobal>

/// What to generate: how many documents, and how large each one is.
struct SyntheticBundleSpec {
    int documents = 1000;
    /// 0: short news items of varied length (about 1-3 KB each); otherwise
    /// each document is padded with paragraphs to at least this many bytes.
    qsizetype documentBytes = 0;
    quint32 seed = 2026;
};

/// A generated bundle: the same documents listed by a JSON manifest and by a
/// plain list, so both index forms are measured over identical files.
struct SyntheticBundle {
    QString directory;
    QString manifestPath;
    QString plainListPath;
    QStringList documentPaths; ///< absolute, in index order
    qint64 totalBytes = 0;
};

/// Writes deterministic, news-like synthetic bundles (UTF-8 with some
/// non-ASCII names and punctuation, paragraphs separated by blank lines,
/// "source link" boilerplate) into a folder, 1,000 documents per subfolder.
class SyntheticBundleWriter final
{
public:
    /// Returns an empty `directory` and sets `error` when a file cannot be written.
    [[nodiscard]] static SyntheticBundle write(const QString &directory, const SyntheticBundleSpec &spec, QString *error);
};
