// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a PDF, Word, OpenDocument or EPUB document (the first byte
// picks the format): read into blocks that lie inside the text, or refused.
#include "fuzzsupport.h"
#include "packageddocument.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Lectern::Models;
    Lectern::Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static constexpr DocumentFormat formats[] = {DocumentFormat::Pdf, DocumentFormat::Docx, DocumentFormat::Odt,
                                                 DocumentFormat::Epub};
    const DocumentFormat format = formats[data[0] % 4];
    const PackagedText read = PackagedDocument::read(Lectern::Fuzz::bytesOf(data + 1, size - 1), format);
    for (const TextBlock &block : read.blocks) {
        if (block.start < 0 || block.end > read.text.size() || block.start > block.end)
            __builtin_trap(); // a block outside its text would misplace every highlight
    }
    return 0;
}
