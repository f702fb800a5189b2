// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"
#include "exportgroups.h"
#include "exportwriters.h"

#include <QColor>
#include <QCoreApplication>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class HtmlExportText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::HtmlExport)
};

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/// @p html as a link to @p url, or alone when the URL's scheme could run
/// something (`javascript:`, `data:`, ...): then the address shows as text.
QString linked(const QString &url, const QString &html)
{
    if (!ExportEscaping::isSafeLinkTarget(url))
        return html;
    return u"<a href=\""_s + esc(url) + u"\">"_s + html + u"</a>"_s;
}

/// The label colour, or a neutral grey for excerpts without one.
QColor labelColour(const ExportItem &item)
{
    const QColor colour = QColor::fromString(item.colour);
    return colour.isValid() ? colour : QColor(0x88, 0x88, 0x88);
}

/// The colour mixed with white, for a highlight that keeps black text legible.
QString tint(const QColor &colour, double strength = 0.32)
{
    const auto mix = [strength](int c) { return int(255 - (255 - c) * strength); };
    return QColor(mix(colour.red()), mix(colour.green()), mix(colour.blue())).name();
}

/// The quote with its entity mentions marked, line breaks kept.
QString markedQuote(const ExportItem &item, bool forTextDocument)
{
    const QString &quote = item.annotation.quote;
    QString out;
    qsizetype at = 0;
    for (const ExportEntitySpan &span : item.entitySpans) {
        if (span.start < at || span.end > quote.size())
            continue;
        out += esc(quote.mid(at, span.start - at));
        const QString name = esc(quote.mid(span.start, span.end - span.start));
        if (forTextDocument)
            out += u"<b><u>"_s + name + u"</u></b>"_s;
        else
            out += u"<span class=\"entity\" title=\""_s + esc(span.name + u" (" + span.category + u')') + u"\">"_s
                + name + u"</span>"_s;
        at = span.end;
    }
    out += esc(quote.mid(at));
    out.replace(u'\n', u"<br>"_s);
    return out;
}

/// The light Markdown notes use inside a paragraph: **strong**, *emphasis*, `code`.
QString inlineMarkdown(QString escaped)
{
    static const QRegularExpression strong(u"\\*\\*(\\S(?:.*?\\S)?)\\*\\*"_s);
    static const QRegularExpression emphasis(u"(?<![\\w*])\\*(\\S(?:.*?\\S)?)\\*(?![\\w*])"_s);
    static const QRegularExpression code(u"`([^`]+)`"_s);
    escaped.replace(code, u"<code>\\1</code>"_s);
    escaped.replace(strong, u"<strong>\\1</strong>"_s);
    escaped.replace(emphasis, u"<em>\\1</em>"_s);
    return escaped;
}

QString noteHtml(const QString &note)
{
    QString out;
    for (const QString &paragraph : note.trimmed().split(u"\n\n"_s, Qt::SkipEmptyParts))
        out += u"<p>"_s + inlineMarkdown(esc(paragraph.trimmed())).replace(u'\n', u"<br>"_s) + u"</p>"_s;
    return out;
}

void writeItem(QString &out, const ExportSet &set, const ExportItem &item, bool forTextDocument)
{
    const Annotation &a = item.annotation;
    const QColor colour = labelColour(item);
    const QString label = item.codePath.isEmpty() ? HtmlExportText::tr("No label") : item.codePath;
    QStringList facts;
    if (a.claimStatus != ClaimStatus::None)
        facts.append(HtmlExportText::tr("status: %1").arg(claimStatusKey(a.claimStatus)));
    if (!a.tags.isEmpty())
        facts.append(HtmlExportText::tr("tags: %1").arg(a.tags.join(u", "_s)));
    if (!item.entities.isEmpty())
        facts.append(HtmlExportText::tr("entities: %1").arg(item.entities.join(u", "_s)));
    if (a.orphaned)
        facts.append(HtmlExportText::tr("not found in the current text"));

    if (forTextDocument) {
        out += u"<p style=\"margin-left:18px; margin-top:12px\"><span style=\"background-color:%1\">"_s.arg(tint(colour))
            + markedQuote(item, true) + u"</span></p>"_s;
        out += u"<p style=\"margin-left:18px\"><span style=\"background-color:%1; color:%2\"><b>&nbsp;%3&nbsp;</b></span> %4</p>"_s
                   .arg(colour.name(), colour.lightnessF() < 0.6 ? u"#ffffff"_s : u"#000000"_s, esc(label),
                        esc(facts.join(u" · "_s)));
        if (!a.note.trimmed().isEmpty())
            out += u"<div style=\"margin-left:18px\">"_s + noteHtml(a.note) + u"</div>"_s;
        out += u"<p style=\"margin-left:18px; color:#555555\"><small>— "_s + esc(citationOf(set, item))
            + u"</small></p>"_s;
        return;
    }
    out += u"<article class=\"excerpt\" id=\"a-"_s + esc(a.id) + u"\">\n"_s;
    out += u"<blockquote style=\"border-left-color:%1\"><mark style=\"background-color:%2\">"_s.arg(colour.name(), tint(colour))
        + markedQuote(item, false) + u"</mark></blockquote>\n"_s;
    out += u"<p class=\"meta\"><span class=\"label\" style=\"background-color:%1;color:%2\">%3</span>"_s.arg(
        colour.name(), colour.lightnessF() < 0.6 ? u"#fff"_s : u"#000"_s, esc(label));
    if (!facts.isEmpty())
        out += u" "_s + esc(facts.join(u" · "_s));
    out += u"</p>\n"_s;
    if (!a.note.trimmed().isEmpty())
        out += u"<div class=\"note\">"_s + noteHtml(a.note) + u"</div>\n"_s;
    const ExportDocument &document = set.documentOf(item);
    QString cite = esc(citationOf(set, item));
    if (!document.url.isEmpty())
        cite = linked(document.url, cite);
    out += u"<p class=\"cite\">— "_s + cite + u"</p>\n</article>\n"_s;
}

