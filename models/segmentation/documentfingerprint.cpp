// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfingerprint.h"

#include "textnormalizer.h"

#include <array>

namespace Lectern::Models {

DocumentFingerprint DocumentFingerprint::compute(const QString &id, QStringView text, const TextBlocks &blocks)
{
    DocumentFingerprint print;
    print.id = id;
    const auto count = blocks.size();
    print.blockHashes.reserve(count);
    print.blockWords.reserve(count);
    print.blockStarts.reserve(count);
    print.blockEnds.reserve(count);
    print.blockCodePointStarts.reserve(count);
    print.blockCodePointEnds.reserve(count);

    MinHashSketch sketch;
    QList<TextNormalizer::Token> tokens;
    tokens.reserve(256);
    // The shingle window runs across block boundaries on purpose: a paragraph
    // merged or split in one copy then gives the same shingles as the other.
    std::array<quint64, ShingleWords> window{};
    int filled = 0;
    qsizetype scanned = 0;
    qsizetype pairs = 0;
    const QChar *data = text.data();
    auto codePoint = [&](qsizetype utf16) {
        for (; scanned < utf16; ++scanned) {
            if (scanned > 0 && data[scanned].isLowSurrogate() && data[scanned - 1].isHighSurrogate())
                ++pairs;
        }
        return utf16 - pairs;
    };

    for (const TextBlock &block : blocks) {
        tokens.clear();
        TextNormalizer::tokenize(text, block.start, block.end, tokens);
        quint64 hash = 0;
        for (const TextNormalizer::Token &token : std::as_const(tokens))
            hash = TextNormalizer::combine(hash, token.hash);
        print.blockHashes.append(tokens.isEmpty() ? 0 : (hash | 1));
        print.blockWords.append(qint32(tokens.size()));
        print.blockStarts.append(block.start);
        print.blockEnds.append(block.end);
        print.blockCodePointStarts.append(codePoint(block.start));
        print.blockCodePointEnds.append(codePoint(block.end));
        if (tokens.size() < MinSignatureWords)
            continue;
        print.contentWords += qint32(tokens.size());
        for (const TextNormalizer::Token &token : std::as_const(tokens)) {
            window[size_t(filled % ShingleWords)] = token.hash;
            ++filled;
            if (filled < ShingleWords)
                continue;
            quint64 shingle = 0;
            for (int k = ShingleWords; k > 0; --k)
                shingle = TextNormalizer::combine(shingle, window[size_t((filled - k) % ShingleWords)]);
            sketch.add(shingle);
            ++print.shingles;
        }
    }
    print.signature = sketch.signature();
    return print;
}

} // namespace Lectern::Models
