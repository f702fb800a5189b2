// SPDX-License-Identifier: GPL-3.0-or-later
#include "editannotationcommand.h"

#include "annotationworkspace.h"

namespace Lectern::Models {

EditAnnotationCommand::EditAnnotationCommand(AnnotationWorkspace *workspace, const Annotation &before, const Annotation &after,
                                             const QString &text)
    : m_workspace(workspace)
    , m_before(before)
    , m_after(after)
{
    setText(text);
}

void EditAnnotationCommand::store(const Annotation &content, qint64 fromVersion)
{
    Annotation target = content;
    target.version = fromVersion;
    const auto stored = m_workspace->applyUpdate(target);
    if (!stored) {
        setObsolete(true);
        return;
    }
    m_storedVersion = stored->version;
}

qint64 EditAnnotationCommand::currentVersion() const
{
    // Later steps (or a re-anchoring) may have stored newer versions since.
    const Annotation *current = m_workspace->findAnnotation(m_after.id);
    return current ? current->version : m_storedVersion;
}

void EditAnnotationCommand::redo()
{
    // The first time, the edit starts from the version its author saw.
    store(m_after, m_done ? currentVersion() : m_after.version);
    m_done = true;
}

void EditAnnotationCommand::undo()
{
    store(m_before, currentVersion());
}

} // namespace Lectern::Models
