// SPDX-License-Identifier: GPL-3.0-or-later
#include "addannotationcommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

AddAnnotationCommand::AddAnnotationCommand(AnnotationWorkspace *workspace, const Annotation &draft)
    : m_workspace(workspace)
    , m_annotation(draft)
{
    setText(QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Add annotation"));
}

void AddAnnotationCommand::redo()
{
    const auto stored = m_stored ? m_workspace->applyRestore(m_annotation, m_links) : m_workspace->applyCreate(m_annotation);
    if (!stored) {
        setObsolete(true);
        return;
    }
    m_annotation = *stored;
    m_stored = true;
}

void AddAnnotationCommand::undo()
{
    if (const Annotation *current = m_workspace->findAnnotation(m_annotation.id))
        m_annotation = *current;
    m_links = m_workspace->linksOf(m_annotation.id);
    if (!m_workspace->applyRemove(m_annotation.id))
        setObsolete(true);
}

} // namespace Lectern::Models
