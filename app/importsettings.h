// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QLatin1StringView>

namespace Lectern {

/// Where Settings keeps the import budgets, and the limits they make.
namespace ImportSettings {
inline constexpr QLatin1StringView ImportMegabytesKey("limits/importMegabytes");
inline constexpr QLatin1StringView NoteKiloCharactersKey("limits/noteKiloCharacters");
/// ImportLimits' own defaults: 1 GiB unpacked, notes of 1 Mi characters.
inline constexpr int DefaultImportMegabytes = 1024;
inline constexpr int DefaultNoteKiloCharacters = 1024;

/// The import budgets saved in QSettings, or the defaults.
[[nodiscard]] Models::ImportLimits limits();
} // namespace ImportSettings

} // namespace Lectern
