// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "code.h"
#include "evidencelink.h"

#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QList>
#include <QStringList>

namespace Lectern::Models {

/// A document as exports see it: its metadata and its decoded text (LF line
/// endings, no byte order mark), the text annotations are anchored in.
struct ExportDocument {
    QString id;
    QString title;
    QString url;
    QString path; ///< the path as the index wrote it
    QString date;
    QString text;
    bool paged = false; ///< the document has pages (a PDF): its excerpts carry them

    [[nodiscard]] QString displayTitle() const { return title.isEmpty() ? id : title; }
};

/// An entity named inside an excerpt: UTF-16 offsets into the quote.
struct ExportEntitySpan {
    qsizetype start = 0;
    qsizetype end = 0;
    QString name;     ///< the entity's canonical name
    QString category; ///< its category key ("organisation", "place", ...)
};

/// One annotation ready to be written: the stored annotation (UTF-16 offsets)
/// with its positions in code points and what a reader of the export needs
/// spelled out (label name and path, colour, entities named in the quote).
struct ExportItem {
    Annotation annotation;
    qsizetype start = 0; ///< code points of the document text, end exclusive
    qsizetype end = 0;
    int document = -1;   ///< index into ExportSet::documents
    QString codeName;    ///< empty: no label
    QString codePath;    ///< "Claim / Pricing": the label's place in the codebook
    QString colour;      ///< "#RRGGBB" of the label; empty without one
    QStringList entities; ///< canonical names of the entities the quote mentions, first mention first
    QList<ExportEntitySpan> entitySpans;
    int page = 0; ///< the page the excerpt starts on, in a document with pages (PDF); 0 otherwise
};

/// One document of the clean corpus (JSON Lines export): a canonical
/// document's metadata, its main article's text and its segment labels.
struct CorpusDocument {
    QString id;
    QString title;
    QString url;
    QString date;
    QString path;
    QString language;
    QString text;        ///< the main article's body, paragraphs separated by a blank line
    QStringList absorbed; ///< ids of the near-duplicates collapsed into this one
    QJsonArray segments; ///< as `lectern-cli segment --json` writes them
};

/// Everything one export writes: the selected annotations in document order
/// (then by position), the documents they belong to, the whole codebook and
/// the evidence links among the selected annotations. Writers read it and
/// nothing else, so the GUI, the CLI and the tests produce the same bytes.
struct ExportSet {
    QString bundleName;
    /// Names the bundle in URNs (`urn:lectern:<bundleKey>:<document id>`): the
    /// bundle's name in lower case, runs of anything but letters, digits, '.',
    /// '_' and '-' made one '-'.
    QString bundleKey;
    QList<Code> codes;
    QList<ExportDocument> documents;
    QList<ExportItem> items;
    QList<EvidenceLink> links;
    QList<CorpusDocument> corpus; ///< only for the clean corpus export (see fillCorpus)

    [[nodiscard]] const Code *findCode(const QString &id) const;
    [[nodiscard]] const ExportDocument &documentOf(const ExportItem &item) const { return documents.at(item.document); }
    /// `urn:lectern:<bundleKey>:<id>` with the id percent-encoded where needed.
    [[nodiscard]] QString documentUrn(const QString &documentId) const;
    /// The document's URL when the bundle gives one, else its URN.
    [[nodiscard]] QString sourceOf(const ExportDocument &document) const;
    /// Ids of the evidence linked to the claim @p claimId, in link order.
    [[nodiscard]] QStringList evidenceFor(const QString &claimId) const;

    [[nodiscard]] static QString keyForBundleName(const QString &name);
};

} // namespace Lectern::Models
