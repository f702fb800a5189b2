// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "domnode.h"
#include "pagemetadata.h"

namespace Lectern::Models {

/// Reads what a parsed page says about itself. Each field takes the first
/// source that has it:
///   title      og:title, <title>, the first <h1>
///   author     <meta name=author>, JSON-LD author
///   published  article:published_time, JSON-LD datePublished,
///              <time itemprop=datePublished or pubdate>, the first <time datetime>
///   canonical  <link rel=canonical>, og:url
///   language   <html lang>, <meta http-equiv=content-language>
/// The first <time> on a page is often not the article's (a clock in the
/// header, a comment's date), so it comes last.
class MetadataReader final
{
public:
    [[nodiscard]] static PageMetadata read(DomNode document);

    /// A value longer than this is not metadata; it is cut here.
    static constexpr qsizetype MaxValueLength = 1000;
};

} // namespace Lectern::Models
