// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlimits.h"

#include <algorithm>

namespace Lectern::Models {

bool ImportLimits::cutNote(QString &text) const
{
    if (text.size() <= maximumNoteSize)
        return false;
    qsizetype keep = std::max<qsizetype>(0, maximumNoteSize);
    if (keep > 0 && text.at(keep - 1).isHighSurrogate())
        --keep;
    text.truncate(keep);
    return true;
}

} // namespace Lectern::Models
