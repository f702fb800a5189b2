// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdareader.h"

#include "qdaarchive.h"
#include "qdadocument.h"
#include "qdaguid.h"
#include "qdaproject.h"

#include <QCoreApplication>
#include <QHash>
#include <QLoggingCategory>

#include <algorithm>
#include <optional>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcQdaReader, "lectern.models.export.qdareader")

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class QdaReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::QdaReader)
};

const QString internalScheme = u"internal://"_s;
const QString claimStatusLine = u"Claim status: "_s;
const QString tagLine = u"Tag: "_s;
const QString sourceLine = u"Source: "_s;
const QString pageLine = u"Page: "_s;

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

/// Code-point offsets into one text as UTF-16 offsets, each in O(log n), for
/// sources with many selections.
class CodePointIndex final
{
public:
    explicit CodePointIndex(const QString &text)
    {
        for (qsizetype i = 0; i < text.size(); ++i, ++m_length) {
            if (text.at(i).isHighSurrogate() && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                m_pairs.append(m_length);
                ++i;
            }
        }
    }

    [[nodiscard]] qsizetype length() const { return m_length; }
    [[nodiscard]] qsizetype utf16(qsizetype codePoint) const
    {
        return codePoint + (std::lower_bound(m_pairs.cbegin(), m_pairs.cend(), codePoint) - m_pairs.cbegin());
    }

private:
    QList<qsizetype> m_pairs; // code-point offsets of the surrogate pairs
    qsizetype m_length = 0;
};

class Resolver final
{
public:
    Resolver(QdaArchive &archive, const QdaDocument &document, const ImportLimits &limits, ImportBatch &batch)
        : m_archive(archive)
        , m_document(document)
        , m_limits(limits)
        , m_batch(batch)
    {
        for (qsizetype i = 0; i < document.codes.size(); ++i)
            m_codes.insert(document.codes.at(i).guid, i);
    }

