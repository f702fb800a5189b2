// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "entityindex.h"
#include "entitymatcher.h"
#include "entitysuggestion.h"
#include "gazetteer.h"
#include "loadoptions.h"
#include "suggestiondecisions.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lectern::Models {

class DocumentTextCache;

/// What one entity pass over a bundle found.
struct EntityFindings {
    Gazetteer gazetteer;
    std::shared_ptr<const EntityMatcher> matcher;
    EntityIndex index;
    EntitySuggestions suggestions;
};

/// Finds a gazetteer's entities in every document of a bundle on a worker,
/// through the text cache, and mines suggestions for new ones (skipping the
/// user's decisions and names the gazetteer has). Progress; cancellable;
/// only the latest run reports. While it runs it hands over the counts so far
/// (partial()) every partialInterval() milliseconds, so a panel fills in as
/// documents are read.
class EntityRunner final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityRunner)

public:
    explicit EntityRunner(std::shared_ptr<DocumentTextCache> cache, QObject *parent = nullptr);
    ~EntityRunner() override;

    void start(const Bundle &bundle, const Gazetteer &gazetteer, const SuggestionDecisions &decisions, const LoadOptions &options);
    void cancel();
    [[nodiscard]] bool isRunning() const { return m_watcher != nullptr; }
    /// How often partial() reports while a run goes on (0: after every document).
    void setPartialInterval(int milliseconds) { m_partialInterval = milliseconds; }
    [[nodiscard]] int partialInterval() const { return m_partialInterval; }

Q_SIGNALS:
    void progress(int done, int total);
    /// The entities counted in the documents read so far (no suggestions yet).
    void partial(const Lectern::Models::EntityFindings &findings);
    void finished(const Lectern::Models::EntityFindings &findings);

private:
    std::shared_ptr<DocumentTextCache> m_cache;
    QFutureWatcher<EntityFindings> *m_watcher = nullptr;
    int m_partialInterval = 400;
    quint64 m_generation = 0; // partial results of older runs are dropped
};

} // namespace Lectern::Models
