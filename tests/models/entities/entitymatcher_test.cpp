// SPDX-License-Identifier: GPL-3.0-or-later
// EntityMatcher: leftmost-longest, word boundaries, folding, aliases, offsets.
#include "codepointmapper.h"
#include "entitymatcher.h"
#include "gazetteerreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

Gazetteer gazetteerFrom(const QString &tsv)
{
    Diagnostics diagnostics;
    Gazetteer gazetteer = GazetteerReader::parse(tsv.toUtf8(), u"test.tsv"_s, &diagnostics);
    if (!diagnostics.isEmpty())
        qWarning("%s", qPrintable(diagnostics.first().toString()));
    return gazetteer;
}

// "surface => canonical" for every mention, so a wrong offset shows as a wrong surface.
QStringList describe(const Gazetteer &gazetteer, const QString &text, const EntityMentions &mentions)
{
    QStringList result;
    for (const EntityMention &m : mentions)
        result.append(text.mid(m.start, m.length()) + u" => "_s + gazetteer.at(m.entity).name);
    return result;
}

} // namespace

class EntityMatcherTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void matches_data()
    {
        QTest::addColumn<QString>("gazetteer");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");

        const QString panasonic = u"Panasonic\torganisation\nPanasonic Energy\torganisation\n"_s;
        QTest::newRow("longest wins at the same start") << panasonic << u"Panasonic Energy, not Panasonic."_s
                                                        << QStringList{u"Panasonic Energy => Panasonic Energy"_s, u"Panasonic => Panasonic"_s};
        QTest::newRow("shorter name when the longer one is cut off")
            << panasonic << u"Panasonic Energ"_s << QStringList{u"Panasonic => Panasonic"_s};
        QTest::newRow("leftmost wins over a longer overlap")
            << u"New York\tplace\nYork Times Group\torganisation\n"_s << u"in New York Times Group"_s
            << QStringList{u"New York => New York"_s};
        QTest::newRow("no match inside a longer word")
            << u"Kansas\tplace\n"_s << u"Arkansas, Kansasville, Kansas’s plant, (Kansas)"_s
            << QStringList{u"Kansas => Kansas"_s, u"Kansas => Kansas"_s};
        QTest::newRow("digits are word characters") << u"Pixel 10\tproduct\n"_s << u"Pixel 100 and Pixel 10."_s
                                                     << QStringList{u"Pixel 10 => Pixel 10"_s};
        QTest::newRow("letters beyond ASCII are word characters")
            << u"Zürich\tplace\n"_s << u"Zürichsee éZürich Zürich"_s << QStringList{u"Zürich => Zürich"_s};
        QTest::newRow("a combining mark continues the word")
            << u"Kansas\tplace\n"_s << u"Kansas\u0301 Kansas"_s << QStringList{u"Kansas => Kansas"_s};
        QTest::newRow("an emoji is not a word character")
            << u"Kansas\tplace\n"_s << u"\U0001F50BKansas\U0001F50B"_s << QStringList{u"Kansas => Kansas"_s};
        QTest::newRow("no-break space matches a space")
            << u"350 billion yen\tmoney\nKansas City\tplace\n"_s << u"about 350\u00A0billion yen in Kansas\u00A0City"_s
            << QStringList{u"350\u00A0billion yen => 350 billion yen"_s, u"Kansas\u00A0City => Kansas City"_s};
        QTest::newRow("a name with a no-break space matches a space")
            << u"Kansas\u00A0City\tplace\n"_s << u"Kansas City"_s << QStringList{u"Kansas City => Kansas City"_s};
        QTest::newRow("runs of spaces and one line break are one space")
            << u"Kansas City\tplace\n"_s << u"Kansas   City, Kansas\nCity, Kansas\n\nCity"_s
            << QStringList{u"Kansas   City => Kansas City"_s, u"Kansas\nCity => Kansas City"_s};
        QTest::newRow("curly and straight apostrophes")
            << u"O'Neill Holdings\torganisation\nSt Mary’s\tplace\n"_s << u"O’Neill Holdings near St Mary's"_s
            << QStringList{u"O’Neill Holdings => O'Neill Holdings"_s, u"St Mary's => St Mary’s"_s};
        QTest::newRow("curly and straight quotes")
            << u"\"Kestrel\" Fund\torganisation\n"_s << u"the “Kestrel” Fund"_s
            << QStringList{u"“Kestrel” Fund => \"Kestrel\" Fund"_s};
        QTest::newRow("any case") << u"kansas\tplace\tany\n"_s << u"KANSAS, Kansas, kansas"_s
                                  << QStringList{u"KANSAS => kansas"_s, u"Kansas => kansas"_s, u"kansas => kansas"_s};
        QTest::newRow("exact case") << u"CATL\torganisation\texact\n"_s << u"catl, Catl, CATL"_s
                                    << QStringList{u"CATL => CATL"_s};
        QTest::newRow("exact alias of an exact entity")
            << u"CATL\torganisation\texact\tContemporary Amperex\n"_s << u"contemporary amperex, Contemporary Amperex"_s
            << QStringList{u"Contemporary Amperex => CATL"_s};
        QTest::newRow("case folding beyond ASCII")
            << u"Łukasz Żmuda\tperson\nWrocław\tplace\n"_s << u"ŁUKASZ ŻMUDA of WROCŁAW"_s
            << QStringList{u"ŁUKASZ ŻMUDA => Łukasz Żmuda"_s, u"WROCŁAW => Wrocław"_s};
        QTest::newRow("Greek final sigma folds") << u"Σίσυφος\tperson\n"_s << u"ΣΊΣΥΦΟΣ"_s
                                                 << QStringList{u"ΣΊΣΥΦΟΣ => Σίσυφος"_s};
        QTest::newRow("aliases resolve to the entity")
            << u"United States\tplace\tany\tUS\tU.S.\tUSA\n"_s << u"the U.S. and the USA; us"_s
            << QStringList{u"U.S. => United States"_s, u"USA => United States"_s, u"us => United States"_s};
        QTest::newRow("a soft hyphen inside a name is invisible")
            << panasonic << u"Pana\u00ADsonic rose"_s << QStringList{u"Pana\u00ADsonic => Panasonic"_s};
        QTest::newRow("names that start or end with punctuation")
            << u"$2.18 billion\tmoney\nAT&T\torganisation\n"_s << u"roughly $2.18 billion from AT&T’s unit"_s
            << QStringList{u"$2.18 billion => $2.18 billion"_s, u"AT&T => AT&T"_s};
        QTest::newRow("adjacent mentions") << u"Texas\tplace\nArizona\tplace\n"_s << u"Texas/Arizona,Texas"_s
                                           << QStringList{u"Texas => Texas"_s, u"Arizona => Arizona"_s, u"Texas => Texas"_s};
        QTest::newRow("prefix chain settles each time")
            << u"Bank\torganisation\nBank of Japan\torganisation\nJapan\tplace\n"_s << u"Bank of Jap; Bank of Japan; Japan"_s
            << QStringList{u"Bank => Bank"_s, u"Bank of Japan => Bank of Japan"_s, u"Japan => Japan"_s};
        QTest::newRow("nothing in an empty text") << panasonic << QString() << QStringList{};
        QTest::newRow("empty gazetteer") << QString() << u"Panasonic"_s << QStringList{};
    }

    void matches()
    {
        QFETCH(QString, gazetteer);
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        const Gazetteer entities = gazetteerFrom(gazetteer);
        const EntityMatcher matcher(entities);
        const EntityMentions mentions = matcher.match(text);
        QCOMPARE(describe(entities, text, mentions), expected);
        QCOMPARE(matcher.count(text), expected.size());
        // The same inside a long text, where the scanner passes over whole
        // blocks and looks names up word by word, and with the automaton alone.
        const QString filler = u"lorem ipsum dolor sit amet consectetur adipiscing elit sed do eiusmod tempor "_s.repeated(2);
        const QString padded = filler + text + u' ' + filler;
        QCOMPARE(describe(entities, padded, matcher.match(padded)), expected);
        const EntityMatcher reference(entities, EntityMatcher::Strategy::AutomatonOnly);
        QCOMPARE(describe(entities, padded, reference.match(padded)), expected);
    }

    void wordByWordAgreesWithTheAutomaton()
    {
        // Names that share words, run on, differ in case rules, contain
        // punctuation or letters beyond ASCII, in texts that part words in
        // every way the folding knows: both strategies find the same mentions.
        const QString tsv = u"Panasonic\torganisation\nPanasonic Energy\torganisation\nPanasonic Energy Co\torganisation\n"
                            u"Energy\tthing\nNew York\tplace\nNew York City\tplace\nYork\tplace\nNew York-based\tthing\n"
                            u"CATL\torganisation\texact\nkansas\tplace\tany\tKansas City\nAT&T\torganisation\n"
                            u"Procter & Gamble\torganisation\nU.S.\tplace\nfiscal 2028\tperiod\nO'Brien\tperson\n"
                            u"Zürich Re\torganisation\nApple\torganisation\texact\nApple\tproduct\n"
                            u"Bank of Japan\torganisation\nBank\torganisation\n"_s;
        const Gazetteer entities = gazetteerFrom(tsv);
        const EntityMatcher fast(entities);
        const EntityMatcher reference(entities, EntityMatcher::Strategy::AutomatonOnly);
        const QStringList pieces{u"Panasonic"_s, u"panasonic"_s, u"Energy"_s, u"Co"_s, u"New"_s, u"York"_s, u"City"_s, u"CATL"_s,
                                 u"Catl"_s, u"Kansas"_s, u"KANSAS"_s, u"AT&T"_s, u"Procter"_s, u"&"_s, u"Gamble"_s, u"U.S."_s,
                                 u"fiscal"_s, u"2028"_s, u"O’Brien"_s, u"O'Brien"_s, u"Zürich"_s, u"ZÜRICH"_s, u"Re"_s, u"Apple"_s,
                                 u"APPLE"_s, u"Bank"_s, u"of"_s, u"Japan"_s, u"based"_s, u"-"_s, u"said"_s, u"the"_s, u"Arkansas"_s,
                                 u"Pana\u00ADsonic"_s, u"Energy,"_s, u"York."_s, u"(Apple)"_s};
        const QStringList separators{u" "_s, u" "_s, u" "_s, u" "_s, u"  "_s, u"\n"_s, u"\n\n"_s, u"\u00A0"_s, u", "_s, u"-"_s};
        quint32 seed = 2026;
        const auto next = [&seed](qsizetype bound) {
            seed = seed * 1103515245u + 12345u;
            return qsizetype((seed >> 8) % quint32(bound));
        };
        qsizetype total = 0;
        for (int round = 0; round < 200; ++round) {
            QString text;
            for (int i = 0; i < 300; ++i)
                text += pieces.at(next(pieces.size())) + separators.at(next(separators.size()));
            const EntityMentions expected = reference.match(text);
            QCOMPARE(fast.match(text), expected);
            QCOMPARE(fast.count(text), expected.size());
            total += expected.size();
        }
        QVERIFY(total > 10000);
    }

    void reportsWhichNameWasFound()
    {
        const Gazetteer entities = gazetteerFrom(u"CATL\torganisation\texact\tContemporary Amperex Technology\n"_s);
        const EntityMentions mentions = EntityMatcher(entities).match(u"CATL, or Contemporary Amperex Technology"_s);
        QCOMPARE(mentions.size(), 2);
        QCOMPARE(mentions.at(0), (EntityMention{0, 4, 0, 0}));
        QCOMPARE(mentions.at(1), (EntityMention{9, 40, 0, 1}));
    }

    void offsetsConvertToCodePoints()
    {
        const QString text = u"\U0001F50B\U0001F50B Kansas"_s;
        const EntityMentions mentions = EntityMatcher(gazetteerFrom(u"Kansas\tplace\n"_s)).match(text);
        QCOMPARE(mentions.size(), 1);
        QCOMPARE(mentions.first().start, 5);
        CodePointMapper mapper(text);
        QCOMPARE(mapper.toCodePoint(mentions.first().start), 3);
        QCOMPARE(mapper.toCodePoint(mentions.first().end), 9);
        QCOMPARE(mapper.toCodePoint(1), 1); // inside the first pair: the pair counts as before
        QCOMPARE(CodePointMapper::utf16Offset(text, 3), 5);
    }

    void agreesWithABruteForceSearch()
    {
        // Many overlapping names over a text built from their own pieces: every
        // mention must be a word-bounded occurrence, leftmost-longest, none skipped.
        const QStringList words{u"alpha"_s, u"beta"_s, u"gamma"_s, u"al"_s, u"alphabeta"_s, u"ta"_s};
        QString tsv;
        QStringList names;
        for (const QString &a : words) {
            names.append(a);
            for (const QString &b : words)
                names.append(a + u' ' + b);
        }
        names.removeDuplicates();
        for (const QString &name : std::as_const(names))
            tsv += name + u"\tthing\n"_s;
        const Gazetteer entities = gazetteerFrom(tsv);
        QString text;
        quint32 seed = 7;
        for (int i = 0; i < 3000; ++i) {
            seed = seed * 1103515245u + 12345u;
            text += words.at((seed >> 16) % words.size());
            text += (seed >> 8) % 5 == 0 ? u"x "_s : u" "_s;
        }
        const EntityMentions mentions = EntityMatcher(entities).match(text);

        EntityMentions expected;
        qsizetype pos = 0;
        while (pos < text.size()) {
            qsizetype bestEnd = -1;
            for (const QString &name : std::as_const(names)) {
                if (text.sliced(pos).startsWith(name) && (pos == 0 || !text.at(pos - 1).isLetter())
                    && (pos + name.size() == text.size() || !text.at(pos + name.size()).isLetter()))
                    bestEnd = std::max(bestEnd, pos + name.size());
            }
            if (bestEnd >= 0) {
                expected.append(EntityMention{pos, bestEnd, entities.indexOf(text.mid(pos, bestEnd - pos)), 0});
                pos = bestEnd;
            } else {
                ++pos;
            }
        }
        QVERIFY(expected.size() > 1000);
        QCOMPARE(mentions.size(), expected.size());
        QCOMPARE(mentions, expected);
    }
};

QTEST_GUILESS_MAIN(EntityMatcherTest)
#include "entitymatcher_test.moc"
