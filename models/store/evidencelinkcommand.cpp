// SPDX-License-Identifier: GPL-3.0-or-later
#include "evidencelinkcommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

EvidenceLinkCommand::EvidenceLinkCommand(AnnotationWorkspace *workspace, const QString &claimId, const QString &evidenceId,
                                         Action action)
    : m_workspace(workspace)
    , m_claimId(claimId)
    , m_evidenceId(evidenceId)
    , m_action(action)
{
    setText(action == Link ? QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Link evidence to claim")
                           : QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Unlink evidence from claim"));
}

bool EvidenceLinkCommand::apply(bool link)
{
    return link ? m_workspace->applyLink(m_claimId, m_evidenceId) : m_workspace->applyUnlink(m_claimId, m_evidenceId);
}

void EvidenceLinkCommand::redo()
{
    if (!apply(m_action == Link))
        setObsolete(true);
}

void EvidenceLinkCommand::undo()
{
    if (!apply(m_action != Link))
        setObsolete(true);
}

} // namespace Lectern::Models
