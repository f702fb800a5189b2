// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdaproject.h"

#include "codepointmapper.h"
#include "qdaarchive.h"
#include "qdaguid.h"
#include "qdareader.h"

#include <QHash>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamWriter>

#include <algorithm>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQdaProject, "lectern.models.export.qda")

namespace Lectern::Models {

namespace {

const QString projectNamespace = u"urn:QDA-XML:project:1.0"_s;
const QString codebookNamespace = u"urn:QDA-XML:codebook:1.0"_s;
constexpr qsizetype selectionNameLength = 80; // code points of the quote that name a selection

bool isXmlChar(char32_t c)
{
    return c == 0x9 || c == 0xA || c == 0xD || (c >= 0x20 && c <= 0xD7FF) || (c >= 0xE000 && c <= 0xFFFD)
        || (c >= 0x10000 && c <= 0x10FFFF);
}

/// @p text without the characters XML 1.0 cannot carry (control characters, lone surrogates).
QString xmlSafe(const QString &text)
{
    const bool clean = std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return c.unicode() >= 0x20 ? !c.isSurrogate() && c.unicode() < 0xFFFE : isXmlChar(c.unicode());
    });
    if (clean)
        return text;
    QString safe;
    safe.reserve(text.size());
    for (const char32_t c : text.toUcs4()) {
        if (isXmlChar(c))
            safe.append(QStringView(QChar::fromUcs4(c)));
    }
    return safe;
}

