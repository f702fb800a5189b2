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

int findRoot(QList<int> &parent, int x)
{
    while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
    }
    return x;
}

// Share of the smaller set found in the larger one, from the Jaccard estimate
// and the set sizes: |A n B| = J (|A| + |B|) / (1 + J).
double containment(const DocumentFingerprint &a, const DocumentFingerprint &b)
{
    const double j = MinHashSketch::jaccard(a.signature, b.signature);
    const double smaller = std::min(a.shingles, b.shingles);
    if (smaller <= 0)
        return 0.0;
    const double shared = j * double(a.shingles + b.shingles) / (1.0 + j);
    return std::min(1.0, shared / smaller);
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
    QList<int> parent(count);
    std::iota(parent.begin(), parent.end(), 0);

    FlatCounter firstInBucket; // band key -> first document + 1
    firstInBucket.reserve(size_t(count) * Bands);
    QList<int> candidates;
    for (const int doc : byId) {
        const MinHashSketch::Signature &signature = m_fingerprints.at(doc).signature;
        if (signature.isEmpty())
            continue;
        candidates.clear();
        for (int band = 0; band < Bands; ++band) {
            quint64 key = quint64(band) + 1;
            for (int row = 0; row < BandRows; ++row)
                key = TextNormalizer::combine(key, signature.at(band * BandRows + row));
            int &first = firstInBucket[key];
            if (first == 0)
                first = doc + 1;
            else
                candidates.append(first - 1);
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        for (const int other : std::as_const(candidates)) {
            if (containment(m_fingerprints.at(doc), m_fingerprints.at(other)) >= DuplicateContainment)
                parent[findRoot(parent, doc)] = findRoot(parent, other);
        }
    }

    // Group members in id order; clusters are numbered by their first member's id.
    QHash<int, int> clusterOfRoot;
    m_clusterOf = QList<int>(count, -1);
    m_canonical = QList<int>(count, -1);
    m_similarity = QList<double>(count, 1.0);
    QList<QList<int>> members;
    for (const int doc : byId) {
        const int root = findRoot(parent, doc);
        auto it = clusterOfRoot.find(root);
        if (it == clusterOfRoot.end()) {
            it = clusterOfRoot.insert(root, int(members.size()));
            members.append(QList<int>());
        }
        members[it.value()].append(doc);
    }
    m_storyCount = int(members.size());
    for (const QList<int> &group : std::as_const(members)) {
        if (group.size() < 2)
            continue;
        // Most complete copy first; group is in id order so ties keep the smallest id.
        int canonical = group.first();
        for (const int doc : group) {
            if (m_fingerprints.at(doc).contentWords > m_fingerprints.at(canonical).contentWords)
                canonical = doc;
        }
        DuplicateCluster cluster;
        cluster.canonicalId = m_fingerprints.at(canonical).id;
        const int clusterIndex = int(m_clusters.size());
        for (const int doc : group) {
            const double similarity = doc == canonical ? 1.0 : containment(m_fingerprints.at(doc), m_fingerprints.at(canonical));
            cluster.members.append({m_fingerprints.at(doc).id, similarity});
            m_clusterOf[doc] = clusterIndex;
            m_canonical[doc] = canonical;
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
