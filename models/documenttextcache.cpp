// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttextcache.h"

#include <QMutexLocker>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

QString keyFor(const DocumentEntry &entry)
{
    return entry.isInline() ? entry.path + u'#' + QString::number(entry.inlineOffset) + u'+' + QString::number(entry.inlineSkip)
                            : entry.path;
}

} // namespace

DocumentTextCache::DocumentTextCache(qint64 budgetBytes)
    : m_cache(budgetBytes)
{
}

DocumentText DocumentTextCache::text(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options)
{
    const QString key = keyFor(entry);
    {
        QMutexLocker locker(&m_mutex);
        if (const DocumentText *cached = m_cache.object(key))
            return *cached;
    }
    // Read outside the lock so other threads are not held up by this file.
    DocumentText loaded = DocumentReader::read(entry, rootDir, options);
    if (loaded.status != DocumentStatus::Error) {
        const qint64 cost = std::max<qint64>(1, (loaded.text.size() + loaded.source.size()) * qint64(sizeof(QChar))
                                                    + loaded.blocks.size() * qint64(sizeof(TextBlock)));
        QMutexLocker locker(&m_mutex);
        if (cost <= m_cache.maxCost())
            m_cache.insert(key, new DocumentText(loaded), cost);
    }
    return loaded;
}

qint64 DocumentTextCache::usedBytes() const
{
    QMutexLocker locker(&m_mutex);
    return m_cache.totalCost();
}

int DocumentTextCache::count() const
{
    QMutexLocker locker(&m_mutex);
    return int(m_cache.count());
}

void DocumentTextCache::clear()
{
    QMutexLocker locker(&m_mutex);
    m_cache.clear();
}

} // namespace Lectern::Models
