// SPDX-License-Identifier: GPL-3.0-or-later
#include "importsettings.h"

#include <QSettings>

namespace Lectern::ImportSettings {

namespace {

// A saved value, or the default when it is missing, not a number or not positive.
qint64 positive(const QSettings &settings, QLatin1StringView key, qint64 fallback)
{
    bool ok = false;
    const qint64 value = settings.value(key).toLongLong(&ok);
    return ok && value > 0 ? value : fallback;
}

} // namespace

Models::ImportLimits limits()
{
    const QSettings settings;
    return Models::ImportLimits::sized(positive(settings, ImportMegabytesKey, defaultImportMegabytes()),
                                       positive(settings, NoteKiloCharactersKey, defaultNoteKiloCharacters()));
}

} // namespace Lectern::ImportSettings
