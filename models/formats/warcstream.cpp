// SPDX-License-Identifier: GPL-3.0-or-later
#include "warcstream.h"

#include <QCoreApplication>
#include <QIODevice>

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

constexpr qsizetype chunkSize = 64 * 1024;

bool isGzipMagic(QByteArrayView bytes)
{
    return bytes.size() >= 2 && static_cast<unsigned char>(bytes[0]) == 0x1F && static_cast<unsigned char>(bytes[1]) == 0x8B;
}

} // namespace

WarcStream::WarcStream(QIODevice &device)
    : m_device(device)
{
}

WarcStream::~WarcStream()
{
    if (m_zlibReady)
        inflateEnd(&m_zlib);
}

bool WarcStream::start(qint64 offset)
{
    m_out.clear();
    m_pos = 0;
    m_in.clear();
    m_inPos = 0;
    m_end = false;
    m_error.clear();
    if (!m_device.seek(offset)) {
        m_error = FormatText::tr("cannot go to byte %1 of the file (%2)").arg(offset).arg(m_device.errorString());
        m_end = true;
        return false;
    }
    m_compressed = isGzipMagic(m_device.peek(2));
    m_outBase = offset;
    m_inBase = offset;
    m_memberOffset = offset;
    m_memberPos = 0;
    m_memberEnded = true; // the first fill starts the member at `offset`
    return true;
}

WarcRecordRef WarcStream::here()
{
    (void)atEnd();
    if (m_compressed)
        return {.offset = m_memberOffset, .skip = m_memberPos + m_pos, .length = 0};
    return {.offset = m_outBase + m_pos, .skip = 0, .length = 0};
}

bool WarcStream::atEnd()
{
    return m_pos >= m_out.size() && !fill();
}

bool WarcStream::fill()
{
    if (m_end)
        return false;
    if (m_compressed)
        return fillCompressed();
    m_outBase += m_out.size();
    m_out = m_device.read(chunkSize);
    m_pos = 0;
    if (m_out.isEmpty()) {
        m_end = true;
        return false;
    }
    m_produced += m_out.size();
    return true;
}

bool WarcStream::startMember()
{
    // The next member begins at the first compressed byte not yet inflated.
    if (m_inPos >= m_in.size()) {
        m_inBase += m_in.size();
        m_in = m_device.read(chunkSize);
        m_inPos = 0;
    }
    if (m_in.size() - m_inPos < 2 && !m_device.atEnd()) {
        m_in = m_in.sliced(m_inPos) + m_device.read(chunkSize);
        m_inBase += m_inPos;
        m_inPos = 0;
    }
    if (m_inPos >= m_in.size())
        return false; // the last member ended with the file
    if (!isGzipMagic(QByteArrayView(m_in).sliced(m_inPos))) {
        m_error = FormatText::tr("the bytes after byte %1 are not gzip data").arg(m_inBase + m_inPos);
        return false;
    }
    if (!m_zlibReady) {
        if (inflateInit2(&m_zlib, 15 + 16) != Z_OK) {
            m_error = FormatText::tr("cannot start decompressing");
            return false;
        }
        m_zlibReady = true;
    } else {
        inflateReset(&m_zlib);
    }
    m_memberOffset = m_inBase + m_inPos;
    m_memberPos = 0;
    m_memberEnded = false;
    return true;
}

bool WarcStream::fillCompressed()
{
    m_memberPos += m_out.size();
    m_out.resize(chunkSize);
    m_pos = 0;
    qsizetype got = 0;
    while (got == 0) {
        if (m_memberEnded && !startMember())
            break;
        if (m_inPos >= m_in.size()) {
            m_inBase += m_in.size();
            m_in = m_device.read(chunkSize);
            m_inPos = 0;
            if (m_in.isEmpty()) {
                m_error = FormatText::tr("the gzip data ends in the middle of a member that starts at byte %1")
                              .arg(m_memberOffset);
                break;
            }
        }
        m_zlib.next_in = reinterpret_cast<Bytef *>(m_in.data() + m_inPos);
        m_zlib.avail_in = uInt(m_in.size() - m_inPos);
        m_zlib.next_out = reinterpret_cast<Bytef *>(m_out.data());
        m_zlib.avail_out = uInt(m_out.size());
        const int status = inflate(&m_zlib, Z_NO_FLUSH);
        m_inPos = m_in.size() - m_zlib.avail_in;
        got = m_out.size() - m_zlib.avail_out;
        if (status == Z_STREAM_END) {
            m_memberEnded = true;
        } else if (status != Z_OK && (status != Z_BUF_ERROR || (got == 0 && m_zlib.avail_in > 0))) {
            m_error = FormatText::tr("the gzip member that starts at byte %1 is corrupt (%2)")
                          .arg(m_memberOffset)
                          .arg(QString::fromLatin1(m_zlib.msg ? m_zlib.msg : "inflate failed"));
            break;
        }
        if (got == 0 && m_memberEnded)
            m_memberPos = 0; // an empty member: on to the next
    }
    m_out.resize(got);
    if (got == 0) {
        m_end = true;
        return false;
    }
    m_produced += got;
    return true;
}

QByteArray WarcStream::readLine(qsizetype maxLength, bool *tooLong)
{
    QByteArray line;
    bool cut = false;
    while (!atEnd()) {
        const qsizetype newline = m_out.indexOf('\n', m_pos);
        const qsizetype end = newline < 0 ? m_out.size() : newline + 1;
        const qsizetype room = std::max<qsizetype>(0, maxLength - line.size());
        if (end - m_pos > room)
            cut = true;
        line.append(m_out.constData() + m_pos, std::min(end - m_pos, room));
        m_pos = end;
        if (newline >= 0)
            break;
    }
    if (tooLong)
        *tooLong = cut;
    return line;
}

QByteArray WarcStream::read(qint64 count)
{
    QByteArray bytes;
    while (count > 0 && !atEnd()) {
        const qsizetype take = qsizetype(std::min<qint64>(count, m_out.size() - m_pos));
        bytes.append(m_out.constData() + m_pos, take);
        m_pos += take;
        count -= take;
    }
    return bytes;
}

qint64 WarcStream::skip(qint64 count)
{
    qint64 passed = 0;
    if (!m_compressed && count > m_out.size() - m_pos) {
        // A plain file: seek over what the buffer does not hold.
        passed = m_out.size() - m_pos;
        const qint64 target = m_outBase + m_out.size() + (count - passed);
        const qint64 available = std::min(target, m_device.size());
        if (!m_device.seek(available)) {
            m_end = true;
            return passed;
        }
        passed += available - (m_outBase + m_out.size());
        m_outBase = available;
        m_out.clear();
        m_pos = 0;
        return passed;
    }
    while (passed < count && !atEnd()) {
        const qsizetype take = qsizetype(std::min<qint64>(count - passed, m_out.size() - m_pos));
        m_pos += take;
        passed += take;
    }
    return passed;
}

} // namespace Lectern::Models
