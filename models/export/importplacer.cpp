// SPDX-License-Identifier: GPL-3.0-or-later
#include "importplacer.h"

#include "codepointmapper.h"
#include "reanchorer.h"

#include <QCoreApplication>
#include <QHash>
#include <QUrl>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ImportPlacerText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::ImportPlacer)
};

/// Colours for labels a file brings without one.
const QStringList palette{u"#1f77b4"_s, u"#2ca02c"_s, u"#d62728"_s, u"#9467bd"_s,
                          u"#8c564b"_s, u"#e377c2"_s, u"#17becf"_s, u"#bcbd22"_s};

QString normalisedUrl(const QString &url)
{
    QString u = url.trimmed();
    while (u.endsWith(u'/'))
        u.chop(1);
    return u;
}

class Placer
{
public:
    Placer(const Bundle &bundle, const std::function<std::optional<QString>(const DocumentEntry &, QString *)> &readText,
           const QList<Code> &codes, const ImportLimits &limits, ImportPlan &plan)
        : m_bundle(bundle)
        , m_readText(readText)
        , m_codes(codes)
        , m_limits(limits)
        , m_plan(plan)
    {
        for (int i = 0; i < bundle.documents.size(); ++i) {
            const DocumentEntry &entry = bundle.documents.at(i);
            if (!entry.url.isEmpty())
                m_byUrl.insert(normalisedUrl(entry.url), i);
            m_byName.insert(entry.id, i);
            if (!entry.title.isEmpty() && !m_byName.contains(entry.title))
                m_byName.insert(entry.title, i);
        }
    }

    const QString *text(int document)
    {
        if (auto it = m_texts.constFind(document); it != m_texts.constEnd())
            return it->has_value() ? &**it : nullptr;
        QString error;
        std::optional<QString> read = m_readText ? m_readText(m_bundle.documents.at(document), &error) : std::nullopt;
        if (!read)
            m_plan.problems.append(
                ImportPlacerText::tr("%1: cannot read the text (%2).").arg(m_bundle.documents.at(document).id, error));
        auto it = m_texts.insert(document, read);
        return it->has_value() ? &**it : nullptr;
    }

    /// Code points in the text of @p document (which text() has read).
    qsizetype codePoints(int document)
    {
        if (const auto it = m_lengths.constFind(document); it != m_lengths.constEnd())
            return *it;
        const QString *t = text(document);
        return *m_lengths.insert(document, t ? CodePointMapper::codePointOffset(*t, t->size()) : 0);
    }

    int documentFor(const ImportedAnnotation &a)
    {
        if (const auto it = m_byUrl.constFind(normalisedUrl(a.source)); it != m_byUrl.constEnd())
            return *it;
        if (a.source.startsWith(u"urn:lectern:"_s)) {
            const QString id = QUrl::fromPercentEncoding(a.source.mid(a.source.lastIndexOf(u':') + 1).toUtf8());
            if (const int index = m_bundle.indexOfId(id); index >= 0)
                return index;
        }
        if (const auto it = m_byName.constFind(a.source); it != m_byName.constEnd())
            return *it;
        if (!a.sourceText.isEmpty()) {
            for (int i = 0; i < m_bundle.documents.size(); ++i) {
                const QString *t = text(i);
                if (t && *t == a.sourceText)
                    return i;
            }
        }
        // Last: the quote with its context, anywhere in the bundle.
        if (!a.exact.isEmpty()) {
            int best = -1;
            for (int i = 0; i < m_bundle.documents.size(); ++i) {
                const QString *t = text(i);
                if (!t || !t->contains(a.exact))
                    continue;
                if (best < 0)
                    best = i;
                const qsizetype at = t->indexOf(a.prefix + a.exact + a.suffix);
                if (at >= 0)
                    return i;
            }
            return best;
        }
        return -1;
    }

