// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "diagnostic.h"
#include "entitydecision.h"
#include "gazetteer.h"
#include "suggestiondecisions.h"

namespace Lectern::Cli {

/// The entity decisions kept in the bundle's database at @p databasePath
/// (accepted, rejected, renamed, merged in the reader); none when there is no
/// database. A database that cannot be read is reported on stderr and
/// skipped, so the command goes on with the gazetteer file alone.
[[nodiscard]] QList<Models::EntityDecision> storedEntityDecisions(const QString &databasePath, const QString &command);

/// Keeps @p decisions in the bundle's database at @p databasePath (created
/// when there is none), each as the reader would. Returns false after saying
/// why when the database cannot take them.
[[nodiscard]] bool keepEntityDecisions(const QString &databasePath, const QList<Models::EntityDecision> &decisions,
                                       const QString &command);

/// The gazetteer the reader highlights with: the file the user chose
/// (@p chosen) or else the bundle's own (kept inside the bundle's folder),
/// its problems added to @p problems, with @p decisions laid over it, as
/// EntityOverlay does in the GUI. @p suggestions, when given, gets the
/// decisions for the suggestion miner.
[[nodiscard]] Models::Gazetteer bundleGazetteer(const Models::Bundle &bundle, const QString &chosen,
                                                const QList<Models::EntityDecision> &decisions,
                                                Models::Diagnostics *problems,
                                                Models::SuggestionDecisions *suggestions = nullptr);

} // namespace Lectern::Cli
