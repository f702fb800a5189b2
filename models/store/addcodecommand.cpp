// SPDX-License-Identifier: GPL-3.0-or-later
#include "addcodecommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

AddCodeCommand::AddCodeCommand(AnnotationWorkspace *workspace, const Code &code)
    : m_workspace(workspace)
    , m_code(code)
{
    setText(QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Add label %1").arg(code.name));
}

void AddCodeCommand::redo()
{
    if (const auto stored = m_workspace->applyCreateCode(m_code))
        m_code = *stored;
    else
        setObsolete(true);
}

void AddCodeCommand::undo()
{
    if (!m_workspace->applyRemoveCode(m_code.id))
        setObsolete(true);
}

} // namespace Lectern::Models
