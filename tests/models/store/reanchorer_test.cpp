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

/// About @p size characters of words that do not repeat in any useful way, the same every run.
QString prose(qsizetype size)
{
    static const QStringList words{u"harbour"_s, u"cargo"_s, u"crane"_s, u"union"_s, u"figure"_s, u"customs"_s,
                                   u"March"_s, u"percent"_s, u"volume"_s, u"ship"_s, u"quay"_s, u"tide"_s, u"pilot"_s};
    QString text;
    quint32 state = 12345;
    while (text.size() < size) {
        state = state * 1664525u + 1013904223u;
        text += words.at(qsizetype(state >> 16) % words.size()) + QString::number(state % 97) + u' ';
    }
    return text;
}

/// @p quote with every @p step-th character replaced, so only approximate search finds it.
QString edited(QString quote, qsizetype step)
{
    for (qsizetype i = step / 2; i < quote.size(); i += step)
        quote[i] = u'#';
    return quote;
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

    void givesUpOnAQuoteTooLongForApproximateSearch()
    {
        const QString text = prose(20'000);
        TextAnchor anchor;
        anchor.start = 5000;
        anchor.quote = edited(text.mid(5000, 3000), 100);
        anchor.end = anchor.start + anchor.quote.size();
        // Within the default limits an edited 3,000-character quote is found again...
        const Reanchorer::Result found = Reanchorer::reanchor(anchor, text);
        QCOMPARE(found.method, Reanchorer::Method::Fuzzy);
        QCOMPARE(found.limit, Reanchorer::Limit::None);
        // ...but not when approximate search is kept to shorter quotes: it is
        // orphaned, says why, and no approximate search was started.
        Reanchorer::Options options;
        options.maximumFuzzyQuoteLength = 1000;
        const Reanchorer::Result refused = Reanchorer::reanchor(anchor, text, options);
        QVERIFY(!refused.found());
        QCOMPARE(refused.limit, Reanchorer::Limit::QuoteTooLong);
        QVERIFY2(refused.work < text.size(), qPrintable(QString::number(refused.work)));
    }

    void approximateSearchStaysWithinTheBudget()
    {
        const QString text = prose(200'000);
        TextAnchor anchor;
        anchor.start = 5000;
        anchor.quote = edited(text.mid(5000, 3000), 100);
        anchor.end = anchor.start + anchor.quote.size();
        // The pass near the old position would cost 3,000 x 11,000 comparisons.
        Reanchorer::Options options;
        options.fuzzyBudget = 1'000'000;
        const Reanchorer::Result nearby = Reanchorer::reanchor(anchor, text, options);
        QVERIFY(!nearby.found());
        QCOMPARE(nearby.limit, Reanchorer::Limit::BudgetSpent);
        QVERIFY2(nearby.work <= options.fuzzyBudget, qPrintable(QString::number(nearby.work)));

        // A quote that moved far away: found by the whole-text pass within the
        // default budget, orphaned for the budget when the whole text would cost too much.
        TextAnchor moved;
        moved.start = 150'000;
        moved.quote = edited(text.mid(10'000, 500), 50);
        moved.end = moved.start + moved.quote.size();
        const Reanchorer::Result anywhere = Reanchorer::reanchor(moved, text);
        QCOMPARE(anywhere.method, Reanchorer::Method::Fuzzy);
        QCOMPARE(anywhere.start, 10'000);
        QVERIFY2(anywhere.work <= Reanchorer::Options{}.fuzzyBudget, qPrintable(QString::number(anywhere.work)));
        options.fuzzyBudget = 20'000'000; // enough for the window (500 x 8,500), not for the text (500 x 200,000)
        const Reanchorer::Result skipped = Reanchorer::reanchor(moved, text, options);
        QVERIFY(!skipped.found());
        QCOMPARE(skipped.limit, Reanchorer::Limit::BudgetSpent);
        QVERIFY2(skipped.work <= options.fuzzyBudget, qPrintable(QString::number(skipped.work)));
    }

    void repeatedMatchesStayWithinTheBudget()
    {
        // 50,000 places hold the quote; each is scored by its context, which
        // the file made long: the scoring is bounded and the budget holds.
        const QString text = QString(u"ab"_s).repeated(50'000);
        TextAnchor anchor;
        anchor.quote = u"ab"_s;
        anchor.start = 1;
        anchor.end = 3;
        anchor.prefix = QString(100'000, u'a');
        anchor.suffix = QString(100'000, u'b');
        Reanchorer::Options options;
        options.fuzzyBudget = 1'000'000;
        const Reanchorer::Result result = Reanchorer::reanchor(anchor, text, options);
        QVERIFY(!result.found());
        QCOMPARE(result.limit, Reanchorer::Limit::BudgetSpent);
        QVERIFY2(result.work <= options.fuzzyBudget, qPrintable(QString::number(result.work)));
        // With the default budget the first place wins (all contexts score alike, it is nearest).
        const Reanchorer::Result found = Reanchorer::reanchor(anchor, text);
        QCOMPARE(found.method, Reanchorer::Method::Exact);
        QCOMPARE(found.start, 0);
        QCOMPARE(found.limit, Reanchorer::Limit::None);
    }

    void leavesAnEmptyQuoteOrphaned()
    {
        TextAnchor anchor;
        QVERIFY(!Reanchorer::reanchor(anchor, Original).found());
    }
};

QTEST_GUILESS_MAIN(ReanchorerTest)
#include "reanchorer_test.moc"
