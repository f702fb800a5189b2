// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitydecision.h"

#include <QUndoCommand>

#include <optional>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Sets, replaces or forgets an entity decision (no value: no decision).
class EntityDecisionCommand final : public QUndoCommand
{
public:
    EntityDecisionCommand(AnnotationWorkspace *workspace, std::optional<EntityDecision> before,
                          std::optional<EntityDecision> after);

    void redo() override;
    void undo() override;

    /// The undo text for setting (or forgetting) @p decision.
    [[nodiscard]] static QString describe(const EntityDecision &decision, bool forgetting = false);

private:
    bool apply(const std::optional<EntityDecision> &state);

    AnnotationWorkspace *m_workspace;
    std::optional<EntityDecision> m_before;
    std::optional<EntityDecision> m_after;
    EntityDecision m_key;
};

} // namespace Lectern::Models
