// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "reanchorer.h"

#include <QString>

namespace Lectern::Models {

/// The budgets that keep importing another person's file bounded in memory and
/// time (docs/formats.md: "import" and the REFI-QDA "Import"). Each one, when
/// hit, is reported in the import's problems, naming what was cut or refused;
/// nothing is cut silently.
struct ImportLimits {
    static constexpr qint64 MiB = qint64(1024) * 1024;

    // ---- REFI-QDA archives (.qdpx) ----
    /// One entry of the archive, unpacked: larger ones are refused.
    qint64 maximumEntrySize = 512 * MiB;
    /// All the entries read from one archive together, unpacked (each entry counted once).
    qint64 maximumArchiveSize = 1024 * MiB;
    /// Unpacked size over packed size of one entry: more is taken for a ZIP bomb and refused...
    qint64 maximumCompressionRatio = 200;
    /// ...once the entry unpacks to more than this (small entries of repeated text are fine).
    qint64 compressionRatioFloor = 1 * MiB;

    // ---- XML (project.qde) ----
    /// Characters the internal entities of one document may add in all (also
    /// the most one entity may expand into): past it, reading the document stops.
    qint64 maximumEntityExpansion = 1 * MiB;

    // ---- every format ----
    /// Characters of one note or description: longer ones are cut to it, and the cut reported.
    qsizetype maximumNoteSize = qsizetype(1 * MiB);

    /// How hard placing looks for a quote that is not where the file says (quote
    /// length for approximate search, work budget).
    Reanchorer::Options reanchoring;

    /// The defaults with the two budgets a user sets (Settings, or
    /// lectern-cli's --max-import-size and --max-note-size): everything one
    /// archive may unpack to, in MiB (one entry gets at most that too), and
    /// the longest note, in units of 1,024 characters. Values below 1 count as 1.
    [[nodiscard]] static ImportLimits sized(qint64 importMegabytes, qint64 noteKiloCharacters);

    /// Cuts @p text to maximumNoteSize characters, never inside a surrogate
    /// pair; whether anything was cut.
    bool cutNote(QString &text) const;
};

} // namespace Lectern::Models
