// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityrunner.h"

#include "documenttextcache.h"
#include "suggestionminer.h"

#include <QElapsedTimer>
#include <QPointer>
#include <QPromise>
#include <QtConcurrentRun>

namespace Lectern::Models {

namespace {

void findEntities(QPromise<EntityFindings> &promise, const std::shared_ptr<DocumentTextCache> &cache, const Bundle &bundle,
                  const Gazetteer &gazetteer, const SuggestionDecisions &decisions, const LoadOptions &options,
                  const std::function<void(const EntityFindings &)> &partial, int partialInterval)
{
    QElapsedTimer sinceReport;
    sinceReport.start();
    EntityFindings findings;
    findings.gazetteer = gazetteer;
    findings.matcher = std::make_shared<const EntityMatcher>(gazetteer);
    findings.index = EntityIndex(gazetteer.size());
    SuggestionMiner miner;
    const int total = int(bundle.documents.size());
    promise.setProgressRange(0, total);
    for (int row = 0; row < total; ++row) {
        if (promise.isCanceled())
            return;
        const DocumentEntry &entry = bundle.documents.at(row);
        if (entry.status != DocumentStatus::Error) {
            const DocumentText text = cache->text(entry, bundle.rootDir, options);
            if (text.status != DocumentStatus::Error) {
                findings.index.merge(EntityIndex::indexDocument(*findings.matcher, gazetteer.size(), entry.id, text.text));
                miner.addDocument(entry.id, text.text);
            }
        }
        promise.setProgressValue(row + 1);
        if (partial && row + 1 < total && sinceReport.elapsed() >= partialInterval) {
            partial(findings);
            sinceReport.restart();
        }
    }
    findings.suggestions = miner.suggestions(decisions, gazetteer);
    promise.addResult(std::move(findings));
}

} // namespace

EntityRunner::EntityRunner(std::shared_ptr<DocumentTextCache> cache, QObject *parent)
    : QObject(parent)
    , m_cache(std::move(cache))
{
}

EntityRunner::~EntityRunner()
{
    if (m_watcher) {
        m_watcher->cancel();
        m_watcher->waitForFinished();
    }
}

void EntityRunner::start(const Bundle &bundle, const Gazetteer &gazetteer, const SuggestionDecisions &decisions, const LoadOptions &options)
{
    cancel();
    auto *watcher = new QFutureWatcher<EntityFindings>(this);
    m_watcher = watcher;
    connect(watcher, &QFutureWatcher<EntityFindings>::progressValueChanged, this,
            [this, watcher](int value) { Q_EMIT progress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<EntityFindings>::finished, this, [this, watcher] {
        m_watcher = nullptr;
        watcher->deleteLater();
        if (watcher->future().resultCount() > 0)
            Q_EMIT finished(watcher->result());
    });
    const quint64 generation = ++m_generation;
    const QPointer<EntityRunner> self(this);
    const auto partial = [self, generation](const EntityFindings &findings) {
        QMetaObject::invokeMethod(
            self.data(),
            [self, generation, findings] {
                if (self && self->m_generation == generation && self->m_watcher)
                    Q_EMIT self->partial(findings);
            },
            Qt::QueuedConnection);
    };
    watcher->setFuture(QtConcurrent::run(findEntities, m_cache, bundle, gazetteer, decisions, options,
                                         std::function<void(const EntityFindings &)>(partial), m_partialInterval));
}

void EntityRunner::cancel()
{
    if (!m_watcher)
        return;
    ++m_generation;
    m_watcher->disconnect(this);
    m_watcher->cancel();
    m_watcher->deleteLater();
    m_watcher = nullptr;
}

} // namespace Lectern::Models
