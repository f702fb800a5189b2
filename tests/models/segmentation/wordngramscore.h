// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QString>
#include <QStringList>

#include <algorithm>

// The measure article-extraction benchmarks use: the extracted text and the
// human ground truth as multisets of word 4-grams (lower case, words are runs
// of letters and digits), then precision, recall and F1 over them.
namespace WordNgramScore {

struct Score {
    double precision = 0;
    double recall = 0;
    double f1 = 0;
    qsizetype extracted = 0; ///< 4-grams in the extracted text
    qsizetype truth = 0;     ///< 4-grams in the ground truth
    qsizetype shared = 0;
};

inline QStringList words(const QString &text)
{
    QStringList out;
    QString word;
    for (const QChar c : text) {
        if (c.isLetterOrNumber()) {
            word += c.toLower();
        } else if (!word.isEmpty()) {
            out.append(word);
            word.clear();
        }
    }
    if (!word.isEmpty())
        out.append(word);
    return out;
}

inline QHash<QString, int> grams(const QString &text, int n = 4)
{
    const QStringList w = words(text);
    QHash<QString, int> out;
    for (qsizetype i = 0; i + n <= w.size(); ++i)
        ++out[w.mid(i, n).join(u' ')];
    return out;
}

inline Score score(const QString &extracted, const QString &truth)
{
    const QHash<QString, int> e = grams(extracted);
    const QHash<QString, int> t = grams(truth);
    Score s;
    for (auto it = e.cbegin(); it != e.cend(); ++it) {
        s.extracted += it.value();
        s.shared += std::min(it.value(), t.value(it.key()));
    }
    for (const int count : t)
        s.truth += count;
    s.precision = s.extracted > 0 ? double(s.shared) / double(s.extracted) : (s.truth == 0 ? 1.0 : 0.0);
    s.recall = s.truth > 0 ? double(s.shared) / double(s.truth) : 1.0;
    s.f1 = s.precision + s.recall > 0 ? 2 * s.precision * s.recall / (s.precision + s.recall) : 0.0;
    return s;
}

} // namespace WordNgramScore
