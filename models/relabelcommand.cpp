// SPDX-License-Identifier: GPL-3.0-or-later
#include "relabelcommand.h"

#include "segmentationresults.h"

namespace Lectern::Models {

RelabelCommand::RelabelCommand(SegmentationResults *results, const RelabelOverride &change, const QString &description)
    : QUndoCommand(description)
    , m_results(results)
    , m_change(change)
    , m_previous(results->overrideAt(change.documentId, change.start))
{
}

void RelabelCommand::redo()
{
    m_results->setOverride(m_change);
}

void RelabelCommand::undo()
{
    if (m_previous)
        m_results->setOverride(*m_previous);
    else
        m_results->removeOverride(m_change.documentId, m_change.start);
}

} // namespace Lectern::Models
