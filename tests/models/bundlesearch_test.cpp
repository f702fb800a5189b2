// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlesearch.h"
#include "documenttextcache.h"
#include "indexreader.h"
#include "searchresultmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class BundleSearchTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void hitsCarryLineAndContext()
    {
        const QString text = u"First line.\nThe port authority said the port reopens.\nThird line about a port."_s;
        const QList<SearchHit> hits = BundleSearch::searchText(text, {u"port"_s, false, false}, 4, 100);
        QCOMPARE(hits.size(), 3);
        QCOMPARE(hits.at(0).row, 4);
        QCOMPARE(hits.at(0).line, 2);
        QCOMPARE(hits.at(1).line, 2);
        QCOMPARE(hits.at(2).line, 3);
        QCOMPARE(hits.at(0).context, u"The port authority said the port reopens."_s);
        QCOMPARE(hits.at(0).context.mid(hits.at(0).contextStart, 4), u"port"_s);
        QCOMPARE(text.mid(hits.at(2).start, hits.at(2).end - hits.at(2).start), u"port"_s);
    }

    void longLinesAreCutAroundTheHit()
    {
        const QString text = QString(500, u'x') + u" needle "_s + QString(500, u'y');
        const QList<SearchHit> hits = BundleSearch::searchText(text, {u"needle"_s, false, false}, 0, 100);
        QCOMPARE(hits.size(), 1);
        QVERIFY(hits.at(0).context.size() < 200);
        QCOMPARE(hits.at(0).context.mid(hits.at(0).contextStart, 6), u"needle"_s);
    }

    void searchesEveryDocumentInTheBackground()
    {
        const Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        BundleSearch search(std::make_shared<DocumentTextCache>());
        SearchResultModel results;
        QAbstractItemModelTester tester(&results, QAbstractItemModelTester::FailureReportingMode::QtTest);
        results.reset({u"alpha"_s, u"beta"_s, u"gamma"_s});
        connect(&search, &BundleSearch::hitsFound, &results, &SearchResultModel::append);
        QSignalSpy finished(&search, &BundleSearch::finished);
        search.start(bundle, {u"the"_s, false, false}, {});
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QVERIFY(results.rowCount() >= 4);
        QCOMPARE(results.documentCount(), 3);
        QCOMPARE(results.index(0, SearchResultModel::DocumentColumn).data().toString(), u"alpha"_s);
    }

    void badPatternStartsNothing()
    {
        const Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        BundleSearch search(std::make_shared<DocumentTextCache>());
        search.start(bundle, {u"([unclosed"_s, true, false}, {});
        QVERIFY(!search.isRunning());
    }
};

QTEST_GUILESS_MAIN(BundleSearchTest)
#include "bundlesearch_test.moc"
