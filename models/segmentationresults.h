// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundleprofile.h"
#include "documentsegmentation.h"
#include "memoryrelabelstore.h"

#include <QHash>
#include <QObject>

#include <memory>
#include <optional>

namespace Lectern::Models {

/// The open bundle's segmentation, as the reader, the document list and the
/// outline see it: what the segmenter computed, with the user's relabels
/// applied on top (the computed result is kept, so a relabel can be undone
/// exactly). Lives on the GUI thread; SegmentationRunner feeds it.
class SegmentationResults final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentationResults)

public:
    explicit SegmentationResults(QObject *parent = nullptr);

    void clear();
    void setProfile(std::shared_ptr<const BundleProfile> profile);
    void add(const QList<DocumentSegmentation> &computed);

    [[nodiscard]] std::shared_ptr<const BundleProfile> profile() const { return m_profile; }
    /// The document's segments with relabels applied, or nullptr while not yet segmented.
    [[nodiscard]] const DocumentSegmentation *document(const QString &documentId) const;
    [[nodiscard]] int documentCount() const { return int(m_effective.size()); }

    /// The relabel at (document, start), if any.
    [[nodiscard]] std::optional<RelabelOverride> overrideAt(const QString &documentId, qsizetype start) const;
    void setOverride(const RelabelOverride &change);
    void removeOverride(const QString &documentId, qsizetype start);
    /// Makes @p overrides the document's only relabels (the stored ones, when a store changes).
    void replaceOverrides(const QString &documentId, const QList<RelabelOverride> &overrides);
    /// Every relabel of the bundle (to be kept with the bundle's annotations).
    [[nodiscard]] QList<RelabelOverride> allOverrides() const;

Q_SIGNALS:
    /// A document was segmented, or its labels changed.
    void documentChanged(const QString &documentId);
    void profileChanged();

private:
    void refresh(const QString &documentId);

    std::shared_ptr<const BundleProfile> m_profile;
    QHash<QString, DocumentSegmentation> m_computed;
    QHash<QString, DocumentSegmentation> m_effective;
    MemoryRelabelStore m_relabels;
    QStringList m_relabelledDocuments;
};

} // namespace Lectern::Models
