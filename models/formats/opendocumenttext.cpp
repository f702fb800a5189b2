// SPDX-License-Identifier: GPL-3.0-or-later
// OpenDocument text (.odt): the office:text of content.xml, paragraph by
// paragraph, then its notes; metadata from meta.xml. docs/formats.md says
// what is read.
#include "officereaders.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

constexpr QStringView textNamespace = u"urn:oasis:names:tc:opendocument:xmlns:text:1.0";
constexpr QStringView officeNamespace = u"urn:oasis:names:tc:opendocument:xmlns:office:1.0";
constexpr QStringView drawNamespace = u"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0";
constexpr QStringView tableNamespace = u"urn:oasis:names:tc:opendocument:xmlns:table:1.0";

struct Note {
    QString marker;
    ParagraphBlocks blocks;
};

struct Paragraph {
    QString text;
    ParagraphBlocks boxes; ///< text boxes and shapes anchored in the paragraph, written after it
};

class BodyReader final
{
public:
    explicit BodyReader(QXmlStreamReader &xml)
        : m_xml(xml)
    {
    }

    QList<Note> footnotes;
    QList<Note> endnotes;
    int embedded = 0;
    int tooDeep = 0;

    /// The children of the current element, up to its end.
    void readBlocks(ParagraphBlocks &out, int depth, bool inList)
    {
        while (m_xml.readNextStartElement()) {
            if (isTooDeep(depth))
                continue;
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == textNamespace) {
                if (name == u"p" || name == u"h") {
                    readParagraph(out, depth + 1, name == u"h", inList);
                } else if (name == u"list-item" || name == u"list-header") {
                    readBlocks(out, depth + 1, true);
                } else if (name == u"tracked-changes" || name.endsWith(u"-decls") || name.endsWith(u"-source")) {
                    m_xml.skipCurrentElement(); // deleted text; declarations; index templates
                } else {
                    readBlocks(out, depth + 1, inList); // list, section, index bodies, ...
                }
            } else if (ns == drawNamespace && (name == u"object" || name == u"object-ole")) {
                ++embedded;
                m_xml.skipCurrentElement();
            } else if ((ns == drawNamespace && name == u"image")
                       || (ns == officeNamespace && (name == u"forms" || name == u"annotation" || name == u"scripts"))
                       || (ns == tableNamespace && name.startsWith(u"table-column"))) {
                m_xml.skipCurrentElement();
            } else if (ns == officeNamespace || ns == drawNamespace || ns == tableNamespace) {
                readBlocks(out, depth + 1, inList); // tables row by row, cell by cell; frames, text boxes
            } else {
                m_xml.skipCurrentElement();
            }
        }
    }

private:
    bool isTooDeep(int depth)
    {
        if (depth <= MaximumNesting)
            return false;
        ++tooDeep;
        m_xml.skipCurrentElement();
        return true;
    }

    void readParagraph(ParagraphBlocks &out, int depth, bool heading, bool inList)
    {
        TextBlock hints;
        if (heading) {
            bool ok = false;
            const int level = PartXml::attribute(m_xml, u"outline-level").toInt(&ok);
            hints.headingLevel = ok && level > 0 ? std::min(level, 6) : 1;
        }
        hints.listItem = inList && !heading;
        hints.semantic = heading ? BlockSemantic::Heading : hints.listItem ? BlockSemantic::ListItem : BlockSemantic::Paragraph;
        Paragraph paragraph;
        readInline(paragraph, depth);
        out.append({paragraph.text, hints});
        out.append(paragraph.boxes);
    }

    void readInline(Paragraph &paragraph, int depth)
    {
        while (!m_xml.atEnd()) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::EndElement || token == QXmlStreamReader::Invalid)
                return;
            if (token == QXmlStreamReader::Characters) {
                // White space in the markup is collapsed; breaks are elements.
                QString text = m_xml.text().toString();
                text.replace(u'\n', u' ').replace(u'\r', u' ').replace(u'\t', u' ');
                paragraph.text += text;
                continue;
            }
            if (token != QXmlStreamReader::StartElement || isTooDeep(depth))
                continue;
            const QStringView ns = m_xml.namespaceUri();
            const QStringView name = m_xml.name();
            if (ns == textNamespace) {
                if (name == u"s" || name == u"tab") {
                    paragraph.text += u' ';
                    m_xml.skipCurrentElement();
                } else if (name == u"line-break") {
                    paragraph.text += u'\n';
                    m_xml.skipCurrentElement();
                } else if (name == u"note") {
                    readNote(paragraph, depth + 1);
                } else if (name == u"ruby-text" || name == u"tracked-changes") {
                    m_xml.skipCurrentElement();
                } else {
                    readInline(paragraph, depth + 1); // span, a, meta, ruby, fields show their value
                }
            } else if (ns == drawNamespace) {
                readBlocks(paragraph.boxes, depth + 1, false); // frames, text boxes, shapes with text
            } else {
                m_xml.skipCurrentElement(); // annotations, form controls, ...
            }
        }
    }

    void readNote(Paragraph &paragraph, int depth)
    {
        const bool endnote = PartXml::attribute(m_xml, u"note-class") == u"endnote";
        Note note;
        while (m_xml.readNextStartElement()) {
            if (m_xml.name() == u"note-citation") {
                const QString label = PartXml::attribute(m_xml, u"label");
                const QString shown = PartXml::simplifiedText(m_xml);
                note.marker = u'[' + (label.isEmpty() ? shown : label) + u']';
            } else if (m_xml.name() == u"note-body") {
                readBlocks(note.blocks, depth + 1, false);
            } else {
                m_xml.skipCurrentElement();
            }
        }
        if (note.marker == u"[]")
            note.marker = u"[%1]"_s.arg((endnote ? endnotes : footnotes).size() + 1);
        paragraph.text += note.marker;
        (endnote ? endnotes : footnotes).append(note);
    }

    QXmlStreamReader &m_xml;
};

