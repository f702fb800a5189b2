// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "evidencelink.h"

#include <QUndoCommand>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Deletes an annotation; undo restores it with the same id, version and evidence links.
class RemoveAnnotationCommand final : public QUndoCommand
{
public:
    RemoveAnnotationCommand(AnnotationWorkspace *workspace, const QString &id);

    void redo() override;
    void undo() override;

private:
    AnnotationWorkspace *m_workspace;
    QString m_id;
    Annotation m_annotation;
    QList<EvidenceLink> m_links;
};

} // namespace Lectern::Models
