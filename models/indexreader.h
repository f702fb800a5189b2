// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "loadoptions.h"

namespace Lectern::Models {

/// Reads an index in any of its forms into a Bundle. Reads only the index:
/// no document is opened, so even a 100,000-entry index is read at once.
/// Never throws and never gives up on the whole index for one bad entry:
/// problems become diagnostics and the good entries are kept.
class IndexReader final
{
public:
    [[nodiscard]] static Bundle read(const QString &path, const LoadOptions &options = {});

    /// The form an index at `path` is read as: a directory, or by the file's suffix
    /// (.json manifest, .jsonl/.ndjson corpus, .csv, .tsv/.tab, anything else a plain list).
    [[nodiscard]] static IndexForm detectForm(const QString &path);
};

} // namespace Lectern::Models
