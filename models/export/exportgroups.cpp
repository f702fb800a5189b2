// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportgroups.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ExportGroupsText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::ExportGroups)
};

} // namespace

QList<ExportGroup> groupExportItems(const ExportSet &set, ExportGrouping grouping)
{
    QList<ExportGroup> groups;
    switch (grouping) {
    case ExportGrouping::Document: {
        QHash<int, qsizetype> byDocument;
        for (int i = 0; i < set.items.size(); ++i) {
            const int document = set.items.at(i).document;
            auto it = byDocument.constFind(document);
            if (it == byDocument.constEnd()) {
                it = byDocument.insert(document, groups.size());
                ExportGroup group;
                group.title = set.documents.at(document).displayTitle();
                group.document = document;
                groups.append(group);
            }
            groups[*it].items.append(i);
        }
        break;
    }
    case ExportGrouping::Label: {
        // Codebook order (parents before children as the codebook lists them), then unlabelled.
        QHash<QString, qsizetype> byCode;
        for (const Code &code : set.codes) {
            byCode.insert(code.id, groups.size());
            ExportGroup group;
            groups.append(group);
        }
        ExportGroup unlabelled;
        unlabelled.title = ExportGroupsText::tr("Without a label");
        for (int i = 0; i < set.items.size(); ++i) {
            const ExportItem &item = set.items.at(i);
            const auto it = byCode.constFind(item.annotation.codeId);
            if (it == byCode.constEnd()) {
                unlabelled.items.append(i);
            } else {
                groups[*it].title = item.codePath;
                groups[*it].items.append(i);
            }
        }
        groups.append(unlabelled);
        groups.removeIf([](const ExportGroup &group) { return group.items.isEmpty(); });
        break;
    }
    case ExportGrouping::Claim: {
        QHash<QString, int> indexOf;
        for (int i = 0; i < set.items.size(); ++i)
            indexOf.insert(set.items.at(i).annotation.id, i);
        QSet<int> placed;
        for (int i = 0; i < set.items.size(); ++i) {
            const ExportItem &item = set.items.at(i);
            const QStringList evidence = set.evidenceFor(item.annotation.id);
            if (item.annotation.claimStatus == ClaimStatus::None && evidence.isEmpty())
                continue;
            ExportGroup group;
            group.title = item.annotation.quote.simplified();
            if (group.title.size() > 80)
                group.title = group.title.left(79) + u'…';
            group.claim = i;
            group.items.append(i);
            placed.insert(i);
            for (const QString &id : evidence) {
                const int e = indexOf.value(id, -1);
                if (e >= 0) {
                    group.items.append(e);
                    placed.insert(e);
                }
            }
            groups.append(group);
        }
        ExportGroup others;
        others.title = ExportGroupsText::tr("Other excerpts");
        for (int i = 0; i < set.items.size(); ++i) {
            if (!placed.contains(i))
                others.items.append(i);
        }
        if (!others.items.isEmpty())
            groups.append(others);
        break;
    }
    }
    for (qsizetype g = 0; g < groups.size(); ++g)
        groups[g].anchor = u"g%1"_s.arg(g + 1);
    return groups;
}

QString citationOf(const ExportSet &set, const ExportItem &item)
{
    const ExportDocument &document = set.documentOf(item);
    QStringList parts{document.displayTitle()};
    parts.append(document.url.isEmpty() ? document.path : document.url);
    if (!document.date.isEmpty())
        parts.append(document.date);
    if (item.page > 0)
        parts.append(ExportGroupsText::tr("p. %1").arg(item.page));
    parts.append(ExportGroupsText::tr("characters %1–%2").arg(item.start).arg(item.end));
    parts.removeAll(QString());
    return parts.join(u", "_s);
}

QString isoTime(const QDateTime &time)
{
    if (!time.isValid())
        return {};
    return time.toUTC().toString(Qt::ISODateWithMs);
}

} // namespace Lectern::Models
