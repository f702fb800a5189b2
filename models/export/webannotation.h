// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importbatch.h"
#include "importlimits.h"

#include <QByteArray>

namespace Lectern::Models {

/// Reads W3C Web Annotation JSON-LD (docs/formats.md): Lectern's own export,
/// and annotations of other tools that use a TextQuoteSelector and/or a
/// TextPositionSelector on a text source. Accepts one Annotation, an array of
/// them, an AnnotationPage or an AnnotationCollection with its first page.
/// Notes longer than the limit are cut, and the cut reported.
[[nodiscard]] ImportBatch readWebAnnotations(const QByteArray &json, const ImportLimits &limits = {});

} // namespace Lectern::Models
