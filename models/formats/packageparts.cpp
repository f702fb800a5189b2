// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageparts.h"

#include "xmlentitybound.h"

#include <QCoreApplication>
#include <QDir>
#include <QUrl>

#include <algorithm>
#include <limits>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

} // namespace

ImportLimits PackageParts::limits()
{
    ImportLimits limits;
    // A document file is at most 256 MB by default; its XML unpacks to a few
    // times that at most, text being what compresses best.
    limits.maximumEntrySize = 256 * ImportLimits::MiB;
    limits.maximumArchiveSize = 512 * ImportLimits::MiB;
    limits.maximumCompressionRatio = 200;
    limits.compressionRatioFloor = 1 * ImportLimits::MiB;
    limits.maximumEntityExpansion = 1 * ImportLimits::MiB;
    return limits;
}

PackageParts::PackageParts(const QByteArray &bytes)
    : m_archive(bytes, limits())
{
}

std::optional<QByteArray> PackageParts::read(const QString &name, QString *error)
{
    return m_archive.read(name, error);
}

QString PackageParts::readXml(const QString &name, const std::function<void(QXmlStreamReader &)> &read)
{
    QString error;
    const std::optional<QByteArray> bytes = m_archive.read(name, &error);
    if (!bytes)
        return error;
    QXmlStreamReader xml(*bytes);
    if (!PartXml::toRoot(xml, *bytes, name, &error))
        return error;
    read(xml);
    return xml.hasError() ? PartXml::malformed(xml, name) : QString();
}

namespace PartXml {

bool toRoot(QXmlStreamReader &xml, const QByteArray &bytes, const QString &part, QString *error)
{
    const qint64 limit = PackageParts::limits().maximumEntityExpansion;
    xml.setEntityExpansionLimit(int(std::clamp<qint64>(limit, 0, std::numeric_limits<int>::max())));
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token != QXmlStreamReader::DTD || xml.entityDeclarations().isEmpty())
            continue;
        // Entities expand as they are read: their whole expansion is bounded
        // before any of it is. The bound reads the bytes as UTF-8.
        const qint64 bound = bytes.contains('\0') ? std::numeric_limits<qint64>::max()
                                                  : entityExpansionBound(bytes, xml.entityDeclarations());
        if (bound > limit) {
            *error = FormatText::tr(
                "%1 declares XML entities that would expand to more than %2 characters (an XML bomb); it was not read")
                         .arg(part, QString::number(limit));
            return false;
        }
    }
    *error = xml.hasError() ? malformed(xml, part) : FormatText::tr("%1 holds no XML element").arg(part);
    return false;
}

QString malformed(const QXmlStreamReader &xml, const QString &part)
{
    return FormatText::tr("%1 is not well-formed XML (line %2, column %3: %4)")
        .arg(part)
        .arg(xml.lineNumber())
        .arg(xml.columnNumber())
        .arg(xml.errorString());
}

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    for (const QXmlStreamAttribute &attribute : xml.attributes()) {
        if (attribute.name() == name)
            return attribute.value().toString();
    }
    return {};
}

QString simplifiedText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::IncludeChildElements).simplified();
}

QString resolve(const QString &from, const QString &href)
{
    const QUrl url(href.trimmed());
    if (!url.isValid() || !url.scheme().isEmpty() || !url.host().isEmpty())
        return {};
    const QString path = url.path(QUrl::FullyDecoded);
    if (path.isEmpty())
        return {};
    QString joined;
    if (path.startsWith(u'/')) {
        joined = path.mid(1);
    } else {
        const qsizetype slash = from.lastIndexOf(u'/');
        joined = slash < 0 ? path : from.left(slash + 1) + path;
    }
    const QString clean = QDir::cleanPath(joined);
    if (clean.isEmpty() || clean == u"." || clean == u".." || clean.startsWith(u"../") || clean.startsWith(u'/'))
        return {};
    return clean;
}

} // namespace PartXml

QString embeddedObjectsNote(int count)
{
    return count == 1 ? FormatText::tr("1 embedded object was not read")
                      : FormatText::tr("%1 embedded objects were not read").arg(count);
}

} // namespace Lectern::Models
