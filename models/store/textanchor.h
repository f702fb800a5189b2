// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// Where an annotation sits in a document's decoded text: a UTF-16 range (end
/// exclusive, Qt's own indexing) plus the quoted text and up to
/// TextAnchor::ContextLength UTF-16 units of context either side, so the
/// passage can be found again after the text changed.
struct TextAnchor {
    static constexpr qsizetype ContextLength = 32;

    qsizetype start = 0;
    qsizetype end = 0;
    QString quote;
    QString prefix;
    QString suffix;

    friend bool operator==(const TextAnchor &, const TextAnchor &) = default;
};

} // namespace Lectern::Models
