// SPDX-License-Identifier: GPL-3.0-or-later
// Any text as a plain-text document: segmented into articles, titles and
// boilerplate, with every segment inside the text.
#include "fuzzsupport.h"
#include "segmenter.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const QString text = QString::fromUtf8(reinterpret_cast<const char *>(data), qsizetype(size));
    const Lectern::Models::DocumentSegmentation segmentation = Lectern::Models::Segmenter::segment(u"fuzz"_s, text, {});
    for (const Lectern::Models::Segment &segment : segmentation.segments) {
        if (segment.start < 0 || segment.end > text.size() || segment.start > segment.end)
            __builtin_trap();
    }
    (void)segmentation.mainArticleText(text);
    return 0;
}
