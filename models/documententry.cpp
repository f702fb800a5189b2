// SPDX-License-Identifier: GPL-3.0-or-later
#include "documententry.h"

#include <QFileInfo>

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

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::PlainText:
        return u"text"_s;
    case DocumentFormat::Markdown:
        return u"markdown"_s;
    case DocumentFormat::Html:
        return u"html"_s;
    }
    return {};
}

DocumentFormat formatForPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (suffix == "md"_L1 || suffix == "markdown"_L1)
        return DocumentFormat::Markdown;
    if (suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1)
        return DocumentFormat::Html;
    return DocumentFormat::PlainText;
}

bool isSupportedDocumentPath(const QString &path)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    return suffix == "txt"_L1 || suffix == "text"_L1 || suffix == "md"_L1 || suffix == "markdown"_L1
        || suffix == "html"_L1 || suffix == "htm"_L1 || suffix == "xhtml"_L1;
}

} // namespace Lectern::Models
