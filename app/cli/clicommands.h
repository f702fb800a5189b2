// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace Lectern::Cli {

// Each command takes its own name as the first argument and returns the exit status.
int infoCommand(const QStringList &arguments);

} // namespace Lectern::Cli
