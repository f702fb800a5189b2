// SPDX-License-Identifier: GPL-3.0-or-later
#include "removeannotationcommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

RemoveAnnotationCommand::RemoveAnnotationCommand(AnnotationWorkspace *workspace, const QString &id)
    : m_workspace(workspace)
    , m_id(id)
{
    setText(QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Delete annotation"));
}

void RemoveAnnotationCommand::redo()
{
    const Annotation *current = m_workspace->findAnnotation(m_id);
    if (!current) {
        setObsolete(true);
        return;
    }
    m_annotation = *current;
    m_links = m_workspace->linksOf(m_id);
    if (!m_workspace->applyRemove(m_id))
        setObsolete(true);
}

void RemoveAnnotationCommand::undo()
{
    if (!m_workspace->applyRestore(m_annotation, m_links))
        setObsolete(true);
}

} // namespace Lectern::Models
