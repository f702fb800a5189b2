// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <algorithm>
#include <limits>

#ifdef Q_OS_UNIX
#include <cerrno>
#include <cstring>
#include <fcntl.h>
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

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

QString canonicalRoot(const QString &root)
{
    // Every document of a bundle is checked against the same root.
    thread_local QString lastRoot;
    thread_local QString lastCanonical;
    if (root != lastRoot) {
        lastRoot = root;
        lastCanonical = QFileInfo(root).canonicalFilePath();
    }
    return lastCanonical;
}

bool canonicalInside(const QString &canonical, const QString &root)
{
    const QString base = canonicalRoot(root);
    if (base.isEmpty() || canonical.isEmpty())
        return false;
    return base == u"/"_s || canonical.startsWith(base + u'/');
}

#ifdef Q_OS_UNIX
QString kindOfMode(mode_t mode)
{
    if (S_ISREG(mode))
        return {};
    if (S_ISDIR(mode))
        return FileText::tr("a folder");
    if (S_ISFIFO(mode))
        return FileText::tr("a named pipe (FIFO)");
    if (S_ISCHR(mode))
        return FileText::tr("a character device");
    if (S_ISBLK(mode))
        return FileText::tr("a block device");
    if (S_ISSOCK(mode))
        return FileText::tr("a socket");
    return FileText::tr("not a regular file");
}
#endif

} // namespace

QString InputFile::notRegularReason(const QString &path)
{
#ifdef Q_OS_UNIX
    struct stat st{};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return kindOfMode(st.st_mode);
#else
    const QFileInfo info(path);
    if (!info.exists() || info.isFile())
        return {};
    return info.isDir() ? FileText::tr("a folder") : FileText::tr("not a regular file");
#endif
}

bool InputFile::isInside(const QString &path, const QString &root)
{
    return canonicalInside(QFileInfo(path).canonicalFilePath(), root);
}

std::unique_ptr<QFile> InputFile::open(const QString &path, const Rules &rules, QString *error)
{
    auto refuse = [&](const QString &message) {
        if (error)
            *error = message;
        return std::unique_ptr<QFile>();
    };
    const QFileInfo info(path);
    // The resolved path is what is checked and what is opened: a link
    // changed after the check cannot lead the open elsewhere.
    QString target = info.canonicalFilePath();
    if (target.isEmpty())
        return refuse(info.isSymLink() ? FileText::tr("the file is a link to nothing (its target does not exist)")
                                       : FileText::tr("the file does not exist"));
    if (!rules.root.isEmpty() && !canonicalInside(target, rules.root))
        return refuse(
            FileText::tr("the file is a link that leads outside %1; refused").arg(QFileInfo(rules.root).absoluteFilePath()));
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(target);
    struct stat before{};
    if (::stat(encoded.constData(), &before) != 0)
        return refuse(FileText::tr("the file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (const QString kind = kindOfMode(before.st_mode); !kind.isEmpty())
        return refuse(FileText::tr("this is %1, not a regular file; not opened").arg(kind));
    // Non-blocking, so that a pipe swapped in after the check cannot hang the open.
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return refuse(FileText::tr("the file cannot be read: %1").arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat opened{};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_ino != before.st_ino || opened.st_dev != before.st_dev) {
        ::close(fd);
        return refuse(FileText::tr("the file changed while it was being opened; not read"));
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>(target);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(FileText::tr("the file cannot be read: %1").arg(file->errorString()));
    }
    return file;
#else
    if (!info.isFile())
        return refuse(FileText::tr("this is not a regular file; not opened"));
    auto file = std::make_unique<QFile>(target);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(FileText::tr("the file cannot be read: %1").arg(file->errorString()));
    return file;
#endif
}

InputFile::Read InputFile::read(const QString &path, const Rules &rules)
{
    Read result;
    const std::unique_ptr<QFile> file = open(path, rules, &result.error);
    if (!file)
        return result;
    const qint64 limit = rules.maxBytes < 0 ? std::numeric_limits<qint64>::max() - 1 : rules.maxBytes;
    // The reported size is only a first guess for the buffer: the limit
    // counts what arrives.
    const qint64 guess = std::clamp<qint64>(file->size(), 0, std::min<qint64>(limit, qint64(1) << 30));
    QByteArray bytes(guess + 1, Qt::Uninitialized);
    qint64 filled = 0;
    while (true) {
        if (filled == bytes.size()) {
            if (filled > limit)
                break;
            bytes.resize(std::min<qint64>(std::max<qint64>(filled * 2, 64 * 1024), limit + 1));
        }
        const qint64 got = file->read(bytes.data() + filled, bytes.size() - filled);
        if (got < 0) {
            result.error = FileText::tr("the file cannot be read: %1").arg(file->errorString());
            return result;
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > limit) {
        result.tooLarge = true;
        result.error
            = FileText::tr("the file holds more than %1, the limit; not read (the limit is a setting)").arg(humanSize(limit));
        return result;
    }
    bytes.truncate(filled);
    result.bytes = std::move(bytes);
    return result;
}

InputFile::Read InputFile::readPrefix(const QString &path, qint64 count, const Rules &rules)
{
    Read result;
    const std::unique_ptr<QFile> file = open(path, rules, &result.error);
    if (!file)
        return result;
    result.bytes = file->read(count);
    return result;
}

} // namespace Lectern::Models
