// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"

namespace Lectern::Models {

void Annotation::setAnchor(const TextAnchor &anchor)
{
    start = anchor.start;
    end = anchor.end;
    quote = anchor.quote;
    prefix = anchor.prefix;
    suffix = anchor.suffix;
}

} // namespace Lectern::Models
