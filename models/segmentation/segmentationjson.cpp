// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationjson.h"

#include "codepointoffsets.h"

#include <QJsonArray>

#include <cmath>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

double rounded(double value)
{
    return std::round(value * 1000.0) / 1000.0;
}

QJsonObject occurrence(const PassageCluster::Occurrence &where)
{
    return QJsonObject{{u"document"_s, where.documentId}, {u"start"_s, where.codePointStart}, {u"end"_s, where.codePointEnd}};
}

} // namespace

QJsonObject SegmentationJson::document(const DocumentSegmentation &segmentation, QStringView text, bool includeBlank)
{
    const CodePointOffsets points(text);
    QJsonArray segments;
    for (const Segment &segment : segmentation.segments) {
        if (segment.isBlank() && !includeBlank)
            continue;
        QJsonObject object{{u"start"_s, points.toCodePoints(segment.start)},
                           {u"end"_s, points.toCodePoints(segment.end)},
                           {u"kind"_s, kindName(segment.kind)},
                           {u"article"_s, segment.article}};
        if (segment.role != SegmentRole::None)
            object.insert(u"role"_s, roleName(segment.role));
        if (!segment.reason.isEmpty())
            object.insert(u"reason"_s, segment.reason);
        if (segment.overridden)
            object.insert(u"overridden"_s, true);
        if (segment.duplicate.isValid()) {
            object.insert(u"duplicate"_s, QJsonObject{{u"document"_s, segment.duplicate.documentId},
                                                      {u"start"_s, segment.duplicate.codePointStart},
                                                      {u"end"_s, segment.duplicate.codePointEnd},
                                                      {u"similarity"_s, rounded(segment.duplicate.similarity)}});
        }
        segments.append(object);
    }
    QJsonObject object{{u"id"_s, segmentation.documentId}, {u"segments"_s, segments}};
    if (segmentation.duplicateOf.isValid()) {
        object.insert(u"duplicateOf"_s, QJsonObject{{u"document"_s, segmentation.duplicateOf.documentId},
                                                    {u"similarity"_s, rounded(segmentation.duplicateOf.similarity)},
                                                    {u"reason"_s, segmentation.duplicateReason}});
    }
    return object;
}

QJsonObject SegmentationJson::clusters(const BundleProfile &profile, int minPassageWords)
{
    QJsonArray documents;
    for (const DuplicateCluster &cluster : profile.duplicateClusters()) {
        QJsonArray members;
        for (const DuplicateCluster::Member &member : cluster.members)
            members.append(QJsonObject{{u"id"_s, member.documentId}, {u"similarity"_s, rounded(member.similarity)}});
        documents.append(QJsonObject{{u"canonical"_s, cluster.canonicalId}, {u"members"_s, members}});
    }
    QJsonArray passages;
    for (const PassageCluster &cluster : profile.passageClusters()) {
        if (cluster.words < minPassageWords)
            continue;
        QJsonArray copies;
        for (const PassageCluster::Occurrence &copy : cluster.copies)
            copies.append(occurrence(copy));
        passages.append(QJsonObject{{u"words"_s, cluster.words},
                                    {u"documents"_s, cluster.documents},
                                    {u"stories"_s, cluster.stories},
                                    {u"canonical"_s, occurrence(cluster.canonical)},
                                    {u"copies"_s, copies}});
    }
    return QJsonObject{{u"documents"_s, documents}, {u"passages"_s, passages}};
}

} // namespace Lectern::Models