QString timestamp(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

bool isRgb(const QString &colour)
{
    static const QRegularExpression rgb(u"^#[0-9A-Fa-f]{6}$"_s);
    return rgb.match(colour).hasMatch();
}

/// The first code points of @p quote, on one line, as a selection's name.
QString selectionName(const QString &quote)
{
    const QString line = quote.simplified();
    const qsizetype cut = CodePointMapper::utf16Offset(line, selectionNameLength);
    return cut < line.size() ? line.left(cut) + QChar(u'…') : line;
}

QString userGuid(const QString &name)
{
    return QdaGuid::derive(u"user", name);
}

void writeOptionalAttribute(QXmlStreamWriter &xml, const QString &name, const QString &value)
{
    if (!value.isEmpty())
        xml.writeAttribute(name, xmlSafe(value));
}

void writeOptionalElement(QXmlStreamWriter &xml, const QString &name, const QString &text)
{
    const QString safe = xmlSafe(text);
    if (!safe.isEmpty())
        xml.writeTextElement(name, safe);
}

/// Whether the annotation's note has anything XML can carry (a Note, and a NoteRef to it, are written).
bool hasNote(const Annotation &annotation)
{
    return !xmlSafe(annotation.note).isEmpty();
}

void writeAuthorship(QXmlStreamWriter &xml, const Annotation &annotation)
{
    if (!annotation.author.isEmpty())
        xml.writeAttribute(u"creatingUser"_s, userGuid(annotation.author));
    writeOptionalAttribute(xml, u"creationDateTime"_s, timestamp(annotation.created));
    if (!annotation.modifiedBy.isEmpty())
        xml.writeAttribute(u"modifyingUser"_s, userGuid(annotation.modifiedBy));
    writeOptionalAttribute(xml, u"modifiedDateTime"_s, timestamp(annotation.modified));
}

/// The codes below @p parentId (top-level ones for an empty id, and those whose
/// parent is not in the codebook) in the codebook's order.
QList<const Code *> childCodes(const ExportSet &set, const QString &parentId)
{
    QList<const Code *> children;
    for (const Code &code : set.codes) {
        const bool topLevel = code.parentId.isEmpty() || code.parentId == code.id || !set.findCode(code.parentId);
        if (parentId.isEmpty() ? topLevel : (!topLevel && code.parentId == parentId))
            children.append(&code);
    }
    std::stable_sort(children.begin(), children.end(),
                     [](const Code *a, const Code *b) { return a->sortOrder < b->sortOrder; });
    return children;
}

void writeCodes(QXmlStreamWriter &xml, const ExportSet &set, const QString &parentId, QSet<QString> &written)
{
    for (const Code *code : childCodes(set, parentId)) {
        if (written.contains(code->id)) // a cycle in parentId: each code once
            continue;
        written.insert(code->id);
        xml.writeStartElement(u"Code"_s);
        xml.writeAttribute(u"guid"_s, QdaGuid::keepOrDerive(u"code", code->id));
        xml.writeAttribute(u"name"_s, xmlSafe(code->name));
        xml.writeAttribute(u"isCodable"_s, u"true"_s);
        if (isRgb(code->colour))
            xml.writeAttribute(u"color"_s, code->colour);
        writeOptionalElement(xml, u"Description"_s, code->description);
        writeCodes(xml, set, code->id, written);
        xml.writeEndElement();
    }
}

void writeCodeList(QXmlStreamWriter &xml, const ExportSet &set)
{
    QSet<QString> written;
    xml.writeStartElement(u"Codes"_s);
    writeCodes(xml, set, QString(), written);
    xml.writeEndElement();
}

QString sourceDescription(const ExportSet &set, const ExportDocument &document)
{
    QStringList lines{u"Document id: "_s + document.id, u"Source: "_s + set.sourceOf(document)};
    if (!document.path.isEmpty())
        lines.append(u"Path: "_s + document.path);
    if (!document.date.isEmpty())
        lines.append(u"Date: "_s + document.date);
    return lines.join(u'\n');
}

QString selectionDescription(const Annotation &annotation, int page)
{
    QStringList lines;
    if (page > 0)
        lines.append(u"Page: "_s + QString::number(page));
    if (annotation.claimStatus != ClaimStatus::None)
        lines.append(u"Claim status: "_s + claimStatusKey(annotation.claimStatus));
    for (const QString &tag : annotation.tags)
        lines.append(u"Tag: "_s + tag);
    return lines.join(u'\n');
}

void writeUsers(QXmlStreamWriter &xml, const ExportSet &set)
{
    QStringList names;
    for (const ExportItem &item : set.items) {
        for (const QString &name : {item.annotation.author, item.annotation.modifiedBy}) {
            if (!name.isEmpty() && !names.contains(name))
                names.append(name);
        }
    }
    if (names.isEmpty())
        return;
    xml.writeStartElement(u"Users"_s);
    for (const QString &name : std::as_const(names)) {
        xml.writeEmptyElement(u"User"_s);
        xml.writeAttribute(u"guid"_s, userGuid(name));
        xml.writeAttribute(u"name"_s, xmlSafe(name));
    }
    xml.writeEndElement();
}

void writeSelection(QXmlStreamWriter &xml, const ExportSet &set, const ExportItem &item, qsizetype length)
{
    const Annotation &annotation = item.annotation;
    // The set builder already cuts positions to the text; this keeps a hand-made set valid too.
    const qsizetype start = std::clamp<qsizetype>(item.start, 0, length);
    const qsizetype end = std::clamp<qsizetype>(item.end, start, length);
    if (start != item.start || end != item.end)
        qCWarning(lcQdaProject) << "annotation" << annotation.id << "cut to the text of" << set.documentOf(item).id;

    xml.writeStartElement(u"PlainTextSelection"_s);
    xml.writeAttribute(u"guid"_s, QdaProject::selectionGuid(annotation.id));
    writeOptionalAttribute(xml, u"name"_s, selectionName(annotation.quote));
    xml.writeAttribute(u"startPosition"_s, QString::number(start));
    xml.writeAttribute(u"endPosition"_s, QString::number(end));
    writeAuthorship(xml, annotation);
    writeOptionalElement(xml, u"Description"_s, selectionDescription(annotation, item.page));
    if (!annotation.codeId.isEmpty() && set.findCode(annotation.codeId)) {
        xml.writeStartElement(u"Coding"_s);
        xml.writeAttribute(u"guid"_s, QdaGuid::derive(u"coding", annotation.id));
        if (!annotation.author.isEmpty())
            xml.writeAttribute(u"creatingUser"_s, userGuid(annotation.author));
        writeOptionalAttribute(xml, u"creationDateTime"_s, timestamp(annotation.created));
        xml.writeEmptyElement(u"CodeRef"_s);
        xml.writeAttribute(u"targetGUID"_s, QdaGuid::keepOrDerive(u"code", annotation.codeId));
        xml.writeEndElement();
    }
    if (hasNote(annotation)) {
        xml.writeEmptyElement(u"NoteRef"_s);
        xml.writeAttribute(u"targetGUID"_s, QdaGuid::derive(u"note", annotation.id));
    }
    xml.writeEndElement();
}

void writeSources(QXmlStreamWriter &xml, const ExportSet &set)
{
    if (set.documents.isEmpty())
        return;
    xml.writeStartElement(u"Sources"_s);
    for (qsizetype index = 0; index < set.documents.size(); ++index) {
        const ExportDocument &document = set.documents.at(index);
        const QString guid = QdaProject::sourceGuid(set, document);
        // A PDF is a PDFSource whose text representation holds the selections
        // (each says its page); the PDF file itself is not in the archive.
        if (document.paged) {
            xml.writeStartElement(u"PDFSource"_s);
            xml.writeAttribute(u"guid"_s, QdaGuid::derive(u"pdf", guid));
            xml.writeAttribute(u"name"_s, xmlSafe(document.displayTitle()));
            xml.writeStartElement(u"Representation"_s);
        } else {
            xml.writeStartElement(u"TextSource"_s);
        }
        xml.writeAttribute(u"guid"_s, guid);
        xml.writeAttribute(u"name"_s, xmlSafe(document.displayTitle()));
        xml.writeAttribute(u"plainTextPath"_s, u"internal://"_s + guid + u".txt"_s);
        writeOptionalElement(xml, u"Description"_s, sourceDescription(set, document));
        const qsizetype length = CodePointMapper::codePointOffset(document.text, document.text.size());
        for (const ExportItem &item : set.items) {
            if (item.document == index)
                writeSelection(xml, set, item, length);
        }
        xml.writeEndElement();
        if (document.paged)
            xml.writeEndElement();
    }
    xml.writeEndElement();
}

void writeNotes(QXmlStreamWriter &xml, const ExportSet &set)
{
    const bool any = std::any_of(set.items.cbegin(), set.items.cend(),
                                 [](const ExportItem &item) { return hasNote(item.annotation); });
    if (!any)
        return;
    xml.writeStartElement(u"Notes"_s);
    for (const ExportItem &item : set.items) {
        const Annotation &annotation = item.annotation;
        if (!hasNote(annotation))
            continue;
        xml.writeStartElement(u"Note"_s);
        xml.writeAttribute(u"guid"_s, QdaGuid::derive(u"note", annotation.id));
        writeOptionalAttribute(xml, u"name"_s, selectionName(annotation.quote));
        writeAuthorship(xml, annotation);
        xml.writeTextElement(u"PlainTextContent"_s, xmlSafe(annotation.note));
        xml.writeEndElement();
    }
    xml.writeEndElement();
}

/// Evidence links whose claim and evidence are both exported, as one-way links
/// from the evidence's selection to the claim's.
void writeLinks(QXmlStreamWriter &xml, const ExportSet &set)
{
    QSet<QString> exported;
    for (const ExportItem &item : set.items)
        exported.insert(item.annotation.id);
    QList<const EvidenceLink *> links;
    for (const EvidenceLink &link : set.links) {
        if (exported.contains(link.claimId) && exported.contains(link.evidenceId))
            links.append(&link);
    }
    if (links.isEmpty())
        return;
    xml.writeStartElement(u"Links"_s);
    for (const EvidenceLink *link : std::as_const(links)) {
        xml.writeEmptyElement(u"Link"_s);
        xml.writeAttribute(u"guid"_s, QdaGuid::derive(u"link", QString(link->claimId + u'\n' + link->evidenceId)));
        xml.writeAttribute(u"name"_s, QdaProject::evidenceLinkName());
        xml.writeAttribute(u"direction"_s, u"OneWay"_s);
        xml.writeAttribute(u"originGUID"_s, QdaProject::selectionGuid(link->evidenceId));
        xml.writeAttribute(u"targetGUID"_s, QdaProject::selectionGuid(link->claimId));
    }
    xml.writeEndElement();
}

/// The earliest creation and latest change among the exported annotations.
std::pair<QDateTime, QDateTime> projectTimes(const ExportSet &set)
{
    QDateTime created;
    QDateTime modified;
    for (const ExportItem &item : set.items) {
        const Annotation &annotation = item.annotation;
        if (annotation.created.isValid() && (!created.isValid() || annotation.created < created))
            created = annotation.created;
        const QDateTime changed = annotation.modified.isValid() ? annotation.modified : annotation.created;
        if (changed.isValid() && (!modified.isValid() || changed > modified))
            modified = changed;
    }
    return {created, modified};
}

} // namespace

