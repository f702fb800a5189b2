// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QXmlStreamEntityDeclarations>

namespace Lectern::Models {

/// At most how many characters the references to @p declarations in @p
/// document (UTF-8) expand into, nested references included: each `&name;`
/// of a declared entity counts its whole expansion, so the bound holds before
/// any of it is expanded. Saturates instead of overflowing; a cycle counts as
/// unbounded. One pass over the document.
[[nodiscard]] qint64 entityExpansionBound(QByteArrayView document, const QXmlStreamEntityDeclarations &declarations);

} // namespace Lectern::Models
