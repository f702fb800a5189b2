// SPDX-License-Identifier: GPL-3.0-or-later
#include "outputfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <sys/stat.h>
#include <unistd.h>
#endif

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FileText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::Files)
};

#ifdef Q_OS_UNIX
// The process's umask without changing it (umask(2) can only be read by
// setting it, which would race with other threads creating files).
mode_t currentUmask()
{
    QFile status(u"/proc/self/status"_s);
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            if (line.startsWith("Umask:")) {
                bool ok = false;
                const uint mask = line.mid(6).trimmed().toUInt(&ok, 8);
                if (ok)
                    return mode_t(mask);
            }
        }
    }
    return 022;
}

QString errnoText()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}
#endif

} // namespace

OutputFile::OutputFile(const QString &path)
    : m_path(QFileInfo(path).absoluteFilePath())
{
}

OutputFile::~OutputFile()
{
    cancel();
}

QString OutputFile::refusalFor(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    if (::lstat(QFile::encodeName(path).constData(), &st) != 0)
        return errno == ENOENT ? QString() : FileText::tr("it cannot be looked at: %1").arg(errnoText());
    if (S_ISLNK(st.st_mode))
        return FileText::tr("it is a symbolic link (Lectern never writes through links; remove it or choose another name)");
    if (S_ISDIR(st.st_mode))
        return FileText::tr("it is a folder");
    if (!S_ISREG(st.st_mode))
        return FileText::tr("it is not a regular file (a pipe, a device or a socket)");
    return {};
#else
    const QFileInfo info(path);
    if (info.isSymLink())
        return FileText::tr("it is a symbolic link (Lectern never writes through links; remove it or choose another name)");
    if (info.exists() && !info.isFile())
        return info.isDir() ? FileText::tr("it is a folder") : FileText::tr("it is not a regular file");
    return {};
#endif
}

bool OutputFile::open()
{
    if (const QString refusal = refusalFor(m_path); !refusal.isEmpty()) {
        m_error = FileText::tr("not written: %1").arg(refusal);
        return false;
    }
    const QFileInfo info(m_path);
    m_temporary = std::make_unique<QTemporaryFile>(QDir(info.absolutePath()).filePath(u"."_s + info.fileName() + u".XXXXXX"_s));
    if (!m_temporary->open()) {
        m_error = m_temporary->errorString();
        m_temporary.reset();
        return false;
    }
#ifdef Q_OS_UNIX
    struct stat existing{};
    const mode_t mode = ::stat(QFile::encodeName(m_path).constData(), &existing) == 0 ? (existing.st_mode & 07777)
                                                                                       : (0666 & ~currentUmask());
    ::fchmod(m_temporary->handle(), mode);
#endif
    m_failed = false;
    return true;
}

QIODevice *OutputFile::device() const
{
    return m_temporary.get();
}

qint64 OutputFile::write(QByteArrayView bytes)
{
    if (!m_temporary)
        return -1;
    const qint64 written = m_temporary->write(bytes.data(), bytes.size());
    if (written != bytes.size()) {
        m_failed = true;
        m_error = m_temporary->errorString();
    }
    return written;
}

bool OutputFile::commit()
{
    if (!m_temporary) {
        if (m_error.isEmpty())
            m_error = FileText::tr("the file was not opened");
        return false;
    }
    if (m_failed || !m_temporary->flush()) {
        if (m_error.isEmpty())
            m_error = m_temporary->errorString();
        cancel();
        return false;
    }
#ifdef Q_OS_UNIX
    if (::fsync(m_temporary->handle()) != 0) {
        m_error = FileText::tr("the file could not be saved to disk: %1").arg(errnoText());
        cancel();
        return false;
    }
    const QByteArray from = QFile::encodeName(m_temporary->fileName());
    m_temporary->close();
    // rename(2) replaces whatever is at the target, a link included, and
    // never writes to where a link points.
    if (::rename(from.constData(), QFile::encodeName(m_path).constData()) != 0) {
        m_error = FileText::tr("the file could not be put in place: %1").arg(errnoText());
        cancel();
        return false;
    }
    m_temporary->setAutoRemove(false);
#else
    m_temporary->close();
    QFile::remove(m_path);
    if (!m_temporary->rename(m_path)) {
        m_error = m_temporary->errorString();
        cancel();
        return false;
    }
    m_temporary->setAutoRemove(false);
#endif
    m_temporary.reset();
    return true;
}

void OutputFile::cancel()
{
    m_temporary.reset(); // QTemporaryFile removes its file
}

} // namespace Lectern::Models
