// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "loadoptions.h"

#include <QByteArrayView>
#include <QHash>

#include <optional>

namespace Lectern::Models {

/// Collects the entries of one index while it is parsed: fills default ids,
/// resolves paths against the bundle's folder, refuses paths that escape it
/// and duplicate ids, and records every problem with its line.
class IndexBuilder final
{
public:
    IndexBuilder(Bundle &bundle, const LoadOptions &options);

    /// An entry whose text is a file named by `entry.declaredPath`.
    void addFileEntry(DocumentEntry entry);
    /// An entry whose text sits inside a bigger file: the index (JSON Lines) when
    /// `entry.path` is empty, else the file it names (a web archive).
    void addInlineEntry(DocumentEntry entry);
    /// The absolute path for `declared` (relative to the bundle's folder), or
    /// nothing, after an error on `line`, when it leaves that folder unallowed.
    [[nodiscard]] std::optional<QString> resolve(const QString &declared, int line);

    void error(int line, const QString &message, int column = 0);
    void warning(int line, const QString &message, int column = 0);
    /// The whole index is unusable (unreadable, not JSON, no header...).
    void fail(int line, const QString &message, int column = 0);

    /// Adds the "empty index" diagnostic when nothing was listed.
    void finish();

    [[nodiscard]] Bundle &bundle() { return m_bundle; }
    [[nodiscard]] const LoadOptions &options() const { return m_options; }

private:
    bool claimId(DocumentEntry &entry);

    Bundle &m_bundle;
    LoadOptions m_options;
    QString m_cleanRoot;
    QHash<QString, int> m_idLines;
};

// The parsers for each index form (one file each).
void readManifestIndex(QByteArrayView bytes, IndexBuilder &builder);
void readPlainListIndex(const QString &text, IndexBuilder &builder);
void readDelimitedIndex(const QString &text, QChar separator, IndexBuilder &builder);
void readJsonLinesIndex(const QString &path, IndexBuilder &builder);
void readDirectoryIndex(const QString &path, IndexBuilder &builder);
/// The captures of the web archive at `path` (the bundle itself, or listed by
/// `listing`, whose id prefixes theirs and whose source, date and language they take).
void addWarcEntries(const QString &path, IndexBuilder &builder, const DocumentEntry &listing);

/// 1-based line and column of a byte offset into UTF-8 bytes.
[[nodiscard]] std::pair<int, int> lineColumnAt(QByteArrayView bytes, qsizetype offset);

} // namespace Lectern::Models
