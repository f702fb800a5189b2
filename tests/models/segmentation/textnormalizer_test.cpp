// SPDX-License-Identifier: GPL-3.0-or-later
// Words compare alike across Unicode forms, case, no-break spaces and quotes,
// while their offsets stay those of the original text.
#include "codepointoffsets.h"
#include "plaintextblocks.h"
#include "textnormalizer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

QList<quint64> hashesOf(const QString &text)
{
    QList<quint64> hashes;
    for (const TextNormalizer::Token &token : TextNormalizer::tokenize(text))
        hashes.append(token.hash);
    return hashes;
}

} // namespace

class TextNormalizerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void variantsHashAlike_data()
    {
        QTest::addColumn<QString>("plain");
        QTest::addColumn<QString>("variant");
        QTest::newRow("case") << u"The Harbour Authority"_s << u"the HARBOUR authority"_s;
        QTest::newRow("no-break space") << u"two hundred passengers"_s << u"two\u00a0hundred\u00a0passengers"_s;
        QTest::newRow("curly apostrophe") << u"the council's plan"_s << u"the council\u2019s plan"_s;
        QTest::newRow("curly quotes") << u"a \"minimum\" target"_s << u"a \u201cminimum\u201d target"_s;
        QTest::newRow("fullwidth (NFKC)") << u"ferry 2027"_s << u"\uff46\uff45\uff52\uff52\uff59 \uff12\uff10\uff12\uff17"_s;
        QTest::newRow("ligature (NFKC)") << u"official"_s << u"o\ufb03cial"_s;
        QTest::newRow("combining accent") << u"caf\u00e9 owners"_s << u"cafe\u0301 owners"_s;
        QTest::newRow("line break") << u"rye cakes"_s << u"rye\ncakes"_s;
    }

    void variantsHashAlike()
    {
        QFETCH(QString, plain);
        QFETCH(QString, variant);
        QCOMPARE(hashesOf(variant), hashesOf(plain));
        QCOMPARE(TextNormalizer::comparisonForm(variant).remove(u'\''), TextNormalizer::comparisonForm(plain).remove(u'\''));
    }

    void differentWordsHashApart()
    {
        QVERIFY(TextNormalizer::hashWord(u"ferry") != TextNormalizer::hashWord(u"ferries"));
        QVERIFY(TextNormalizer::hashWord(u"bread") != TextNormalizer::hashWord(u"bead"));
    }

    void offsetsPointIntoTheOriginal()
    {
        const QString text = u"\u00abQuay\u00bb\u00a0charges: caf\u00e9\u2019s 𝐁oat"_s;
        const QList<TextNormalizer::Token> tokens = TextNormalizer::tokenize(text);
        QStringList words;
        for (const TextNormalizer::Token &token : tokens)
            words.append(text.mid(token.start, token.length));
        QCOMPARE(words, (QStringList{u"Quay"_s, u"charges"_s, u"caf\u00e9\u2019s"_s, u"𝐁oat"_s}));
        QCOMPARE(tokens.at(3).hash, TextNormalizer::hashWord(u"boat"));
    }

    void wordsWithoutSpacesAreFoundByDictionary()
    {
        // Chinese has no spaces: a run between punctuation is several words,
        // and the same word hashes alike in different sentences.
        const QString first = u"市政府公布新的公交线路。"_s;
        const QString second = u"乘客希望公交线路延长运营时间。"_s;
        const QList<TextNormalizer::Token> tokens = TextNormalizer::tokenize(first);
        QVERIFY2(tokens.size() >= 4, qPrintable(QString::number(tokens.size())));
        qsizetype covered = 0;
        for (const TextNormalizer::Token &token : tokens) {
            QVERIFY(token.start >= covered); // in order, inside the text
            covered = token.start + token.length;
        }
        QCOMPARE(covered, first.size() - 1); // every character but the full stop
        const QList<quint64> a = hashesOf(first);
        const QList<quint64> b = hashesOf(second);
        int shared = 0;
        for (const quint64 hash : a)
            shared += b.contains(hash) ? 1 : 0;
        QVERIFY(shared >= 1);
        QVERIFY(shared < a.size()); // not one hash for the whole run
        // Spaced scripts keep their words as they are.
        QCOMPARE(TextNormalizer::tokenize(u"Городской совет утвердил план"_s).size(), 4);
    }

    void flags()
    {
        const QList<TextNormalizer::Token> tokens = TextNormalizer::tokenize(u"The Newsletter of 2027 ferries"_s);
        QVERIFY(tokens.at(0).flags & TextNormalizer::StopWord);
        QVERIFY(tokens.at(0).flags & TextNormalizer::Capitalised);
        QVERIFY(tokens.at(1).flags & TextNormalizer::CueWord);
        QVERIFY(tokens.at(3).flags & TextNormalizer::Numeric);
        QVERIFY(!(tokens.at(4).flags & (TextNormalizer::StopWord | TextNormalizer::CueWord)));
        QCOMPARE(tokens.at(4).stem, TextNormalizer::tokenize(u"ferrie"_s).constFirst().hash); // plural "s" dropped
    }

    void blocksAreNonBlankLines()
    {
        const QString text = u"Title line\n\n \t\nFirst paragraph.\n  Indented second.  \nlast"_s;
        const TextBlocks blocks = PlainTextBlocks::split(text);
        QCOMPARE(blocks.size(), 4);
        QStringList lines;
        for (const TextBlock &block : blocks)
            lines.append(text.mid(block.start, block.length()));
        QCOMPARE(lines, (QStringList{u"Title line"_s, u"First paragraph."_s, u"Indented second."_s, u"last"_s}));
        QVERIFY(PlainTextBlocks::split(u"\n\n"_s).isEmpty());
        QVERIFY(PlainTextBlocks::split(QString()).isEmpty());
    }

    void wrappedParagraphsBecomeOneBlock()
    {
        // As a text browser dumps a page: 3-space indent, wrapped at 79 columns.
        const QString text = QStringLiteral(
            "   Home  News  Weather\n"
            "\n"
            "   The valley's orchards lost a third of their blossom to the late frost, and\n"
            "   growers say the apple harvest will be the smallest in a decade unless the\n"
            "   summer is unusually warm.\n"
            "\n"
            "   The cooperative that buys most of the fruit has asked the county for help\n"
            "   with the cost of frost fans, which several farms rented at short notice\n"
            "   last week.\n"
            "     * Frost fans rented for the first time by several of the farms in 2026\n"
            "     * Prices\n"
            "   Share this story\n");
        const TextBlocks blocks = PlainTextBlocks::split(text);
        QStringList shown;
        for (const TextBlock &block : blocks)
            shown.append(text.mid(block.start, block.length()).section(u'\n', 0, 0).left(24) + u'/' + QString::number(text.mid(block.start, block.length()).count(u'\n') + 1));
        QCOMPARE(shown, (QStringList{u"Home  News  Weather/1"_s, u"The valley's orchards lo/3"_s, u"The cooperative that buy/3"_s,
                                     u"* Frost fans rented for /1"_s, u"* Prices/1"_s, u"Share this story/1"_s}));
        QVERIFY(!text.mid(blocks.at(1).start, blocks.at(1).length()).endsWith(u'\n'));
    }

    void aParagraphPerLineIsNeverJoined()
    {
        // Lines of much the same length, each a whole paragraph ending its sentence.
        const QString text = QStringLiteral(
            "The ferry crews voted on Monday to accept the new rota for the early crossings.\n"
            "Under the old rota the same four crews took every crossing before seven o'clock.\n"
            "The company said the new rota would start next month and be reviewed in autumn.\n"
            "Passengers on the first boats had complained about cancellations all winter.\n"
            "Subscribe to our newsletter\n");
        QCOMPARE(PlainTextBlocks::split(text).size(), 5);
    }

    void codePoints()
    {
        const QString text = u"a🤝b🤝c"_s; // each emoji is two UTF-16 units
        const CodePointOffsets points(text);
        QCOMPARE(points.toCodePoints(0), 0);
        QCOMPARE(points.toCodePoints(3), 2);  // before "b"
        QCOMPARE(points.toCodePoints(text.size()), 5);
        QCOMPARE(points.toUtf16(2), 3);
        QCOMPARE(points.toUtf16(5), text.size());
        QCOMPARE(CodePointOffsets::count(text, 6), 4);
    }
};

QTEST_GUILESS_MAIN(TextNormalizerTest)
#include "textnormalizer_test.moc"
