// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"

namespace Lectern::Models {

/// An edit that started from an older version than the one stored: both
/// sides, so the user can choose. Nothing was written.
struct AnnotationConflict {
    Annotation mine;   ///< the edit that was refused (its version is the one it started from)
    Annotation theirs; ///< what the store holds now
};

} // namespace Lectern::Models
