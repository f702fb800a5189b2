// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documententry.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

class QIODevice;

namespace Lectern::Models {

/// Where one record lies in a WARC file, so that it can be read again alone:
/// reading starts at byte `offset` of the file (the record itself, or the gzip
/// member that holds it), passes over `skip` decompressed bytes of that member,
/// and takes `length` bytes (the record's header and block).
struct WarcRecordRef {
    qint64 offset = -1;
    qint64 skip = 0;
    qint64 length = 0;
};

/// One capture of a WARC that reads as a document: an HTTP 200 response (or a
/// resource record) whose payload is HTML or text.
struct WarcCapture {
    WarcRecordRef ref;
    int record = 0; ///< 1-based number of the record in the file
    QString targetUri;
    QString date; ///< WARC-Date, as written (ISO 8601)
    DocumentFormat format = DocumentFormat::Html;
    qint64 blockBytes = 0; ///< the record's block (HTTP header and body)
};

/// What listing a WARC found. Records that are not documents are counted by
/// reason; records that are broken are described (the first few) and counted.
struct WarcListing {
    QList<WarcCapture> captures;
    int records = 0;
    int revisits = 0;    ///< revisit records (a capture that says "same as before")
    int duplicates = 0;  ///< a record id or payload digest seen before
    int redirects = 0;   ///< HTTP 3xx
    int otherStatus = 0; ///< HTTP statuses other than 200 and 3xx
    int nonText = 0;     ///< images, scripts, style sheets, PDFs...
    int oversized = 0;   ///< a block over the limit for one document
    QStringList problems; ///< the first broken records, each with its number and byte
    int problemCount = 0; ///< all broken records (truncated, wrong Content-Length, malformed)
    QString error;        ///< not a WARC at all, or unreadable from the start; empty otherwise
};

/// One capture's payload, read again from its place in the file.
struct WarcPayload {
    QByteArray headers; ///< the WARC header and the HTTP header as written (for the Source view)
    QByteArray body;    ///< the HTTP body, de-chunked and decompressed
    QByteArray charset; ///< the charset the Content-Type names, or empty
    QString note;       ///< something to warn about (a body cut short); empty when none
    QString error;      ///< why the payload cannot be read; empty when it was
};

/// Reads web archives (ISO 28500 WARC 1.0 and 1.1, plain or gzipped per
/// record or as a whole) without holding them in memory: list() streams
/// through the file once and keeps only where each capture is; read() goes
/// back to one capture. Nothing in a payload is run or fetched.
class WarcArchive final
{
public:
    WarcArchive() = delete;

    /// True for names ending in .warc or .warc.gz (any case).
    [[nodiscard]] static bool isWarcPath(QStringView path);
    /// The file name without .warc or .warc.gz.
    [[nodiscard]] static QString archiveStem(QStringView path);

    /// Lists the captures of the archive in `device` (open for reading, at
    /// its start). Blocks over `maxBlockBytes` are counted as oversized.
    [[nodiscard]] static WarcListing list(QIODevice &device, qint64 maxBlockBytes);
    /// Reads one capture's payload; a body over `maxBytes` once decoded is refused.
    [[nodiscard]] static WarcPayload read(QIODevice &device, const WarcRecordRef &ref, qint64 maxBytes);

    /// Problems described one by one before the rest are only counted.
    static constexpr int describedProblems = 20;
};

} // namespace Lectern::Models
