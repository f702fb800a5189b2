// SPDX-License-Identifier: GPL-3.0-or-later
// PDF through Poppler's Qt 6 binding: the words of every page in Poppler's
// reading order, joined into lines and paragraphs by their boxes, hyphens
// at line ends undone, and the lines that repeat from page to page (running
// heads, footers, page numbers) kept as page furniture, each block with its page.
#include "blockwriter.h"
#include "packageddocument.h"

#include <QCoreApplication>
#include <QHash>
#include <QRectF>
#include <QRegularExpression>

#include <algorithm>
#include <poppler-qt6.h>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

struct Line {
    QString text;
    QRectF box;
};

// Two columns need this many lines each, and lines crossing the gutter
// between them at most this share of the page's lines.
constexpr qsizetype MinColumnLines = 4;
constexpr double MaxCrossingShare = 0.2;

struct PageLines {
    QList<Line> lines;
    double height = 0;

    // Running heads and footers sit in the page's top or bottom tenth, and
    // are among its first or last two lines.
    [[nodiscard]] bool atEdge(qsizetype i) const
    {
        if (i >= 2 && i < lines.size() - 2)
            return false;
        const QRectF &box = lines.at(i).box;
        return height <= 0 || box.bottom() < 0.1 * height || box.top() > 0.9 * height;
    }
};

// A page set in two columns reads down the left one, then down the right
// one. Poppler may give their lines side by side (a paragraph of each in
// turn); when a vertical gutter in the middle of the page is crossed by few
// lines, the lines between two that cross it (a title over both columns, a
// wide picture's caption) are put in that order. A page in one column has
// no such gutter and keeps Poppler's order.
void orderColumns(QList<Line> &lines, double width)
{
    if (lines.size() < 2 * MinColumnLines || width <= 0)
        return;
    double gutter = -1;
    qsizetype fewest = lines.size();
    for (double x = 0.3 * width; x <= 0.7 * width; x += 0.01 * width) {
        qsizetype crossing = 0, left = 0, right = 0;
        for (const Line &line : std::as_const(lines)) {
            if (line.box.left() < x && line.box.right() > x)
                ++crossing;
            else if (line.box.right() <= x)
                ++left;
            else
                ++right;
        }
        if (left >= MinColumnLines && right >= MinColumnLines && crossing < fewest) {
            fewest = crossing;
            gutter = x;
        }
    }
    if (gutter < 0 || double(fewest) > MaxCrossingShare * double(lines.size()))
        return;
    QList<Line> ordered;
    ordered.reserve(lines.size());
    QList<Line> left, right;
    const auto byTop = [](const Line &a, const Line &b) { return a.box.top() < b.box.top(); };
    const auto flush = [&] {
        std::stable_sort(left.begin(), left.end(), byTop);
        std::stable_sort(right.begin(), right.end(), byTop);
        ordered += left;
        ordered += right;
        left.clear();
        right.clear();
    };
    QList<Line> byHeight = lines;
    std::stable_sort(byHeight.begin(), byHeight.end(), byTop);
    for (const Line &line : std::as_const(byHeight)) {
        if (line.box.left() < gutter && line.box.right() > gutter) {
            flush();
            ordered.append(line);
        } else {
            (line.box.right() <= gutter ? left : right).append(line);
        }
    }
    flush();
    lines = std::move(ordered);
}

// Words to lines: Poppler links the words of one line with nextWord().
PageLines linesOf(Poppler::Page &page)
{
    PageLines result;
    result.height = page.pageSizeF().height();
    const auto words = page.textList();
    Line line;
    const Poppler::TextBox *previous = nullptr;
    for (const auto &word : words) {
        if (previous && previous->nextWord() != word.get() && !line.text.isEmpty()) {
            result.lines.append(line);
            line = Line();
        }
        if (!line.text.isEmpty() && previous && previous->hasSpaceAfter())
            line.text += u' ';
        line.text += word->text();
        line.box = line.box.isNull() ? word->boundingBox() : line.box.united(word->boundingBox());
        previous = word.get();
    }
    if (!line.text.isEmpty())
        result.lines.append(line);
    orderColumns(result.lines, page.pageSizeF().width());
    return result;
}

// A line as it repeats from page to page: digits (page numbers, dates) and
// spacing do not count.
QString repeatKey(const QString &text)
{
    QString key;
    for (const QChar c : text) {
        if (c.isDigit())
            key += u'#';
        else if (!c.isSpace())
            key += c.toCaseFolded();
    }
    return key;
}

bool isPageNumber(const QString &text)
{
    static const QRegularExpression pattern(u"^\\s*(?:(?:page|p\\.|seite|página|pagina|страница)\\s*)?[-–—]?\\s*\\d{1,4}"
                                            "(?:\\s*(?:/|of|von|de|из)\\s*\\d{1,4})?\\s*[-–—]?\\s*$"_s,
                                            QRegularExpression::CaseInsensitiveOption);
    return pattern.match(text).hasMatch();
}