PageMetadata readMeta(QXmlStreamReader &xml)
{
    QString title, creator, initialCreator, created, date, language;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"meta") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            QString *field = name == u"title" ? &title
                : name == u"creator"          ? &creator
                : name == u"initial-creator"  ? &initialCreator
                : name == u"creation-date"    ? &created
                : name == u"date"             ? &date
                : name == u"language"         ? &language
                                              : nullptr;
            if (field && field->isEmpty())
                *field = PartXml::simplifiedText(xml);
            else
                xml.skipCurrentElement();
        }
    }
    PageMetadata metadata;
    metadata.title = title;
    metadata.author = initialCreator.isEmpty() ? creator : initialCreator; // dc:creator is who saved it last
    metadata.published = created.isEmpty() ? date : created;
    metadata.language = language;
    return metadata;
}

} // namespace

PackagedText readOpenDocumentText(PackageParts &parts)
{
    PackagedText result;
    const QString content = u"content.xml"_s;
    if (!parts.contains(content)) {
        result.error = FormatText::tr("not an OpenDocument text: the package holds no content.xml");
        return result;
    }
    // A password-protected document keeps its parts encrypted; the manifest says so.
    if (const QString manifest = u"META-INF/manifest.xml"_s; parts.contains(manifest)) {
        QString error;
        if (const std::optional<QByteArray> bytes = parts.read(manifest, &error); bytes && bytes->contains("encryption-data")) {
            result.error
                = FormatText::tr("the document is protected by a password (its parts are encrypted); Lectern cannot read it");
            return result;
        }
    }

    ParagraphBlocks body;
    QList<Note> footnotes;
    QList<Note> endnotes;
    QString other; // the kind of document the body holds when it is not text
    int embedded = 0;
    int tooDeep = 0;
    const QString error = parts.readXml(content, [&](QXmlStreamReader &xml) {
        BodyReader reader(xml);
        while (xml.readNextStartElement()) {
            if (xml.name() != u"body") {
                xml.skipCurrentElement();
                continue;
            }
            while (xml.readNextStartElement()) {
                if (xml.name() == u"text") {
                    reader.readBlocks(body, 0, false);
                } else {
                    if (other.isEmpty() && !xml.name().isEmpty())
                        other = xml.name().toString();
                    xml.skipCurrentElement();
                }
            }
        }
        footnotes = std::move(reader.footnotes);
        endnotes = std::move(reader.endnotes);
        embedded = reader.embedded;
        tooDeep = reader.tooDeep;
    });
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }

    BlockWriter writer;
    writeBlocks(writer, body);
    for (const QList<Note> *notes : {&footnotes, &endnotes}) {
        for (const Note &note : *notes)
            writeNote(writer, note.marker, note.blocks);
    }
    if (const QString meta = u"meta.xml"_s; parts.contains(meta)) {
        const QString metaError = parts.readXml(meta, [&](QXmlStreamReader &xml) { result.metadata = readMeta(xml); });
        if (!metaError.isEmpty())
            result.notes.append(FormatText::tr("%1; the document's title and author were not read").arg(metaError));
    }
    if (embedded > 0)
        result.notes.append(embeddedObjectsNote(embedded));
    const QStringList names = parts.names();
    if (std::any_of(names.cbegin(), names.cend(), [](const QString &name) {
            return name.startsWith(u"Basic/", Qt::CaseInsensitive) || name.startsWith(u"Scripts/", Qt::CaseInsensitive);
        }))
        result.notes.append(FormatText::tr("the document holds macros; they were neither run nor read"));
    if (tooDeep > 0)
        result.notes.append(
            FormatText::tr("%1 elements nested more than %2 deep were not read").arg(tooDeep).arg(MaximumNesting));
    if (writer.text().isEmpty()) {
        result.error = body.isEmpty() && !other.isEmpty()
            ? FormatText::tr("not an OpenDocument text: this OpenDocument file holds a %1").arg(other)
            : FormatText::tr("the OpenDocument text holds no text");
        return result;
    }
    result.text = writer.takeText();
    result.blocks = writer.takeBlocks();
    return result;
}

} // namespace Lectern::Models
