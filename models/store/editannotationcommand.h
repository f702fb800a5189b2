// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Changes an annotation's content (anchor, label, note, tags, status).
/// Each step names the version it starts from, so an edit stored by
/// someone else in between is reported as a conflict, never overwritten.
class EditAnnotationCommand final : public QUndoCommand
{
public:
    EditAnnotationCommand(AnnotationWorkspace *workspace, const Annotation &before, const Annotation &after,
                          const QString &text);

    void redo() override;
    void undo() override;

private:
    void store(const Annotation &content, qint64 fromVersion);
    [[nodiscard]] qint64 currentVersion() const;

    AnnotationWorkspace *m_workspace;
    Annotation m_before;
    Annotation m_after;
    qint64 m_storedVersion = 0;
    bool m_done = false;
};

} // namespace Lectern::Models
