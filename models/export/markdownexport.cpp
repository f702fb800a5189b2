// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"
#include "exportgroups.h"
#include "exportwriters.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Models::MarkdownExport", text);
}

/// Escapes what Markdown would read as markup, so a quote shows as written.
QString escaped(QStringView line)
{
    QString out;
    out.reserve(line.size() + 8);
    for (const QChar c : line) {
        if (c == u'\\' || c == u'*' || c == u'_' || c == u'`' || c == u'[' || c == u']' || c == u'<' || c == u'>'
            || c == u'|')
            out.append(u'\\');
        out.append(c);
    }
    // A line that would start a heading, a list or a numbered list.
    qsizetype first = 0;
    while (first < out.size() && out.at(first) == u' ')
        ++first;
    if (first < out.size()) {
        const QChar c = out.at(first);
        if (c == u'#' || ((c == u'-' || c == u'+') && (first + 1 == out.size() || out.at(first + 1) == u' ')))
            out.insert(first, u'\\');
        qsizetype digits = first;
        while (digits < out.size() && out.at(digits).isDigit())
            ++digits;
        if (digits > first && digits < out.size() && (out.at(digits) == u'.' || out.at(digits) == u')'))
            out.insert(digits, u'\\');
    }
    return out;
}

void writeItem(QString &out, const ExportSet &set, const ExportItem &item)
{
    const Annotation &a = item.annotation;
    const QStringList lines = a.quote.split(u'\n');
    for (const QString &line : lines)
        out += line.trimmed().isEmpty() ? u">\n"_s : u"> "_s + escaped(line) + u'\n';
    out += u'\n';

    QStringList facts;
    facts.append(u"**"_s + (item.codePath.isEmpty() ? tr("No label") : escaped(item.codePath)) + u"**"_s);
    if (a.claimStatus != ClaimStatus::None)
        facts.append(tr("status: %1").arg(claimStatusKey(a.claimStatus)));
    if (!a.tags.isEmpty())
        facts.append(tr("tags: %1").arg(escaped(a.tags.join(u", "_s))));
    if (!item.entities.isEmpty())
        facts.append(tr("entities: %1").arg(escaped(item.entities.join(u", "_s))));
    if (a.orphaned)
        facts.append(tr("*not found in the current text*"));
    out += facts.join(u" · "_s) + u"\n\n"_s;
    if (!a.note.trimmed().isEmpty())
        out += a.note.trimmed() + u"\n\n"_s;
    out += u"— "_s + escaped(citationOf(set, item)) + u"\n\n"_s;
}

} // namespace

QByteArray markdownExport(const ExportSet &set, const ExportOptions &options)
{
    QString out;
    out += u"# "_s + tr("Excerpts from %1").arg(escaped(set.bundleName)) + u"\n\n"_s;
    if (set.items.isEmpty())
        out += tr("No annotations were selected for export.") + u"\n"_s;
    for (const ExportGroup &group : groupExportItems(set, options.grouping)) {
        out += u"## "_s + escaped(group.title) + u"\n\n"_s;
        if (group.document >= 0) {
            const ExportDocument &document = set.documents.at(group.document);
            QStringList where{document.url.isEmpty() ? document.path : u'<' + document.url + u'>'};
            if (!document.date.isEmpty())
                where.append(document.date);
            out += where.join(u" · "_s) + u"\n\n"_s;
        }
        for (const int index : group.items)
            writeItem(out, set, set.items.at(index));
    }
    return ExportEscaping::replacingControls(out).toUtf8();
}

} // namespace Lectern::Models
