// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundlesegmenter.h"
#include "exportset.h"

namespace Lectern::Models {

/// Fills ExportSet::corpus: one entry per canonical document of the bundle
/// (near-duplicates collapsed into it and listed as absorbed), with the main
/// article's text and the segment labels. @p texts and @p segmentation are in
/// the same order; only documents in @p documentIds when it is not empty.
void fillCorpus(ExportSet &set, const Bundle &bundle, const QList<SourceDocument> &texts,
                const BundleSegmentation &segmentation, const QStringList &documentIds = {});

} // namespace Lectern::Models
