// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "minhashsketch.h"
#include "textblock.h"

#include <QString>

namespace Lectern::Models {

/// What the bundle pass keeps of one document once its text is dropped: a
/// hash of each block's comparison form, where the blocks are, and a MinHash
/// signature of the word 4-shingles of its longer blocks. A few hundred bytes
/// plus 40 per block, so a whole bundle's fingerprints fit where its text
/// would not.
struct DocumentFingerprint {
    /// Blocks of at least this many words feed the signature; shorter lines are
    /// mostly page furniture and would make unrelated pages of one site look alike.
    static constexpr int MinSignatureWords = 8;
    static constexpr int ShingleWords = 4;

    QString id;
    QList<quint64> blockHashes;   ///< per block; 0 when the block has no words
    QList<qint32> blockWords;
    QList<qint64> blockStarts;    ///< UTF-16
    QList<qint64> blockEnds;
    QList<qint64> blockCodePointStarts;
    QList<qint64> blockCodePointEnds;
    /// One shingle in SampleEvery, chosen by its hash (the same ones in every
    /// document), sorted and distinct: the exact share two documents have in
    /// common, which verifies what the signature only proposes.
    static constexpr int SampleEvery = 4;
    QList<quint64> shingleSample;
    MinHashSketch::Signature signature;
    qint32 shingles = 0;          ///< shingles that fed the signature
    qint32 contentWords = 0;      ///< words in blocks of MinSignatureWords or more, used by the canonical rule

    [[nodiscard]] static DocumentFingerprint compute(const QString &id, QStringView text, const TextBlocks &blocks);
};

} // namespace Lectern::Models
