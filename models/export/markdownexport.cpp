// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"
#include "exportgroups.h"
#include "exportwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class MarkdownExportText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::MarkdownExport)
};

void writeItem(QString &out, const ExportSet &set, const ExportItem &item)
{
    const Annotation &a = item.annotation;
    const QStringList lines = a.quote.split(u'\n');
    for (const QString &line : lines)
        out += line.trimmed().isEmpty() ? u">\n"_s : u"> "_s + ExportEscaping::markdownLine(line) + u'\n';
    out += u'\n';

    QStringList facts;
    facts.append(u"**"_s
        + (item.codePath.isEmpty() ? MarkdownExportText::tr("No label") : ExportEscaping::markdownLine(item.codePath)) + u"**"_s);
    if (a.claimStatus != ClaimStatus::None)
        facts.append(MarkdownExportText::tr("status: %1").arg(claimStatusKey(a.claimStatus)));
    if (!a.tags.isEmpty())
        facts.append(MarkdownExportText::tr("tags: %1").arg(ExportEscaping::markdownLine(a.tags.join(u", "_s))));
    if (!item.entities.isEmpty())
        facts.append(MarkdownExportText::tr("entities: %1").arg(ExportEscaping::markdownLine(item.entities.join(u", "_s))));
    if (a.orphaned)
        facts.append(MarkdownExportText::tr("*not found in the current text*"));
    out += facts.join(u" · "_s) + u"\n\n"_s;
    if (!a.note.trimmed().isEmpty())
        out += ExportEscaping::markdownNote(a.note.trimmed()) + u"\n\n"_s;
    out += u"— "_s + ExportEscaping::markdownLine(citationOf(set, item)) + u"\n\n"_s;
}

} // namespace

QByteArray markdownExport(const ExportSet &set, const ExportOptions &options)
{
    QString out;
    out += u"# "_s + MarkdownExportText::tr("Excerpts from %1").arg(ExportEscaping::markdownLine(set.bundleName)) + u"\n\n"_s;
    if (set.items.isEmpty())
        out += MarkdownExportText::tr("No annotations were selected for export.") + u"\n"_s;
    for (const ExportGroup &group : groupExportItems(set, options.grouping)) {
        out += u"## "_s + ExportEscaping::markdownLine(group.title) + u"\n\n"_s;
        if (group.document >= 0) {
            const ExportDocument &document = set.documents.at(group.document);
            QStringList where{document.url.isEmpty() ? ExportEscaping::markdownLine(document.path)
                                                     : ExportEscaping::markdownUrl(document.url)};
            if (!document.date.isEmpty())
                where.append(ExportEscaping::markdownLine(document.date));
            out += where.join(u" · "_s) + u"\n\n"_s;
        }
        for (const int index : group.items)
            writeItem(out, set, set.items.at(index));
    }
    return ExportEscaping::replacingControls(out).toUtf8();
}

} // namespace Lectern::Models
