// SPDX-License-Identifier: GPL-3.0-or-later
#include "documententry.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QString statusName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending:
        return u"pending"_s;
    case DocumentStatus::Ok:
        return u"ok"_s;
    case DocumentStatus::Warning:
        return u"warning"_s;
    case DocumentStatus::Error:
        return u"error"_s;
    }
    return {};
}

QString statusDisplayName(DocumentStatus status)
{
    switch (status) {
    case DocumentStatus::Pending:
        return QCoreApplication::translate("Lectern::Models::DocumentStatus", "pending");
    case DocumentStatus::Ok:
        return QCoreApplication::translate("Lectern::Models::DocumentStatus", "ok");
    case DocumentStatus::Warning:
        return QCoreApplication::translate("Lectern::Models::DocumentStatus", "warning");
    case DocumentStatus::Error:
        return QCoreApplication::translate("Lectern::Models::DocumentStatus", "error");
    }
    return {};
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return u"text"_s;
    case DocumentFormat::Markdown:
        return u"markdown"_s;
    case DocumentFormat::Html:
        return u"html"_s;
    case DocumentFormat::Pdf:
        return u"pdf"_s;
    case DocumentFormat::Docx:
        return u"docx"_s;
    case DocumentFormat::Odt:
        return u"odt"_s;
    case DocumentFormat::Epub:
        return u"epub"_s;
    }
    return {};
}

namespace {

// The text after the last dot of the file name; string work only, no file
// system access (this runs once per entry of indexes with 100,000 entries).
QString lowerSuffix(QStringView path)
{
    const qsizetype slash = path.lastIndexOf(u'/');
    const qsizetype dot = path.lastIndexOf(u'.');
    if (dot <= slash + 1)
        return {};
    return path.sliced(dot + 1).toString().toLower();
}

} // namespace

QString fileStem(QStringView path)
{
    const QStringView name = path.sliced(path.lastIndexOf(u'/') + 1);
    const qsizetype dot = name.lastIndexOf(u'.');
    return (dot > 0 ? name.first(dot) : name).toString();
}

DocumentFormat formatForPath(const QString &path)
{
    const QString suffix = lowerSuffix(path);
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return DocumentFormat::Markdown;
    if (suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1)
        return DocumentFormat::Html;
    if (suffix == "pdf"_L1)
        return DocumentFormat::Pdf;
    if (suffix == "docx"_L1)
        return DocumentFormat::Docx;
    if (suffix == "odt"_L1)
        return DocumentFormat::Odt;
    if (suffix == "epub"_L1)
        return DocumentFormat::Epub;
    return DocumentFormat::PlainText;
}

bool isSupportedDocumentPath(const QString &path)
{
    const QString suffix = lowerSuffix(path);
    return suffix == "txt"_L1 || suffix == "text"_L1 || suffix == "md"_L1 || suffix == "markdown"_L1
        || suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1 || isPackagedFormat(formatForPath(path))
        || path.endsWith(".warc"_L1, Qt::CaseInsensitive) || path.endsWith(".warc.gz"_L1, Qt::CaseInsensitive);
}

} // namespace Lectern::Models
