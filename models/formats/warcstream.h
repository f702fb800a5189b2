// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "warcarchive.h"

#include <QByteArray>
#include <QString>

#include <zlib.h>

class QIODevice;

namespace Lectern::Models {

/// The bytes of a WARC file as one stream, whether the file is plain or a
/// series of gzip members (one per record, as crawlers write them, or one for
/// the whole file). Knows where each byte lies as a WarcRecordRef, so that a
/// record found while streaming can be read again on its own.
class WarcStream final
{
    Q_DISABLE_COPY_MOVE(WarcStream)

public:
    explicit WarcStream(QIODevice &device);
    ~WarcStream();

    /// Starts reading at byte `offset` of the file (a record, or a gzip member's first byte).
    bool start(qint64 offset);

    /// Where the next unread byte lies, as a place to start reading from again.
    /// Buffers a byte first so that, at the end of a gzip member, the place is
    /// the start of the next member rather than the end of this one.
    [[nodiscard]] WarcRecordRef here();
    /// True once every byte has been read (or the data broke off; see error()).
    [[nodiscard]] bool atEnd();

    /// The next line, through its '\n' (or to the end). A line longer than
    /// `maxLength` is read to its end but returned cut, with `*tooLong` set.
    QByteArray readLine(qsizetype maxLength, bool *tooLong = nullptr);
    /// Up to `count` bytes (fewer at the end).
    QByteArray read(qint64 count);
    /// Passes over up to `count` bytes; returns how many it passed.
    qint64 skip(qint64 count);

    [[nodiscard]] bool compressed() const { return m_compressed; }
    /// Bytes produced so far (decompressed, for a gzipped file).
    [[nodiscard]] qint64 produced() const { return m_produced; }
    /// Why the data broke off (a gzip member cut short, corrupt data); empty when it did not.
    [[nodiscard]] const QString &error() const { return m_error; }

private:
    bool fill();
    bool fillCompressed();
    bool startMember();

    QIODevice &m_device;
    bool m_compressed = false;
    bool m_end = false;
    QString m_error;

    QByteArray m_out; ///< bytes ready to read: [m_pos, size)
    qsizetype m_pos = 0;
    qint64 m_produced = 0;

    // A plain file: the file offset of m_out's first byte.
    qint64 m_outBase = 0;

    // A gzipped file.
    z_stream m_zlib{};
    bool m_zlibReady = false;
    QByteArray m_in; ///< compressed bytes read from the file: [m_inPos, size) not yet inflated
    qsizetype m_inPos = 0;
    qint64 m_inBase = 0;       ///< file offset of m_in's first byte
    qint64 m_memberOffset = 0; ///< file offset of the member m_out came from
    qint64 m_memberPos = 0;    ///< decompressed bytes of that member before m_out's first byte
    bool m_memberEnded = false;
};

} // namespace Lectern::Models
