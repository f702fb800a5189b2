// SPDX-License-Identifier: GPL-3.0-or-later
#include "libraryversions.h"

#include <poppler-version.h>
#include <unicode/uversion.h>
#include <zip.h>

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

QString sqliteVersion()
{
    const QString connection = u"lectern-version-probe"_s;
    QString version;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, connection);
        db.setDatabaseName(u":memory:"_s);
        if (db.open()) {
            QSqlQuery query(db);
            if (query.exec(u"select sqlite_version()"_s) && query.next())
                version = query.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    return version.isEmpty() ? QCoreApplication::translate("LibraryVersions", "not available") : version;
}

QString icuVersion()
{
    UVersionInfo info;
    u_getVersion(info);
    char text[U_MAX_VERSION_STRING_LENGTH] = {};
    u_versionToString(info, text);
    return QString::fromLatin1(text);
}

} // namespace

QList<LibraryVersion> libraryVersions()
{
    const auto purpose = [](const char *text) { return QCoreApplication::translate("LibraryVersions", text); };
    return {
        {u"Qt"_s, QString::fromLatin1(qVersion()), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "windows, text, databases"))},
        {u"SQLite"_s, sqliteVersion(), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "the annotation store"))},
        {u"ICU"_s, icuVersion(), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "words and sentences in every script"))},
        {u"gumbo"_s, QStringLiteral(LECTERN_GUMBO_VERSION), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "reading HTML pages"))},
        {u"libzip"_s, QString::fromLatin1(zip_libzip_version()), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "Word, OpenDocument, EPUB, REFI-QDA"))},
        {u"Poppler"_s, QStringLiteral(POPPLER_VERSION), purpose(QT_TRANSLATE_NOOP("LibraryVersions", "reading PDF"))},
    };
}

} // namespace Lectern::Models