QString QdaProject::projectName(const ExportSet &set)
{
    return set.bundleName.isEmpty() ? set.bundleKey : set.bundleName;
}

QString QdaProject::sourceGuid(const ExportSet &set, const ExportDocument &document)
{
    return QdaGuid::derive(u"source", set.documentUrn(document.id));
}

QString QdaProject::selectionGuid(const QString &annotationId)
{
    return QdaGuid::keepOrDerive(u"selection", annotationId);
}

QString QdaProject::evidenceLinkName()
{
    return u"evidence"_s;
}

QByteArray QdaProject::projectXml(const ExportSet &set)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(projectNamespace);
    xml.writeStartElement(projectNamespace, u"Project"_s);
    xml.writeAttribute(u"name"_s, xmlSafe(projectName(set)));
    xml.writeAttribute(u"origin"_s, origin());
    const auto [created, modified] = projectTimes(set);
    writeOptionalAttribute(xml, u"creationDateTime"_s, timestamp(created));
    writeOptionalAttribute(xml, u"modifiedDateTime"_s, timestamp(modified));

    writeUsers(xml, set);
    if (!set.codes.isEmpty()) {
        xml.writeStartElement(u"CodeBook"_s);
        writeCodeList(xml, set);
        xml.writeEndElement();
    }
    writeSources(xml, set);
    writeNotes(xml, set);
    writeLinks(xml, set);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray QdaProject::codebookXml(const ExportSet &set)
{
    QByteArray bytes;
    QXmlStreamWriter xml(&bytes);
    xml.setAutoFormatting(true);
    xml.setAutoFormattingIndent(1);
    xml.writeStartDocument();
    xml.writeDefaultNamespace(codebookNamespace);
    xml.writeStartElement(codebookNamespace, u"CodeBook"_s);
    xml.writeAttribute(u"origin"_s, origin());
    if (!set.codes.isEmpty())
        writeCodeList(xml, set);
    xml.writeEndElement();
    xml.writeEndDocument();
    return bytes;
}

QByteArray QdaProject::projectArchive(const ExportSet &set, QString *error)
{
    QList<QdaArchive::Entry> entries{{u"project.qde"_s, projectXml(set)}};
    if (!set.documents.isEmpty())
        entries.append({u"sources/"_s, {}});
    for (const ExportDocument &document : set.documents)
        entries.append({u"sources/"_s + sourceGuid(set, document) + u".txt"_s, document.text.toUtf8()});
    QString zipError;
    QByteArray archive = QdaArchive::zip(entries, projectTimes(set).second, &zipError);
    if (archive.isEmpty() && error)
        *error = zipError;
    return archive;
}

ImportBatch QdaProject::readArchive(const QByteArray &archive, const ImportLimits &limits)
{
    return QdaReader::read(archive, limits);
}

} // namespace Lectern::Models
