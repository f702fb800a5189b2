// SPDX-License-Identifier: GPL-3.0-or-later
#include "warcarchive.h"

#include "warcstream.h"

#include <QCoreApplication>
#include <QHash>
#include <QIODevice>
#include <QLocale>
#include <QSet>

#include <optional>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

constexpr qsizetype maxHeaderLine = 16 * 1024;
constexpr qsizetype maxHeaderBytes = 256 * 1024;
/// Bytes of a response's block read while listing, to find its HTTP status and type.
constexpr qint64 headPeek = 64 * 1024;

/// Header fields by lower-case name, continuation lines joined.
using Fields = QHash<QByteArray, QByteArray>;

struct ParsedHeader {
    Fields fields;
    QByteArray raw;   ///< the header as written, blank line included
    QString problem;  ///< why it cannot be used; empty when it can
};

void addField(Fields &fields, QByteArray &lastName, QByteArrayView line)
{
    if (!line.isEmpty() && (line[0] == ' ' || line[0] == '\t')) {
        if (!lastName.isEmpty())
            fields[lastName] += ' ' + line.trimmed().toByteArray();
        return;
    }
    const qsizetype colon = line.indexOf(':');
    if (colon <= 0)
        return;
    lastName = line.first(colon).trimmed().toByteArray().toLower();
    fields.insert(lastName, line.sliced(colon + 1).trimmed().toByteArray());
}

/// Reads header lines up to and including the blank line that ends them.
ParsedHeader readFields(WarcStream &stream)
{
    ParsedHeader header;
    QByteArray lastName;
    while (true) {
        if (stream.atEnd()) {
            header.problem = FormatText::tr("the file ends inside the record's header");
            return header;
        }
        bool tooLong = false;
        const QByteArray line = stream.readLine(maxHeaderLine, &tooLong);
        header.raw += line;
        if (tooLong || header.raw.size() > maxHeaderBytes) {
            header.problem = FormatText::tr("the record's header is too long to be a WARC header");
            return header;
        }
        const QByteArrayView content = QByteArrayView(line).trimmed();
        if (content.isEmpty())
            return header;
        addField(header.fields, lastName, content);
    }
}

/// The HTTP header at the start of a response's block: its end, status and fields.
struct HttpHead {
    qsizetype end = -1; ///< first byte of the body; -1 when the header does not end in the bytes given
    int status = 0;
    Fields fields;
};

HttpHead parseHttpHead(QByteArrayView block)
{
    HttpHead head;
    if (!block.startsWith("HTTP/"))
        return head;
    qsizetype crlf = block.indexOf("\r\n\r\n");
    qsizetype lf = block.indexOf("\n\n");
    if (crlf < 0 && lf < 0)
        return head;
    if (crlf >= 0 && (lf < 0 || crlf <= lf))
        head.end = crlf + 4;
    else
        head.end = lf + 2;
    QByteArray lastName;
    bool first = true;
    const QList<QByteArray> lines = block.first(head.end).toByteArray().split('\n');
    for (const QByteArray &raw : lines) {
        const QByteArrayView line = QByteArrayView(raw).trimmed();
        if (first) {
            // "HTTP/1.1 200 OK"
            const QList<QByteArray> parts = line.toByteArray().split(' ');
            head.status = parts.size() > 1 ? parts.at(1).toInt() : 0;
            first = false;
        } else if (!line.isEmpty()) {
            addField(head.fields, lastName, line);
        }
    }
    return head;
}

QByteArray mimeType(const QByteArray &contentType)
{
    const qsizetype semicolon = contentType.indexOf(';');
    return (semicolon < 0 ? contentType : contentType.first(semicolon)).trimmed().toLower();
}

QByteArray charsetOf(const QByteArray &contentType)
{
    for (const QByteArray &parameter : contentType.split(';')) {
        const QByteArray trimmed = parameter.trimmed();
        if (trimmed.toLower().startsWith("charset=")) {
            QByteArray value = trimmed.sliced(8).trimmed();
            if (value.size() >= 2 && (value.startsWith('"') || value.startsWith('\'')))
                value = value.sliced(1, value.size() - 2);
            return value;
        }
    }
    return {};
}

/// The document format a payload reads as, or nothing when it is not text.
std::optional<DocumentFormat> formatOf(const QByteArray &contentType, QByteArrayView body)
{
    const QByteArray mime = mimeType(contentType);
    if (mime == "text/html" || mime == "application/xhtml+xml")
        return DocumentFormat::Html;
    if (mime == "text/plain")
        return DocumentFormat::PlainText;
    if (mime == "text/markdown")
        return DocumentFormat::Markdown;
    if (!mime.isEmpty() && mime != "application/octet-stream" && mime != "unknown/unknown")
        return std::nullopt;
    // No type, or one that says nothing: a page that starts like HTML is HTML.
    const QByteArray start = body.first(std::min<qsizetype>(body.size(), 512)).trimmed().toByteArray().toLower();
    if (start.startsWith("<!doctype html") || start.startsWith("<html"))
        return DocumentFormat::Html;
    return std::nullopt;
}

