// SPDX-License-Identifier: GPL-3.0-or-later
// Word documents (.docx): the body of word/document.xml, paragraph by
// paragraph, then its footnotes and endnotes; styles from word/styles.xml,
// metadata from docProps/core.xml. docs/formats.md says what is read.
#include "officereaders.h"
#include "wordstyles.h"

#include <QCoreApplication>
#include <QSet>
#include <QHash>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

constexpr QStringView markupCompatibility = u"http://schemas.openxmlformats.org/markup-compatibility/2006";

/// Transitional (what Word writes) and Strict WordprocessingML.
bool isWordprocessingMl(QStringView ns)
{
    return ns == u"http://schemas.openxmlformats.org/wordprocessingml/2006/main"
        || ns == u"http://purl.oclc.org/ooxml/wordprocessingml/main";
}

struct Paragraph {
    QString text;
    QString style;
    bool hasNumbering = false;
    bool numbered = false; ///< w:numPr with a w:numId other than 0
    int outlineLevel = -1;
    ParagraphBlocks boxes; ///< text boxes anchored in the paragraph, written after it
};

/// The numbers the body gives its notes, in the order it refers to them.
class NoteMarks final
{
public:
    QString footnote(const QString &id) { return mark(m_footnotes, id, false); }
    QString endnote(const QString &id) { return mark(m_endnotes, id, true); }
    [[nodiscard]] const QStringList &footnotes() const { return m_footnotes; }
    [[nodiscard]] const QStringList &endnotes() const { return m_endnotes; }

    /// Word numbers footnotes 1, 2, 3 and endnotes i, ii, iii unless told otherwise.
    static QString number(qsizetype index, bool roman)
    {
        if (!roman)
            return QString::number(index + 1);
        static constexpr std::pair<int, QStringView> numerals[] = {{1000, u"m"}, {900, u"cm"}, {500, u"d"}, {400, u"cd"},
                                                                   {100, u"c"},  {90, u"xc"},  {50, u"l"},  {40, u"xl"},
                                                                   {10, u"x"},   {9, u"ix"},   {5, u"v"},   {4, u"iv"},
                                                                   {1, u"i"}};
        qsizetype value = index + 1;
        QString text;
        for (const auto &[amount, numeral] : numerals) {
            for (; value >= amount; value -= amount)
                text += numeral;
        }
        return text;
    }

private:
    static QString mark(QStringList &order, const QString &id, bool roman)
    {
        qsizetype index = order.indexOf(id);
        if (index < 0) {
            index = order.size();
            order.append(id);
        }
        return u'[' + number(index, roman) + u']';
    }

    QStringList m_footnotes;
    QStringList m_endnotes;
};

struct Counts {
    int embedded = 0;
    int tooDeep = 0;
};

/// Reads paragraphs and tables (the content of a body, a table cell, a
/// note, a text box) into blocks.
class BodyReader final
{
public:
    BodyReader(QXmlStreamReader &xml, const WordStyles &styles, NoteMarks &marks, Counts &counts)
        : m_xml(xml)
        , m_styles(styles)
        , m_marks(marks)
        , m_counts(counts)
    {
    }

    /// The children of the current element, up to its end.
    void readBlocks(ParagraphBlocks &out, int depth)
    {
        while (m_xml.readNextStartElement()) {
            if (tooDeep(depth))
                continue;
            const QStringView name = m_xml.name();
            if (!isWordprocessingMl(m_xml.namespaceUri())) {
                if (m_xml.namespaceUri() == markupCompatibility && name == u"Fallback")
                    m_xml.skipCurrentElement(); // the same content again, for older readers
                else
                    readBlocks(out, depth + 1);
            } else if (name == u"p") {
                readParagraph(out, depth + 1);
            } else if (name == u"object" || name == u"altChunk") {
                ++m_counts.embedded;
                m_xml.skipCurrentElement();
            } else if (name == u"del" || name == u"moveFrom" || name == u"sectPr" || name == u"tblPr" || name == u"tblGrid"
                       || name == u"trPr" || name == u"tcPr" || name == u"tblPrEx" || name == u"sdtPr" || name == u"sdtEndPr") {
                m_xml.skipCurrentElement();
            } else {
                readBlocks(out, depth + 1); // body, tbl, tr, tc, sdt, sdtContent, customXml, ins, moveTo, footnote, ...
            }
        }
    }

private:
    bool tooDeep(int depth)
    {
        if (depth <= MaximumNesting)
            return false;
        ++m_counts.tooDeep;
        m_xml.skipCurrentElement();
        return true;
    }

