// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>

namespace Lectern::Cli {

/// The translation context of lectern-cli's messages and --help texts
/// (the commands are functions, not QObjects).
class CliText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Cli)
};

} // namespace Lectern::Cli
