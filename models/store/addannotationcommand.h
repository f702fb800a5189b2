// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "evidencelink.h"

#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Adds an annotation; undo deletes it, redo puts back the very same one (same id).
class AddAnnotationCommand final : public QUndoCommand
{
public:
    AddAnnotationCommand(AnnotationWorkspace *workspace, const Annotation &draft);

    void redo() override;
    void undo() override;

private:
    AnnotationWorkspace *m_workspace;
    Annotation m_annotation;
    QList<EvidenceLink> m_links;
    bool m_stored = false;
};

} // namespace Lectern::Models
