// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundlesegmenter.h"
#include "gazetteer.h"
#include "loadoptions.h"
#include "exportfilter.h"
#include "exportset.h"

#include <functional>
#include <optional>

namespace Lectern::Models {

/// What an export is made from: the bundle, what its store holds, a way to
/// read a document's text and, optionally, the gazetteer whose entities the
/// export names.
/// Reads a document's decoded text, or gives nothing with the reason in *error.
using TextReader = std::function<std::optional<QString>(const DocumentEntry &entry, QString *error)>;
/// Reads a document for segmentation: its text and, for HTML, the blocks its
/// markup gave; nothing, with the reason in *error, when it cannot be read.
using SourceReader = std::function<std::optional<SourceDocument>(const DocumentEntry &entry, QString *error)>;

struct ExportSource {
    const Bundle *bundle = nullptr;
    QList<Annotation> annotations;
    QList<Code> codes;
    QList<EvidenceLink> links;
    /// The decoded text of a document, or nothing (with the reason in *error).
    TextReader readText;
    /// When set, used instead of readText: the text with its blocks, so an
    /// excerpt from a document with pages (PDF) carries its page.
    SourceReader readSource;
    const Gazetteer *gazetteer = nullptr;
};

/// Selects the annotations an ExportFilter lets through and gathers what the
/// writers need. Reads only the texts of documents that have a selected
/// annotation. Never fails as a whole: an annotation whose document is gone
/// or cannot be read is left out and named in `problems`.
class ExportSetBuilder final
{
public:
    ExportSetBuilder() = delete;

    /// @p progress, when given, is called with (documents done, documents to
    /// read) and returns false to stop early (an empty set comes back).
    [[nodiscard]] static ExportSet build(const ExportSource &source, const ExportFilter &filter, QStringList *problems,
                                         const std::function<bool(int, int)> &progress = {});

    /// A TextReader over the bundle's files (DocumentReader); usable on any thread.
    [[nodiscard]] static TextReader fileReader(const Bundle &bundle, const LoadOptions &options);
    /// A SourceReader over the bundle's files (DocumentReader); usable on any thread.
    [[nodiscard]] static SourceReader fileSourceReader(const Bundle &bundle, const LoadOptions &options);
    /// The label ids the filter's label (by id or name) selects, with the labels below them; empty when it names none.
    [[nodiscard]] static QStringList codeIdsFor(const ExportFilter &filter, const QList<Code> &codes);
    /// Whether @p annotation passes the parts of @p filter that need no text.
    [[nodiscard]] static bool accepts(const ExportFilter &filter, const Annotation &annotation,
                                      const QStringList &codeIds);
};

} // namespace Lectern::Models
