// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "relabeloverride.h"
#include "segment.h"

#include <QStringView>

namespace Lectern::Models {

/// The segments of one document, in text order, covering it from the first
/// character to the last, plus the document-level facts a list badge shows.
struct DocumentSegmentation {
    QString documentId;
    Segments segments;
    /// The document is a near-duplicate of this canonical copy (invalid when it
    /// is canonical or unique); span covers the canonical document's whole text.
    DuplicateLink duplicateOf;
    QString duplicateReason; ///< "near-duplicate of 001, 96% of shingles"
    /// headlineIn() of the document's text, kept by whoever segmented it
    /// (the list and the outline need it without the text at hand).
    QString headline;

    /// Index of the segment holding UTF-16 position `position`, or -1.
    [[nodiscard]] int segmentAt(qsizetype position) const;
    [[nodiscard]] bool hasTrailer() const;
    /// Share (0..1) of the non-blank characters labelled boilerplate.
    [[nodiscard]] double boilerplateShare() const;
    /// The main article's headline as the segmenter found it (its first
    /// title passage, on one line), or empty.
    [[nodiscard]] QString headlineIn(QStringView text) const;
    /// How many content passages (not blank, not boilerplate) there are, and
    /// how many of them repeat a canonical copy elsewhere.
    struct PassageCount {
        int total = 0;
        int copied = 0;
    };
    [[nodiscard]] PassageCount copiedPassages() const;

    /// The main article's body and subheadings (body and heading segments of
    /// article 0: no title, no captions, no boilerplate, no trailer),
    /// paragraphs separated by one blank line, as `lectern-cli extract` writes it.
    [[nodiscard]] QString mainArticleText(QStringView text) const;
    /// @p extracted without the link markup of a dump: a text browser's link
    /// numbers ("[12]port") and Markdown links ("[text](url)" becomes "text"),
    /// when @p document carries that markup throughout (3 times or more).
    [[nodiscard]] static QString withoutLinkMarkup(QString extracted, QStringView document);

    /// Indexes of the segments a reader who has already read every canonical
    /// copy still needs: content that is not boilerplate, not blank, and not a
    /// passage linked to a canonical copy with similarity >= `minSimilarity`.
    [[nodiscard]] QList<int> uniqueSegments(double minSimilarity = 0.8) const;

    /// Applies the user's relabels: an override whose start matches a segment's
    /// start wins over the computed kind. Returns how many were applied.
    int applyOverrides(const QList<RelabelOverride> &overrides);
};

} // namespace Lectern::Models
