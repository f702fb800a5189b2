// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleloader.h"
#include "documentreader.h"
#include "documenttextloader.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class BundleLoaderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loadsIndexThenChecksDocuments()
    {
        BundleLoader loader;
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        QSignalSpy checked(&loader, &BundleLoader::documentsChecked);
        QSignalSpy finished(&loader, &BundleLoader::finished);
        loader.open(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(loader.isLoading());
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.constFirst().constFirst().toBool(), false);
        QCOMPARE(indexRead.count(), 1);
        const auto bundle = indexRead.constFirst().constFirst().value<Bundle>();
        QCOMPARE(bundle.documents.size(), 3);
        int rows = 0;
        for (const QList<QVariant> &args : checked) {
            for (const DocumentCheck &check : args.constFirst().value<QList<DocumentCheck>>()) {
                QCOMPARE(check.status, DocumentStatus::Ok);
                ++rows;
            }
        }
        QCOMPARE(rows, 3);
        QVERIFY(!loader.isLoading());
    }

    void brokenIndexFinishesWithDiagnostics()
    {
        QTemporaryDir dir;
        QFile index(dir.filePath(u"broken.json"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("{ \"documents\": [ }");
        index.close();
        BundleLoader loader;
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        QSignalSpy finished(&loader, &BundleLoader::finished);
        loader.open(index.fileName());
        QVERIFY(finished.wait(10000));
        const auto bundle = indexRead.constFirst().constFirst().value<Bundle>();
        QVERIFY(bundle.failed);
        QVERIFY(!bundle.diagnostics.isEmpty());
    }

    void cancellingStopsAndSaysSo()
    {
        QTemporaryDir dir;
        QFile index(dir.filePath(u"many.txt"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        for (int i = 0; i < 20000; ++i)
            index.write("doc" + QByteArray::number(i) + ".txt\n");
        index.close();
        BundleLoader loader;
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        QSignalSpy finished(&loader, &BundleLoader::finished);
        QSignalSpy checked(&loader, &BundleLoader::documentsChecked);
        loader.open(index.fileName());
        QVERIFY(indexRead.wait(10000));
        loader.cancel();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(finished.constFirst().constFirst().toBool(), true);
        QVERIFY(!loader.isLoading());
        const int batches = int(checked.count());
        QTest::qWait(200);
        // Nothing from the cancelled run arrives afterwards.
        QCOMPARE(checked.count(), batches);
        QCOMPARE(finished.count(), 1);
    }

    void openingAnotherBundleReplacesTheFirst()
    {
        BundleLoader loader;
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        QSignalSpy finished(&loader, &BundleLoader::finished);
        loader.open(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/list.txt"_s);
        loader.open(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/corpus.jsonl"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!loader.isLoading(), 10000);
        QCOMPARE(indexRead.count(), 1);
        QCOMPARE(indexRead.constFirst().constFirst().value<Bundle>().form, IndexForm::JsonLines);
    }

    void pipesAndDevicesInAFolderBundleAreRefusedNotWaitedOn()
    {
        // What the reader does on opening a folder someone else filled.
        QTemporaryDir dir;
        QFile good(dir.filePath(u"story.txt"_s));
        QVERIFY(good.open(QIODevice::WriteOnly));
        good.write("A story.\n");
        good.close();
        QCOMPARE(::mkfifo(QFile::encodeName(dir.filePath(u"pipe.txt"_s)).constData(), 0600), 0);
        QVERIFY(QFile::link(u"/dev/zero"_s, dir.filePath(u"zero.txt"_s)));
        BundleLoader loader;
        LoadOptions options;
        options.allowOutsideRoot = true; // so the link reaches the device check
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        QSignalSpy checked(&loader, &BundleLoader::documentsChecked);
        QSignalSpy finished(&loader, &BundleLoader::finished);
        loader.open(dir.path(), options);
        QVERIFY(finished.wait(10000));
        const auto bundle = indexRead.constFirst().constFirst().value<Bundle>();
        QHash<QString, DocumentCheck> byId;
        for (const QList<QVariant> &args : checked) {
            for (const DocumentCheck &check : args.constFirst().value<QList<DocumentCheck>>())
                byId.insert(bundle.documents.at(check.row).id, check);
        }
        QCOMPARE(byId.value(u"story"_s).status, DocumentStatus::Ok);
        QCOMPARE(byId.value(u"pipe"_s).status, DocumentStatus::Error);
        QVERIFY2(byId.value(u"pipe"_s).message.contains(u"named pipe"_s), qPrintable(byId.value(u"pipe"_s).message));
        QCOMPARE(byId.value(u"zero"_s).status, DocumentStatus::Error);
        QVERIFY2(byId.value(u"zero"_s).message.contains(u"character device"_s), qPrintable(byId.value(u"zero"_s).message));
        // Reading one (the reader's request when it is selected) gives the message too, at once.
        const DocumentText text = DocumentReader::read(bundle.documents.at(bundle.indexOfId(u"pipe"_s)), bundle.rootDir, options);
        QCOMPARE(text.status, DocumentStatus::Error);
    }

    void textLoaderAnswersTheLatestRequest()
    {
        BundleLoader loader;
        QSignalSpy indexRead(&loader, &BundleLoader::indexRead);
        loader.open(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(indexRead.wait(10000));
        const auto bundle = indexRead.constFirst().constFirst().value<Bundle>();
        DocumentTextLoader texts;
        QSignalSpy ready(&texts, &DocumentTextLoader::textReady);
        texts.request(bundle.documents.at(0), bundle.rootDir, {});
        texts.request(bundle.documents.at(1), bundle.rootDir, {});
        QVERIFY(ready.wait(10000));
        QTest::qWait(100);
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.constFirst().at(0).toString(), u"beta"_s);
        QVERIFY(ready.constFirst().at(1).value<DocumentText>().text.contains(u"Night trains"_s));
    }
};

QTEST_GUILESS_MAIN(BundleLoaderTest)
#include "bundleloader_test.moc"
