// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "code.h"

#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Adds a code to the codebook; undo removes it again.
class AddCodeCommand final : public QUndoCommand
{
public:
    AddCodeCommand(AnnotationWorkspace *workspace, const Code &code);

    void redo() override;
    void undo() override;

private:
    AnnotationWorkspace *m_workspace;
    Code m_code;
};

} // namespace Lectern::Models
