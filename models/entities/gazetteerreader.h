// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "gazetteer.h"
#include "inputfile.h"

#include <QByteArrayView>

namespace Lectern::Models {

/// Reads gazetteer files (docs/entities.md): one entity per line, fields
/// separated by tabs. A malformed line becomes a Diagnostic with the file and
/// line and is skipped; every other line loads.
class GazetteerReader final
{
public:
    /// Reads and parses the file within `rules` (a bundle's gazetteer stays
    /// inside the bundle); a file that cannot be opened, is not a regular
    /// file or is over the limit gives an empty gazetteer and an error.
    [[nodiscard]] static Gazetteer read(const QString &path, Diagnostics *diagnostics, const InputFile::Rules &rules = defaultRules());
    [[nodiscard]] static InputFile::Rules defaultRules() { return {.root = {}, .maxBytes = MaxFileSize}; }
    static constexpr qint64 MaxFileSize = 64LL * 1024 * 1024;
    /// Parses bytes already read; `fileForMessages` names the source in diagnostics.
    [[nodiscard]] static Gazetteer parse(QByteArrayView bytes, const QString &fileForMessages, Diagnostics *diagnostics);
    /// The longest name accepted, in UTF-16 code units; longer lines are refused.
    static constexpr qsizetype MaxNameLength = 200;
};

} // namespace Lectern::Models
