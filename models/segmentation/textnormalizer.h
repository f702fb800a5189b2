// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

#include <vector>

namespace Lectern::Models {

/// Words of a text as 64-bit hashes of their comparison form: NFKC, case
/// folded, apostrophes (straight or curly) dropped inside words, so that
/// "Company’s", "company's" and "ＣＯＭＰＡＮＹ'S" hash alike. White space of
/// any kind (U+00A0 included) and punctuation only separate words. Offsets
/// stay those of the original text; nothing is copied for ASCII words.
class TextNormalizer final
{
public:
    enum TokenFlag : quint8 {
        Capitalised = 0x01, ///< starts with an upper-case letter
        StopWord = 0x02,    ///< a common English function word
        Numeric = 0x04,     ///< starts with a digit
        CueWord = 0x08,     ///< a generic page-furniture word ("newsletter", "subscribe"): a weak hint only
        Spaceless = 0x10,   ///< of a script written without spaces (Chinese, Japanese, Thai): two characters make a word
    };

    struct Token {
        quint64 hash = 0; ///< the folded word
        quint64 stem = 0; ///< the folded word without a plural "s"
        qint32 start = 0; ///< UTF-16 position in the text given to tokenize()
        qint32 length = 0;
        quint8 flags = 0;
    };

    /// Appends the words of text[begin, end) to `out`.
    static void tokenize(QStringView text, qsizetype begin, qsizetype end, QList<Token> &out);
    [[nodiscard]] static QList<Token> tokenize(QStringView text);
    /// Appends only the hashes of the words of text[begin, end) (what
    /// Token::hash holds), without positions or flags: the fingerprint's
    /// cheaper pass over every document.
    static void wordHashes(QStringView text, qsizetype begin, qsizetype end, std::vector<quint64> &out);

    /// The hash tokenize() gives a single word.
    [[nodiscard]] static quint64 hashWord(QStringView word);
    /// Hash of a word sequence (a block's comparison form); never 0 for a
    /// non-empty sequence, 0 for an empty one.
    [[nodiscard]] static quint64 sequenceHash(const QList<Token> &tokens);
    /// The same hash from the words' hashes alone.
    [[nodiscard]] static quint64 sequenceHash(const std::vector<quint64> &hashes);
    /// Mixes a running hash with the next value (order-sensitive).
    [[nodiscard]] static quint64 combine(quint64 seed, quint64 value);

    /// The comparison form of a whole text, for display and tests: NFKC, case
    /// folded, curly quotes straightened, white space runs collapsed to one space.
    [[nodiscard]] static QString comparisonForm(QStringView text);
};

} // namespace Lectern::Models
