// SPDX-License-Identifier: GPL-3.0-or-later
// Integration: the reference seeds in ../shared/seeds load as EXPECTED.md describes them.
#include "documentreader.h"
#include "indexreader.h"

#include <QDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class SeedsTest final : public QObject
{
    Q_OBJECT

private:
    QString m_manifest = QStringLiteral(LECTERN_TEST_DATA) + u"/seeds/bundle.json"_s;

private Q_SLOTS:
    void initTestCase()
    {
        if (!QDir(QStringLiteral(LECTERN_SHARED_DIR) + u"/seeds"_s).exists())
            QSKIP("../shared/seeds is not beside the checkout; the seed integration test needs it");
    }

    void refusedWithoutPermissionToLeaveTheFolder()
    {
        const Bundle bundle = IndexReader::read(m_manifest);
        QVERIFY(bundle.failed);
        QCOMPARE(bundle.diagnostics.size(), 3); // two refused paths, then "nothing could be used"
    }

    void loadsBothSeeds()
    {
        LoadOptions options;
        options.allowOutsideRoot = true;
        const Bundle bundle = IndexReader::read(m_manifest, options);
        QCOMPARE(bundle.diagnostics, Diagnostics{});
        QCOMPARE(bundle.documents.size(), 2);

        const DocumentText clean = DocumentReader::read(bundle.documents.at(0), bundle.rootDir, options);
        QCOMPARE(clean.status, DocumentStatus::Ok);
        QCOMPARE(clean.text.split(u'\n').size(), 19); // no final newline
        QVERIFY(!clean.text.endsWith(u'\n'));

        const DocumentText page = DocumentReader::read(bundle.documents.at(1), bundle.rootDir, options);
        QCOMPARE(page.status, DocumentStatus::Ok);
        const QStringList lines = page.text.split(u'\n');
        QVERIFY(lines.size() >= 101);
        QVERIFY2(lines.at(26).contains(QChar(0x00A0)), "line 27 keeps its no-break space");
        QVERIFY2(lines.at(30).contains(QChar(0x00A0)), "line 31 keeps its no-break space");
        QVERIFY(!clean.text.contains(QChar(0x00A0)));
    }
};

QTEST_GUILESS_MAIN(SeedsTest)
#include "seeds_test.moc"
