// SPDX-License-Identifier: GPL-3.0-or-later
#include "warcfixture.h"

#include <zlib.h>

namespace WarcFixture {

namespace {

int nextRecordId = 0;

} // namespace

QByteArray record(const QByteArray &type, const QByteArray &uri, const QByteArray &block, const QList<Field> &fields)
{
    QByteArray header = "WARC/1.1\r\nWARC-Type: " + type + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-4000-8000-"
        + QByteArray::number(++nextRecordId).rightJustified(12, '0') + ">\r\nWARC-Date: 2026-03-01T10:00:00Z\r\n";
    if (!uri.isEmpty())
        header += "WARC-Target-URI: " + uri + "\r\n";
    for (const Field &field : fields)
        header += field.name + ": " + field.value + "\r\n";
    header += "Content-Length: " + QByteArray::number(block.size()) + "\r\n\r\n";
    return header + block + "\r\n\r\n";
}

QByteArray http(int status, const QByteArray &contentType, const QByteArray &body, const QList<Field> &headers)
{
    QByteArray head = "HTTP/1.1 " + QByteArray::number(status) + (status == 200 ? " OK" : " Other") + "\r\n";
    if (!contentType.isEmpty())
        head += "Content-Type: " + contentType + "\r\n";
    for (const Field &field : headers)
        head += field.name + ": " + field.value + "\r\n";
    return head + "\r\n" + body;
}

QByteArray page(const QByteArray &uri, const QByteArray &contentType, const QByteArray &body, const QList<Field> &fields)
{
    return record("response", uri, http(200, contentType, body),
                  QList<Field>{{"Content-Type", "application/http; msgtype=response"}} + fields);
}

QByteArray warcinfo()
{
    return record("warcinfo", {}, "software: a test crawler\r\nformat: WARC File Format 1.1\r\n",
                  {{"Content-Type", "application/warc-fields"}});
}

QByteArray gzip(const QByteArray &bytes)
{
    z_stream zlib{};
    deflateInit2(&zlib, Z_BEST_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY);
    QByteArray out(int(deflateBound(&zlib, uLong(bytes.size()))) + 64, Qt::Uninitialized);
    zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(bytes.constData()));
    zlib.avail_in = uInt(bytes.size());
    zlib.next_out = reinterpret_cast<Bytef *>(out.data());
    zlib.avail_out = uInt(out.size());
    deflate(&zlib, Z_FINISH);
    out.resize(qsizetype(zlib.total_out));
    deflateEnd(&zlib);
    return out;
}

QByteArray gzipEach(const QList<QByteArray> &records)
{
    QByteArray out;
    for (const QByteArray &one : records)
        out += gzip(one);
    return out;
}

} // namespace WarcFixture
