// SPDX-License-Identifier: GPL-3.0-or-later
#include "passagealigner.h"

#include "codepointoffsets.h"
#include "segmenttext.h"
#include "textnormalizer.h"

#include <QHash>

#include <array>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

constexpr int ShingleWords = 3;

quint64 shingleOf(const std::array<quint64, ShingleWords> &window, qsizetype filled)
{
    quint64 shingle = 0;
    for (qsizetype k = ShingleWords; k > 0; --k)
        shingle = TextNormalizer::combine(shingle, window[size_t((filled - k) % ShingleWords)]);
    return shingle;
}

quint64 wholeHash(const QList<TextNormalizer::Token> &tokens)
{
    return TextNormalizer::sequenceHash(tokens);
}

} // namespace

int PassageAligner::link(DocumentSegmentation &copy, QStringView copyText, const DocumentSegmentation &canonical,
                         QStringView canonicalText)
{
    // Canonical shingles, numbered by the segment where they start.
    QHash<quint64, int> where;
    where.reserve(canonicalText.size() / 5);
    QList<TextNormalizer::Token> tokens;
    std::array<quint64, ShingleWords> window{};
    qsizetype filled = 0;
    QList<int> windowSegment(ShingleWords, -1);
    for (int s = 0; s < canonical.segments.size(); ++s) {
        const Segment &segment = canonical.segments.at(s);
        if (!segment.isContent())
            continue;
        tokens.clear();
        TextNormalizer::tokenize(canonicalText, segment.start, segment.end, tokens);
        if (!tokens.isEmpty() && tokens.size() < ShingleWords)
            where.insert(wholeHash(tokens), s);
        for (const TextNormalizer::Token &token : std::as_const(tokens)) {
            window[size_t(filled % ShingleWords)] = token.hash;
            windowSegment[filled % ShingleWords] = s;
            ++filled;
            if (filled >= ShingleWords)
                where.insert(shingleOf(window, filled), windowSegment.at((filled - ShingleWords) % ShingleWords));
        }
    }
    if (where.isEmpty())
        return 0;

    const CodePointOffsets canonicalPoints(canonicalText);
    int linked = 0;
    QHash<int, int> hits;
    for (Segment &segment : copy.segments) {
        if (!segment.isContent())
            continue;
        tokens.clear();
        TextNormalizer::tokenize(copyText, segment.start, segment.end, tokens);
        if (tokens.isEmpty())
            continue;
        hits.clear();
        int total = 0;
        int found = 0;
        if (tokens.size() < ShingleWords) {
            total = 1;
            const auto it = where.constFind(wholeHash(tokens));
            if (it != where.cend()) {
                ++found;
                ++hits[it.value()];
            }
        } else {
            for (qsizetype i = 0; i + ShingleWords <= tokens.size(); ++i) {
                for (int k = 0; k < ShingleWords; ++k)
                    window[size_t((i + k) % ShingleWords)] = tokens.at(i + k).hash;
                ++total;
                const auto it = where.constFind(shingleOf(window, i + ShingleWords));
                if (it != where.cend()) {
                    ++found;
                    ++hits[it.value()];
                }
            }
        }
        const double similarity = double(found) / total;
        if (similarity < MinSimilarity)
            continue;
        // The run of canonical segments that hold a real share of the hits.
        int first = -1;
        int last = -1;
        int parts = 0;
        for (auto it = hits.cbegin(); it != hits.cend(); ++it) {
            if (it.value() * 10 < found)
                continue;
            ++parts;
            first = first < 0 ? it.key() : std::min(first, it.key());
            last = std::max(last, it.key());
        }
        const Segment &from = canonical.segments.at(first);
        const Segment &to = canonical.segments.at(last);
        segment.duplicate = {canonical.documentId, from.start, to.end, canonicalPoints.toCodePoints(from.start),
                             canonicalPoints.toCodePoints(to.end), similarity};
        segment.reason += u"; "_s
            + SegmentText::tr("copy of %n passage(s) of %1, %2% of shingles", nullptr, parts).arg(canonical.documentId).arg(qRound(similarity * 100));
        ++linked;
    }
    return linked;
}

} // namespace Lectern::Models
