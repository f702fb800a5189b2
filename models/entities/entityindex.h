// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymatcher.h"

#include <QHash>
#include <QList>
#include <QMetaType>
#include <QSet>
#include <QString>

namespace Lectern::Models {

/// Where an entity is mentioned, for the panel's list and the report.
struct IndexedMention {
    QString document;          ///< DocumentEntry::id
    qsizetype start = 0;       ///< UTF-16 offsets into the document's text, end exclusive
    qsizetype end = 0;
    qsizetype codePointStart = 0; ///< the same span in code points (what reports print)
    qsizetype codePointEnd = 0;
    QString context;           ///< the paragraph around the mention, cut to IndexOptions::contextRadius each side
    qsizetype contextStart = 0; ///< where the mention starts inside `context`
    friend bool operator==(const IndexedMention &, const IndexedMention &) = default;
};

/// Per entity: how often and where it is mentioned in a bundle.
struct EntityStatistics {
    qsizetype mentionCount = 0;
    QStringList documents; ///< ids of the documents that mention it, in the order they were indexed
    QList<IndexedMention> mentions;
};

/// How much EntityIndex keeps of each mention.
struct EntityIndexOptions {
    int contextRadius = 60;           ///< code units of context kept each side of a mention
    int maxMentionsPerEntity = 10000; ///< beyond it mentions are counted, not listed
};

/// The entities of a bundle, counted: per entity its mentions and documents,
/// and which entities share a paragraph. A paragraph is a block of text
/// between blank lines; a document with no blank line at all is taken to
/// have one paragraph per line (scraped pages often come that way).
/// Built one document at a time (indexDocument(), any thread) and merged:
/// fits QtConcurrent::mappedReduced, and a view can show partial results.
class EntityIndex final
{
public:
    EntityIndex() = default;
    explicit EntityIndex(qsizetype entityCount);

    /// The index of one document's text.
    [[nodiscard]] static EntityIndex indexDocument(const EntityMatcher &matcher, qsizetype entityCount, const QString &documentId,
        QStringView text, const EntityIndexOptions &options);
    [[nodiscard]] static EntityIndex indexDocument(const EntityMatcher &matcher, qsizetype entityCount, const QString &documentId,
        QStringView text)
    {
        return indexDocument(matcher, entityCount, documentId, text, EntityIndexOptions{});
    }

    /// Adds another index over other documents (a document indexed twice counts twice).
    void merge(const EntityIndex &other, const EntityIndexOptions &options = {});

    [[nodiscard]] qsizetype entityCount() const { return m_entities.size(); }
    [[nodiscard]] const EntityStatistics &entity(qsizetype index) const { return m_entities.at(index); }
    [[nodiscard]] QStringList documents() const { return m_documents; }

    /// Paragraphs in which both entities are mentioned (0 for an entity with itself).
    [[nodiscard]] qsizetype cooccurrences(qsizetype a, qsizetype b) const;
    /// Every pair that shares at least one paragraph: (smaller index, larger index) -> paragraphs.
    [[nodiscard]] const QHash<QPair<qsizetype, qsizetype>, qsizetype> &cooccurrencePairs() const { return m_pairs; }

    /// Paragraph spans [start, end) of a text, in UTF-16 offsets, by the rule above.
    [[nodiscard]] static QList<QPair<qsizetype, qsizetype>> paragraphs(QStringView text);

private:
    QList<EntityStatistics> m_entities;
    QStringList m_documents;
    QHash<QPair<qsizetype, qsizetype>, qsizetype> m_pairs;
};

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::EntityIndex)
