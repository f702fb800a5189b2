// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdadocument.h"

#include "qdaguid.h"
#include "qdaproject.h"

#include <QCoreApplication>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("Lectern::Models::QdaReader", text);
}

constexpr int maximumCodeDepth = 64;

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

void readCode(QXmlStreamReader &xml, const QString &parent, int depth, QdaDocument &document)
{
    if (depth > maximumCodeDepth) {
        xml.skipCurrentElement();
        return;
    }
    const qsizetype index = document.codes.size();
    document.codes.append({guidAttribute(xml, u"guid"), parent, attribute(xml, u"name"), attribute(xml, u"color"), {}});
    const QString guid = document.codes.at(index).guid;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Description")
            document.codes[index].description = elementText(xml);
        else if (xml.name() == u"Code")
            readCode(xml, guid, depth + 1, document);
        else
            xml.skipCurrentElement();
    }
}

void readCodeBook(QXmlStreamReader &xml, QdaDocument &document)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"Codes") {
            xml.skipCurrentElement();
            continue;
        }
        while (xml.readNextStartElement()) {
            if (xml.name() == u"Code")
                readCode(xml, QString(), 0, document);
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

QdaDocument::Selection readSelection(QXmlStreamReader &xml)
{
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
            selection.description = elementText(xml);
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

/// A TextSourceType element: TextSource, Representation or Note.
QdaDocument::Text readText(QXmlStreamReader &xml, const QString &fallbackName)
{
    QdaDocument::Text text;
    text.guid = guidAttribute(xml, u"guid");
    text.name = attribute(xml, u"name");
    if (text.name.isEmpty())
        text.name = fallbackName;
    text.plainTextPath = attribute(xml, u"plainTextPath");
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Description")
            text.description = elementText(xml);
        else if (xml.name() == u"PlainTextContent")
            text.content = elementText(xml);
        else if (xml.name() == u"PlainTextSelection")
            text.selections.append(readSelection(xml));
        else
            xml.skipCurrentElement();
    }
    return text;
}

void readPdfSource(QXmlStreamReader &xml, QdaDocument &document)
{
    const QString name = attribute(xml, u"name");
    bool representation = false;
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Representation") {
            document.sources.append(readText(xml, name));
            representation = true;
        } else {
            xml.skipCurrentElement();
        }
    }
    if (!representation)
        ++document.otherSources;
}

void readSources(QXmlStreamReader &xml, QdaDocument &document)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"TextSource") {
            document.sources.append(readText(xml, QString()));
        } else if (xml.name() == u"PDFSource") {
            readPdfSource(xml, document);
        } else {
            ++document.otherSources;
            xml.skipCurrentElement();
        }
    }
}

void readNotes(QXmlStreamReader &xml, QdaDocument &document)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"Note") {
            QdaDocument::Text note = readText(xml, QString());
            document.notes.insert(note.guid, note);
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

} // namespace

bool QdaDocument::isLectern() const
{
    return origin == QdaProject::origin() || origin.startsWith(QdaProject::origin() + u' ');
}

QdaDocument QdaDocument::parse(const QByteArray &qde, QStringList &problems, const ImportLimits &limits)
{
    Q_UNUSED(limits)
    QdaDocument document;
    QXmlStreamReader xml(qde);
    if (xml.readNextStartElement()) {
        if (xml.name() != u"Project") {
            problems.append(tr("project.qde holds a <%1> where a REFI-QDA <Project> was expected; nothing was read.")
                                .arg(xml.name()));
            return document;
        }
        document.origin = attribute(xml, u"origin");
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"Users")
                readUsers(xml, document);
            else if (name == u"CodeBook")
                readCodeBook(xml, document);
            else if (name == u"Sources")
                readSources(xml, document);
            else if (name == u"Notes")
                readNotes(xml, document);
            else if (name == u"Links")
                readLinks(xml, document);
            else
                xml.skipCurrentElement();
        }
    }
    if (xml.hasError()) {
        problems.append(tr("project.qde is not well-formed XML (line %1, column %2: %3); what came before was read.")
                            .arg(xml.lineNumber())
                            .arg(xml.columnNumber())
                            .arg(xml.errorString()));
    }
    return document;
}

} // namespace Lectern::Models
