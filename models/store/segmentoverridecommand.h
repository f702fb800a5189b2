// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "segmentoverride.h"

#include <QUndoCommand>

#include <optional>

namespace Lectern::Models {

class AnnotationWorkspace;

/// Sets, changes or clears the user's kind for one segment (no value: none).
class SegmentOverrideCommand final : public QUndoCommand
{
public:
    SegmentOverrideCommand(AnnotationWorkspace *workspace, std::optional<SegmentOverride> before,
                           std::optional<SegmentOverride> after);

    void redo() override;
    void undo() override;

private:
    bool apply(const std::optional<SegmentOverride> &state);

    AnnotationWorkspace *m_workspace;
    std::optional<SegmentOverride> m_before;
    std::optional<SegmentOverride> m_after;
    SegmentOverride m_key;
};

} // namespace Lectern::Models