QString uriOf(const Fields &fields)
{
    QByteArray uri = fields.value("warc-target-uri");
    if (uri.startsWith('<') && uri.endsWith('>')) // WARC 1.0's own examples bracket it
        uri = uri.sliced(1, uri.size() - 2);
    return QString::fromUtf8(uri);
}

/// Joins the chunks of an HTTP body sent with Transfer-Encoding: chunked.
QByteArray dechunk(QByteArrayView body, bool *complete)
{
    QByteArray joined;
    qsizetype at = 0;
    *complete = false;
    while (at < body.size()) {
        const qsizetype lineEnd = body.indexOf('\n', at);
        if (lineEnd < 0)
            break;
        QByteArrayView sizeText = body.sliced(at, lineEnd - at).trimmed();
        if (const qsizetype semicolon = sizeText.indexOf(';'); semicolon >= 0)
            sizeText = sizeText.first(semicolon);
        bool ok = false;
        const qint64 size = sizeText.toLongLong(&ok, 16);
        if (!ok || size < 0)
            break;
        at = lineEnd + 1;
        if (size == 0) {
            *complete = true;
            break;
        }
        if (size > body.size() - at) {
            joined += body.sliced(at);
            break;
        }
        joined += body.sliced(at, size);
        at += size;
        while (at < body.size() && (body[at] == '\r' || body[at] == '\n'))
            ++at;
    }
    return joined;
}

/// Inflates a gzip or zlib (or raw deflate) body, refusing more than `maxBytes`.
std::optional<QByteArray> inflateBody(QByteArrayView body, qint64 maxBytes, QString *error)
{
    for (const int windowBits : {15 + 32, -15}) {
        z_stream zlib{};
        if (inflateInit2(&zlib, windowBits) != Z_OK)
            break;
        QByteArray out;
        QByteArray chunk(64 * 1024, Qt::Uninitialized);
        zlib.next_in = reinterpret_cast<Bytef *>(const_cast<char *>(body.data()));
        zlib.avail_in = uInt(body.size());
        int status = Z_OK;
        while (status == Z_OK) {
            zlib.next_out = reinterpret_cast<Bytef *>(chunk.data());
            zlib.avail_out = uInt(chunk.size());
            status = inflate(&zlib, Z_NO_FLUSH);
            out.append(chunk.constData(), chunk.size() - zlib.avail_out);
            if (out.size() > maxBytes) {
                inflateEnd(&zlib);
                *error = FormatText::tr("the compressed body expands to more than %1, the limit for one document; not read")
                             .arg(QLocale::c().formattedDataSize(maxBytes, 1, QLocale::DataSizeTraditionalFormat));
                return std::nullopt;
            }
            if (status == Z_BUF_ERROR && zlib.avail_in == 0)
                break; // the body ends early: keep what it gave
        }
        inflateEnd(&zlib);
        if (status == Z_STREAM_END || (status == Z_BUF_ERROR && !out.isEmpty()))
            return out;
    }
    *error = FormatText::tr("the body says it is compressed, but it is not gzip or deflate data; not read");
    return std::nullopt;
}

} // namespace

bool WarcArchive::isWarcPath(QStringView path)
{
    return path.endsWith(u".warc"_s, Qt::CaseInsensitive) || path.endsWith(u".warc.gz"_s, Qt::CaseInsensitive);
}

QString WarcArchive::archiveStem(QStringView path)
{
    QStringView name = path.sliced(path.lastIndexOf(u'/') + 1);
    if (name.endsWith(u".gz"_s, Qt::CaseInsensitive))
        name.chop(3);
    if (name.endsWith(u".warc"_s, Qt::CaseInsensitive))
        name.chop(5);
    return name.toString();
}

