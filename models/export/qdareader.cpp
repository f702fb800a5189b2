// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdareader.h"

#include "codepointmapper.h"
#include "qdaarchive.h"
#include "qdaguid.h"
#include "qdaproject.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>
#include <QXmlStreamReader>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQdaReader, "lectern.models.export.qdareader")

namespace Lectern::Models {

namespace {

QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Lectern::Models::QdaReader", text, nullptr, n);
}

const QString internalScheme = u"internal://"_s;
const QString claimStatusLine = u"Claim status: "_s;
const QString tagLine = u"Tag: "_s;
const QString sourceLine = u"Source: "_s;
constexpr int maximumCodeDepth = 64;

struct QdaCode {
    QString guid;   // normalised
    QString parent; // normalised GUID, empty at the top
    QString name;
    QString colour;
    QString description;
};

struct QdaSelection {
    QString guid; // as written, braces dropped
    QString start;
    QString end;
    QString description;
    QStringList codeRefs; // normalised GUIDs
    QStringList noteRefs;
    QString creatingUser;
    QString creationDateTime;
    QString modifiedDateTime;
    qint64 line = 0;
};

/// A TextSource, a PDF source's text Representation or a Note: text with a
/// name, given inline or as a file of the archive.
struct QdaText {
    QString guid;
    QString name;
    QString description;
    QString plainTextPath;
    std::optional<QString> content;
    QList<QdaSelection> selections;
};

struct QdaLink {
    QString name;
    QString origin;
    QString target;
};

/// project.qde as read, before references are resolved.
struct QdaDocument {
    QString origin;
    QHash<QString, QString> users; // normalised GUID -> name
    QList<QdaCode> codes;          // codebook order, parents before children
    QList<QdaText> sources;
    QHash<QString, QdaText> notes; // by normalised GUID
    QList<QdaLink> links;
    int otherSources = 0;          // pictures, audio, video, PDFs without a text representation

