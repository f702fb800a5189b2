// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace Lectern::Models {

/// Keeps the tree gumbo builds shallow. HTML lets elements nest without
/// limit and gumbo's cost grows much faster than the depth (30,000 nested
/// <div>s take it about 20 s; browsers cap the depth for the same reason), so
/// before parsing, start tags that would open an element deeper than
/// `maxDepth` are overwritten with spaces, and so are their end tags. Their
/// text stays, read as part of the element around them.
///
/// The depth is estimated by a light scan of the markup, not by the full
/// algorithm: elements whose end tags may be left out (p, li, td, ...) and
/// void elements do not count, raw text (script, style, comments) is skipped.
/// The estimate errs towards deeper, so real pages are left alone.
class NestingGuard final
{
public:
    static constexpr int DefaultMaxDepth = 400;

    /// Blanks, in place, the tags nested deeper than `maxDepth`; returns how
    /// many start tags were blanked. Byte offsets are unchanged.
    static qsizetype flatten(QByteArray &utf8, int maxDepth = DefaultMaxDepth);
};

} // namespace Lectern::Models
