// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "loadoptions.h"

#include <QCommandLineOption>
#include <QCommandLineParser>

namespace Lectern::Cli {

/// The INDEX argument and the loading options every command shares.
class BundleArguments final
{
public:
    /// @p extraName names a second positional argument the command takes after INDEX.
    explicit BundleArguments(QCommandLineParser &parser, const QString &extraName = {}, const QString &extraDescription = {});

    /// Reads the index and checks every document on disk; fills
    /// `bundle.diagnostics` with everything found. Returns false (after
    /// printing why) when the arguments are wrong.
    bool load(const QCommandLineParser &parser, Models::Bundle &bundle, Models::LoadOptions &options) const;

    /// load(), and when the index itself could not be read, the problems
    /// printed and the exit status. Returns -1 when the command can go on.
    [[nodiscard]] int loadReadable(const QCommandLineParser &parser, Models::Bundle &bundle, Models::LoadOptions &options) const;

private:
    QString m_extraName;
    QCommandLineOption m_maxSize;
    QCommandLineOption m_allowOutside;
};

} // namespace Lectern::Cli
