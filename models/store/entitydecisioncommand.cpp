// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydecisioncommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

EntityDecisionCommand::EntityDecisionCommand(AnnotationWorkspace *workspace, std::optional<EntityDecision> before,
                                             std::optional<EntityDecision> after)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_key(m_after ? *m_after : m_before.value_or(EntityDecision()))
{
    setText(describe(m_after ? *m_after : m_key, !m_after));
}

QString EntityDecisionCommand::describe(const EntityDecision &decision, bool forgetting)
{
    if (forgetting)
        return QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Forget entity decision on %1").arg(decision.candidateText);
    switch (decision.action) {
    case EntityDecision::Action::Rename:
        return QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Rename entity %1 to %2").arg(decision.candidateText, decision.target);
    case EntityDecision::Action::Merge:
        return QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Merge entity %1 into %2").arg(decision.candidateText, decision.target);
    case EntityDecision::Action::Decide:
        break;
    }
    return (decision.accepted ? QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Accept entity %1") : QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Reject entity %1")).arg(decision.candidateText);
}

bool EntityDecisionCommand::apply(const std::optional<EntityDecision> &state)
{
    if (state)
        return m_workspace->applySetDecision(*state);
    return m_workspace->applyRemoveDecision(m_key);
}

void EntityDecisionCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

void EntityDecisionCommand::undo()
{
    if (!apply(m_before))
        setObsolete(true);
}

} // namespace Lectern::Models
