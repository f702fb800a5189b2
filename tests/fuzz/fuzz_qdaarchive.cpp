// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a REFI-QDA project archive (.qdpx) to import.
#include "fuzzsupport.h"
#include "qdaproject.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const Lectern::Models::ImportBatch batch = Lectern::Models::QdaProject::readArchive(Lectern::Fuzz::bytesOf(data, size));
    (void)batch;
    return 0;
}