    void readParagraph(ParagraphBlocks &out, int depth)
    {
        Paragraph paragraph;
        readInline(paragraph, depth);
        const WordStyles::Style style = m_styles.paragraphStyle(paragraph.style);
        TextBlock hints;
        hints.headingLevel = style.headingLevel;
        if (hints.headingLevel == 0 && paragraph.outlineLevel >= 0 && paragraph.outlineLevel < 9)
            hints.headingLevel = std::min(paragraph.outlineLevel + 1, 6);
        hints.listItem = hints.headingLevel == 0 && (paragraph.hasNumbering ? paragraph.numbered : style.listItem);
        hints.semantic = hints.headingLevel > 0 ? BlockSemantic::Heading
            : hints.listItem                    ? BlockSemantic::ListItem
                                                : style.semantic;
        out.append({paragraph.text, hints});
        out.append(paragraph.boxes);
    }

    void readInline(Paragraph &paragraph, int depth)
    {
        while (m_xml.readNextStartElement()) {
            if (tooDeep(depth))
                continue;
            const QStringView name = m_xml.name();
            if (!isWordprocessingMl(m_xml.namespaceUri())) {
                if (m_xml.namespaceUri() == markupCompatibility && name == u"Fallback")
                    m_xml.skipCurrentElement();
                else
                    readInline(paragraph, depth + 1); // drawings hold text boxes
                continue;
            }
            if (name == u"t") {
                QString text = m_xml.readElementText(QXmlStreamReader::SkipChildElements);
                text.replace(u'\n', u' ').replace(u'\r', u' ');
                paragraph.text += text;
            } else if (name == u"tab" || name == u"ptab") {
                paragraph.text += u' ';
                m_xml.skipCurrentElement();
            } else if (name == u"br" || name == u"cr") {
                paragraph.text += u'\n';
                m_xml.skipCurrentElement();
            } else if (name == u"noBreakHyphen") {
                paragraph.text += QChar(0x2011);
                m_xml.skipCurrentElement();
            } else if (name == u"pPr") {
                readParagraphProperties(paragraph);
            } else if (name == u"footnoteReference" || name == u"endnoteReference") {
                const QString id = PartXml::attribute(m_xml, u"id");
                paragraph.text += name == u"footnoteReference" ? m_marks.footnote(id) : m_marks.endnote(id);
                m_xml.skipCurrentElement();
            } else if (name == u"object" || name == u"altChunk") {
                ++m_counts.embedded;
                m_xml.skipCurrentElement();
            } else if (name == u"txbxContent") {
                readBlocks(paragraph.boxes, depth + 1);
            } else if (name == u"p") { // only where a text box is not marked as one
                readParagraph(paragraph.boxes, depth + 1);
            } else if (name == u"del" || name == u"moveFrom" || name == u"instrText" || name == u"delText"
                       || name == u"delInstrText" || name == u"rPr" || name == u"sdtPr" || name == u"sdtEndPr"
                       || name == u"softHyphen" || name == u"sym" || name == u"fldData") {
                m_xml.skipCurrentElement();
            } else {
                readInline(paragraph, depth + 1); // r, hyperlink, ins, moveTo, smartTag, sdt, fldSimple, drawing, ...
            }
        }
    }

    void readParagraphProperties(Paragraph &paragraph)
    {
        while (m_xml.readNextStartElement()) {
            const QStringView name = m_xml.name();
            if (name == u"pStyle") {
                paragraph.style = PartXml::attribute(m_xml, u"val");
            } else if (name == u"outlineLvl") {
                bool ok = false;
                const int level = PartXml::attribute(m_xml, u"val").toInt(&ok);
                paragraph.outlineLevel = ok ? level : -1;
            } else if (name == u"numPr") {
                paragraph.hasNumbering = true;
                paragraph.numbered = true; // a level alone takes its numbering from the style
                while (m_xml.readNextStartElement()) {
                    if (m_xml.name() == u"numId")
                        paragraph.numbered = PartXml::attribute(m_xml, u"val").trimmed() != u"0";
                    m_xml.skipCurrentElement();
                }
                continue;
            }
            m_xml.skipCurrentElement();
        }
    }

    QXmlStreamReader &m_xml;
    const WordStyles &m_styles;
    NoteMarks &m_marks;
    Counts &m_counts;
};

