// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a W3C Web Annotation file to import.
#include "fuzzsupport.h"
#include "webannotation.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const Lectern::Models::ImportBatch batch = Lectern::Models::readWebAnnotations(Lectern::Fuzz::bytesOf(data, size));
    (void)batch;
    return 0;
}
