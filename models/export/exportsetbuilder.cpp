// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportsetbuilder.h"

#include "codepointmapper.h"
#include "documentreader.h"
#include "entity.h"
#include "entitymatcher.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ExportSetBuilderText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::ExportSetBuilder)
};

/// Ids of the code and every code below it.
QStringList subtreeOf(const QList<Code> &codes, const QString &rootId)
{
    QStringList ids{rootId};
    for (qsizetype i = 0; i < ids.size(); ++i) {
        for (const Code &code : codes) {
            if (code.parentId == ids.at(i) && !ids.contains(code.id))
                ids.append(code.id);
        }
    }
    return ids;
}

QString codePath(const QList<Code> &codes, const QHash<QString, qsizetype> &byId, const QString &id)
{
    QStringList names;
    QString current = id;
    while (!current.isEmpty() && names.size() < codes.size()) {
        const auto it = byId.constFind(current);
        if (it == byId.constEnd())
            break;
        const Code &code = codes.at(*it);
        names.prepend(code.name);
        current = code.parentId;
    }
    return names.join(u" / "_s);
}

} // namespace

TextReader ExportSetBuilder::fileReader(const Bundle &bundle, const LoadOptions &options)
{
    return [rootDir = bundle.rootDir, options](const DocumentEntry &entry, QString *error) -> std::optional<QString> {
        DocumentText text = DocumentReader::read(entry, rootDir, options);
        if (text.status == DocumentStatus::Error) {
            if (error)
                *error
                    = text.diagnostics.isEmpty() ? ExportSetBuilderText::tr("unreadable") : text.diagnostics.constFirst().message;
            return std::nullopt;
        }
        return std::move(text.text);
    };
}

SourceReader ExportSetBuilder::fileSourceReader(const Bundle &bundle, const LoadOptions &options)
{
    return [rootDir = bundle.rootDir, options](const DocumentEntry &entry, QString *error) -> std::optional<SourceDocument> {
        DocumentText text = DocumentReader::read(entry, rootDir, options);
        if (text.status == DocumentStatus::Error) {
            if (error)
                *error
                    = text.diagnostics.isEmpty() ? ExportSetBuilderText::tr("unreadable") : text.diagnostics.constFirst().message;
            return std::nullopt;
        }
        const QString title = documentTitle(entry, text);
        return SourceDocument{entry.id, std::move(text.text), std::move(text.blocks), title};
    };
}

QStringList ExportSetBuilder::codeIdsFor(const ExportFilter &filter, const QList<Code> &codes)
{
    QStringList ids;
    if (!filter.codeId.isEmpty())
        ids = subtreeOf(codes, filter.codeId);
    if (!filter.codeName.isEmpty()) {
        for (const Code &code : codes) {
            if (code.name.compare(filter.codeName, Qt::CaseInsensitive) == 0)
                ids += subtreeOf(codes, code.id);
        }
    }
    return ids;
}

bool ExportSetBuilder::accepts(const ExportFilter &filter, const Annotation &annotation, const QStringList &codeIds)
{
    if (!filter.includeOrphans && annotation.orphaned)
        return false;
    if (!filter.documentIds.isEmpty() && !filter.documentIds.contains(annotation.documentId))
        return false;
    if (!filter.annotationIds.isEmpty() && !filter.annotationIds.contains(annotation.id))
        return false;
    if ((!filter.codeId.isEmpty() || !filter.codeName.isEmpty()) && !codeIds.contains(annotation.codeId))
        return false;
    if (!filter.statuses.isEmpty() && !filter.statuses.contains(annotation.claimStatus))
        return false;
    if (!filter.tags.isEmpty()) {
        const bool tagged = std::any_of(filter.tags.cbegin(), filter.tags.cend(), [&](const QString &tag) {
            return annotation.tags.contains(tag, Qt::CaseInsensitive);
        });
        if (!tagged)
            return false;
    }
    if (!filter.text.isEmpty() && !annotation.quote.contains(filter.text, Qt::CaseInsensitive)
        && !annotation.note.contains(filter.text, Qt::CaseInsensitive))
        return false;
    return true;
}

