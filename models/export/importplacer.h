// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "bundle.h"
#include "code.h"
#include "evidencelink.h"
#include "importbatch.h"
#include "importlimits.h"

#include <QSet>

#include <functional>
#include <optional>

namespace Lectern::Models {

/// What importing a file will store: codes to create (parents first),
/// annotations placed in the bundle's documents, evidence links, and what
/// could not be placed.
struct ImportPlan {
    QList<Code> newCodes;
    QList<Annotation> annotations;
    QList<EvidenceLink> links;
    QStringList problems;
    int alreadyPresent = 0; ///< annotations whose id the store already has (left alone)
    int unplaced = 0;       ///< annotations no document of the bundle holds
};

/// Places an ImportBatch in a bundle (docs/formats.md, "Importing"): finds
/// each annotation's document by URL, then by Lectern's URN, then by the
/// source's name or whole text, then by searching for its quote with prefix
/// and suffix in every document; within the document it takes the position
/// when the quote is there, else searches for the quote (see Reanchorer).
/// Labels are matched to the codebook by id, then by name path; missing
/// ones are created.
class ImportPlacer final
{
public:
    ImportPlacer() = delete;

    [[nodiscard]] static ImportPlan place(
        const ImportBatch &batch, const Bundle &bundle,
        const std::function<std::optional<QString>(const DocumentEntry &entry, QString *error)> &readText,
        const QList<Code> &codes, const QSet<QString> &existingAnnotationIds, const ImportLimits &limits = {});
};

} // namespace Lectern::Models