WarcListing WarcArchive::list(QIODevice &device, qint64 maxBlockBytes)
{
    WarcListing listing;
    WarcStream stream(device);
    if (!stream.start(0)) {
        listing.error = stream.error();
        return listing;
    }
    // A gzipped archive that expands beyond this is a compression bomb, not a crawl.
    const qint64 expansionLimit = device.size() * 100 + 256LL * 1024 * 1024;
    QSet<QByteArray> recordIds;
    QSet<QByteArray> digests;
    auto problem = [&](int record, qint64 byte, const QString &what) {
        ++listing.problemCount;
        if (listing.problems.size() < describedProblems)
            listing.problems.append(FormatText::tr("record %1 (at byte %2): %3").arg(record).arg(byte).arg(what));
    };
    std::optional<std::pair<WarcRecordRef, QByteArray>> pending; // a header line read ahead
    bool reported = false; // the bytes ahead follow a record already reported as broken
    while (true) {
        WarcRecordRef start;
        QByteArray line;
        if (pending) {
            std::tie(start, line) = *pending;
            pending.reset();
        } else {
            if (stream.atEnd())
                break;
            start = stream.here();
            line = stream.readLine(maxHeaderLine);
            if (QByteArrayView(line).trimmed().isEmpty())
                continue;
        }
        if (!line.startsWith("WARC/")) {
            if (listing.records == 0) {
                listing.error = FormatText::tr("not a WARC file: it does not start with a WARC/1.0 or WARC/1.1 record");
                return listing;
            }
            if (!reported)
                problem(listing.records + 1, start.offset,
                    FormatText::tr("bytes that are not a record; passed over up to the next record"));
            bool found = false;
            while (!stream.atEnd()) {
                start = stream.here();
                line = stream.readLine(maxHeaderLine);
                if (line.startsWith("WARC/1.")) {
                    found = true;
                    break;
                }
            }
            if (!found)
                break;
        }
        reported = false;
        const int number = ++listing.records;
        const ParsedHeader header = readFields(stream);
        if (!header.problem.isEmpty()) {
            problem(number, start.offset, header.problem);
            reported = true;
            continue;
        }
        bool lengthOk = false;
        const qint64 length = header.fields.value("content-length").toLongLong(&lengthOk);
        if (!lengthOk || length < 0) {
            problem(number, start.offset, FormatText::tr("the record has no valid Content-Length; passed over"));
            reported = true;
            continue;
        }
        const QByteArray type = header.fields.value("warc-type").toLower();
        const bool wanted = type == "response" || type == "resource";
        QByteArray head;
        qint64 consumed = 0;
        if (wanted) {
            head = stream.read(std::min(length, headPeek));
            consumed = head.size();
        }
        consumed += stream.skip(length - consumed);
        if (consumed < length) {
            problem(number, start.offset,
                FormatText::tr("the record is cut short: its Content-Length is %1 bytes, the file holds %2 of them")
                    .arg(length)
                    .arg(consumed));
            break;
        }
        // A record ends with two line ends; anything else means its Content-Length is wrong.
        const WarcRecordRef after = stream.here();
        const QByteArray first = stream.readLine(maxHeaderLine);
        if (!QByteArrayView(first).trimmed().isEmpty()) {
            problem(number, start.offset,
                FormatText::tr("its Content-Length (%1 bytes) does not end where the record does; passed over").arg(length));
            pending = std::pair{after, first};
            reported = true;
            continue;
        }
        if (!stream.atEnd()) {
            const WarcRecordRef second = stream.here();
            const QByteArray next = stream.readLine(maxHeaderLine);
            if (!QByteArrayView(next).trimmed().isEmpty())
                pending = std::pair{second, next};
        }
        if (stream.compressed() && stream.produced() > expansionLimit) {
            problem(number, start.offset,
                FormatText::tr("the archive expands to more than 100 times its size; listing stopped here (a compression bomb?)"));
            break;
        }
        if (type == "revisit") {
            ++listing.revisits;
            continue;
        }
        if (!wanted)
            continue; // requests, metadata, warcinfo: not documents, nothing to report
        if (length > maxBlockBytes) {
            ++listing.oversized;
            continue;
        }
        const QByteArray recordId = header.fields.value("warc-record-id");
        if (!recordId.isEmpty() && recordIds.contains(recordId)) {
            ++listing.duplicates;
            continue;
        }
        QByteArray contentType;
        QByteArrayView body = head;
        if (type == "response") {
            const HttpHead http = parseHttpHead(head);
            if (http.end < 0) {
                // dns: records and other non-HTTP responses
                if (!mimeType(header.fields.value("content-type")).startsWith("application/http"))
                    ++listing.nonText;
                else
                    problem(number, start.offset, FormatText::tr("the response has no complete HTTP header; passed over"));
                continue;
            }
            if (http.status >= 300 && http.status < 400) {
                ++listing.redirects;
                continue;
            }
            if (http.status != 200) {
                ++listing.otherStatus;
                continue;
            }
            contentType = http.fields.value("content-type");
            body = body.sliced(http.end);
            // A compressed body cannot be sniffed; its declared type decides.
            if (!http.fields.value("content-encoding").isEmpty() || !http.fields.value("transfer-encoding").isEmpty())
                body = {};
        } else {
            contentType = header.fields.value("content-type");
        }
        const std::optional<DocumentFormat> format = formatOf(contentType, body);
        if (!format) {
            ++listing.nonText;
            continue;
        }
        const QByteArray digest = header.fields.value("warc-payload-digest");
        if (!digest.isEmpty() && digests.contains(digest)) {
            ++listing.duplicates;
            continue;
        }
        if (!digest.isEmpty())
            digests.insert(digest);
        if (!recordId.isEmpty())
            recordIds.insert(recordId);
        WarcCapture capture;
        capture.ref = start;
        capture.ref.length = line.size() + header.raw.size() + length;
        capture.record = number;
        capture.targetUri = uriOf(header.fields);
        capture.date = QString::fromUtf8(header.fields.value("warc-date"));
        capture.format = *format;
        capture.blockBytes = length;
        listing.captures.append(std::move(capture));
    }
    if (!stream.error().isEmpty())
        problem(listing.records + 1, stream.here().offset, stream.error());
    return listing;
}

