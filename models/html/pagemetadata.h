// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// What a web page says about itself in its markup: meta tags, the
/// <title>, <link rel=canonical>, JSON-LD. Values are as the page wrote
/// them (white space collapsed); empty when the page does not say.
struct PageMetadata {
    QString title;
    QString author;
    QString published; ///< usually ISO 8601 ("2024-03-05T10:00:00Z"), not parsed further
    QString canonicalUrl;
    QString language; ///< a language tag as written ("en-GB")

    [[nodiscard]] bool isEmpty() const
    {
        return title.isEmpty() && author.isEmpty() && published.isEmpty() && canonicalUrl.isEmpty() && language.isEmpty();
    }
    friend bool operator==(const PageMetadata &, const PageMetadata &) = default;
};

} // namespace Lectern::Models
