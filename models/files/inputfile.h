// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QFile>
#include <QString>

#include <memory>

namespace Lectern::Models {

/// The one way Lectern opens a file it reads: a document, an index, a
/// gazetteer, a project to import. Only regular files are opened (a named
/// pipe, a device or a socket gets a message naming what it is, and is never
/// opened in a way that could block); links are followed and then checked
/// against the folder the file must stay in; the size limit counts the bytes
/// actually read, never the size the file reports.
class InputFile final
{
public:
    struct Rules {
        /// When set, the file, once every link is followed, must lie inside
        /// this folder (also resolved).
        QString root;
        qint64 maxBytes = -1; ///< read() refuses files with more bytes; -1 means no limit
    };

    /// What the file is when it is not a regular file ("a named pipe (FIFO)",
    /// "a character device", "a folder", ...), links followed; empty for a
    /// regular file or when nothing is there.
    [[nodiscard]] static QString notRegularReason(const QString &path);

    /// True when `path`, links followed, lies inside `root` (links followed).
    [[nodiscard]] static bool isInside(const QString &path, const QString &root);

    /// Opens for reading after the checks; on refusal returns null and sets
    /// `error` to a sentence fragment ("the file is a named pipe (FIFO), not
    /// a regular file"). The size limit is not applied here.
    [[nodiscard]] static std::unique_ptr<QFile> open(const QString &path, const Rules &rules, QString *error);

    struct Read {
        QByteArray bytes;
        QString error; ///< empty when read
        bool tooLarge = false;
    };
    /// Reads the whole file within `rules.maxBytes`.
    [[nodiscard]] static Read read(const QString &path, const Rules &rules);
    /// Reads at most `count` bytes from the start (for sniffing).
    [[nodiscard]] static Read readPrefix(const QString &path, qint64 count, const Rules &rules);
};

} // namespace Lectern::Models