    /// UTF-16 range of the annotation @p name in the text of @p document, or
    /// nothing, with the reason in the plan's problems.
    std::optional<std::pair<qsizetype, qsizetype>> rangeIn(const ImportedAnnotation &a, int document, const QString &name)
    {
        const QString *t = text(document);
        const QString &documentId = m_bundle.documents.at(document).id;
        if (!t) {
            m_plan.problems.append(ImportPlacerText::tr("%1: not found in the document %2; not imported.").arg(name, documentId));
            return std::nullopt;
        }
        qsizetype start = -1;
        qsizetype end = -1;
        if (a.start && a.end && *a.end > codePoints(document)) {
            // As the REFI-QDA import reports a selection past its source's end.
            if (a.exact.isEmpty()) {
                m_plan.problems.append(
                    ImportPlacerText::tr("%1: it ends at %2, past the end of the document %3 (%4 characters); it was left out.")
                        .arg(name, QString::number(*a.end), documentId, QString::number(codePoints(document))));
                return std::nullopt;
            }
            m_plan.problems.append(
                ImportPlacerText::tr("%1: it ends at %2, past the end of the document %3 (%4 characters); the quote was "
                                     "looked for instead.")
                    .arg(name, QString::number(*a.end), documentId, QString::number(codePoints(document))));
        } else if (a.start && a.end) {
            start = CodePointMapper::utf16Offset(*t, *a.start);
            end = CodePointMapper::utf16Offset(*t, *a.end);
            if (a.exact.isEmpty() || QStringView(*t).mid(start, end - start) == a.exact)
                return std::pair{start, end};
        }
        if (a.exact.isEmpty()) {
            m_plan.problems.append(ImportPlacerText::tr("%1: not found in the document %2; not imported.").arg(name, documentId));
            return std::nullopt;
        }
        const TextAnchor anchor{std::max<qsizetype>(start, 0), std::max<qsizetype>(start, 0) + a.exact.size(), a.exact,
                                a.prefix, a.suffix};
        const Reanchorer::Options &options = m_limits.reanchoring;
        const Reanchorer::Result found = Reanchorer::reanchor(anchor, *t, options);
        if (found.found())
            return std::pair{found.start, found.end};
        switch (found.limit) {
        case Reanchorer::Limit::QuoteTooLong:
            m_plan.problems.append(
                ImportPlacerText::tr("%1: not in the document %2 as it is, and its quote (%3 characters) is longer than the "
                                     "%4 looked for approximately; not imported.")
                    .arg(name, documentId, QString::number(a.exact.size()), QString::number(options.maximumFuzzyQuoteLength)));
            break;
        case Reanchorer::Limit::BudgetSpent:
            m_plan.problems.append(
                ImportPlacerText::tr("%1: not in the document %2 as it is, and looking for it approximately would take more "
                                     "than %3 character comparisons (the limit for one quote); not imported.")
                    .arg(name, documentId, QString::number(options.fuzzyBudget)));
            break;
        case Reanchorer::Limit::None:
            m_plan.problems.append(ImportPlacerText::tr("%1: not found in the document %2; not imported.").arg(name, documentId));
            break;
        }
        return std::nullopt;
    }

    QString codeFor(const ImportedAnnotation &a)
    {
        if (a.labelPath.isEmpty() && a.labelId.isEmpty())
            return {};
        return ensureCode(a.labelPath, a.labelId, a.labelColour, a.labelDescription);
    }

    QString ensureCode(const QStringList &path, const QString &id, const QString &colour, const QString &description)
    {
        if (!id.isEmpty()) {
            for (const Code &code : std::as_const(m_codes)) {
                if (code.id == id)
                    return code.id;
            }
        }
        QString parent;
        for (qsizetype depth = 0; depth < path.size(); ++depth) {
            const QString &name = path.at(depth);
            QString found;
            for (const Code &code : std::as_const(m_codes)) {
                if (code.parentId == parent && code.name.compare(name, Qt::CaseInsensitive) == 0) {
                    found = code.id;
                    break;
                }
            }
            if (found.isEmpty()) {
                Code code;
                const bool last = depth + 1 == path.size();
                code.id = last && !id.isEmpty() ? id : QUuid::createUuid().toString(QUuid::WithoutBraces);
                code.parentId = parent;
                code.name = name;
                code.colour = last && QColorLike(colour) ? colour : palette.at(m_plan.newCodes.size() % palette.size());
                code.description = last ? description : QString();
                code.sortOrder = int(m_codes.size());
                m_codes.append(code);
                m_plan.newCodes.append(code);
                found = code.id;
            }
            parent = found;
        }
        return parent;
    }

private:
    static bool QColorLike(const QString &colour)
    {
        return colour.size() == 7 && colour.startsWith(u'#');
    }

