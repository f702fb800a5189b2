// SPDX-License-Identifier: GPL-3.0-or-later
// Article boundaries: boundary precision, recall and F1 of the segmenter on
// documents made of news articles put one after another with nothing but
// blank lines between them, and on long articles followed by a short
// unrelated one. Each document is segmented on its own (no bundle profile),
// as a single page would be. Prints figures; asserts nothing.
//
//   bench_boundaries [DOCUMENTS]      default: 2000 of each kind
//
// A boundary is where the article a line belongs to changes, over the lines
// that belong to an article (boilerplate lines are passed over). A found
// boundary counts when it is on the first line of the next article (exact)
// or at most one line away from it (within one line: a headline left out
// of its article moves the boundary to the first paragraph).
#include "plaintextblocks.h"
#include "segmenter.h"

#include <QCoreApplication>
#include <QFile>
#include <QRandomGenerator>

#include <cmath>
#include <cstdio>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

// Word lists drawn with Zipf-like weights, so that every article shares the
// common words of news prose with every other and the topic words repeat.
class Vocabulary
{
public:
    Vocabulary() = default;
    explicit Vocabulary(QStringList words)
        : m_words(std::move(words))
    {
        double total = 0;
        for (qsizetype i = 0; i < m_words.size(); ++i) {
            total += 1.0 / double(i + 2);
            m_cumulative.append(total);
        }
    }
    QString pick(QRandomGenerator &random) const
    {
        const double x = random.generateDouble() * m_cumulative.last();
        const auto it = std::lower_bound(m_cumulative.cbegin(), m_cumulative.cend(), x);
        return m_words.at(std::min<qsizetype>(it - m_cumulative.cbegin(), m_words.size() - 1));
    }
    const QStringList &words() const { return m_words; }

private:
    QStringList m_words;
    QList<double> m_cumulative;
};

class NewsWriter
{
public:
    explicit NewsWriter(quint32 seed)
        : m_random(seed)
    {
        static const QStringList syllables{u"ka"_s, u"lo"_s, u"ren"_s, u"ta"_s, u"mi"_s, u"sor"_s, u"ve"_s, u"dan"_s, u"pe"_s, u"lun"_s,
                                           u"ri"_s, u"cho"_s, u"ban"_s, u"tel"_s, u"or"_s, u"gis"_s, u"mu"_s, u"fen"_s, u"na"_s, u"quo"_s,
                                           u"stra"_s, u"mel"_s, u"dor"_s, u"vin"_s};
        for (int i = 0; i < 20000; ++i) {
            QString word;
            const int parts = 1 + int(m_random.bounded(3));
            for (int p = 0; p < parts; ++p)
                word += syllables.at(int(m_random.bounded(syllables.size())));
            m_pool.append(word);
        }
        // The words of news prose in general: said, year, company, people...
        QStringList general;
        for (int i = 0; i < 3000; ++i)
            general.append(poolWord());
        m_general = Vocabulary(general);
    }

    // A topic of its own, or one on the same beat as an earlier one (40% shared).
    Vocabulary topic()
    {
        QStringList words;
        if (!m_topics.isEmpty() && m_random.bounded(100) < 35) {
            const QStringList &earlier = m_topics.at(int(m_random.bounded(m_topics.size())));
            for (int i = 0; i < 120; ++i)
                words.append(earlier.at(int(m_random.bounded(earlier.size()))));
        }
        while (words.size() < 300)
            words.append(poolWord());
        m_topics.append(words);
        if (m_topics.size() > 50)
            m_topics.removeFirst();
        return Vocabulary(words);
    }

