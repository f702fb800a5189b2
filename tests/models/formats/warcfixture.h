// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QList>

/// Web archives written by the tests record by record, the way crawlers
/// write them (ISO 28500: a header, a block, two CRLFs).
namespace WarcFixture {

struct Field {
    QByteArray name;
    QByteArray value;
};

/// A whole record. Record-ID, Date and Content-Length are filled in; `fields`
/// come after WARC-Type and may override nothing.
QByteArray record(const QByteArray &type, const QByteArray &uri, const QByteArray &block, const QList<Field> &fields = {});
/// An HTTP response as a response record's block ("HTTP/1.1 200 OK", then the headers).
QByteArray http(int status, const QByteArray &contentType, const QByteArray &body, const QList<Field> &headers = {});
/// A response record for `uri`: status 200 and `body` of `contentType`.
QByteArray page(const QByteArray &uri, const QByteArray &contentType, const QByteArray &body, const QList<Field> &fields = {});
/// The warcinfo record crawlers start with.
QByteArray warcinfo();

/// `bytes` as one gzip member.
QByteArray gzip(const QByteArray &bytes);
/// Each record its own gzip member, as crawlers write .warc.gz files.
QByteArray gzipEach(const QList<QByteArray> &records);

} // namespace WarcFixture
