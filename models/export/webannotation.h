// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"

#include <QByteArray>

namespace Lectern::Models {

/// Reads W3C Web Annotation JSON-LD (docs/formats.md): Lectern's own export,
/// and annotations of other tools that use a TextQuoteSelector and/or a
/// TextPositionSelector on a text source. Accepts one Annotation, an array of
/// them, an AnnotationPage or an AnnotationCollection with its first page.
[[nodiscard]] ImportBatch readWebAnnotations(const QByteArray &json);

} // namespace Lectern::Models
