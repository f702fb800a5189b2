// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "pagemetadata.h"
#include "textblock.h"

#include <QStringList>

namespace Lectern::Models {

/// A web page read the way a browser builds it (gumbo, the WHATWG parsing
/// algorithm) and flattened to what a reader sees: one block per block-level
/// element or <br>-separated line, blocks separated by a blank line, with
/// the hints the markup gives (headings, list items, links, page furniture).
/// Scripts, styles, hidden elements and form controls are left out; nothing
/// is executed or fetched.
struct HtmlPage {
    QString text;
    TextBlocks blocks; ///< UTF-16 offsets into `text`
    PageMetadata metadata;
    QStringList notes; ///< what was cut or flattened to keep reading bounded, in words for the user

    /// Parses `html` (already decoded). Pure; safe on any thread; any input
    /// gives a result.
    [[nodiscard]] static HtmlPage read(QStringView html);

    /// Larger pages are read up to this many bytes of UTF-8 (a note says so).
    static constexpr qsizetype MaxSourceBytes = 64LL * 1024 * 1024;
};

} // namespace Lectern::Models