    QString sentence(const Vocabulary &topic, int minWords, int maxWords)
    {
        static const QStringList stop{u"the"_s,  u"of"_s,   u"and"_s,  u"to"_s,   u"in"_s,   u"a"_s,    u"that"_s, u"is"_s,   u"for"_s,  u"on"_s,
                                      u"was"_s,  u"with"_s, u"it"_s,   u"by"_s,   u"as"_s,   u"at"_s,   u"from"_s, u"has"_s,  u"said"_s, u"its"_s,
                                      u"have"_s, u"be"_s,   u"an"_s,   u"but"_s,  u"will"_s, u"this"_s, u"they"_s, u"which"_s, u"their"_s, u"not"_s};
        QString s;
        const int words = minWords + int(m_random.bounded(maxWords - minWords + 1));
        for (int w = 0; w < words; ++w) {
            const int roll = int(m_random.bounded(100));
            QString word = roll < 42 ? stop.at(int(m_random.bounded(stop.size()))) : roll < 62 ? m_general.pick(m_random) : topic.pick(m_random);
            if (w == 0 || (roll >= 62 && m_random.bounded(100) < 15))
                word = word.at(0).toUpper() + word.mid(1);
            s += (w ? u" "_s : QString()) + word;
            if (w > 3 && w + 3 < words && m_random.bounded(100) < 6)
                s += u',';
        }
        return s;
    }
    QString paragraph(const Vocabulary &topic)
    {
        // Now and then a one-sentence paragraph (a quote, a short update).
        const int sentences = m_random.bounded(100) < 15 ? 1 : 2 + int(m_random.bounded(3));
        QString p;
        for (int i = 0; i < sentences; ++i)
            p += (i ? u" "_s : QString()) + sentence(topic, 9, 28) + u'.';
        return p;
    }
    QString title(const Vocabulary &topic)
    {
        QString t = sentence(topic, 5, 11);
        return t;
    }
    quint32 bounded(quint32 n) { return m_random.bounded(n); }

private:
    QString poolWord() { return m_pool.at(int(m_random.bounded(m_pool.size()))); }

    QRandomGenerator m_random;
    QStringList m_pool;
    Vocabulary m_general;
    QList<QStringList> m_topics;
};

struct Document {
    QString text;
    QList<int> firstLines; // line numbers (non-blank lines) where an article starts, the first excluded
};

// Adds one article (a headline unless `withTitle` is false, then paragraphs) to the document.
void append(Document &document, int &line, NewsWriter &writer, int paragraphs, bool withTitle)
{
    const Vocabulary topic = writer.topic();
    if (line > 0)
        document.firstLines.append(line);
    if (withTitle) {
        document.text += writer.title(topic) + u"\n\n"_s;
        ++line;
    }
    for (int p = 0; p < paragraphs; ++p) {
        document.text += writer.paragraph(topic) + u"\n\n"_s;
        ++line;
    }
}

struct Score {
    qint64 truth = 0;
    qint64 found = 0;
    qint64 exact = 0;
    qint64 near = 0;
    qint64 documents = 0;
    qint64 documentsRight = 0; // every boundary found, none too many (within one line)

    void print(const char *label) const
    {
        const auto f1 = [this](qint64 hits) {
            const double p = found ? double(hits) / double(found) : 1.0;
            const double r = truth ? double(hits) / double(truth) : 1.0;
            std::printf("P %.3f R %.3f F1 %.3f", p, r, p + r > 0 ? 2 * p * r / (p + r) : 0.0);
        };
        std::printf("%s: %lld documents, %lld true boundaries, %lld found\n", label, qlonglong(documents), qlonglong(truth), qlonglong(found));
        std::printf("    within one line: ");
        f1(near);
        std::printf("\n    exact:           ");
        f1(exact);
        std::printf("\n    documents with every boundary right (within one line): %.3f\n", documents ? double(documentsRight) / double(documents) : 0.0);
    }
};