    const Bundle &m_bundle;
    std::function<std::optional<QString>(const DocumentEntry &, QString *)> m_readText;
    QList<Code> m_codes;
    const ImportLimits &m_limits;
    ImportPlan &m_plan;
    QHash<QString, int> m_byUrl;
    QHash<QString, int> m_byName;
    QHash<int, std::optional<QString>> m_texts;
    QHash<int, qsizetype> m_lengths; // code points of each text read
};

} // namespace

ImportPlan ImportPlacer::place(const ImportBatch &batch, const Bundle &bundle,
                               const std::function<std::optional<QString>(const DocumentEntry &, QString *)> &readText,
                               const QList<Code> &codes, const QSet<QString> &existingAnnotationIds,
                               const ImportLimits &limits)
{
    ImportPlan plan;
    plan.problems = batch.problems;
    Placer placer(bundle, readText, codes, limits, plan);
    for (const ImportedCode &code : batch.codes)
        placer.ensureCode(code.path, code.id, code.colour, code.description);

    QSet<QString> placed;
    int number = 0;
    for (const ImportedAnnotation &imported : batch.annotations) {
        ++number;
        const QString name = imported.exact.isEmpty() ? ImportPlacerText::tr("annotation %1").arg(number)
                                                      : u"\u201C"_s + imported.exact.left(40).simplified() + u"\u201D"_s;
        if (!imported.id.isEmpty() && (existingAnnotationIds.contains(imported.id) || placed.contains(imported.id))) {
            ++plan.alreadyPresent;
            continue;
        }
        const int document = placer.documentFor(imported);
        if (document < 0) {
            plan.problems.append(ImportPlacerText::tr("%1 (source %2): no document of the bundle holds it; not imported.")
                                     .arg(name, imported.source));
            ++plan.unplaced;
            continue;
        }
        const auto range = placer.rangeIn(imported, document, name);
        if (!range) {
            ++plan.unplaced;
            continue;
        }
        const QString *text = placer.text(document);
        const TextAnchor anchor = Reanchorer::capture(*text, range->first, range->second);
        Annotation annotation;
        annotation.id = imported.id;
        annotation.documentId = bundle.documents.at(document).id;
        annotation.setAnchor(anchor);
        if (!imported.prefix.isEmpty() || !imported.suffix.isEmpty()) {
            // Keep the file's context when it is what the text holds.
            if (QStringView(*text).first(range->first).endsWith(imported.prefix))
                annotation.prefix = imported.prefix;
            if (QStringView(*text).sliced(range->second).startsWith(imported.suffix))
                annotation.suffix = imported.suffix;
        }
        annotation.codeId = placer.codeFor(imported);
        annotation.note = imported.note;
        annotation.tags = imported.tags;
        annotation.claimStatus = imported.claimStatus;
        annotation.author = imported.author;
        annotation.created = imported.created;
        annotation.modified = imported.modified;
        plan.annotations.append(annotation);
        if (!annotation.id.isEmpty())
            placed.insert(annotation.id);
    }
    for (const ImportedAnnotation &imported : batch.annotations) {
        if (!placed.contains(imported.id))
            continue;
        for (const QString &evidence : imported.evidenceIds) {
            if (placed.contains(evidence) || existingAnnotationIds.contains(evidence))
                plan.links.append({imported.id, evidence, imported.author, imported.modified});
            else
                plan.problems.append(ImportPlacerText::tr(
                    "A claim links to the evidence %1, which is not in the file or the store; link left out.")
                                         .arg(evidence));
        }
    }
    return plan;
}

} // namespace Lectern::Models
