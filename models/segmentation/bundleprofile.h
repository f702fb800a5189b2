// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentfingerprint.h"
#include "flatcounter.h"
#include "duplicatecluster.h"
#include "passagecluster.h"

#include <QHash>

namespace Lectern::Models {

/// What the segmenter needs to know about the rest of the bundle, built from
/// every document's fingerprint in time linear in the bundle:
/// - near-duplicate clusters: MinHash signatures banded for LSH (64 bands of
///   2 rows) propose candidates; a cluster grows around its most complete
///   copy, and each document joins the cluster whose canonical copy holds
///   most of it, checked on a sample of their shingles against that copy
///   itself (never transitively through another member). Never all pairs.
/// - how many documents, and how many distinct stories (clusters), hold each
///   block's comparison form: the boilerplate signal.
/// - repeated-passage clusters.
/// Documents are visited in id order, so the listing order changes nothing.
class BundleProfile final
{
public:
    struct BlockRepeat {
        int documents = 0;
        int stories = 0;
    };

    /// Near-duplicates: this share of one document's shingles is in the other...
    static constexpr double DuplicateContainment = 0.6;
    /// ...and this share of the other's in the one.
    static constexpr double MutualContainment = 0.4;

    [[nodiscard]] static BundleProfile build(QList<DocumentFingerprint> fingerprints);

    [[nodiscard]] int documentCount() const { return int(m_fingerprints.size()); }
    [[nodiscard]] int storyCount() const { return m_storyCount; }
    [[nodiscard]] int indexOf(const QString &documentId) const { return m_indexOfId.value(documentId, -1); }
    [[nodiscard]] const DocumentFingerprint &fingerprint(int document) const { return m_fingerprints.at(document); }

    [[nodiscard]] BlockRepeat blockRepeat(quint64 blockHash) const;
    /// The repeated-passage cluster of this block hash, or nullptr.
    [[nodiscard]] const PassageCluster *passage(quint64 blockHash) const;

    /// Index into duplicateClusters(), or -1 when the document has no near-duplicate.
    [[nodiscard]] int clusterOf(int document) const { return m_clusterOf.value(document, -1); }
    /// The canonical copy's index (the document itself when it is canonical or unique).
    [[nodiscard]] int canonicalOf(int document) const;
    /// Estimated containment between the document and its canonical copy.
    [[nodiscard]] double similarityToCanonical(int document) const;

    [[nodiscard]] const QList<DuplicateCluster> &duplicateClusters() const { return m_clusters; }
    [[nodiscard]] const QList<PassageCluster> &passageClusters() const { return m_passages; }

private:
    struct Repeat {
        int documents = 0;
        int stories = 0;
        int lastDocument = -1;
        int lastStory = -1;
        int passage = -1;
    };

    void findDuplicates(const QList<int> &byId);
    void countBlocks(const QList<int> &byId);
    void collectPassages(const QList<int> &byId);

    QList<DocumentFingerprint> m_fingerprints;
    QHash<QString, int> m_indexOfId;
    QList<int> m_clusterOf;
    QList<int> m_canonical;
    QList<double> m_similarity;
    QList<DuplicateCluster> m_clusters;
    FlatMap<Repeat> m_repeats;
    QList<PassageCluster> m_passages;
    int m_storyCount = 0;
};

} // namespace Lectern::Models
