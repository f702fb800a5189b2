// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a gazetteer: entities or line-by-line diagnostics.
#include "fuzzsupport.h"
#include "gazetteerreader.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    Lectern::Models::Diagnostics diagnostics;
    const Lectern::Models::Gazetteer gazetteer
        = Lectern::Models::GazetteerReader::parse(Lectern::Fuzz::bytesOf(data, size), u"fuzz.tsv"_s, &diagnostics);
    (void)gazetteer.size();
    return 0;
}
