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
/// only the latest run reports.
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

Q_SIGNALS:
    void progress(int done, int total);
    void finished(const Lectern::Models::EntityFindings &findings);

private:
    std::shared_ptr<DocumentTextCache> m_cache;
    QFutureWatcher<EntityFindings> *m_watcher = nullptr;
};

} // namespace Lectern::Models
