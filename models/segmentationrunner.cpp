// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationrunner.h"

#include "bundlesegmenter.h"
#include "documentfingerprint.h"
#include "documenttextcache.h"
#include "segmenter.h"

#include <QHash>
#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcRunner, "lectern.models.segmentationrunner", QtInfoMsg)

namespace Lectern::Models {

namespace {

// The blocks the reader found (HTML), else the text split by lines: the
// rule BundleSegmenter applies to every document it is handed.
TextBlocks blocksOf(const DocumentText &text)
{
    return BundleSegmenter::blocksOf({QString(), text.text, text.blocks, QString()});
}

void segmentBundle(QPromise<SegmentationBatch> &promise, const std::shared_ptr<DocumentTextCache> &cache, const Bundle &bundle,
                   const LoadOptions &options)
{
    // Only documents that can be read take part; `rows` maps profile index to bundle row.
    QList<int> rows;
    QList<DocumentFingerprint> fingerprints;
    const int total = int(bundle.documents.size());
    promise.setProgressRange(0, 2 * total);
    auto textOf = [&](int row) { return cache->text(bundle.documents.at(row), bundle.rootDir, options); };

    for (int row = 0; row < total; ++row) {
        if (promise.isCanceled())
            return;
        const DocumentEntry &entry = bundle.documents.at(row);
        if (entry.status != DocumentStatus::Error) {
            const DocumentText text = textOf(row);
            if (text.status != DocumentStatus::Error) {
                rows.append(row);
                fingerprints.append(DocumentFingerprint::compute(entry.id, text.text, blocksOf(text)));
            }
        }
        promise.setProgressValue(row + 1);
    }
    auto profile = std::make_shared<const BundleProfile>(BundleProfile::build(std::move(fingerprints)));
    promise.addResult(SegmentationBatch{profile, {}});

    // Canonical documents are segmented once and kept: their copies link to them.
    QHash<int, DocumentSegmentation> canonicals;
    auto segmentAt = [&](int index, const DocumentText &text) {
        const int row = rows.at(index);
        const DocumentEntry &entry = bundle.documents.at(row);
        return Segmenter::segment(entry.id, text.text, blocksOf(text), profile.get(), documentTitle(entry, text));
    };
    SegmentationBatch batch;
    for (int index = 0; index < rows.size(); ++index) {
        if (promise.isCanceled())
            return;
        const DocumentText text = textOf(rows.at(index));
        DocumentSegmentation segmentation = segmentAt(index, text);
        segmentation.headline = segmentation.headlineIn(text.text);
        const int canonical = profile->canonicalOf(index);
        if (canonical != index && canonical >= 0) {
            const DocumentText canonicalText = textOf(rows.at(canonical));
            if (!canonicals.contains(canonical))
                canonicals.insert(canonical, segmentAt(canonical, canonicalText));
            BundleSegmenter::linkToCanonical(segmentation, text.text, canonicals.value(canonical), canonicalText.text,
                                             profile->similarityToCanonical(index));
        }
        batch.documents.append(std::move(segmentation));
        if (batch.documents.size() == SegmentationRunner::BatchSize || index == rows.size() - 1)
            promise.addResult(std::exchange(batch, {}));
        promise.setProgressValue(total + rows.at(index) + 1);
    }
    promise.setProgressValue(2 * total);
    qCDebug(lcRunner) << "segmented" << rows.size() << "documents";
}

} // namespace

SegmentationRunner::SegmentationRunner(std::shared_ptr<DocumentTextCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
}

SegmentationRunner::~SegmentationRunner()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void SegmentationRunner::start(const Bundle &bundle, const LoadOptions &options)
{
    cancel();
    auto *watcher = new QFutureWatcher<SegmentationBatch>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<SegmentationBatch>::resultReadyAt, this, [this, watcher](int index) {
        const SegmentationBatch batch = watcher->resultAt(index);
        if (batch.profile)
            Q_EMIT profileReady(batch.profile);
        if (!batch.documents.isEmpty())
            Q_EMIT documentsSegmented(batch.documents);
    });
    connect(watcher, &QFutureWatcher<SegmentationBatch>::progressValueChanged, this,
            [this, watcher](int value) { Q_EMIT progress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<SegmentationBatch>::finished, this, [this, watcher] {
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished(false);
    });
    watcher->setFuture(QtConcurrent::run(segmentBundle, m_cache, bundle, options));
}

void SegmentationRunner::cancel()
{
    if (!m_watcher)
        return;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
    Q_EMIT finished(true);
}

} // namespace Lectern::Models
