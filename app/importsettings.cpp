// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsettings.h"

#include <QSettings>

namespace Lectern::ImportSettings {

Models::ImportLimits limits()
{
    const QSettings settings;
    return Models::ImportLimits::sized(settings.value(ImportMegabytesKey, defaultImportMegabytes()).toLongLong(),
                                       settings.value(NoteKiloCharactersKey, defaultNoteKiloCharacters()).toLongLong());
}

} // namespace Lectern::ImportSettings
