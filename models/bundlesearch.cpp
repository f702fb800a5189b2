// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlesearch.h"

#include "documenttextcache.h"

#include <QPromise>
#include <QtConcurrentRun>

namespace Lectern::Models {

namespace {

constexpr int ContextChars = 60;

void searchBundle(QPromise<QList<SearchHit>> &promise, const std::shared_ptr<DocumentTextCache> &cache, const Bundle &bundle,
                  const SearchQuery &query, const LoadOptions &options)
{
    const int total = int(bundle.documents.size());
    promise.setProgressRange(0, total);
    for (int row = 0; row < total; ++row) {
        if (promise.isCanceled())
            return;
        const DocumentEntry &entry = bundle.documents.at(row);
        if (entry.status != DocumentStatus::Error) {
            const DocumentText text = cache->text(entry, bundle.rootDir, options);
            QList<SearchHit> hits = BundleSearch::searchText(text.text, query, row, BundleSearch::MaxHitsPerDocument);
            if (!hits.isEmpty())
                promise.addResult(std::move(hits));
        }
        promise.setProgressValue(row + 1);
    }
}

} // namespace

BundleSearch::BundleSearch(std::shared_ptr<DocumentTextCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
}

BundleSearch::~BundleSearch()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

QList<SearchHit> BundleSearch::searchText(const QString &text, const SearchQuery &query, int row, int limit)
{
    QList<SearchHit> hits;
    const QList<std::pair<int, int>> found = query.findAll(text, limit);
    hits.reserve(found.size());
    int line = 1;
    qsizetype counted = 0;
    for (const auto &[start, end] : found) {
        line += int(QStringView(text).sliced(counted, start - counted).count(u'\n'));
        counted = start;
        const qsizetype lineStart = text.lastIndexOf(u'\n', start - 1) + 1;
        qsizetype lineEnd = text.indexOf(u'\n', end);
        if (lineEnd < 0)
            lineEnd = text.size();
        const qsizetype from = std::max(lineStart, qsizetype(start) - ContextChars);
        const qsizetype to = std::min(lineEnd, qsizetype(end) + ContextChars);
        SearchHit hit;
        hit.row = row;
        hit.start = start;
        hit.end = end;
        hit.line = line;
        hit.context = text.sliced(from, to - from);
        hit.contextStart = int(start - from);
        hits.append(std::move(hit));
    }
    return hits;
}

void BundleSearch::start(const Bundle &bundle, const SearchQuery &query, const LoadOptions &options)
{
    cancel();
    if (query.isEmpty() || !query.problem().isEmpty())
        return;
    auto *watcher = new QFutureWatcher<QList<SearchHit>>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<QList<SearchHit>>::resultReadyAt, this,
            [this, watcher](int index) { Q_EMIT hitsFound(watcher->resultAt(index)); });
    connect(watcher, &QFutureWatcher<QList<SearchHit>>::progressValueChanged, this,
            [this, watcher](int value) { Q_EMIT progress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<QList<SearchHit>>::finished, this, [this, watcher] {
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished(false);
    });
    watcher->setFuture(QtConcurrent::run(searchBundle, m_cache, bundle, query, options));
}

void BundleSearch::cancel()
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
