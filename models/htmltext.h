// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// Plain text with block structure from HTML: one paragraph per block
/// element, scripts, styles and comments dropped, character references
/// decoded. Main-text extraction from the DOM is a separate, later step.
class HtmlText final
{
public:
    [[nodiscard]] static QString toPlainText(QStringView html);
};

} // namespace Lectern::Models
