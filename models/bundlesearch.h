// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "loadoptions.h"
#include "searchquery.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lectern::Models {

class DocumentTextCache;

/// One hit of a bundle-wide search, with a line of context around it.
struct SearchHit {
    int row = -1;   ///< the document's row in the bundle
    int start = 0;  ///< UTF-16 offsets into the document's text, end exclusive
    int end = 0;
    int line = 0;   ///< 1-based
    QString context;
    int contextStart = 0; ///< where the hit sits inside `context`
};

/// Searches every document of a bundle on a worker, document by document,
/// reporting hits as they are found, with progress; cancellable. Only the
/// latest search reports.
class BundleSearch final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleSearch)

public:
    explicit BundleSearch(std::shared_ptr<DocumentTextCache> cache, QObject *parent = nullptr);
    ~BundleSearch() override;

    void start(const Bundle &bundle, const SearchQuery &query, const LoadOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher != nullptr; }

    /// Hits of `query` in one text (what the worker runs per document).
    [[nodiscard]] static QList<SearchHit> searchText(const QString &text, const SearchQuery &query, int row, int limit);

    static constexpr int MaxHitsPerDocument = 1000;

Q_SIGNALS:
    void hitsFound(const QList<Lectern::Models::SearchHit> &hits);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    std::shared_ptr<DocumentTextCache> m_cache;
    QFutureWatcher<QList<SearchHit>> *m_watcher = nullptr;
};

} // namespace Lectern::Models
