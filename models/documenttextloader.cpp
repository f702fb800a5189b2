// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttextloader.h"

#include "documenttextcache.h"

#include <QtConcurrentRun>

namespace Lectern::Models {

DocumentTextLoader::DocumentTextLoader(QObject *parent)
    : QObject(parent)
    , m_cache(std::make_shared<DocumentTextCache>())
{
}

DocumentTextLoader::~DocumentTextLoader()
{
    if (m_watcher)
        m_watcher->waitForFinished();
}

void DocumentTextLoader::request(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options)
{
    if (m_watcher) {
        m_watcher->disconnect(this);
        m_watcher->deleteLater();
    }
    auto *watcher = new QFutureWatcher<DocumentText>(this);
    m_watcher = watcher;
    const QString id = entry.id;
    connect(watcher, &QFutureWatcher<DocumentText>::finished, this, [this, watcher, id] {
        m_watcher = nullptr;
        watcher->deleteLater();
        Q_EMIT textReady(id, watcher->result());
    });
    // The worker holds its own reference to the cache, which outlives us if need be.
    watcher->setFuture(QtConcurrent::run([cache = m_cache, entry, rootDir, options] { return cache->text(entry, rootDir, options); }));
}

void DocumentTextLoader::clearCache()
{
    m_cache->clear();
}

} // namespace Lectern::Models
