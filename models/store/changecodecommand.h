// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "code.h"

#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Renames, recolours, re-describes or moves a code.
class ChangeCodeCommand final : public QUndoCommand
{
public:
    ChangeCodeCommand(AnnotationWorkspace *workspace, const Code &before, const Code &after);

    void redo() override;
    void undo() override;

private:
    AnnotationWorkspace *m_workspace;
    Code m_before;
    Code m_after;
};

} // namespace Lectern::Models
