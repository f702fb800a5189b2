// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "legacyencoding.h"

#include <QCoreApplication>
#include <QStringDecoder>

#include <array>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class TextDecoderText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::TextDecoder)
};

struct Magic {
    QByteArrayView bytes;
    const char *name;
};

constexpr std::array knownMagic{
    Magic{"%PDF-", "a PDF file"},
    Magic{"\x89PNG", "a PNG image"},
    Magic{"\xFF\xD8\xFF", "a JPEG image"},
    Magic{"GIF8", "a GIF image"},
    Magic{"PK\x03\x04", "a ZIP archive (or an office document)"},
    Magic{"\x1F\x8B", "a gzip archive"},
    Magic{"\x7F"
          "ELF",
          "a program"},
    Magic{"SQLite format 3", "an SQLite database"},
};

enum class Bom { None, Utf8, Utf16Le, Utf16Be, Utf32Le, Utf32Be };

Bom detectBom(QByteArrayView b)
{
    if (b.startsWith("\xEF\xBB\xBF"))
        return Bom::Utf8;
    if (b.startsWith(QByteArrayView("\xFF\xFE\x00\x00", 4)))
        return Bom::Utf32Le;
    if (b.startsWith(QByteArrayView("\x00\x00\xFE\xFF", 4)))
        return Bom::Utf32Be;
    if (b.startsWith("\xFF\xFE"))
        return Bom::Utf16Le;
    if (b.startsWith("\xFE\xFF"))
        return Bom::Utf16Be;
    return Bom::None;
}

// 1-based line and column (in bytes) of a byte offset, for messages.
std::pair<int, int> lineAndColumn(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    for (qsizetype i = 0; i < offset && i < bytes.size(); ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    return {line, int(offset - lineStart) + 1};
}

} // namespace

QString TextDecoder::binaryReason(QByteArrayView head)
{
    if (detectBom(head) != Bom::None)
        return {};
    for (const Magic &magic : knownMagic) {
        if (head.startsWith(magic.bytes))
            return QString::fromLatin1(magic.name);
    }
    const QByteArrayView sample = head.first(std::min<qsizetype>(head.size(), 8192));
    qsizetype controls = 0;
    for (const char c : sample) {
        const auto u = static_cast<unsigned char>(c);
        if (u == 0)
            return TextDecoderText::tr("a binary file (it contains NUL bytes)");
        if (u < 0x20 && u != '\n' && u != '\r' && u != '\t' && u != '\f' && u != 0x1B)
            ++controls;
    }
    if (!sample.isEmpty() && controls * 10 > sample.size())
        return TextDecoderText::tr("a binary file (it is mostly control characters)");
    return {};
}

qsizetype TextDecoder::firstInvalidUtf8(QByteArrayView bytes, qsizetype *invalidCount, qsizetype *multibyteCount)
{
    qsizetype first = -1;
    qsizetype count = 0;
    qsizetype multibyte = 0;
    const auto *p = reinterpret_cast<const unsigned char *>(bytes.data());
    const qsizetype n = bytes.size();
    qsizetype i = 0;
    while (i < n) {
        const unsigned char c = p[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int need = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            need = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            need = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            need = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            need = -1;
        }
        bool valid = need > 0 && i + need < n;
        if (valid) {
            for (int k = 1; k <= need; ++k) {
                if ((p[i + k] & 0xC0) != 0x80) {
                    valid = false;
                    break;
                }
                cp = (cp << 6) | (p[i + k] & 0x3F);
            }
        }
        if (valid && (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)))
            valid = false;
        if (valid) {
            i += need + 1;
            ++multibyte;
        } else {
            if (first < 0)
                first = i;
            ++count;
            ++i;
        }
    }
    if (invalidCount)
        *invalidCount = count;
    if (multibyteCount)
        *multibyteCount = multibyte;
    return first;
}

void TextDecoder::normaliseLineEndings(QString &text)
{
    if (!text.contains(u'\r'))
        return;
    text.replace(u"\r\n"_s, u"\n"_s);
    text.replace(u'\r', u'\n');
}

