// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchorer.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

const QString Original = u"The harbour authority said on Monday that cargo volumes rose by twelve percent in March, "
                         "the largest monthly increase since the new cranes arrived. Unions disputed the figure. "
                         "A spokesperson repeated that cargo volumes rose by twelve percent, citing customs data."_s;
const QString Passage = u"cargo volumes rose by twelve percent in March"_s;

TextAnchor anchorOfPassage()
{
    const qsizetype start = Original.indexOf(Passage);
    return Reanchorer::capture(Original, start, start + Passage.size());
}

} // namespace

class ReanchorerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void capturesQuoteAndContext()
    {
        const TextAnchor anchor = anchorOfPassage();
        QCOMPARE(anchor.quote, Passage);
        QCOMPARE(anchor.prefix.size(), TextAnchor::ContextLength);
        QVERIFY(Original.mid(0, anchor.start).endsWith(anchor.prefix));
        QVERIFY(anchor.suffix.startsWith(u", the largest"_s));
        const TextAnchor atStart = Reanchorer::capture(Original, 0, 3);
        QCOMPARE(atStart.prefix, QString());
        QCOMPARE(atStart.quote, u"The"_s);
    }

    void neverSplitsASurrogatePairInTheContext()
    {
        // 31 units, then an emoji whose low surrogate would be the 32nd unit before the quote.
        const QString text = u"x"_s + u"🚢"_s + QString(31, u'a') + u"QUOTE"_s + QString(31, u'b') + u"🚢"_s;
        const qsizetype start = text.indexOf(u"QUOTE"_s);
        const TextAnchor anchor = Reanchorer::capture(text, start, start + 5);
        QVERIFY(!anchor.prefix.isEmpty() && !anchor.prefix.front().isLowSurrogate());
        QVERIFY(!anchor.suffix.isEmpty() && !anchor.suffix.back().isHighSurrogate());
    }

    void findsTheAnchor_data()
    {
        QTest::addColumn<QString>("changed");
        QTest::addColumn<int>("method");
        QTest::addColumn<QString>("expectedQuote");

        const qsizetype start = Original.indexOf(Passage);
        const int unchanged = int(Reanchorer::Method::Unchanged);
        const int exact = int(Reanchorer::Method::Exact);
        const int fuzzy = int(Reanchorer::Method::Fuzzy);
        const int orphaned = int(Reanchorer::Method::Orphaned);

        QTest::newRow("no change") << Original << unchanged << Passage;
        QTest::newRow("edit after the anchor") << QString(Original).replace(u"customs data"_s, u"figures from customs"_s)
                                               << unchanged << Passage;
        QTest::newRow("insertion before the anchor")
            << QString(Original).insert(0, u"UPDATED 14:02. "_s) << exact << Passage;
        QTest::newRow("deletion before the anchor") << QString(Original).remove(0, 4) << exact << Passage;
        QTest::newRow("edit inside the anchor: one word")
            << QString(Original).replace(start, Passage.size(), u"cargo volumes rose by 12 percent in March"_s) << fuzzy
            << u"cargo volumes rose by 12 percent in March"_s;
        QTest::newRow("edit inside the anchor: a typo fixed")
            << QString(Original).replace(u"twelve percent in"_s, u"twelve per cent in"_s) << fuzzy
            << u"cargo volumes rose by twelve per cent in March"_s;
        QTest::newRow("edits before, inside and after")
            << u"Update: "_s + QString(Original).replace(u"in March"_s, u"in early March"_s).replace(u"Unions"_s, u"Two unions"_s)
            << fuzzy << u"cargo volumes rose by twelve percent in early March"_s;
        QTest::newRow("passage deleted") << QString(Original).remove(start, Passage.size() + 2) << orphaned << QString();
        QTest::newRow("passage rewritten beyond recognition")
            << QString(Original).replace(start, Passage.size(), u"throughput went up"_s) << orphaned << QString();
        QTest::newRow("text emptied") << QString() << orphaned << QString();
    }

    void findsTheAnchor()
    {
        QFETCH(QString, changed);
        QFETCH(int, method);
        QFETCH(QString, expectedQuote);
        const Reanchorer::Result result = Reanchorer::reanchor(anchorOfPassage(), changed);
        QCOMPARE(int(result.method), method);
        if (method == int(Reanchorer::Method::Orphaned)) {
            QVERIFY(!result.found());
            QCOMPARE(result.start, -1);
            return;
        }
        QCOMPARE(changed.mid(result.start, result.end - result.start), expectedQuote);
        QVERIFY(result.similarity >= 0.75);
    }

    void usesTheContextToChooseBetweenRepeatedQuotes()
    {
        // "cargo volumes rose by twelve percent" appears twice; the anchor is the second one.
        const QString repeated = u"cargo volumes rose by twelve percent"_s;
        const qsizetype second = Original.lastIndexOf(repeated);
        const TextAnchor anchor = Reanchorer::capture(Original, second, second + repeated.size());
        // Move both occurrences: the second one's new position must win by its context.
        const QString changed = u"Correction appended. "_s + Original;
        const auto result = Reanchorer::reanchor(anchor, changed);
        QCOMPARE(result.method, Reanchorer::Method::Exact);
        QCOMPARE(result.start, changed.lastIndexOf(repeated));
        // The first occurrence, likewise, stays the first.
        const qsizetype first = Original.indexOf(repeated);
        const auto firstResult = Reanchorer::reanchor(Reanchorer::capture(Original, first, first + repeated.size()), changed);
        QCOMPARE(firstResult.start, changed.indexOf(repeated));
    }

    void prefersTheNearerOfIdenticalContexts()
    {
        const QString text = u"alpha beta gamma. alpha beta gamma. alpha beta gamma."_s;
        TextAnchor anchor;
        anchor.quote = u"beta"_s;
        anchor.start = 40; // nearest to the third "beta" (at 42)
        anchor.end = 44;
        QCOMPARE(Reanchorer::reanchor(anchor, text).start, 42);
    }

    void measuresSimilarity()
    {
        QCOMPARE(Reanchorer::similarity(u"kitten", u"kitten"), 1.0);
        QCOMPARE(Reanchorer::similarity(u"", u""), 1.0);
        QCOMPARE(Reanchorer::similarity(u"kitten", u"sitting"), 1.0 - 3.0 / 7.0);
        QCOMPARE(Reanchorer::similarity(u"abc", u""), 0.0);
    }

    void leavesAnEmptyQuoteOrphaned()
    {
        TextAnchor anchor;
        QVERIFY(!Reanchorer::reanchor(anchor, Original).found());
    }
};

QTEST_GUILESS_MAIN(ReanchorerTest)
#include "reanchorer_test.moc"