WarcPayload WarcArchive::read(QIODevice &device, const WarcRecordRef &ref, qint64 maxBytes)
{
    WarcPayload payload;
    const QString moved = FormatText::tr("the record is no longer where it was when the bundle was opened; reopen the bundle");
    WarcStream stream(device);
    if (!stream.start(ref.offset)) {
        payload.error = stream.error();
        return payload;
    }
    if (stream.skip(ref.skip) < ref.skip) {
        payload.error = moved;
        return payload;
    }
    const QByteArray version = stream.readLine(maxHeaderLine);
    if (!version.startsWith("WARC/")) {
        payload.error = moved;
        return payload;
    }
    const ParsedHeader header = readFields(stream);
    bool lengthOk = false;
    const qint64 length = header.fields.value("content-length").toLongLong(&lengthOk);
    if (!header.problem.isEmpty() || !lengthOk || length < 0 || version.size() + header.raw.size() + length > ref.length) {
        payload.error = moved;
        return payload;
    }
    if (length > maxBytes + maxHeaderBytes) {
        payload.error = FormatText::tr("the record holds %1, over the %2 limit for one document; not read (the limit is a setting)")
                            .arg(QLocale::c().formattedDataSize(length, 1, QLocale::DataSizeTraditionalFormat),
                                 QLocale::c().formattedDataSize(maxBytes, 1, QLocale::DataSizeTraditionalFormat));
        return payload;
    }
    const QByteArray block = stream.read(length);
    if (block.size() < length) {
        payload.error = stream.error().isEmpty() ? FormatText::tr("the record is cut short") : stream.error();
        return payload;
    }
    payload.headers = version + header.raw;
    QByteArray contentType = header.fields.value("content-type");
    if (header.fields.value("warc-type").toLower() != "response") {
        payload.body = block;
    } else {
        const HttpHead http = parseHttpHead(block);
        if (http.end < 0) {
            payload.error = FormatText::tr("the response has no complete HTTP header");
            return payload;
        }
        payload.headers += block.first(http.end);
        contentType = http.fields.value("content-type");
        QByteArrayView body = QByteArrayView(block).sliced(http.end);
        if (http.fields.value("transfer-encoding").toLower().contains("chunked")) {
            bool complete = false;
            payload.body = dechunk(body, &complete);
            if (!complete)
                payload.note = FormatText::tr("the page's chunked body ends early; read as far as it goes");
        } else {
            payload.body = body.toByteArray();
        }
        const QByteArray encoding = http.fields.value("content-encoding").trimmed().toLower();
        if (encoding == "gzip" || encoding == "x-gzip" || encoding == "deflate") {
            QString error;
            std::optional<QByteArray> inflated = inflateBody(payload.body, maxBytes, &error);
            if (!inflated) {
                payload.error = error;
                return payload;
            }
            payload.body = std::move(*inflated);
        } else if (!encoding.isEmpty() && encoding != "identity") {
            payload.error = FormatText::tr("the body is compressed as \u201C%1\u201D, which Lectern does not read").arg(QString::fromLatin1(encoding));
            return payload;
        }
    }
    if (payload.body.size() > maxBytes) {
        payload.error = FormatText::tr("the page holds more than %1, the limit for one document; not read (the limit is a setting)")
                            .arg(QLocale::c().formattedDataSize(maxBytes, 1, QLocale::DataSizeTraditionalFormat));
        return payload;
    }
    if (header.fields.contains("warc-truncated") && payload.note.isEmpty())
        payload.note = FormatText::tr("the crawler cut this capture short (WARC-Truncated: %1)")
                           .arg(QString::fromUtf8(header.fields.value("warc-truncated")));
    payload.charset = charsetOf(contentType);
    return payload;
}

} // namespace Lectern::Models
