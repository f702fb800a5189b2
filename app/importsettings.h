// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QLatin1StringView>

namespace Lectern {

/// Where Settings keeps the import budgets, and the limits they make.
namespace ImportSettings {
inline constexpr QLatin1StringView ImportMegabytesKey("limits/importMegabytes");
inline constexpr QLatin1StringView NoteKiloCharactersKey("limits/noteKiloCharacters");
/// ImportLimits' own defaults, in the units Settings shows.
[[nodiscard]] inline int defaultImportMegabytes()
{
    return int(Models::ImportLimits{}.maximumArchiveSize / Models::ImportLimits::MiB);
}
[[nodiscard]] inline int defaultNoteKiloCharacters()
{
    return int(Models::ImportLimits{}.maximumNoteSize / 1024);
}

/// The import budgets saved in QSettings; the default for one that is
/// missing or broken (not a number, not positive).
[[nodiscard]] Models::ImportLimits limits();
} // namespace ImportSettings

} // namespace Lectern
