// SPDX-License-Identifier: GPL-3.0-or-later
#include "storelocation.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTemporaryFile>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
Q_LOGGING_CATEGORY(lcLocation, "lectern.models.store", QtInfoMsg)

QString absolute(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}
} // namespace

QString StoreLocation::besideIndexPath(const QString &indexPath)
{
    const QString index = absolute(indexPath);
    if (QFileInfo(index).isDir())
        return QDir(index).filePath(u".lectern.sqlite"_s);
    return index + u".lectern.sqlite"_s;
}

QString StoreLocation::dataFolderPathFor(const QString &path)
{
    const QString key = absolute(path);
    const QByteArray hash = QCryptographicHash::hash(key.toUtf8(), QCryptographicHash::Sha256).toHex().left(16);
    QString name = QFileInfo(key).fileName();
    for (QChar &c : name) {
        if (!c.isLetterOrNumber() && c != u'-' && c != u'_' && c != u'.')
            c = u'_';
    }
    if (name.startsWith(u'.'))
        name.remove(0, 1);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/annotations"_s;
    return folder + u'/' + (name.isEmpty() ? QString() : name + u'-') + QString::fromLatin1(hash) + u".lectern.sqlite"_s;
}

QString StoreLocation::databasePathFor(const QString &indexPath)
{
    const QString beside = besideIndexPath(indexPath);
    if (QFileInfo::exists(beside) || canCreateFilesIn(QFileInfo(beside).absolutePath()))
        return beside;
    const QString fallback = dataFolderPathFor(indexPath);
    qCInfo(lcLocation) << "the bundle's folder is read-only; keeping annotations in" << fallback;
    return fallback;
}

bool StoreLocation::canCreateFilesIn(const QString &folder)
{
    if (!QFileInfo(folder).isDir())
        return false;
    QTemporaryFile probe(QDir(folder).filePath(u".lectern-probe-XXXXXX"_s));
    return probe.open();
}

} // namespace Lectern::Models