    void run()
    {
        for (const QdaDocument::Code &code : m_document.codes)
            {
            ImportedCode imported;
            imported.path = pathOf(code.guid);
            // Lectern writes a code's own id as its GUID when that id is a UUID.
            if (m_document.isLectern())
                imported.id = QdaGuid::normalised(code.guid);
            imported.colour = normalisedColour(code.colour);
            imported.description = code.description;
            m_batch.codes.append(imported);
        }
        for (const QdaDocument::Text &source : m_document.sources)
            readSource(source);
        if (m_document.isLectern())
            readEvidenceLinks();
        if (m_extraCodings > 0)
            m_batch.problems.append(
                QdaReaderText::tr("%n selection(s) carried more than one code: the first became the label, the "
                                  "others became tags.",
                    nullptr, m_extraCodings));
        if (m_document.otherSources > 0)
            m_batch.problems.append(
                QdaReaderText::tr("%n source(s) that are not text (pictures, audio, video, PDFs without a text "
                                  "representation) were left out.",
                    nullptr, m_document.otherSources));
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
            const QdaDocument::Code &code = m_document.codes.at(*it);
            path.prepend(code.name);
            current = code.parent;
        }
        return path;
    }

    /// The text a TextSourceType element holds or points to; nothing, with a problem, when it cannot be had.
    std::optional<QString> textOf(const QdaDocument::Text &text, const QString &what)
    {
        if (text.content)
            return *text.content;
        QString path = text.plainTextPath.trimmed();
        if (path.isEmpty()) {
            m_batch.problems.append(QdaReaderText::tr("%1 has neither a plainTextPath nor a PlainTextContent.").arg(what));
            return std::nullopt;
        }
        if (path.startsWith(u"relative://") || path.startsWith(u"absolute://")) {
            m_batch.problems.append(
                QdaReaderText::tr("%1 is kept outside the project (%2); only texts inside the .qdpx are read.").arg(what, path));
            return std::nullopt;
        }
        if (path.startsWith(internalScheme, Qt::CaseInsensitive))
            path = path.sliced(internalScheme.size());
        while (path.startsWith(u'/'))
            path.remove(0, 1);
        const EntryText &entry = entryText(path);
        if (!entry.text) {
            m_batch.problems.append(
                QdaReaderText::tr("%1: its text %2 could not be read: %3.").arg(what, text.plainTextPath, entry.error));
            return std::nullopt;
        }
        return entry.text;
    }

    struct EntryText {
        std::optional<QString> text;
        QString error;
    };

    /// The text of the archive's entry for @p path, unpacked and decoded once
    /// however many sources and notes name it (they share the one copy).
    const EntryText &entryText(const QString &path)
    {
        const QString key = path.toLower(); // entries are matched ignoring case
        if (const auto it = m_entries.constFind(key); it != m_entries.constEnd())
            return *it;
        EntryText entry;
        // Some tools write the folder into the path, or leave it out.
        const QString inFolder = u"sources/"_s + path;
        const QString name = m_archive.contains(inFolder) || !m_archive.contains(path) ? inFolder : path;
        if (const std::optional<QByteArray> bytes = m_archive.read(name, &entry.error))
            entry.text = decodeText(*bytes);
        return *m_entries.insert(key, entry);
    }

    void readSource(const QdaDocument::Text &source)
    {
        const QString sourceName = source.name.isEmpty() ? source.guid : source.name;
        const QString what = QdaReaderText::tr("Source \"%1\"").arg(sourceName);
        if (source.selections.isEmpty())
            return;
        const std::optional<QString> text = textOf(source, what);
        if (!text) {
            m_batch.problems.append(
                QdaReaderText::tr("%1: its %n selection(s) were left out.", nullptr, int(source.selections.size())).arg(what));
            return;
        }
        QString sourceRef = sourceName;
        if (m_document.isLectern()) {
            for (const QString &line : source.description.split(u'\n')) {
                if (line.startsWith(sourceLine))
                    sourceRef = line.sliced(sourceLine.size()).trimmed();
            }
        }
        const CodePointIndex index(*text);
        for (const QdaDocument::Selection &selection : source.selections)
            readSelection(selection, sourceRef, what, *text, index);
    }

    void readSelection(const QdaDocument::Selection &selection, const QString &sourceRef, const QString &sourceWhat,
                       const QString &text, const CodePointIndex &index)
    {
        const QString what
            = QdaReaderText::tr("%1, selection %2 (line %3)").arg(sourceWhat, selection.guid, QString::number(selection.line));
        bool startOk = false;
        bool endOk = false;
        const qint64 start = selection.start.toLongLong(&startOk);
        const qint64 end = selection.end.toLongLong(&endOk);
        if (!startOk || !endOk || start < 0 || end < start) {
            m_batch.problems.append(QdaReaderText::tr("%1: the positions %2–%3 are not a range of the text; it was left out.")
                                        .arg(what, selection.start, selection.end));
            return;
        }
        if (end > index.length()) {
            m_batch.problems.append(
                QdaReaderText::tr("%1: it ends at %2, past the end of its source (%3 characters); it was left out.")
                    .arg(what, QString::number(end), QString::number(index.length())));
            return;
        }
        ImportedAnnotation annotation;
        annotation.id = selection.guid;
        annotation.source = sourceRef;
        annotation.sourceText = text;
        annotation.start = start;
        annotation.end = end;
        const qsizetype from = index.utf16(start);
        const qsizetype to = index.utf16(end);
        const qsizetype before = index.utf16(std::max<qint64>(0, start - QdaReader::contextLength));
        const qsizetype after = index.utf16(std::min<qint64>(index.length(), end + QdaReader::contextLength));
        annotation.exact = text.sliced(from, to - from);
        annotation.prefix = text.sliced(before, from - before);
        annotation.suffix = text.sliced(to, after - to);

        readCodings(selection, what, annotation);
        QStringList notes = readDescription(selection.description, annotation);
        for (const QString &ref : selection.noteRefs) {
            const auto note = m_document.notes.constFind(ref);
            if (note == m_document.notes.constEnd()) {
                m_batch.problems.append(QdaReaderText::tr("%1: its note %2 is not among the project's notes.").arg(what, ref));
                continue;
            }
            const QString noteWhat = QdaReaderText::tr("Note %1").arg(ref);
            std::optional<QString> noteText = textOf(*note, noteWhat);
            if (!noteText || noteText->isEmpty())
                continue;
            const qsizetype size = noteText->size();
            if (m_limits.cutNote(*noteText)) // only a note kept in a file of the archive: inline ones were cut when read
                m_batch.problems.append(
                    QdaReaderText::tr("%1: its text has %2 characters, more than the limit of %3; the first %4 were kept.")
                        .arg(noteWhat, QString::number(size), QString::number(m_limits.maximumNoteSize),
                            QString::number(noteText->size())));
            notes.append(*noteText);
        }
        annotation.note = notes.join(u"\n\n"_s);
        if (const qsizetype size = annotation.note.size(); m_limits.cutNote(annotation.note))
            m_batch.problems.append(
                QdaReaderText::tr("%1: its notes together have %2 characters, more than the limit of %3; the first %4 "
                                  "were kept.")
                    .arg(what, QString::number(size), QString::number(m_limits.maximumNoteSize),
                        QString::number(annotation.note.size())));
        annotation.author = m_document.users.value(selection.creatingUser);
        annotation.created = QDateTime::fromString(selection.creationDateTime, Qt::ISODateWithMs);
        annotation.modified = QDateTime::fromString(selection.modifiedDateTime, Qt::ISODateWithMs);
        if (!annotation.modified.isValid())
            annotation.modified = annotation.created;
        m_selections.insert(QdaGuid::normalised(selection.guid), m_batch.annotations.size());
        m_batch.annotations.append(annotation);
    }

    void readCodings(const QdaDocument::Selection &selection, const QString &what, ImportedAnnotation &annotation)
    {
        bool labelled = false;
        bool extra = false;
        for (const QString &ref : selection.codeRefs) {
            const auto code = m_codes.constFind(ref);
            if (code == m_codes.constEnd()) {
                m_batch.problems.append(
                    QdaReaderText::tr("%1: it is coded with %2, which is not in the codebook; that coding was left out.")
                        .arg(what, ref));
                continue;
            }
            const QdaDocument::Code &qdaCode = m_document.codes.at(*code);
            if (!labelled) {
                annotation.labelPath = pathOf(ref);
                if (m_document.isLectern())
                    annotation.labelId = QdaGuid::normalised(qdaCode.guid);
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
            } else if (line.startsWith(pageLine)) {
                // A PDF's page: the document says it again when it is read.
            } else if (!line.trimmed().isEmpty()) {
                rest.append(line);
            }
        }
        return rest.isEmpty() ? QStringList() : QStringList{rest.join(u'\n')};
    }

    void readEvidenceLinks()
    {
        for (const QdaDocument::Link &link : m_document.links) {
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

    QdaArchive &m_archive;
    const QdaDocument &m_document;
    const ImportLimits &m_limits;
    ImportBatch &m_batch;
    QHash<QString, qsizetype> m_codes;      // normalised GUID -> index in m_document.codes
    QHash<QString, qsizetype> m_selections; // normalised GUID -> index in m_batch.annotations
    QHash<QString, EntryText> m_entries;    // lower-case path -> the entry's text, or why it could not be had
    int m_extraCodings = 0;
};

} // namespace

ImportBatch QdaReader::read(const QByteArray &archive, const ImportLimits &limits)
{
    ImportBatch batch;
    if (archive.isEmpty()) {
        batch.problems.append(QdaReaderText::tr("The file is empty, so it holds no REFI-QDA project."));
        return batch;
    }
    QdaArchive zip(archive, limits);
    if (!zip.isOpen()) {
        batch.problems.append(
            QdaReaderText::tr("The file is not a REFI-QDA project (.qdpx is a ZIP archive): %1.").arg(zip.error()));
        return batch;
    }
    QString error;
    const std::optional<QByteArray> qde = zip.read(u"project.qde"_s, &error);
    if (!qde) {
        batch.problems.append(QdaReaderText::tr("The archive is no REFI-QDA project: %1.").arg(error));
        return batch;
    }
    const QdaDocument document = QdaDocument::parse(*qde, batch.problems, limits);
    Resolver(zip, document, limits, batch).run();
    qCDebug(lcQdaReader) << "read" << batch.annotations.size() << "selections," << batch.codes.size() << "codes,"
                         << batch.problems.size() << "problems from a project by" << document.origin;
    return batch;
}

} // namespace Lectern::Models
