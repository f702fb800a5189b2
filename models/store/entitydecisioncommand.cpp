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
    , m_key(m_after ? *m_after : m_before.value_or(EntityDecision{}))
{
    const char *what = !m_after ? "Forget entity decision on %1" : m_after->accepted ? "Accept entity %1" : "Reject entity %1";
    setText(QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", what).arg(m_key.candidateText));
}

bool EntityDecisionCommand::apply(const std::optional<EntityDecision> &state)
{
    if (state)
        return m_workspace->applySetDecision(*state);
    return m_workspace->applyRemoveDecision(m_key.candidateText, m_key.category);
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
