// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmltext.h"

#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

const QSet<QString> &blockTags()
{
    static const QSet<QString> tags{
        u"p"_s, u"div"_s, u"h1"_s, u"h2"_s, u"h3"_s, u"h4"_s, u"h5"_s, u"h6"_s, u"li"_s, u"ul"_s, u"ol"_s,
        u"blockquote"_s, u"pre"_s, u"table"_s, u"tr"_s, u"section"_s, u"article"_s, u"header"_s, u"footer"_s,
        u"nav"_s, u"aside"_s, u"figure"_s, u"figcaption"_s, u"main"_s, u"title"_s, u"dt"_s, u"dd"_s, u"hr"_s,
        u"form"_s, u"address"_s, u"details"_s, u"summary"_s, u"body"_s, u"html"_s};
    return tags;
}

const QHash<QString, QString> &namedEntities()
{
    static const QHash<QString, QString> entities{
        {u"amp"_s, u"&"_s},      {u"lt"_s, u"<"_s},       {u"gt"_s, u">"_s},       {u"quot"_s, u"\""_s},
        {u"apos"_s, u"'"_s},     {u"nbsp"_s, u"\u00A0"_s}, {u"mdash"_s, u"\u2014"_s}, {u"ndash"_s, u"\u2013"_s},
        {u"hellip"_s, u"\u2026"_s}, {u"lsquo"_s, u"\u2018"_s}, {u"rsquo"_s, u"\u2019"_s}, {u"ldquo"_s, u"\u201C"_s},
        {u"rdquo"_s, u"\u201D"_s}, {u"copy"_s, u"\u00A9"_s},  {u"reg"_s, u"\u00AE"_s},  {u"euro"_s, u"\u20AC"_s},
        {u"pound"_s, u"\u00A3"_s}, {u"yen"_s, u"\u00A5"_s},   {u"middot"_s, u"\u00B7"_s}, {u"bull"_s, u"\u2022"_s},
        {u"trade"_s, u"\u2122"_s}, {u"deg"_s, u"\u00B0"_s}};
    return entities;
}

void appendDecoded(QStringView text, QString &out)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (c != u'&') {
            out += c;
            continue;
        }
        const qsizetype semi = text.indexOf(u';', i + 1);
        if (semi < 0 || semi - i > 12) {
            out += c;
            continue;
        }
        const QStringView name = text.sliced(i + 1, semi - i - 1);
        bool ok = false;
        char32_t codePoint = 0;
        if (name.startsWith(u"#x"_s, Qt::CaseInsensitive))
            codePoint = name.sliced(2).toUInt(&ok, 16);
        else if (name.startsWith(u'#'))
            codePoint = name.sliced(1).toUInt(&ok, 10);
        if (ok && codePoint > 0 && codePoint <= 0x10FFFF) {
            out += QString::fromUcs4(&codePoint, 1);
            i = semi;
            continue;
        }
        const auto named = namedEntities().constFind(name.toString());
        if (named != namedEntities().constEnd()) {
            out += *named;
            i = semi;
            continue;
        }
        out += c;
    }
}

// Collapses runs of whitespace inside blocks, keeps one blank line between blocks.
QString tidy(const QString &raw)
{
    QString out;
    out.reserve(raw.size());
    int pendingNewlines = 0;
    bool pendingSpace = false;
    for (const QChar c : raw) {
        if (c == u'\n') {
            pendingNewlines = std::min(pendingNewlines + 1, 2);
            pendingSpace = false;
        } else if (c == u' ' || c == u'\t' || c == u'\r' || c == u'\f') {
            pendingSpace = true;
        } else {
            if (!out.isEmpty()) {
                if (pendingNewlines > 0)
                    out += QString(pendingNewlines, u'\n');
                else if (pendingSpace)
                    out += u' ';
            }
            pendingNewlines = 0;
            pendingSpace = false;
            out += c;
        }
    }
    return out;
}

} // namespace

QString HtmlText::toPlainText(QStringView html)
{
    QString raw;
    raw.reserve(html.size());
    qsizetype i = 0;
    qsizetype textStart = 0;
    while (i < html.size()) {
        if (html.at(i) != u'<') {
            ++i;
            continue;
        }
        appendDecoded(html.sliced(textStart, i - textStart), raw);
        if (html.sliced(i).startsWith(u"<!--"_s)) {
            const qsizetype end = html.indexOf(u"-->"_s, i + 4);
            i = end < 0 ? html.size() : end + 3;
            textStart = i;
            continue;
        }
        const qsizetype close = html.indexOf(u'>', i + 1);
        if (close < 0) {
            textStart = i;
            break;
        }
        QStringView tag = html.sliced(i + 1, close - i - 1).trimmed();
        const bool closing = tag.startsWith(u'/');
        if (closing)
            tag = tag.sliced(1);
        qsizetype nameEnd = 0;
        while (nameEnd < tag.size() && (tag.at(nameEnd).isLetterOrNumber()))
            ++nameEnd;
        const QString name = tag.first(nameEnd).toString().toLower();
        i = close + 1;
        textStart = i;
        if (!closing && (name == "script"_L1 || name == "style"_L1 || name == "noscript"_L1 || name == "template"_L1)) {
            const qsizetype end = html.indexOf(QString(u"</"_s + name), i, Qt::CaseInsensitive);
            const qsizetype endClose = end < 0 ? -1 : html.indexOf(u'>', end);
            i = endClose < 0 ? html.size() : endClose + 1;
            textStart = i;
            continue;
        }
        if (name == "br"_L1)
            raw += u'\n';
        else if (blockTags().contains(name))
            raw += u"\n\n"_s;
        else if (name == "td"_L1 || name == "th"_L1)
            raw += u' ';
    }
    if (textStart < html.size())
        appendDecoded(html.sliced(textStart), raw);
    // A non-breaking space is content, not layout: keep it through tidying.
    return tidy(raw);
}

} // namespace Lectern::Models
