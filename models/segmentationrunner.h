// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundleprofile.h"
#include "documentsegmentation.h"
#include "loadoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lectern::Models {

class DocumentTextCache;

/// What the segmentation job hands back at a time: the bundle profile once
/// (after the first pass), then documents in batches.
struct SegmentationBatch {
    std::shared_ptr<const BundleProfile> profile;
    QList<DocumentSegmentation> documents;
};

/// Segments a whole bundle on a worker without holding its text: a first
/// pass reads each document through the text cache and keeps only its
/// fingerprint; the bundle profile (duplicate clusters, repeated blocks) is
/// built from those; a second pass segments each document and links copies to
/// their canonical document. Reports progress over both passes; cancellable;
/// only the latest run reports. The reader shows text meanwhile: segments
/// arrive when they are ready.
class SegmentationRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentationRunner)

public:
    explicit SegmentationRunner(std::shared_ptr<DocumentTextCache> cache, QObject *parent = nullptr);
    ~SegmentationRunner() override;

    void start(const Bundle &bundle, const LoadOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher != nullptr; }

    static constexpr int BatchSize = 64;

Q_SIGNALS:
    void profileReady(std::shared_ptr<const Lectern::Models::BundleProfile> profile);
    void documentsSegmented(const QList<Lectern::Models::DocumentSegmentation> &documents);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    std::shared_ptr<DocumentTextCache> m_cache;
    QFutureWatcher<SegmentationBatch> *m_watcher = nullptr;
};

} // namespace Lectern::Models
