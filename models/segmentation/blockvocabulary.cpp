// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockvocabulary.h"

#include <array>
#include <cmath>

namespace Lectern::Models {

using namespace BlockRules;

// A table for the counts that occur.
double termWeight(int count)
{
    static const std::array<double, 64> table = [] {
        std::array<double, 64> values{};
        for (size_t i = 1; i < values.size(); ++i)
            values[i] = 1.0 + std::log(double(i));
        return values;
    }();
    if (count <= 0)
        return 0.0;
    return count < 64 ? table[size_t(count)] : 1.0 + std::log(double(count));
}

size_t stemCount(const QList<SegmentBlock> &blocks, int first, int last)
{
    size_t count = 0;
    for (int i = first; i <= last; ++i)
        count += size_t(blocks.at(i).stems.size());
    return count;
}

FlatCounter termCounts(const QList<SegmentBlock> &blocks, int first, int last)
{
    FlatCounter counts;
    counts.reserve(stemCount(blocks, first, last));
    for (int i = first; i <= last; ++i) {
        for (const quint64 stem : blocks.at(i).stems)
            ++counts[stem];
    }
    return counts;
}

double cosine(const FlatCounter &a, const FlatCounter &b)
{
    double dot = 0, na = 0, nb = 0;
    a.forEach([&](quint64 key, int count) {
        const double wa = termWeight(count);
        na += wa * wa;
        if (wa > 0)
            dot += wa * termWeight(b.value(key));
    });
    b.forEach([&](quint64, int count) { nb += termWeight(count) * termWeight(count); });
    return na > 0 && nb > 0 ? dot / std::sqrt(na * nb) : 0.0;
}

FlatCounter vocabularyOf(const QList<SegmentBlock> &blocks, int first, int last)
{
    FlatCounter vocabulary;
    vocabulary.reserve(stemCount(blocks, first, last));
    for (int i = first; i <= last; ++i)
        forEachDistinct(blocks.at(i).stems, [&](quint64 stem) { ++vocabulary[stem]; });
    return vocabulary;
}

int anchoredWords(const SegmentBlock &block, const ArticleCandidate &candidate, bool inside)
{
    int shared = 0;
    forEachDistinct(block.stems, [&](quint64 stem) { shared += candidate.vocabulary.value(stem) > (inside ? 1 : 0) ? 1 : 0; });
    return shared;
}

bool anchored(const SegmentBlock &block, const ArticleCandidate &candidate, bool inside, bool closeGap)
{
    if (block.boilerplate >= WeakBoilerplate || block.distinctStems == 0)
        return false;
    const int shared = anchoredWords(block, candidate, inside);
    const double share = double(shared) / block.distinctStems;
    if (shared >= 2 && share >= 0.5)
        return true;
    if (!closeGap)
        return false;
    return shared >= 1 && share >= (block.prose ? 0.2 : 0.3);
}

} // namespace Lectern::Models
