// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern::Cli {

// Each command takes its own name as the first argument and returns the exit status.
int infoCommand(const QStringList &arguments);
int segmentCommand(const QStringList &arguments);
int extractCommand(const QStringList &arguments);
int duplicatesCommand(const QStringList &arguments);
int entitiesCommand(const QStringList &arguments);
int exportCommand(const QStringList &arguments);
int importCommand(const QStringList &arguments);
int annotationsCommand(const QStringList &arguments);

} // namespace Lectern::Cli
