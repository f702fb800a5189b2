// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportset.h"
#include "importbatch.h"
#include "importlimits.h"

#include <QByteArray>

namespace Lectern::Models {

/// REFI-QDA exchange (docs/formats.md): a project (.qdpx, a ZIP of
/// project.qde and sources/<GUID>.txt) and a codebook alone (.qdc). GUIDs are
/// derived from Lectern's own ids, so exporting twice gives the same GUIDs.
class QdaProject final
{
public:
    QdaProject() = delete;

    /// project.qde (namespace urn:QDA-XML:project:1.0), UTF-8.
    [[nodiscard]] static QByteArray projectXml(const ExportSet &set);
    /// The .qdpx archive; empty with *error set when it cannot be made.
    [[nodiscard]] static QByteArray projectArchive(const ExportSet &set, QString *error);
    /// The codebook alone (namespace urn:QDA-XML:codebook:1.0), UTF-8.
    [[nodiscard]] static QByteArray codebookXml(const ExportSet &set);

    /// Reads a .qdpx archive, Lectern's or another tool's: text sources, codes,
    /// plain-text selections with their codings and notes, within @p limits.
    [[nodiscard]] static ImportBatch readArchive(const QByteArray &archive, const ImportLimits &limits = {});

    /// The project's name: the bundle's name, else its key.
    [[nodiscard]] static QString projectName(const ExportSet &set);
    /// The GUID of @p document's TextSource (and of its sources/<GUID>.txt).
    [[nodiscard]] static QString sourceGuid(const ExportSet &set, const ExportDocument &document);
    /// The GUID of an annotation's PlainTextSelection: its id, which is a UUID already.
    [[nodiscard]] static QString selectionGuid(const QString &annotationId);
    /// The name of the Link that joins an evidence selection to its claim.
    [[nodiscard]] static QString evidenceLinkName();
    /// The project's and codebook's origin attribute, by which import knows Lectern's own files.
    [[nodiscard]] static QString origin() { return QStringLiteral("Lectern"); }
};

} // namespace Lectern::Models
