// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relabeloverride.h"

#include <QUndoCommand>

#include <optional>

namespace Lectern::Models {

class SegmentationResults;

/// The user relabels one segment ("this is body, not boilerplate"); undo
/// puts back whatever label was there before, computed or relabelled.
class RelabelCommand final : public QUndoCommand
{
public:
    RelabelCommand(SegmentationResults *results, const RelabelOverride &change, const QString &description);

    void redo() override;
    void undo() override;

private:
    SegmentationResults *m_results;
    RelabelOverride m_change;
    std::optional<RelabelOverride> m_previous;
};

} // namespace Lectern::Models
