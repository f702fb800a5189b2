// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a saved web page: decoded, read from the DOM into blocks,
// then segmented, as a document of a bundle is.
#include "fuzzsupport.h"
#include "htmlpage.h"
#include "segmenter.h"
#include "textdecoder.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const Lectern::Models::DecodedText decoded
        = Lectern::Models::TextDecoder::decode(Lectern::Fuzz::bytesOf(data, size), u"fuzz.html"_s);
    if (decoded.binary)
        return 0;
    const Lectern::Models::HtmlPage page = Lectern::Models::HtmlPage::read(decoded.text);
    const Lectern::Models::DocumentSegmentation segmentation
        = Lectern::Models::Segmenter::segment(u"fuzz"_s, page.text, page.blocks);
    for (const Lectern::Models::Segment &segment : segmentation.segments) {
        if (segment.start < 0 || segment.end > page.text.size() || segment.start > segment.end)
            __builtin_trap(); // a segment outside its text would misplace every highlight
    }
    return 0;
}
