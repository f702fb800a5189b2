// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Links evidence to a claim, or unlinks it; undo does the opposite.
class EvidenceLinkCommand final : public QUndoCommand
{
public:
    enum Action { Link, Unlink };

    EvidenceLinkCommand(AnnotationWorkspace *workspace, const QString &claimId, const QString &evidenceId, Action action);

    void redo() override;
    void undo() override;

private:
    bool apply(bool link);

    AnnotationWorkspace *m_workspace;
    QString m_claimId;
    QString m_evidenceId;
    Action m_action;
};

} // namespace Lectern::Models
