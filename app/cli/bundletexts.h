// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "bundlesegmenter.h"
#include "loadoptions.h"

namespace Lectern::Cli {

/// Reads the text of every readable document of a checked bundle, in bundle
/// order, adding what reading found to `bundle.diagnostics`.
[[nodiscard]] QList<Models::SourceDocument> readTexts(Models::Bundle &bundle, const Models::LoadOptions &options);

} // namespace Lectern::Cli
