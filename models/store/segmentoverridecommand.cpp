// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentoverridecommand.h"

#include "annotationworkspace.h"

#include <QCoreApplication>

namespace Lectern::Models {

SegmentOverrideCommand::SegmentOverrideCommand(AnnotationWorkspace *workspace, std::optional<SegmentOverride> before,
                                               std::optional<SegmentOverride> after)
    : m_workspace(workspace)
    , m_before(std::move(before))
    , m_after(std::move(after))
    , m_key(m_after ? *m_after : m_before.value_or(SegmentOverride{}))
{
    setText(m_after ? QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Mark segment as %1").arg(m_after->kind)
                    : QCoreApplication::translate("Lectern::Models::AnnotationWorkspace", "Clear segment label"));
}

bool SegmentOverrideCommand::apply(const std::optional<SegmentOverride> &state)
{
    if (state)
        return m_workspace->applySetSegment(*state);
    return m_workspace->applyRemoveSegment(m_key.documentId, m_key.start, m_key.end);
}

void SegmentOverrideCommand::redo()
{
    if (!apply(m_after))
        setObsolete(true);
}

void SegmentOverrideCommand::undo()
{
    if (!apply(m_before))
        setObsolete(true);
}

} // namespace Lectern::Models
