// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringView>
#include <QTextOption>

namespace Lectern::Views {

/// How a text view wraps `text`. Qt's word-boundary wrapping looks for a
/// break opportunity from every line start to the end of the run, so one
/// long run with no space (a hash, a blob of base64, thousands of "&")
/// costs time quadratic in its length; a document that holds such a run is
/// wrapped anywhere instead, which is linear. Everything else wraps at word
/// boundaries (CJK text breaks between characters either way).
[[nodiscard]] QTextOption::WrapMode wrapModeFor(QStringView text);

/// The longest run of characters without a break opportunity that still
/// wraps at word boundaries.
inline constexpr qsizetype MaxUnbrokenRun = 2000;

} // namespace Lectern::Views
