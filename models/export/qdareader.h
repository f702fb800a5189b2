// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"
#include "importlimits.h"

#include <QByteArray>

namespace Lectern::Models {

/// Reads a REFI-QDA project (.qdpx) into an ImportBatch: the codebook, and one
/// ImportedAnnotation per plain-text selection with the text it selects, its
/// first coding's code as the label, its notes and who made it when. What
/// cannot be read is named in the batch's problems; the rest still comes through.
class QdaReader final
{
public:
    QdaReader() = delete;

    [[nodiscard]] static ImportBatch read(const QByteArray &archive, const ImportLimits &limits = {});

    /// Code points taken before and after a selection as its prefix and suffix.
    static constexpr qsizetype contextLength = 32;
};

} // namespace Lectern::Models
