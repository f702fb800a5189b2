// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentfingerprint.h"

#include "textnormalizer.h"

#include <algorithm>
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
    std::vector<quint64> tokens; // the words' hashes; positions and flags are not needed here
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
        TextNormalizer::wordHashes(text, block.start, block.end, tokens);
        print.blockHashes.append(TextNormalizer::sequenceHash(tokens));
        print.blockWords.append(qint32(tokens.size()));
        print.blockStarts.append(block.start);
        print.blockEnds.append(block.end);
        print.blockCodePointStarts.append(codePoint(block.start));
        print.blockCodePointEnds.append(codePoint(block.end));
        if (tokens.size() < MinSignatureWords)
            continue;
        print.contentWords += qint32(tokens.size());
        for (const quint64 word : tokens) {
            window[size_t(filled % ShingleWords)] = word;
            ++filled;
            if (filled < ShingleWords)
                continue;
            // Order-sensitive: each position has its own odd multiplier.
            constexpr std::array<quint64, ShingleWords> weights{0x9e3779b97f4a7c15ULL, 0xc2b2ae3d27d4eb4fULL,
                                                               0x165667b19e3779f9ULL, 0xd6e8feb86659fd93ULL};
            quint64 shingle = 0;
            for (int k = 0; k < ShingleWords; ++k)
                shingle += window[size_t((filled - ShingleWords + k) % ShingleWords)] * weights[size_t(k)];
            const quint64 hash = TextNormalizer::combine(shingle, ShingleWords);
            sketch.add(hash);
            ++print.shingles;
            if ((hash >> 32) % SampleEvery == 0)
                print.shingleSample.append(hash);
        }
    }
    std::sort(print.shingleSample.begin(), print.shingleSample.end());
    print.shingleSample.erase(std::unique(print.shingleSample.begin(), print.shingleSample.end()), print.shingleSample.end());
    print.signature = sketch.signature();
    return print;
}

} // namespace Lectern::Models
