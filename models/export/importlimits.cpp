// SPDX-License-Identifier: GPL-3.0-or-later
#include "importlimits.h"

#include <algorithm>

namespace Lectern::Models {

ImportLimits ImportLimits::sized(qint64 importMegabytes, qint64 noteKiloCharacters)
{
    ImportLimits limits;
    limits.maximumArchiveSize = std::max<qint64>(1, importMegabytes) * MiB;
    limits.maximumEntrySize = std::min(limits.maximumEntrySize, limits.maximumArchiveSize);
    limits.maximumNoteSize = qsizetype(std::max<qint64>(1, noteKiloCharacters) * 1024);
    return limits;
}

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
