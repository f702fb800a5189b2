// SPDX-License-Identifier: GPL-3.0-or-later
// Entity counts for a bundle arrive while it is read, then in full.
#include "documenttextcache.h"
#include "entityrunner.h"
#include "gazetteerreader.h"
#include "indexreader.h"

#include <QSignalSpy>
#include <QTest>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

class EntityRunnerTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void countsFillInAsDocumentsAreRead()
    {
        Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s, {});
        QVERIFY(!bundle.failed);
        for (DocumentEntry &entry : bundle.documents)
            entry.status = DocumentStatus::Ok;
        Diagnostics problems;
        const Gazetteer gazetteer = GazetteerReader::read(bundle.gazetteerPath, &problems);
        QVERIFY(gazetteer.size() > 5);

        EntityRunner runner(std::make_shared<DocumentTextCache>());
        runner.setPartialInterval(0); // after every document
        QSignalSpy partial(&runner, &EntityRunner::partial);
        QSignalSpy finished(&runner, &EntityRunner::finished);
        runner.start(bundle, gazetteer, {}, {});
        QVERIFY(finished.wait(20000));
        QCoreApplication::processEvents();

        // Several partial counts, each covering more documents, none past the total.
        QVERIFY2(partial.size() >= 2, qPrintable(QString::number(partial.size())));
        qsizetype previous = 0;
        for (const QList<QVariant> &arguments : std::as_const(partial)) {
            const auto findings = arguments.at(0).value<EntityFindings>();
            QVERIFY(findings.index.documents().size() >= previous);
            previous = findings.index.documents().size();
            QVERIFY(findings.suggestions.isEmpty());
        }
        const auto complete = finished.at(0).at(0).value<EntityFindings>();
        QCOMPARE(complete.index.documents().size(), bundle.documents.size());
        QVERIFY(previous < complete.index.documents().size());
        QVERIFY(!complete.suggestions.isEmpty());
    }

    void aCancelledRunReportsNothing()
    {
        Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s, {});
        Diagnostics problems;
        const Gazetteer gazetteer = GazetteerReader::read(bundle.gazetteerPath, &problems);
        EntityRunner runner(std::make_shared<DocumentTextCache>());
        runner.setPartialInterval(0);
        QSignalSpy partial(&runner, &EntityRunner::partial);
        QSignalSpy finished(&runner, &EntityRunner::finished);
        runner.start(bundle, gazetteer, {}, {});
        runner.cancel();
        QTest::qWait(500);
        QCOMPARE(partial.size(), 0);
        QCOMPARE(finished.size(), 0);
    }
};

QTEST_GUILESS_MAIN(EntityRunnerTest)
#include "entityrunner_test.moc"