    [[nodiscard]] bool isLectern() const
    {
        return origin == QdaProject::origin() || origin.startsWith(QdaProject::origin() + u' ');
    }
};

// --- reading project.qde ----------------------------------------------------

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

void readCoding(QXmlStreamReader &xml, QdaSelection &selection)
{
    while (xml.readNextStartElement()) {
        if (xml.name() == u"CodeRef")
            selection.codeRefs.append(guidAttribute(xml, u"targetGUID"));
        else if (xml.name() == u"NoteRef") // a note on the coding: still about this passage
            selection.noteRefs.append(guidAttribute(xml, u"targetGUID"));
        xml.skipCurrentElement();
    }
}

QdaSelection readSelection(QXmlStreamReader &xml)
{
    QdaSelection selection;
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
QdaText readText(QXmlStreamReader &xml, const QString &fallbackName)
{
    QdaText text;
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
            QdaText note = readText(xml, QString());
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

QdaDocument parseProject(const QByteArray &qde, QStringList &problems)
{
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

// --- resolving ----------------------------------------------------------------

/// #RRGGBB for a colour given as #RRGGBB or #RGB; empty for anything else.
QString normalisedColour(const QString &colour)
{
    const QString value = colour.trimmed();
    const auto isHex = [](QChar c) { return c.isDigit() || (c.toLower() >= u'a' && c.toLower() <= u'f'); };
    if (!value.startsWith(u'#') || !std::all_of(value.cbegin() + 1, value.cend(), isHex))
        return {};
    if (value.size() == 7)
        return value.toUpper();
    if (value.size() == 4) {
        QString wide(1, u'#');
        for (qsizetype i = 1; i < 4; ++i)
            wide.append(value.at(i)).append(value.at(i));
        return wide.toUpper();
    }
    return {};
}

/// Text of a source file: UTF-8, a byte order mark dropped (positions count from after it).
QString decodeText(const QByteArray &bytes)
{
    QString text = QString::fromUtf8(bytes);
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    return text;
}

class Resolver final
{
public:
    Resolver(const QdaArchive &archive, const QdaDocument &document, ImportBatch &batch)
        : m_archive(archive)
        , m_document(document)
        , m_batch(batch)
    {
        for (qsizetype i = 0; i < document.codes.size(); ++i)
            m_codes.insert(document.codes.at(i).guid, i);
    }

    void run()
    {
        for (const QdaCode &code : m_document.codes)
            m_batch.codes.append({pathOf(code.guid), normalisedColour(code.colour), code.description});
        for (const QdaText &source : m_document.sources)
            readSource(source);
        if (m_document.isLectern())
            readEvidenceLinks();
        if (m_extraCodings > 0)
            m_batch.problems.append(tr("%n selection(s) carried more than one code: the first became the label, the "
                                       "others became tags.",
                                       m_extraCodings));
        if (m_document.otherSources > 0)
            m_batch.problems.append(tr("%n source(s) that are not text (pictures, audio, video, PDFs without a text "
                                       "representation) were left out.",
                                       m_document.otherSources));
    }

private:
    QStringList pathOf(const QString &guid) const
    {
        QStringList path;
        QString current = guid;
        while (!current.isEmpty() && path.size() <= m_document.codes.size()) {
            const auto it = m_codes.constFind(current);
            if (it == m_codes.constEnd())
                break;
            const QdaCode &code = m_document.codes.at(*it);
            path.prepend(code.name);
            current = code.parent;
        }
        return path;
    }

    /// The text a TextSourceType element holds or points to; nothing, with a problem, when it cannot be had.
    std::optional<QString> textOf(const QdaText &text, const QString &what)
    {
        if (text.content)
            return *text.content;
        QString path = text.plainTextPath.trimmed();
        if (path.isEmpty()) {
            m_batch.problems.append(tr("%1 has neither a plainTextPath nor a PlainTextContent.").arg(what));
            return std::nullopt;
        }
        if (path.startsWith(u"relative://") || path.startsWith(u"absolute://")) {
            m_batch.problems.append(tr("%1 is kept outside the project (%2); only texts inside the .qdpx are read.")
                                        .arg(what, path));
            return std::nullopt;
        }
        if (path.startsWith(internalScheme, Qt::CaseInsensitive))
            path = path.sliced(internalScheme.size());
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        QString error;
        std::optional<QByteArray> bytes = m_archive.read(u"sources/"_s + path, &error);
        if (!bytes) { // some tools write the folder into the path, or leave it out
            QString secondError;
            bytes = m_archive.read(path, &secondError);
        }
        if (!bytes) {
            m_batch.problems.append(tr("%1: its text %2 could not be read: %3.").arg(what, text.plainTextPath, error));
            return std::nullopt;
        }
        return decodeText(*bytes);
    }

    void readSource(const QdaText &source)
    {
        const QString sourceName = source.name.isEmpty() ? source.guid : source.name;
        const QString what = tr("Source \"%1\"").arg(sourceName);
        if (source.selections.isEmpty())
            return;
        const std::optional<QString> text = textOf(source, what);
        if (!text) {
            m_batch.problems.append(
                tr("%1: its %n selection(s) were left out.", int(source.selections.size())).arg(what));
            return;
        }
        QString sourceRef = sourceName;
        if (m_document.isLectern()) {
            for (const QString &line : source.description.split(u'\n')) {
                if (line.startsWith(sourceLine))
                    sourceRef = line.sliced(sourceLine.size()).trimmed();
            }
        }
        const qsizetype length = CodePointMapper::codePointOffset(*text, text->size());
        for (const QdaSelection &selection : source.selections)
            readSelection(selection, sourceRef, what, *text, length);
    }

    void readSelection(const QdaSelection &selection, const QString &sourceRef, const QString &sourceWhat,
                       const QString &text, qsizetype length)
    {
        const QString what = tr("%1, selection %2 (line %3)").arg(sourceWhat, selection.guid).arg(selection.line);
        bool startOk = false;
        bool endOk = false;
        const qint64 start = selection.start.toLongLong(&startOk);
        const qint64 end = selection.end.toLongLong(&endOk);
        if (!startOk || !endOk || start < 0 || end < start) {
            m_batch.problems.append(tr("%1: the positions %2–%3 are not a range of the text; it was left out.")
                                        .arg(what, selection.start, selection.end));
            return;
        }
        if (end > length) {
            m_batch.problems.append(tr("%1: it ends at %2, past the end of its source (%3 characters); it was left out.")
                                        .arg(what)
                                        .arg(end)
                                        .arg(length));
            return;
        }
        ImportedAnnotation annotation;
        annotation.id = selection.guid;
        annotation.source = sourceRef;
        annotation.sourceText = text;
        annotation.start = start;
        annotation.end = end;
        const qsizetype from = CodePointMapper::utf16Offset(text, start);
        const qsizetype to = CodePointMapper::utf16Offset(text, end);
        const qsizetype before = CodePointMapper::utf16Offset(text, std::max<qint64>(0, start - QdaReader::contextLength));
        const qsizetype after = CodePointMapper::utf16Offset(text, std::min<qint64>(length, end + QdaReader::contextLength));
        annotation.exact = text.sliced(from, to - from);
        annotation.prefix = text.sliced(before, from - before);
        annotation.suffix = text.sliced(to, after - to);

        readCodings(selection, what, annotation);
        QStringList notes = readDescription(selection.description, annotation);
        for (const QString &ref : selection.noteRefs) {
            const auto note = m_document.notes.constFind(ref);
            if (note == m_document.notes.constEnd()) {
                m_batch.problems.append(tr("%1: its note %2 is not among the project's notes.").arg(what, ref));
                continue;
            }
            if (const std::optional<QString> noteText = textOf(*note, tr("Note %1").arg(ref)); noteText && !noteText->isEmpty())
                notes.append(*noteText);
        }
        annotation.note = notes.join(u"\n\n"_s);
        annotation.author = m_document.users.value(selection.creatingUser);
        annotation.created = QDateTime::fromString(selection.creationDateTime, Qt::ISODateWithMs);
        annotation.modified = QDateTime::fromString(selection.modifiedDateTime, Qt::ISODateWithMs);
        if (!annotation.modified.isValid())
            annotation.modified = annotation.created;
        m_selections.insert(QdaGuid::normalised(selection.guid), m_batch.annotations.size());
        m_batch.annotations.append(annotation);
    }

    void readCodings(const QdaSelection &selection, const QString &what, ImportedAnnotation &annotation)
    {
        bool labelled = false;
        bool extra = false;
        for (const QString &ref : selection.codeRefs) {
            const auto code = m_codes.constFind(ref);
            if (code == m_codes.constEnd()) {
                m_batch.problems.append(
                    tr("%1: it is coded with %2, which is not in the codebook; that coding was left out.").arg(what, ref));
                continue;
            }
            const QdaCode &qdaCode = m_document.codes.at(*code);
            if (!labelled) {
                annotation.labelPath = pathOf(ref);
                annotation.labelColour = normalisedColour(qdaCode.colour);
                annotation.labelDescription = qdaCode.description;
                labelled = true;
            } else {
                const QString tag = pathOf(ref).join(u" / "_s);
                if (!annotation.tags.contains(tag))
                    annotation.tags.append(tag);
                extra = true;
            }
        }
        if (extra)
            ++m_extraCodings;
    }

    /// Lectern's claim status and tags from a selection's Description; the rest of it
    /// (another tool's comment on the passage) is returned as note text.
    QStringList readDescription(const QString &description, ImportedAnnotation &annotation) const
    {
        if (description.trimmed().isEmpty())
            return {};
        if (!m_document.isLectern())
            return {description.trimmed()};
        QStringList rest;
        for (const QString &line : description.split(u'\n')) {
            if (line.startsWith(claimStatusLine)) {
                const QString key = line.sliced(claimStatusLine.size()).trimmed();
                for (int value = int(ClaimStatus::None); value <= int(ClaimStatus::Refuted); ++value) {
                    if (claimStatusKey(ClaimStatus(value)) == key)
                        annotation.claimStatus = ClaimStatus(value);
                }
            } else if (line.startsWith(tagLine)) {
                annotation.tags.append(line.sliced(tagLine.size()));
            } else if (!line.trimmed().isEmpty()) {
                rest.append(line);
            }
        }
        return rest.isEmpty() ? QStringList() : QStringList{rest.join(u'\n')};
    }

    void readEvidenceLinks()
    {
        for (const QdaLink &link : m_document.links) {
            if (link.name != QdaProject::evidenceLinkName())
                continue;
            const auto claim = m_selections.constFind(link.target);
            const auto evidence = m_selections.constFind(link.origin);
            if (claim == m_selections.constEnd() || evidence == m_selections.constEnd())
                continue; // one end was left out, and said so already
            ImportedAnnotation &claimAnnotation = m_batch.annotations[*claim];
            const QString evidenceId = m_batch.annotations.at(*evidence).id;
            if (!claimAnnotation.evidenceIds.contains(evidenceId))
                claimAnnotation.evidenceIds.append(evidenceId);
        }
    }

    const QdaArchive &m_archive;
    const QdaDocument &m_document;
    ImportBatch &m_batch;
    QHash<QString, qsizetype> m_codes;      // normalised GUID -> index in m_document.codes
    QHash<QString, qsizetype> m_selections; // normalised GUID -> index in m_batch.annotations
    int m_extraCodings = 0;
};

} // namespace

ImportBatch QdaReader::read(const QByteArray &archive)
{
    ImportBatch batch;
    if (archive.isEmpty()) {
        batch.problems.append(tr("The file is empty, so it holds no REFI-QDA project."));
        return batch;
    }
    const QdaArchive zip(archive);
    if (!zip.isOpen()) {
        batch.problems.append(tr("The file is not a REFI-QDA project (.qdpx is a ZIP archive): %1.").arg(zip.error()));
        return batch;
    }
    QString error;
    const std::optional<QByteArray> qde = zip.read(u"project.qde"_s, &error);
    if (!qde) {
        batch.problems.append(tr("The archive is no REFI-QDA project: %1.").arg(error));
        return batch;
    }
    const QdaDocument document = parseProject(*qde, batch.problems);
    Resolver(zip, document, batch).run();
    qCDebug(lcQdaReader) << "read" << batch.annotations.size() << "selections," << batch.codes.size() << "codes,"
                         << batch.problems.size() << "problems from a project by" << document.origin;
    return batch;
}

} // namespace Lectern::Models
