// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "claimstatus.h"
#include "textanchor.h"

#include <QDateTime>
#include <QStringList>

namespace Lectern::Models {

/// One annotated passage of one document: where it is, what it quotes, its
/// label (a codebook code), note, tags and claim status, and who changed it when.
/// Offsets are UTF-16 code units of the decoded text (LF line endings, no BOM).
struct Annotation {
    QString id;            ///< a UUID without braces, stable for the annotation's life
    QString documentId;
    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;
    QString codeId;        ///< empty: no label
    QString note;          ///< plain text with light Markdown
    QStringList tags;
    ClaimStatus claimStatus = ClaimStatus::None;
    QString author;        ///< who created it
    QString modifiedBy;    ///< who stored the current version
    QDateTime created;     ///< UTC, millisecond precision
    QDateTime modified;    ///< UTC, millisecond precision
    qint64 version = 0;    ///< 1 on creation, +1 per stored edit; an edit names the version it started from
    bool orphaned = false; ///< the quote could not be found in the document's current text

    [[nodiscard]] TextAnchor anchor() const { return {start, end, quote, prefix, suffix}; }
    void setAnchor(const TextAnchor &anchor);

    friend bool operator==(const Annotation &, const Annotation &) = default;
};

} // namespace Lectern::Models
