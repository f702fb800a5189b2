// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdadocument.h"

#include "qdaguid.h"
#include "qdaproject.h"
#include "xmlentitybound.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

#include <limits>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class QdaDocumentText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::QdaReader)
};

constexpr int maximumCodeDepth = 64;

/// What reading one project.qde works with.
struct Context {
    QXmlStreamReader &xml;
    QdaDocument &document;
    QStringList &problems;
    const ImportLimits &limits;
};

QString attribute(const QXmlStreamReader &xml, QStringView name)
{
    return xml.attributes().value(name).toString();
}

QString guidAttribute(const QXmlStreamReader &xml, QStringView name)
{
    const QString value = attribute(xml, name);
    return value.isEmpty() ? QString() : QdaGuid::normalised(value);
}

QString elementText(QXmlStreamReader &xml)
{
    return xml.readElementText(QXmlStreamReader::SkipChildElements);
}

/// The current element's text as a note or description: cut to the limit,
/// the cut reported naming @p what and @p kind ("description", "text").
QString noteText(Context &context, const QString &what, const QString &kind)
{
    QString text = elementText(context.xml);
    const qsizetype size = text.size();
    if (context.limits.cutNote(text))
        context.problems.append(
            QdaDocumentText::tr("%1: its %2 has %3 characters, more than the limit of %4; the first %5 were kept.")
                .arg(what, kind, QString::number(size), QString::number(context.limits.maximumNoteSize),
                    QString::number(text.size())));
    return text;
}

void readCode(Context &context, const QString &parent, int depth)
{
    QXmlStreamReader &xml = context.xml;
    QdaDocument &document = context.document;
    if (depth > maximumCodeDepth) {
        xml.skipCurrentElement();
        return;
    }
    const qsizetype index = document.codes.size();
    document.codes.append({guidAttribute(xml, u"guid"), parent, attribute(xml, u"name"), attribute(xml, u"color"), {}});
    const QString guid = document.codes.at(index).guid;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Description")
            document.codes[index].description = noteText(context,
                QdaDocumentText::tr("Code \"%1\"").arg(document.codes.at(index).name), QdaDocumentText::tr("description"));
        else if (xml.name() == u"Code")
            readCode(context, guid, depth + 1);
        else
            xml.skipCurrentElement();
    }
}

void readCodeBook(Context &context)
{
    QXmlStreamReader &xml = context.xml;
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Codes") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Code")
                readCode(context, QString(), 0);
            else
                xml.skipCurrentElement();
        }
    }
}

void readUsers(QXmlStreamReader &xml, QdaDocument &document)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"User")
            document.users.insert(guidAttribute(xml, u"guid"), attribute(xml, u"name"));
        xml.skipCurrentElement();
    }
}

void readCoding(QXmlStreamReader &xml, QdaDocument::Selection &selection)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"CodeRef")
            selection.codeRefs.append(guidAttribute(xml, u"targetGUID"));
        else if (xml.name() == u"NoteRef") // a note on the coding: still about this passage
            selection.noteRefs.append(guidAttribute(xml, u"targetGUID"));
        xml.skipCurrentElement();
    }
}

QdaDocument::Selection readSelection(Context &context)
{
    QXmlStreamReader &xml = context.xml;
    QdaDocument::Selection selection;
    const QString guid = attribute(xml, u"guid").trimmed();
    selection.guid = guid.startsWith(u'{') && guid.endsWith(u'}') ? guid.sliced(1, guid.size() - 2) : guid;
    selection.start = attribute(xml, u"startPosition");
    selection.end = attribute(xml, u"endPosition");
    selection.creatingUser = guidAttribute(xml, u"creatingUser");
    selection.creationDateTime = attribute(xml, u"creationDateTime");
    selection.modifiedDateTime = attribute(xml, u"modifiedDateTime");
    selection.line = xml.lineNumber();
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Description") {
            const QString what
                = QdaDocumentText::tr("Selection %1 (line %2)").arg(selection.guid, QString::number(selection.line));
            selection.description = noteText(context, what, QdaDocumentText::tr("description"));
        } else if (xml.name() == u"Coding") {
            readCoding(xml, selection);
        } else {
            if (xml.name() == u"NoteRef")
                selection.noteRefs.append(guidAttribute(xml, u"targetGUID"));
            xml.skipCurrentElement();
        }
    }
    return selection;
}

enum class TextKind { Source, Note };