const char16_t *const styleSheet = uR"(
body { font-family: "DejaVu Sans", "Segoe UI", Helvetica, Arial, sans-serif; max-width: 48em; margin: 2em auto; padding: 0 1em; line-height: 1.5; color: #1d1d1d; background: #ffffff; }
h1 { font-size: 1.6em; } h2 { font-size: 1.25em; margin-top: 2em; border-bottom: 1px solid #ddd; }
nav ol { padding-left: 1.4em; } nav li { margin: .15em 0; }
.where { color: #555; font-size: .9em; margin-top: -.6em; }
.excerpt { margin: 1.2em 0 1.6em; }
blockquote { margin: 0; padding: .5em .9em; border-left: 5px solid #888; }
mark { color: inherit; padding: .05em 0; }
.entity { font-weight: 600; border-bottom: 2px dotted #333; }
.meta { margin: .4em 0 .2em; font-size: .9em; color: #444; }
.label { border-radius: 3px; padding: .05em .45em; font-weight: 600; }
.note p { margin: .3em 0; }
.cite { color: #666; font-size: .85em; margin-top: .2em; }
.cite a { color: inherit; }
)";

} // namespace

QString reportHtml(const ExportSet &set, const ExportOptions &options, bool forTextDocument)
{
    const QList<ExportGroup> groups = groupExportItems(set, options.grouping);
    const QString title = HtmlExportText::tr("Excerpts from %1").arg(set.bundleName);
    QString out;
    out += u"<!DOCTYPE html>\n<html>\n<head>\n<meta charset=\"utf-8\">\n<title>"_s + esc(title) + u"</title>\n"_s;
    if (!forTextDocument)
        out += u"<style>"_s + QString::fromUtf16(styleSheet) + u"</style>\n"_s;
    out += u"</head>\n<body>\n<h1>"_s + esc(title) + u"</h1>\n"_s;
    out += u"<p class=\"where\">"_s
        + esc(HtmlExportText::tr("%n excerpt(s) from %1 document(s)", nullptr, int(set.items.size())).arg(set.documents.size()))
        + u"</p>\n"_s;
    if (!groups.isEmpty()) {
        out += u"<nav>\n<h2>"_s + esc(HtmlExportText::tr("Contents")) + u"</h2>\n<ol>\n"_s;
        for (const ExportGroup &group : groups)
            out += u"<li><a href=\"#%1\">%2</a> (%3)</li>\n"_s.arg(group.anchor, esc(group.title)).arg(group.items.size());
        out += u"</ol>\n</nav>\n"_s;
    }
    for (const ExportGroup &group : groups) {
        out += u"<section id=\"%1\">\n<h2><a name=\"%1\"></a>%2</h2>\n"_s.arg(group.anchor, esc(group.title));
        if (group.document >= 0) {
            const ExportDocument &document = set.documents.at(group.document);
            QStringList where;
            where.append(document.url.isEmpty() ? esc(document.path) : linked(document.url, esc(document.url)));
            if (!document.date.isEmpty())
                where.append(esc(document.date));
            out += u"<p class=\"where\">"_s + where.join(u" · "_s) + u"</p>\n"_s;
        }
        for (const int index : group.items)
            writeItem(out, set, set.items.at(index), forTextDocument);
        out += u"</section>\n"_s;
    }
    out += u"</body>\n</html>\n"_s;
    return ExportEscaping::replacingControls(out);
}

QByteArray htmlExport(const ExportSet &set, const ExportOptions &options)
{
    return reportHtml(set, options, false).toUtf8();
}

} // namespace Lectern::Models
