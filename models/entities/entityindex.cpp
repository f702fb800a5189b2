// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityindex.h"

#include "codepointmapper.h"

#include <algorithm>

namespace Lectern::Models {

namespace {

bool isBlank(QStringView line)
{
    return std::all_of(line.begin(), line.end(), [](QChar c) { return c.isSpace(); });
}

} // namespace

EntityIndex::EntityIndex(qsizetype entityCount)
    : m_entities(entityCount)
{
}

QList<QPair<qsizetype, qsizetype>> EntityIndex::paragraphs(QStringView text)
{
    // Lines first, then either blank-line blocks or, with no blank line, the lines themselves.
    QList<QPair<qsizetype, qsizetype>> lines;
    for (qsizetype start = 0; start <= text.size();) {
        qsizetype end = text.indexOf(u'\n', start);
        if (end < 0)
            end = text.size();
        lines.append({start, end});
        start = end + 1;
    }
    QList<bool> blank;
    for (const auto &line : std::as_const(lines))
        blank.append(isBlank(text.sliced(line.first, line.second - line.first)));
    // Only a blank line between two lines of text counts: not a final newline, not leading space.
    const qsizetype firstText = blank.indexOf(false);
    const qsizetype lastText = blank.lastIndexOf(false);
    bool hasBlankLine = false;
    for (qsizetype i = firstText + 1; firstText >= 0 && i < lastText; ++i)
        hasBlankLine = hasBlankLine || blank.at(i);
    QList<QPair<qsizetype, qsizetype>> result;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const auto &line = lines.at(i);
        if (blank.at(i))
            continue;
        if (hasBlankLine && !result.isEmpty() && result.last().second + 1 == line.first)
            result.last().second = line.second; // the next line of the same block
        else
            result.append(line);
    }
    return result;
}

EntityIndex EntityIndex::indexDocument(const EntityMatcher &matcher, qsizetype entityCount, const QString &documentId,
    QStringView text, const EntityIndexOptions &options)
{
    EntityIndex index(entityCount);
    index.m_documents.append(documentId);
    const EntityMentions mentions = matcher.match(text);
    if (mentions.isEmpty())
        return index;

    const QList<QPair<qsizetype, qsizetype>> blocks = paragraphs(text);
    CodePointMapper codePoints(text);
    qsizetype block = 0;
    QList<qsizetype> inParagraph; // distinct entities of the current paragraph
    auto closeParagraph = [&] {
        std::sort(inParagraph.begin(), inParagraph.end());
        for (qsizetype i = 0; i < inParagraph.size(); ++i) {
            for (qsizetype j = i + 1; j < inParagraph.size(); ++j)
                ++index.m_pairs[{inParagraph.at(i), inParagraph.at(j)}];
        }
        inParagraph.clear();
    };

    for (const EntityMention &mention : mentions) {
        if (mention.entity < 0 || mention.entity >= entityCount)
            continue;
        while (block < blocks.size() && blocks.at(block).second <= mention.start) {
            closeParagraph();
            ++block;
        }
        if (!inParagraph.contains(mention.entity))
            inParagraph.append(mention.entity);

        EntityStatistics &statistics = index.m_entities[mention.entity];
        if (statistics.mentionCount == 0)
            statistics.documents.append(documentId);
        ++statistics.mentionCount;
        if (statistics.mentions.size() >= options.maxMentionsPerEntity)
            continue;
        IndexedMention indexed;
        indexed.document = documentId;
        indexed.start = mention.start;
        indexed.end = mention.end;
        indexed.codePointStart = codePoints.toCodePoint(mention.start);
        indexed.codePointEnd = codePoints.toCodePoint(mention.end);
        const qsizetype paragraphStart = block < blocks.size() ? std::min(blocks.at(block).first, mention.start) : 0;
        const qsizetype paragraphEnd = block < blocks.size() ? std::max(blocks.at(block).second, mention.end) : text.size();
        const qsizetype from = std::max(paragraphStart, mention.start - options.contextRadius);
        const qsizetype to = std::min(paragraphEnd, mention.end + options.contextRadius);
        indexed.context = text.sliced(from, to - from).toString();
        indexed.contextStart = mention.start - from;
        statistics.mentions.append(indexed);
    }
    closeParagraph();
    return index;
}

void EntityIndex::merge(const EntityIndex &other, const EntityIndexOptions &options)
{
    if (m_entities.size() < other.m_entities.size())
        m_entities.resize(other.m_entities.size());
    m_documents.append(other.m_documents);
    for (qsizetype i = 0; i < other.m_entities.size(); ++i) {
        const EntityStatistics &theirs = other.m_entities.at(i);
        if (theirs.mentionCount == 0)
            continue;
        EntityStatistics &ours = m_entities[i];
        ours.mentionCount += theirs.mentionCount;
        ours.documents.append(theirs.documents);
        const qsizetype room = std::max<qsizetype>(0, options.maxMentionsPerEntity - ours.mentions.size());
        ours.mentions.append(theirs.mentions.first(std::min(room, theirs.mentions.size())));
    }
    for (auto it = other.m_pairs.cbegin(); it != other.m_pairs.cend(); ++it)
        m_pairs[it.key()] += it.value();
}

qsizetype EntityIndex::cooccurrences(qsizetype a, qsizetype b) const
{
    if (a == b)
        return 0;
    return m_pairs.value({std::min(a, b), std::max(a, b)}, 0);
}

} // namespace Lectern::Models