/// A TextSourceType element: TextSource, Representation or Note. A note's
/// text is held to the note limit; a source's is the text annotated.
QdaDocument::Text readText(Context &context, const QString &fallbackName, TextKind kind)
{
    QXmlStreamReader &xml = context.xml;
    QdaDocument::Text text;
    text.guid = guidAttribute(xml, u"guid");
    text.name = attribute(xml, u"name");
    if (text.name.isEmpty())
        text.name = fallbackName;
    text.plainTextPath = attribute(xml, u"plainTextPath");
    const QString what = kind == TextKind::Note
        ? QdaDocumentText::tr("Note \"%1\" (%2)").arg(text.name, text.guid)
        : QdaDocumentText::tr("Source \"%1\"").arg(text.name.isEmpty() ? text.guid : text.name);
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Description")
            text.description = noteText(context, what, QdaDocumentText::tr("description"));
        else if (xml.name() == u"PlainTextContent")
            text.content = kind == TextKind::Note ? noteText(context, what, QdaDocumentText::tr("text")) : elementText(xml);
        else if (xml.name() == u"PlainTextSelection")
            text.selections.append(readSelection(context));
        else
            xml.skipCurrentElement();
    }
    return text;
}

void readPdfSource(Context &context)
{
    QXmlStreamReader &xml = context.xml;
    QdaDocument &document = context.document;
    const QString name = attribute(xml, u"name");
    bool representation = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Representation") {
            document.sources.append(readText(context, name, TextKind::Source));
            representation = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!representation)
        ++document.otherSources;
}

void readSources(Context &context)
{
    QXmlStreamReader &xml = context.xml;
    QdaDocument &document = context.document;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TextSource") {
            document.sources.append(readText(context, QString(), TextKind::Source));
        } else if (xml.name() == u"PDFSource") {
            readPdfSource(context);
        } else {
            ++document.otherSources;
            xml.skipCurrentElement();
        }
    }
}

void readNotes(Context &context)
{
    QXmlStreamReader &xml = context.xml;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Note") {
            QdaDocument::Text note = readText(context, QString(), TextKind::Note);
            context.document.notes.insert(note.guid, note);
        } else {
            xml.skipCurrentElement();
        }
    }
}

void readLinks(QXmlStreamReader &xml, QdaDocument &document)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Link")
            document.links.append({attribute(xml, u"name"), guidAttribute(xml, u"originGUID"), guidAttribute(xml, u"targetGUID")});
        xml.skipCurrentElement();
    }
}

/// Reads up to the root element, checking on the way that the internal
/// entities the DTD declares expand within the limit; false when there is no
/// root element or the entities are refused (said in the problems).
bool readToRoot(Context &context, const QByteArray &qde)
{
    QXmlStreamReader &xml = context.xml;
    const qint64 limit = context.limits.maximumEntityExpansion;
    xml.setEntityExpansionLimit(int(std::clamp<qint64>(limit, 0, std::numeric_limits<int>::max())));
    while (!xml.atEnd()) {
        const QXmlStreamReader::TokenType token = xml.readNext();
        if (token == QXmlStreamReader::StartElement)
            return true;
        if (token != QXmlStreamReader::DTD || xml.entityDeclarations().isEmpty())
            continue;
        // Entities are expanded as they are read, into one piece of text:
        // their whole expansion is bounded before any of it is read. The
        // bound reads the bytes as UTF-8, what REFI-QDA requires.
        const qint64 bound = qde.contains('\0') ? std::numeric_limits<qint64>::max() : entityExpansionBound(qde, xml.entityDeclarations());
        if (bound > limit) {
            context.problems.append(
                QdaDocumentText::tr("project.qde: its entities would expand to %1 characters, more than the limit of %2 "
                                    "characters for one document; nothing was read.")
                    .arg(bound == std::numeric_limits<qint64>::max() ? QdaDocumentText::tr("an unknown number of")
                                                                     : QString::number(bound),
                        QString::number(limit)));
            return false;
        }
    }
    return false;
}

} // namespace

bool QdaDocument::isLectern() const
{
    return origin == QdaProject::origin() || origin.startsWith(QdaProject::origin() + u' ');
}

QdaDocument QdaDocument::parse(const QByteArray &qde, QStringList &problems, const ImportLimits &limits)
{
    QdaDocument document;
    QXmlStreamReader xml(qde);
    Context context{xml, document, problems, limits};
    if (readToRoot(context, qde)) {
        if (xml.name() != u"Project") {
            problems.append(
                QdaDocumentText::tr("project.qde holds a <%1> where a REFI-QDA <Project> was expected; nothing was read.")
                    .arg(xml.name()));
            return document;
        }
        document.origin = attribute(xml, u"origin");
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"Users")
                readUsers(xml, document);
            else if (name == u"CodeBook")
                readCodeBook(context);
            else if (name == u"Sources")
                readSources(context);
            else if (name == u"Notes")
                readNotes(context);
            else if (name == u"Links")
                readLinks(xml, document);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        problems.append(
            QdaDocumentText::tr("project.qde is not well-formed XML (line %1, column %2: %3); what came before was read.")
                .arg(xml.lineNumber())
                .arg(xml.columnNumber())
                .arg(xml.errorString()));
    }
    return document;
}

} // namespace Lectern::Models