/// The relationships a part declares (its _rels/NAME.rels): the last word
/// of each relationship type ("officeDocument", "styles", "footnotes") to
/// the part it leads to. Missing or unreadable relationships give none.
QHash<QString, QString> relationships(PackageParts &parts, const QString &part)
{
    const qsizetype slash = part.lastIndexOf(u'/');
    const QString relsName = part.left(slash + 1) + u"_rels/"_s + part.mid(slash + 1) + u".rels"_s;
    QHash<QString, QString> targets;
    if (!parts.contains(relsName))
        return targets;
    const QString error = parts.readXml(relsName, [&](QXmlStreamReader &xml) {
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Relationship" && PartXml::attribute(xml, u"TargetMode") != u"External") {
                const QString type = PartXml::attribute(xml, u"Type");
                const QString target = PartXml::resolve(part, PartXml::attribute(xml, u"Target"));
                const QString kind = type.mid(type.lastIndexOf(u'/') + 1);
                if (!target.isEmpty() && !targets.contains(kind))
                    targets.insert(kind, target);
            }
            xml.skipCurrentElement();
        }
    });
    Q_UNUSED(error) // without its relationships, a part is looked for where Word puts it
    return targets;
}

/// The notes of word/footnotes.xml or word/endnotes.xml by their w:id;
/// the separators Word keeps there are left out.
QHash<QString, ParagraphBlocks> readNotes(QXmlStreamReader &xml, BodyReader &reader)
{
    QHash<QString, ParagraphBlocks> notes;
    while (xml.readNextStartElement()) {
        const QString type = PartXml::attribute(xml, u"type");
        if ((xml.name() != u"footnote" && xml.name() != u"endnote") || (!type.isEmpty() && type != u"normal")) {
            xml.skipCurrentElement();
            continue;
        }
        const QString id = PartXml::attribute(xml, u"id");
        ParagraphBlocks blocks;
        reader.readBlocks(blocks, 1);
        notes.insert(id, blocks);
    }
    return notes;
}

/// The comments of word/comments.xml in their order, each with who made it.
QList<std::pair<QString, ParagraphBlocks>> readComments(QXmlStreamReader &xml, BodyReader &reader)
{
    QList<std::pair<QString, ParagraphBlocks>> comments;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"comment") {
            xml.skipCurrentElement();
            continue;
        }
        const QString author = PartXml::attribute(xml, u"author").simplified();
        ParagraphBlocks blocks;
        reader.readBlocks(blocks, 1);
        comments.append({author, blocks});
    }
    return comments;
}

/// The running headers or footers (word/header1.xml, header2.xml, ...: first
/// page, even pages, the rest), each distinct paragraph once, marked as page furniture.
ParagraphBlocks readRunningParts(PackageParts &parts, const QString &folder, QStringView kind, BlockSemantic semantic,
                                 const WordStyles &styles, Counts &counts, QStringList &notes)
{
    QStringList names;
    for (const QString &name : parts.names()) {
        const QStringView file = QStringView(name).sliced(std::min(name.size(), folder.size()));
        if (name.startsWith(folder) && file.startsWith(kind) && file.endsWith(u".xml") && !file.contains(u'/'))
            names.append(name);
    }
    std::sort(names.begin(), names.end());
    ParagraphBlocks kept;
    QSet<QString> seen;
    for (const QString &name : std::as_const(names)) {
        NoteMarks marks;
        ParagraphBlocks blocks;
        const QString error = parts.readXml(name, [&](QXmlStreamReader &xml) { BodyReader(xml, styles, marks, counts).readBlocks(blocks, 0); });
        if (!error.isEmpty()) {
            notes.append(FormatText::tr("%1; that running header or footer was not read").arg(error));
            continue;
        }
        for (ParagraphBlock &block : blocks) {
            const QString key = block.text.simplified();
            if (key.isEmpty() || seen.contains(key))
                continue;
            seen.insert(key);
            block.hints.semantic = semantic;
            block.hints.headingLevel = 0;
            block.hints.listItem = false;
            kept.append(block);
        }
    }
    return kept;
}

PageMetadata readCoreProperties(QXmlStreamReader &xml)
{
    PageMetadata metadata;
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        QString *field = name == u"title" ? &metadata.title
            : name == u"creator"          ? &metadata.author
            : name == u"created"          ? &metadata.published
            : name == u"language"         ? &metadata.language
                                          : nullptr;
        if (field && field->isEmpty())
            *field = PartXml::simplifiedText(xml);
        else
            xml.skipCurrentElement();
    }
    return metadata;
}

} // namespace