ExportSet ExportSetBuilder::build(const ExportSource &source, const ExportFilter &filter, QStringList *problems,
                                  const std::function<bool(int, int)> &progress)
{
    ExportSet set;
    if (!source.bundle)
        return set;
    const Bundle &bundle = *source.bundle;
    set.bundleName = bundle.name;
    set.bundleKey = ExportSet::keyForBundleName(bundle.name);
    set.codes = source.codes;

    auto problem = [problems](const QString &message) {
        if (problems)
            problems->append(message);
    };

    QHash<QString, qsizetype> codeIndex;
    for (qsizetype i = 0; i < set.codes.size(); ++i)
        codeIndex.insert(set.codes.at(i).id, i);

    const QStringList codeIds = codeIdsFor(filter, set.codes);
    if (!filter.codeName.isEmpty() && codeIds.isEmpty())
        problem(ExportSetBuilderText::tr("No label is called \"%1\".").arg(filter.codeName));

    std::optional<EntityMatcher> matcher;
    qsizetype wantedEntity = -1;
    if (source.gazetteer && !source.gazetteer->entities().isEmpty())
        matcher.emplace(*source.gazetteer);
    if (!filter.entity.isEmpty()) {
        if (source.gazetteer)
            wantedEntity = source.gazetteer->indexOfName(filter.entity);
        if (wantedEntity < 0) {
            problem(
                ExportSetBuilderText::tr("No entity is called \"%1\"; nothing matches the entity filter.").arg(filter.entity));
            return set;
        }
    }

    // Annotations by document, in the bundle's order.
    QHash<QString, QList<const Annotation *>> byDocument;
    for (const Annotation &annotation : source.annotations) {
        if (!accepts(filter, annotation, codeIds))
            continue;
        if (bundle.indexOfId(annotation.documentId) < 0) {
            problem(ExportSetBuilderText::tr(
                "The annotation \"%1\" belongs to the document \"%2\", which the bundle no longer lists; "
                "it is left out.")
                        .arg(annotation.quote.left(40), annotation.documentId));
            continue;
        }
        byDocument[annotation.documentId].append(&annotation);
    }

    const int toRead = int(byDocument.size());
    int done = 0;
    for (const DocumentEntry &entry : bundle.documents) {
        const auto found = byDocument.constFind(entry.id);
        if (found == byDocument.constEnd())
            continue;
        if (progress && !progress(done, toRead))
            return {};
        ++done;
        QString error;
        std::optional<QString> text;
        TextBlocks blocks;
        if (source.readSource) {
            if (std::optional<SourceDocument> read = source.readSource(entry, &error)) {
                text = std::move(read->text);
                blocks = std::move(read->blocks);
            }
        } else if (source.readText) {
            text = source.readText(entry, &error);
        }
        if (!text) {
            problem(ExportSetBuilderText::tr(
                "%1: cannot read the text (%2); its %n annotation(s) are left out.", nullptr, int(found->size()))
                        .arg(entry.id, error.isEmpty() ? ExportSetBuilderText::tr("no reader") : error));
            continue;
        }
        ExportDocument document{entry.id, entry.title, entry.url, entry.declaredPath, entry.date, *text};
        document.paged = !blocks.isEmpty() && blocks.constLast().page > 0;
        const int documentIndex = int(set.documents.size());

        QList<const Annotation *> annotations = *found;
        std::sort(annotations.begin(), annotations.end(), [](const Annotation *a, const Annotation *b) {
            return std::tie(a->start, a->end, a->id) < std::tie(b->start, b->end, b->id);
        });
        CodePointMapper starts(document.text);
        CodePointMapper ends(document.text);
        for (const Annotation *annotation : std::as_const(annotations)) {
            if (wantedEntity >= 0) {
                const EntityMentions mentions = matcher->match(annotation->quote);
                const bool named = std::any_of(mentions.cbegin(), mentions.cend(),
                                               [&](const EntityMention &m) { return m.entity == wantedEntity; });
                if (!named)
                    continue;
            }
            ExportItem item;
            item.annotation = *annotation;
            item.document = documentIndex;
            const qsizetype length = document.text.size();
            const qsizetype start = std::clamp<qsizetype>(annotation->start, 0, length);
            const qsizetype end = std::clamp<qsizetype>(annotation->end, start, length);
            if (start != annotation->start || end != annotation->end)
                problem(ExportSetBuilderText::tr(
                    "%1: the annotation \"%2\" lies beyond the end of the text; its position is cut to the text.")
                            .arg(entry.id, annotation->quote.left(40)));
            item.start = starts.toCodePoint(start);
            item.end = ends.toCodePoint(end);
            item.page = pageAt(blocks, start);
            if (const auto code = codeIndex.constFind(annotation->codeId); code != codeIndex.constEnd()) {
                item.codeName = set.codes.at(*code).name;
                item.colour = set.codes.at(*code).colour;
                item.codePath = codePath(set.codes, codeIndex, annotation->codeId);
            }
            if (matcher) {
                for (const EntityMention &mention : matcher->match(annotation->quote)) {
                    const Entity &entity = source.gazetteer->at(mention.entity);
                    if (!item.entities.contains(entity.name))
                        item.entities.append(entity.name);
                    item.entitySpans.append({mention.start, mention.end, entity.name, entity.category});
                }
            }
            set.items.append(item);
        }
        set.documents.append(document);
    }
    if (progress)
        progress(toRead, toRead);

    QSet<QString> selected;
    for (const ExportItem &item : std::as_const(set.items))
        selected.insert(item.annotation.id);
    for (const EvidenceLink &link : source.links) {
        if (selected.contains(link.claimId) && selected.contains(link.evidenceId))
            set.links.append(link);
    }
    return set;
}

} // namespace Lectern::Models
