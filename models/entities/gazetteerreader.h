// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "gazetteer.h"

#include <QByteArrayView>

namespace Lectern::Models {

/// Reads gazetteer files (docs/entities.md): one entity per line, fields
/// separated by tabs. A malformed line becomes a Diagnostic with the file and
/// line and is skipped; every other line loads.
class GazetteerReader final
{
public:
    /// Reads and parses the file; a file that cannot be opened gives an empty gazetteer and an error.
    [[nodiscard]] static Gazetteer read(const QString &path, Diagnostics *diagnostics);
    /// Parses bytes already read; `fileForMessages` names the source in diagnostics.
    [[nodiscard]] static Gazetteer parse(QByteArrayView bytes, const QString &fileForMessages, Diagnostics *diagnostics);
    /// The longest name accepted, in UTF-16 code units; longer lines are refused.
    static constexpr qsizetype MaxNameLength = 200;
};

} // namespace Lectern::Models