PackagedText readWordprocessingMl(PackageParts &parts)
{
    PackagedText result;
    const QHash<QString, QString> package = relationships(parts, QString());
    QString main = package.value(u"officeDocument"_s, u"word/document.xml"_s);
    if (!parts.contains(main))
        main = u"word/document.xml"_s;
    if (!parts.contains(main)) {
        result.error = parts.contains(u"xl/workbook.xml"_s) ? FormatText::tr("not a Word document: this is an Excel workbook")
            : parts.contains(u"ppt/presentation.xml"_s)
            ? FormatText::tr("not a Word document: this is a PowerPoint presentation")
            : FormatText::tr("not a Word document: the package holds no %1").arg(main);
        return result;
    }
    const QHash<QString, QString> related = relationships(parts, main);
    const QString folder = main.left(main.lastIndexOf(u'/') + 1);
    auto partFor = [&](const QString &kind, const QString &name) {
        const QString part = related.value(kind, folder + name);
        return parts.contains(part) ? part : QString();
    };

    WordStyles styles;
    if (const QString name = partFor(u"styles"_s, u"styles.xml"_s); !name.isEmpty()) {
        const QString error = parts.readXml(name, [&](QXmlStreamReader &xml) { styles.read(xml); });
        if (!error.isEmpty())
            result.notes.append(FormatText::tr("%1; headings were found by their style names alone").arg(error));
    }

    NoteMarks marks;
    Counts counts;
    ParagraphBlocks body;
    const QString bodyError = parts.readXml(main, [&](QXmlStreamReader &xml) {
        BodyReader(xml, styles, marks, counts).readBlocks(body, 0);
    });
    if (!bodyError.isEmpty()) {
        result.error = bodyError;
        return result;
    }

    BlockWriter writer;
    // Running headers come first and footers after the body, as on a page.
    writeBlocks(writer, readRunningParts(parts, folder, u"header", BlockSemantic::Header, styles, counts, result.notes));
    writeBlocks(writer, body);
    writeBlocks(writer, readRunningParts(parts, folder, u"footer", BlockSemantic::Footer, styles, counts, result.notes));
    const struct {
        QString kind;
        QString file;
        const QStringList &order;
        bool roman;
        QString what;
    } noteParts[] = {{u"footnotes"_s, u"footnotes.xml"_s, marks.footnotes(), false, u"footnotes"_s},
                     {u"endnotes"_s, u"endnotes.xml"_s, marks.endnotes(), true, u"endnotes"_s}};
    for (const auto &notePart : noteParts) {
        if (notePart.order.isEmpty())
            continue;
        const QString name = partFor(notePart.kind, notePart.file);
        if (name.isEmpty()) {
            result.notes.append(FormatText::tr("the text refers to %1 the document does not hold").arg(notePart.what));
            continue;
        }
        QHash<QString, ParagraphBlocks> notes;
        NoteMarks innerMarks; // a note that refers to another is not followed
        const QString error = parts.readXml(name, [&](QXmlStreamReader &xml) {
            BodyReader reader(xml, styles, innerMarks, counts);
            notes = readNotes(xml, reader);
        });
        if (!error.isEmpty()) {
            result.notes.append(FormatText::tr("%1; the %2 were not read").arg(error, notePart.what));
            continue;
        }
        for (qsizetype i = 0; i < notePart.order.size(); ++i)
            writeNote(writer, u'[' + NoteMarks::number(i, notePart.roman) + u']', notes.value(notePart.order.at(i)));
    }

    // Reviewers' comments follow the notes, each marked with who made it.
    if (const QString name = partFor(u"comments"_s, u"comments.xml"_s); !name.isEmpty()) {
        QList<std::pair<QString, ParagraphBlocks>> comments;
        NoteMarks innerMarks;
        const QString error = parts.readXml(name, [&](QXmlStreamReader &xml) {
            BodyReader reader(xml, styles, innerMarks, counts);
            comments = readComments(xml, reader);
        });
        if (!error.isEmpty())
            result.notes.append(FormatText::tr("%1; the comments were not read").arg(error));
        for (const auto &[author, blocks] : std::as_const(comments))
            writeNote(writer,
                author.isEmpty() ? FormatText::tr("[Comment]") : FormatText::tr("[Comment by %1]").arg(author), blocks);
    }

    if (const QString name = package.value(u"core-properties"_s, u"docProps/core.xml"_s); parts.contains(name)) {
        const QString error = parts.readXml(name, [&](QXmlStreamReader &xml) { result.metadata = readCoreProperties(xml); });
        if (!error.isEmpty())
            result.notes.append(FormatText::tr("%1; the document's title and author were not read").arg(error));
    }
    if (counts.embedded > 0)
        result.notes.append(embeddedObjectsNote(counts.embedded));
    if (parts.contains(folder + u"vbaProject.bin"_s))
        result.notes.append(FormatText::tr("the document holds macros; they were neither run nor read"));
    if (counts.tooDeep > 0)
        result.notes.append(
            FormatText::tr("%1 elements nested more than %2 deep were not read").arg(counts.tooDeep).arg(MaximumNesting));
    if (writer.text().isEmpty()) {
        result.error = FormatText::tr("the Word document holds no text");
        return result;
    }
    result.text = writer.takeText();
    result.blocks = writer.takeBlocks();
    return result;
}

} // namespace Lectern::Models
