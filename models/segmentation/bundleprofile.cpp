// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleprofile.h"

#include "flatcounter.h"

#include "textnormalizer.h"

#include <algorithm>
#include <numeric>

namespace Lectern::Models {

namespace {

constexpr int BandRows = 2;
constexpr int Bands = MinHashSketch::Bins / BandRows;
// A band bucket holding more documents than this says only that they share
// common phrases; its pairs are not candidates (they still meet in other bands).
constexpr qsizetype MaxBucket = 48;
// Fewer sampled shingles than this, and the signatures' estimate is used.
constexpr qsizetype MinSample = 8;

// Share of the smaller set found in the larger one, from the Jaccard estimate
// and the set sizes: |A n B| = J (|A| + |B|) / (1 + J).
double estimatedContainment(const DocumentFingerprint &a, const DocumentFingerprint &b)
{
    const double j = MinHashSketch::jaccard(a.signature, b.signature);
    const double smaller = std::min(a.shingles, b.shingles);
    if (smaller <= 0)
        return 0.0;
    const double shared = j * double(a.shingles + b.shingles) / (1.0 + j);
    return std::min(1.0, shared / smaller);
}

// How much of each document's text the other holds: the share of a's
// sampled shingles found in b, and of b's in a. Samples too small to say
// fall back on the signatures' estimate for both.
struct Overlap {
    double ofA = 0.0;
    double ofB = 0.0;
};

Overlap overlap(const DocumentFingerprint &a, const DocumentFingerprint &b)
{
    const QList<quint64> &x = a.shingleSample;
    const QList<quint64> &y = b.shingleSample;
    if (std::min(x.size(), y.size()) < MinSample) {
        const double estimate = estimatedContainment(a, b);
        const double ratio = a.shingles <= b.shingles ? double(a.shingles) / std::max(1, b.shingles) : double(b.shingles) / std::max(1, a.shingles);
        return a.shingles <= b.shingles ? Overlap{estimate, estimate * ratio} : Overlap{estimate * ratio, estimate};
    }
    qsizetype i = 0, k = 0, shared = 0;
    while (i < x.size() && k < y.size()) {
        if (x.at(i) < y.at(k)) {
            ++i;
        } else if (y.at(k) < x.at(i)) {
            ++k;
        } else {
            ++shared;
            ++i;
            ++k;
        }
    }
    return {double(shared) / double(x.size()), double(shared) / double(y.size())};
}

// Two texts are one story when most of one is in the other and a fair part
// of the other is in the one: a truncated copy keeps 60% of the story and
// is all in it; an article with another's opening paragraphs glued on holds
// those, but they are a small part of it.
bool sameStory(const Overlap &o)
{
    return std::max(o.ofA, o.ofB) >= BundleProfile::DuplicateContainment && std::min(o.ofA, o.ofB) >= BundleProfile::MutualContainment;
}

} // namespace

BundleProfile BundleProfile::build(QList<DocumentFingerprint> fingerprints)
{
    BundleProfile profile;
    profile.m_fingerprints = std::move(fingerprints);
    const int count = int(profile.m_fingerprints.size());
    profile.m_indexOfId.reserve(count);
    for (int i = 0; i < count; ++i)
        profile.m_indexOfId.insert(profile.m_fingerprints.at(i).id, i);

    QList<int> byId(count);
    std::iota(byId.begin(), byId.end(), 0);
    std::sort(byId.begin(), byId.end(), [&](int a, int b) {
        const QString &ia = profile.m_fingerprints.at(a).id;
        const QString &ib = profile.m_fingerprints.at(b).id;
        return ia == ib ? a < b : ia < ib;
    });

    profile.findDuplicates(byId);
    profile.countBlocks(byId);
    profile.collectPassages(byId);
    return profile;
}

void BundleProfile::findDuplicates(const QList<int> &byId)
{
    const int count = int(m_fingerprints.size());
    QList<int> rank(count); // position in id order
    for (int k = 0; k < count; ++k)
        rank[byId.at(k)] = k;

    // Candidates: documents that fall in one bucket of some band.
    struct Entry {
        quint64 key;
        int doc;
    };
    std::vector<Entry> entries;
    entries.reserve(size_t(count) * Bands);
    for (const int doc : byId) {
        const MinHashSketch::Signature &signature = m_fingerprints.at(doc).signature;
        if (signature.isEmpty())
            continue;
        for (int band = 0; band < Bands; ++band) {
            quint64 key = quint64(band) + 1;
            for (int row = 0; row < BandRows; ++row)
                key = TextNormalizer::combine(key, signature.at(band * BandRows + row));
            entries.push_back({key, doc});
        }
    }
    std::sort(entries.begin(), entries.end(), [](const Entry &a, const Entry &b) { return a.key != b.key ? a.key < b.key : a.doc < b.doc; });
    std::vector<quint64> pairs;
    for (size_t first = 0; first < entries.size();) {
        size_t last = first;
        while (last < entries.size() && entries[last].key == entries[first].key)
            ++last;
        if (last - first <= size_t(MaxBucket)) {
            for (size_t a = first; a < last; ++a) {
                for (size_t b = a + 1; b < last; ++b) {
                    const auto [lo, hi] = std::minmax(entries[a].doc, entries[b].doc);
                    if (lo != hi)
                        pairs.push_back(quint64(lo) << 32 | quint64(hi));
                }
            }
        }
        first = last;
    }
    std::sort(pairs.begin(), pairs.end());
    pairs.erase(std::unique(pairs.begin(), pairs.end()), pairs.end());
    QList<QList<int>> candidatesOf(count);
    for (const quint64 pair : pairs) {
        const int a = int(pair >> 32), b = int(pair & 0xffffffffU);
        candidatesOf[a].append(b);
        candidatesOf[b].append(a);
    }

    // Clusters grow around their most complete copy and every member is
    // checked against that copy itself, never only against another member:
    // one glued-on passage cannot chain two stories together, nor a chain
    // of partial copies many. Most complete first (ties: smallest id).
    QList<int> order = byId;
    std::stable_sort(order.begin(), order.end(),
                     [&](int a, int b) { return m_fingerprints.at(a).contentWords > m_fingerprints.at(b).contentWords; });
    QList<int> centreOf(count, -1);
    QList<double> shareInCentre(count, 1.0);
    m_storyCount = 0;
    for (const int doc : std::as_const(order)) {
        int best = -1;
        double bestShare = 0.0;
        QList<int> tried;
        for (const int other : std::as_const(candidatesOf.at(doc))) {
            const int centre = centreOf.at(other);
            if (centre < 0 || tried.contains(centre))
                continue; // not placed yet: it will try this one when its turn comes
            tried.append(centre);
            const Overlap o = overlap(m_fingerprints.at(doc), m_fingerprints.at(centre));
            if (sameStory(o) && (o.ofA > bestShare || (o.ofA == bestShare && best >= 0 && rank.at(centre) < rank.at(best)))) {
                best = centre;
                bestShare = o.ofA;
            }
        }
        if (best >= 0) {
            centreOf[doc] = best;
            shareInCentre[doc] = bestShare;
        } else {
            centreOf[doc] = doc;
            ++m_storyCount;
        }
    }

    m_clusterOf = QList<int>(count, -1);
    m_canonical = QList<int>(count, -1);
    m_similarity = QList<double>(count, 1.0);
    QHash<int, QList<int>> membersOf;
    for (const int doc : byId)
        membersOf[centreOf.at(doc)].append(doc);
    // Clusters numbered in the id order of their first member.
    QList<int> centres;
    for (const int doc : byId) {
        const int centre = centreOf.at(doc);
        if (membersOf.value(centre).size() >= 2 && membersOf.value(centre).constFirst() == doc)
            centres.append(centre);
    }
    for (const int centre : std::as_const(centres)) {
        DuplicateCluster cluster;
        cluster.canonicalId = m_fingerprints.at(centre).id;
        const int clusterIndex = int(m_clusters.size());
        for (const int doc : membersOf.value(centre)) {
            const double similarity = doc == centre ? 1.0 : shareInCentre.at(doc);
            cluster.members.append({m_fingerprints.at(doc).id, similarity});
            m_clusterOf[doc] = clusterIndex;
            m_canonical[doc] = centre;
            m_similarity[doc] = similarity;
        }
        m_clusters.append(cluster);
    }
}

void BundleProfile::countBlocks(const QList<int> &byId)
{
    // Visit documents story by story so that "distinct stories" is a compare
    // with the last story seen, not a set per block.
    QList<int> order = byId;
    QList<int> storyOf(m_fingerprints.size());
    for (int rank = 0; rank < byId.size(); ++rank) {
        const int doc = byId.at(rank);
        // Clusters are numbered after every rank, so a story number is never -1 (the "none seen" mark).
        storyOf[doc] = m_clusterOf.at(doc) >= 0 ? int(byId.size()) + m_clusterOf.at(doc) : rank;
    }
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return storyOf.at(a) < storyOf.at(b); });

    qsizetype blocks = 0;
    for (const DocumentFingerprint &print : std::as_const(m_fingerprints))
        blocks += print.blockHashes.size();
    m_repeats.reserve(size_t(blocks));
    for (const int doc : std::as_const(order)) {
        for (const quint64 hash : m_fingerprints.at(doc).blockHashes) {
            if (hash == 0)
                continue;
            Repeat &repeat = m_repeats[hash];
            if (repeat.lastDocument == doc)
                continue;
            repeat.lastDocument = doc;
            ++repeat.documents;
            if (repeat.lastStory != storyOf.at(doc)) {
                repeat.lastStory = storyOf.at(doc);
                ++repeat.stories;
            }
        }
    }
}