bool endsWithHyphen(const QString &text)
{
    return text.size() >= 2 && (text.endsWith(u'-') || text.endsWith(QChar(0x00AD))) && text.at(text.size() - 2).isLetter();
}

double median(QList<double> values)
{
    if (values.isEmpty())
        return 0;
    std::ranges::sort(values);
    return values.at(values.size() / 2);
}

} // namespace

PackagedText readPdfDocument(const QByteArray &bytes)
{
    PackagedText result;
    const std::unique_ptr<Poppler::Document> document = Poppler::Document::loadFromData(bytes);
    if (!document) {
        result.error = FormatText::tr("the PDF file is damaged and could not be read");
        return result;
    }
    if (document->isLocked()) {
        result.error = FormatText::tr("the PDF file is protected by a password; Lectern cannot read it");
        return result;
    }
    result.metadata.title = document->info(u"Title"_s).simplified();
    result.metadata.author = document->info(u"Author"_s).simplified();
    if (const QDateTime created = document->date(u"CreationDate"_s); created.isValid())
        result.metadata.published = created.toString(Qt::ISODate);

    const int pageCount = document->numPages();
    QList<PageLines> pages;
    pages.reserve(pageCount);
    int damagedPages = 0;
    for (int i = 0; i < pageCount; ++i) {
        const std::unique_ptr<Poppler::Page> page = document->page(i);
        if (!page) {
            ++damagedPages;
            pages.append(PageLines());
            continue;
        }
        pages.append(linesOf(*page));
    }

    // Running heads and footers: the edge lines that come back on at least
    // half the pages (and three); page numbers at an edge on any page.
    QHash<QString, int> edgeCounts;
    for (const PageLines &page : std::as_const(pages)) {
        QSet<QString> seen;
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            if (page.atEdge(i))
                seen.insert(repeatKey(page.lines.at(i).text));
        }
        for (const QString &key : std::as_const(seen))
            ++edgeCounts[key];
    }
    const int repeatAtLeast = std::max(3, (pageCount + 1) / 2);

    BlockWriter writer;
    int furniture = 0;
    for (int p = 0; p < pages.size(); ++p) {
        const PageLines &page = pages.at(p);
        QList<double> heights;
        for (const Line &line : page.lines)
            heights.append(line.box.height());
        const double lineHeight = std::max(1.0, median(heights));
        QString paragraph;
        const Line *previous = nullptr;
        auto flush = [&] {
            TextBlock hints;
            hints.page = p + 1;
            hints.semantic = BlockSemantic::Paragraph;
            writer.add(paragraph, hints);
            paragraph.clear();
        };
        for (qsizetype i = 0; i < page.lines.size(); ++i) {
            const Line &line = page.lines.at(i);
            const bool atEdge = page.atEdge(i);
            if (atEdge && ((pageCount >= 3 && edgeCounts.value(repeatKey(line.text)) >= repeatAtLeast) || isPageNumber(line.text))) {
                if (!paragraph.isEmpty())
                    flush();
                TextBlock hints;
                hints.page = p + 1;
                hints.semantic = BlockSemantic::Footer;
                writer.add(line.text, hints);
                ++furniture;
                previous = nullptr;
                continue;
            }
            bool startsParagraph = previous == nullptr;
            if (previous) {
                const double gap = line.box.top() - previous->box.bottom();
                const bool newColumn = line.box.top() < previous->box.top() - lineHeight;
                const bool shortBefore = previous->box.width() < 0.6 * line.box.width()
                    && QStringView(u".!?:\u3002\u201D\"").contains(previous->text.back());
                startsParagraph = gap > 0.8 * lineHeight || newColumn || shortBefore;
            }
            if (startsParagraph && !paragraph.isEmpty())
                flush();
            if (paragraph.isEmpty()) {
                paragraph = line.text;
            } else if (endsWithHyphen(paragraph) && !line.text.isEmpty() && line.text.front().isLower()) {
                paragraph.chop(1); // "inter-" + "national" is "international"
                paragraph += line.text;
            } else {
                paragraph += u' ' + line.text;
            }
            previous = &line;
        }
        if (!paragraph.isEmpty())
            flush();
    }
    if (damagedPages > 0)
        result.notes.append(FormatText::tr("%1 of %2 pages could not be read").arg(damagedPages).arg(pageCount));
    if (writer.blocks().size() == furniture) {
        result.error = pageCount == 0
            ? FormatText::tr("the PDF file has no pages")
            : FormatText::tr("the PDF file has no text to read (a scan without a text layer?); Lectern does "
                             "not recognise text in images: run it through OCR software first");
        return result;
    }
    result.text = writer.takeText();
    result.blocks = writer.takeBlocks();
    return result;
}

} // namespace Lectern::Models
