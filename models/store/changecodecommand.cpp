// SPDX-License-Identifier: GPL-3.0-or-later
#include "changecodecommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

ChangeCodeCommand::ChangeCodeCommand(AnnotationWorkspace *workspace, const Code &before, const Code &after)
    : m_workspace(workspace)
    , m_before(before)
    , m_after(after)
{
    const char *what = before.colour != after.colour && before.name == after.name
        ? QT_TRANSLATE_NOOP("Lectern::Models::AnnotationWorkspace", "Recolour label %1")
        : QT_TRANSLATE_NOOP("Lectern::Models::AnnotationWorkspace", "Change label %1");
    setText(QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", what).arg(before.name));
}

void ChangeCodeCommand::redo()
{
    if (!m_workspace->applyUpdateCode(m_after))
        setObsolete(true);
}

void ChangeCodeCommand::undo()
{
    if (!m_workspace->applyUpdateCode(m_before))
        setObsolete(true);
}

} // namespace Lectern::Models
