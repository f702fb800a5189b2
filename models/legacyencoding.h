// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

namespace Lectern::Models {

/// Text that is not UTF-8: what a page declares, what its bytes suggest,
/// and decoding with the encoding chosen, the way browsers do (ICU's
/// converters and its charset detector).
namespace LegacyEncoding {

/// The encoding an HTML page declares in its first bytes (`<meta charset>`,
/// or `<meta http-equiv="Content-Type" content="...; charset=...">`),
/// normalised as browsers read it: Latin-1 and ASCII mean windows-1252,
/// GB2312 and GBK mean GB18030, a declared UTF-16 means UTF-8. Empty when
/// the page declares nothing.
[[nodiscard]] QByteArray declaredInHtml(QByteArrayView head);

/// A name as above, normalised ("utf-8", "windows-1252", "gb18030", ...).
[[nodiscard]] QByteArray normalised(QByteArrayView name);

/// The likeliest encoding of bytes that are not UTF-8 (ICU's detector,
/// markup ignored); windows-1252 when nothing is likely.
[[nodiscard]] QByteArray guess(QByteArrayView bytes);

struct Decoded {
    QString text;
    qsizetype errors = 0; ///< byte sequences the encoding has no character for (shown as U+FFFD)
    bool known = true;    ///< false when there is no converter for the name
};
[[nodiscard]] Decoded decode(QByteArrayView bytes, const QByteArray &encoding);

} // namespace LegacyEncoding

} // namespace Lectern::Models