void BundleProfile::collectPassages(const QList<int> &byId)
{
    auto occurrence = [this](int doc, qsizetype block) {
        const DocumentFingerprint &print = m_fingerprints.at(doc);
        return PassageCluster::Occurrence{print.id, print.blockStarts.at(block), print.blockEnds.at(block),
                                          print.blockCodePointStarts.at(block), print.blockCodePointEnds.at(block)};
    };
    // Canonical documents and unique ones first, then copies; each in id order.
    QList<int> order = byId;
    std::stable_sort(order.begin(), order.end(), [this](int a, int b) {
        const bool copyA = m_canonical.at(a) >= 0 && m_canonical.at(a) != a;
        const bool copyB = m_canonical.at(b) >= 0 && m_canonical.at(b) != b;
        return !copyA && copyB;
    });
    for (const int doc : std::as_const(order)) {
        const DocumentFingerprint &print = m_fingerprints.at(doc);
        for (qsizetype block = 0; block < print.blockHashes.size(); ++block) {
            const quint64 hash = print.blockHashes.at(block);
            if (hash == 0)
                continue;
            Repeat &repeat = m_repeats[hash];
            if (repeat.documents < 2)
                continue;
            if (repeat.passage < 0) {
                repeat.passage = int(m_passages.size());
                PassageCluster cluster;
                cluster.words = print.blockWords.at(block);
                cluster.documents = repeat.documents;
                cluster.stories = repeat.stories;
                cluster.canonical = occurrence(doc, block);
                m_passages.append(cluster);
            } else {
                m_passages[repeat.passage].copies.append(occurrence(doc, block));
            }
        }
    }
}

BundleProfile::BlockRepeat BundleProfile::blockRepeat(quint64 blockHash) const
{
    const Repeat *repeat = m_repeats.find(blockHash);
    if (!repeat)
        return {};
    return {repeat->documents, repeat->stories};
}

const PassageCluster *BundleProfile::passage(quint64 blockHash) const
{
    const Repeat *repeat = m_repeats.find(blockHash);
    if (!repeat || repeat->passage < 0)
        return nullptr;
    return &m_passages.at(repeat->passage);
}

int BundleProfile::canonicalOf(int document) const
{
    const int canonical = m_canonical.value(document, -1);
    return canonical >= 0 ? canonical : document;
}

double BundleProfile::similarityToCanonical(int document) const
{
    return m_similarity.value(document, 1.0);
}

} // namespace Lectern::Models
