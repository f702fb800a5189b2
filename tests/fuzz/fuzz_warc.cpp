// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a web archive: listed, and every capture it lists read back,
// within a small limit for one document. Nothing may crash, hang or read
// outside the buffer; every capture listed must lie inside the bytes.
#include "fuzzsupport.h"
#include "warcarchive.h"

#include <QBuffer>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Lectern::Models;
    Lectern::Fuzz::ensureApplication();
    QByteArray bytes = Lectern::Fuzz::bytesOf(data, size);
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    constexpr qint64 limit = 1024 * 1024;
    const WarcListing listing = WarcArchive::list(buffer, limit);
    for (const WarcCapture &capture : listing.captures) {
        if (capture.ref.offset < 0 || capture.ref.offset >= qint64(size) || capture.ref.length <= 0)
            __builtin_trap(); // a capture that is not in the archive could never be read
        const WarcPayload payload = WarcArchive::read(buffer, capture.ref, limit);
        if (payload.body.size() > limit)
            __builtin_trap(); // the limit for one document must hold
    }
    return 0;
}
