// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputfile.h"

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
        return u"a folder"_s;
    if (S_ISFIFO(mode))
        return u"a named pipe (FIFO)"_s;
    if (S_ISCHR(mode))
        return u"a character device"_s;
    if (S_ISBLK(mode))
        return u"a block device"_s;
    if (S_ISSOCK(mode))
        return u"a socket"_s;
    return u"not a regular file"_s;
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
    return info.isDir() ? u"a folder"_s : u"not a regular file"_s;
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
        return refuse(info.isSymLink() ? u"the file is a link to nothing (its target does not exist)"_s
                                       : u"the file does not exist"_s);
    if (!rules.root.isEmpty() && !canonicalInside(target, rules.root))
        return refuse(u"the file is a link that leads outside %1; refused"_s.arg(QFileInfo(rules.root).absoluteFilePath()));
#ifdef Q_OS_UNIX
    const QByteArray encoded = QFile::encodeName(target);
    struct stat before{};
    if (::stat(encoded.constData(), &before) != 0)
        return refuse(u"the file cannot be read: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    if (const QString kind = kindOfMode(before.st_mode); !kind.isEmpty())
        return refuse(u"this is %1, not a regular file; not opened"_s.arg(kind));
    // Non-blocking, so that a pipe swapped in after the check cannot hang the open.
    const int fd = ::open(encoded.constData(), O_RDONLY | O_CLOEXEC | O_NOCTTY | O_NONBLOCK);
    if (fd < 0)
        return refuse(u"the file cannot be read: %1"_s.arg(QString::fromLocal8Bit(std::strerror(errno))));
    struct stat opened{};
    if (::fstat(fd, &opened) != 0 || !S_ISREG(opened.st_mode) || opened.st_ino != before.st_ino || opened.st_dev != before.st_dev) {
        ::close(fd);
        return refuse(u"the file changed while it was being opened; not read"_s);
    }
    ::fcntl(fd, F_SETFL, ::fcntl(fd, F_GETFL) & ~O_NONBLOCK);
    auto file = std::make_unique<QFile>(target);
    if (!file->open(fd, QIODevice::ReadOnly, QFileDevice::AutoCloseHandle)) {
        ::close(fd);
        return refuse(u"the file cannot be read: %1"_s.arg(file->errorString()));
    }
    return file;
#else
    if (!info.isFile())
        return refuse(u"this is not a regular file; not opened"_s);
    auto file = std::make_unique<QFile>(target);
    if (!file->open(QIODevice::ReadOnly))
        return refuse(u"the file cannot be read: %1"_s.arg(file->errorString()));
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
            result.error = u"the file cannot be read: %1"_s.arg(file->errorString());
            return result;
        }
        if (got == 0)
            break;
        filled += got;
    }
    if (filled > limit) {
        result.tooLarge = true;
        result.error = u"the file holds more than %1, the limit; not read (the limit is a setting)"_s.arg(humanSize(limit));
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
