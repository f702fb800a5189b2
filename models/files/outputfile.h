// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QTemporaryFile>

#include <memory>

namespace Lectern::Models {

/// The one way Lectern writes a file the user asked for (an export, an
/// extracted text, a gazetteer). It never writes through a link: a symbolic
/// link, a pipe or a device where the file should go is refused with a
/// message; the bytes go to a new hidden file in the same folder, which
/// replaces the target only on commit(), so a failed write leaves the old
/// file as it was and a link planted meanwhile is replaced, not followed.
class OutputFile final
{
public:
    explicit OutputFile(const QString &path);
    ~OutputFile();
    OutputFile(const OutputFile &) = delete;
    OutputFile &operator=(const OutputFile &) = delete;

    [[nodiscard]] bool open();
    [[nodiscard]] QIODevice *device() const;
    qint64 write(QByteArrayView bytes);
    /// Flushes to disk and puts the file in place; false (with errorString())
    /// when anything failed, and then the target is untouched.
    [[nodiscard]] bool commit();
    /// Drops what was written; the target stays as it was.
    void cancel();

    [[nodiscard]] QString fileName() const { return m_path; }
    [[nodiscard]] QString errorString() const { return m_error; }

    /// Why `path` cannot be written as a file ("it is a symbolic link", "it is
    /// a folder", ...); empty when it can be (missing, or a regular file).
    [[nodiscard]] static QString refusalFor(const QString &path);

private:
    QString m_path;
    QString m_error;
    std::unique_ptr<QTemporaryFile> m_temporary;
    bool m_failed = false;
};

} // namespace Lectern::Models
