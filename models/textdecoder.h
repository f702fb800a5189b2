// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include <QByteArrayView>
#include <QString>

namespace Lectern::Models {

struct DecodedText {
    QString text;            ///< BOM removed, line endings normalised to LF
    Diagnostics diagnostics; ///< warnings about the decoding; an error when binary
    bool binary = false;     ///< the bytes are not text; `text` is empty
};

/// Turns the bytes of a document or index into text: UTF-8 with or without
/// BOM, UTF-16 or UTF-32 with BOM, CRLF and CR line endings. Invalid UTF-8
/// decodes with U+FFFD and a warning that says where; binary data is refused.
class TextDecoder final
{
public:
    /// `declaredEncoding` is what the document says it is (an HTML page's
    /// meta charset); it is followed unless the bytes prove it wrong. Bytes
    /// that are neither UTF-8 nor declared are read in the encoding they
    /// look like (ICU's detector; windows-1252 when unsure), with a warning.
    [[nodiscard]] static DecodedText decode(QByteArrayView bytes, const QString &fileForMessages,
                                            QByteArrayView declaredEncoding = {});

    /// Why these leading bytes are not text ("a PDF file", "NUL bytes"), or an
    /// empty string when they look like text.
    [[nodiscard]] static QString binaryReason(QByteArrayView head);

    /// Byte offset of the first invalid UTF-8 sequence, or -1; counts them in `invalidCount`.
    [[nodiscard]] static qsizetype firstInvalidUtf8(QByteArrayView bytes, qsizetype *invalidCount = nullptr,
                                                    qsizetype *multibyteCount = nullptr);

    static void normaliseLineEndings(QString &text);
};

} // namespace Lectern::Models