// The lines where the segmenter's article changes, over the lines that belong to one.
QList<int> foundBoundaries(const QString &text)
{
    const DocumentSegmentation segmentation = Segmenter::segment(u"doc"_s, text, PlainTextBlocks::split(text));
    QList<int> boundaries;
    int previous = -1;
    int line = 0;
    qsizetype at = 0;
    while (at < text.size()) {
        qsizetype end = text.indexOf(u'\n', at);
        if (end < 0)
            end = text.size();
        if (end > at) {
            const int index = segmentation.segmentAt(at);
            const int article = index >= 0 ? segmentation.segments.at(index).article : -1;
            if (article >= 0) {
                if (previous >= 0 && article != previous)
                    boundaries.append(line);
                previous = article;
            }
            ++line;
        }
        at = end + 1;
    }
    return boundaries;
}

void score(Score &s, const Document &document)
{
    const QList<int> found = foundBoundaries(document.text);
    s.truth += document.firstLines.size();
    s.found += found.size();
    ++s.documents;
    qint64 near = 0;
    QList<bool> used(document.firstLines.size(), false);
    for (const int f : found) {
        s.exact += document.firstLines.contains(f) ? 1 : 0;
        for (qsizetype t = 0; t < document.firstLines.size(); ++t) {
            if (!used.at(t) && std::abs(document.firstLines.at(t) - f) <= 1) {
                used[t] = true;
                ++near;
                break;
            }
        }
    }
    s.near += near;
    if (near == document.firstLines.size() && found.size() == document.firstLines.size())
        ++s.documentsRight;
}

// The invented stories of the extraction pages (real-looking prose), put
// after one another: every ordered pair and triple.
void realLooking(Score &s)
{
    QList<QStringList> stories;
    for (const QString &name : {u"lynx-00"_s, u"lynx-10"_s, u"lynx-20"_s}) {
        QFile file(QStringLiteral(LECTERN_TEST_DATA "/extraction/") + name + u".truth"_s);
        if (!file.open(QIODevice::ReadOnly))
            return;
        QStringList paragraphs = QString::fromUtf8(file.readAll()).split(u"\n\n"_s, Qt::SkipEmptyParts);
        for (QString &p : paragraphs)
            p = p.trimmed();
        stories.append(paragraphs);
    }
    const auto add = [&](const QList<int> &order) {
        Document document;
        int line = 0;
        for (const int story : order) {
            if (line > 0)
                document.firstLines.append(line);
            for (const QString &p : stories.at(story)) {
                document.text += p + u"\n\n"_s;
                ++line;
            }
        }
        score(s, document);
    };
    for (int a = 0; a < 3; ++a) {
        for (int b = 0; b < 3; ++b) {
            if (b == a)
                continue;
            add({a, b});
            add({a, b, 3 - a - b});
        }
    }
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const int count = argc > 1 ? QString::fromLocal8Bit(argv[1]).toInt() : 2000;
    std::printf("bench_boundaries: generated news-like articles (shared news vocabulary, 35%% of topics on the beat of an earlier one), each document alone\n");

    NewsWriter writer(2026);
    // 2-5 articles of 3-12 paragraphs, one after another.
    const auto concatenations = [&](bool headlines) {
        Score result;
        for (int d = 0; d < count; ++d) {
            Document document;
            int line = 0;
            const int articles = 2 + int(writer.bounded(4));
            for (int a = 0; a < articles; ++a)
                append(document, line, writer, 3 + int(writer.bounded(10)), headlines);
            score(result, document);
        }
        return result;
    };
    concatenations(true).print("  concatenated news articles (2-5, 3-12 paragraphs each, headline first)");
    concatenations(false).print("  the same without headlines (paragraphs only)");

    Score trailers;
    for (int d = 0; d < count; ++d) {
        Document document;
        int line = 0;
        append(document, line, writer, 10 + int(writer.bounded(9)), true);
        append(document, line, writer, 1 + int(writer.bounded(2)), writer.bounded(2) == 0);
        score(trailers, document);
    }
    trailers.print("  long article (10-18 paragraphs) + short unrelated one (1-2 paragraphs, half with a headline)");

    Score real;
    realLooking(real);
    real.print("  the extraction pages' three stories, one after another (pairs and triples)");
    return 0;
}