namespace {

// Bytes that are not UTF-8, or declared to be something else, decoded as a
// browser would: the declaration first, unless the bytes prove it wrong;
// undeclared bytes that are not UTF-8 by the encoding they look like. False
// when the bytes should be read as UTF-8.
bool decodeLegacy(QByteArrayView payload, const QByteArray &declared, bool invalidUtf8, qsizetype invalid, qsizetype multibyte,
                  const QString &file, DecodedText &result)
{
    if (!declared.isEmpty() && declared != "utf-8") {
        LegacyEncoding::Decoded decoded = LegacyEncoding::decode(payload, declared);
        if (!decoded.known) {
            result.diagnostics.append(Diagnostic::warning(file, 0,
                TextDecoderText::tr("the page declares an encoding Lectern does not know (%1)")
                    .arg(QString::fromLatin1(declared))));
        } else if (!invalidUtf8 && multibyte > 0) {
            // Declared wrongly: text in another encoding is almost never valid
            // UTF-8 once it holds a byte above 127, so these bytes are UTF-8.
            result.diagnostics.append(Diagnostic::warning(file, 0,
                TextDecoderText::tr("the page declares %1 but is UTF-8; read as UTF-8").arg(QString::fromLatin1(declared))));
            return false;
        } else {
            if (decoded.errors > 0)
                result.diagnostics.append(Diagnostic::warning(file, 0,
                    TextDecoderText::tr(
                        "%1 byte sequence(s) have no character in %2, the page's declared encoding, and are shown as \uFFFD")
                        .arg(decoded.errors)
                        .arg(QString::fromLatin1(declared))));
            result.text = std::move(decoded.text);
            TextDecoder::normaliseLineEndings(result.text);
            return true;
        }
    }
    // Mostly UTF-8 with a stray byte or two: UTF-8, the strays marked.
    if (!invalidUtf8 || multibyte >= invalid)
        return false;
    const QByteArray guessed = LegacyEncoding::guess(payload);
    LegacyEncoding::Decoded decoded = LegacyEncoding::decode(payload, guessed);
    if (!decoded.known || decoded.errors * 4 > invalid)
        return false;
    result.diagnostics.append(Diagnostic::warning(file, 0,
        (declared == "utf-8"
                ? TextDecoderText::tr("the page declares UTF-8 but is not; read as %1, the encoding its bytes suggest")
                : TextDecoderText::tr("not UTF-8; read as %1, the encoding its bytes suggest"))
            .arg(QString::fromLatin1(guessed))));
    result.text = std::move(decoded.text);
    TextDecoder::normaliseLineEndings(result.text);
    return true;
}

} // namespace

DecodedText TextDecoder::decode(QByteArrayView bytes, const QString &fileForMessages, QByteArrayView declaredEncoding)
{
    DecodedText result;
    const Bom bom = detectBom(bytes);
    if (bom == Bom::None) {
        const QString reason = binaryReason(bytes);
        if (!reason.isEmpty()) {
            result.binary = true;
            result.diagnostics.append(Diagnostic::error(
                fileForMessages, 0, TextDecoderText::tr("not a text document: this looks like %1").arg(reason)));
            return result;
        }
    }

    QStringConverter::Encoding encoding = QStringConverter::Utf8;
    qsizetype skip = 0;
    switch (bom) {
    case Bom::None:
        break;
    case Bom::Utf8:
        skip = 3;
        break;
    case Bom::Utf16Le:
        encoding = QStringConverter::Utf16LE;
        skip = 2;
        break;
    case Bom::Utf16Be:
        encoding = QStringConverter::Utf16BE;
        skip = 2;
        break;
    case Bom::Utf32Le:
        encoding = QStringConverter::Utf32LE;
        skip = 4;
        break;
    case Bom::Utf32Be:
        encoding = QStringConverter::Utf32BE;
        skip = 4;
        break;
    }
    const QByteArrayView payload = bytes.sliced(skip);

    if (encoding == QStringConverter::Utf8) {
        qsizetype invalid = 0;
        qsizetype multibyte = 0;
        const qsizetype at = firstInvalidUtf8(payload, &invalid, &multibyte);
        const QByteArray declared = bom == Bom::None ? LegacyEncoding::normalised(declaredEncoding) : QByteArray();
        if (decodeLegacy(payload, declared, at >= 0, invalid, multibyte, fileForMessages, result))
            return result;
        if (at >= 0) {
            const auto [line, column] = lineAndColumn(payload, at);
            result.diagnostics.append(Diagnostic::warning(fileForMessages, line,
                TextDecoderText::tr("not valid UTF-8 (%1 byte(s) shown as \uFFFD); the file may use another encoding")
                    .arg(invalid),
                column));
        }
    }

    QStringDecoder decoder(encoding, QStringDecoder::Flag::Stateless);
    result.text = decoder.decode(payload);
    if (encoding != QStringConverter::Utf8 && decoder.hasError())
        result.diagnostics.append(Diagnostic::warning(
            fileForMessages, 0, TextDecoderText::tr("some characters could not be decoded and are shown as \uFFFD")));
    normaliseLineEndings(result.text);
    return result;
}

} // namespace Lectern::Models
