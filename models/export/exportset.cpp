// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportset.h"
#include "exportfilter.h"

#include <QUrl>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

const Code *ExportSet::findCode(const QString &id) const
{
    for (const Code &code : codes) {
        if (code.id == id)
            return &code;
    }
    return nullptr;
}

QString ExportSet::documentUrn(const QString &documentId) const
{
    return u"urn:lectern:"_s + bundleKey + u':'
        + QString::fromLatin1(QUrl::toPercentEncoding(documentId, QByteArrayLiteral("/._-~")));
}

QString ExportSet::sourceOf(const ExportDocument &document) const
{
    return document.url.isEmpty() ? documentUrn(document.id) : document.url;
}

QStringList ExportSet::evidenceFor(const QString &claimId) const
{
    QStringList ids;
    for (const EvidenceLink &link : links) {
        if (link.claimId == claimId)
            ids.append(link.evidenceId);
    }
    return ids;
}

QString ExportSet::keyForBundleName(const QString &name)
{
    QString key;
    bool dash = false;
    for (const QChar c : name.toLower()) {
        const bool keep = c.isLetterOrNumber() || c == u'.' || c == u'_' || c == u'-';
        if (keep) {
            key.append(c);
            dash = false;
        } else if (!dash && !key.isEmpty()) {
            key.append(u'-');
            dash = true;
        }
    }
    while (key.endsWith(u'-'))
        key.chop(1);
    return key.isEmpty() ? u"bundle"_s : key;
}

bool ExportFilter::isEmpty() const
{
    return documentIds.isEmpty() && codeId.isEmpty() && codeName.isEmpty() && statuses.isEmpty() && tags.isEmpty()
        && entity.isEmpty() && text.isEmpty() && annotationIds.isEmpty() && includeOrphans;
}

} // namespace Lectern::Models
