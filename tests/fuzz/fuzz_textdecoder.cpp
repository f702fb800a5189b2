// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a document: decoded, or refused as binary, never a crash.
#include "fuzzsupport.h"
#include "textdecoder.h"

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const QByteArray bytes = Lectern::Fuzz::bytesOf(data, size);
    const Lectern::Models::DecodedText decoded = Lectern::Models::TextDecoder::decode(bytes, u"fuzz.txt"_s);
    (void)Lectern::Models::TextDecoder::binaryReason(bytes);
    (void)decoded.text.size();
    return 0;
}
