// SPDX-License-Identifier: GPL-3.0-or-later
#include "documenttextcache.h"
#include "indexreader.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class DocumentTextCacheTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void staysWithinItsBudget()
    {
        QTemporaryDir dir;
        QByteArray list;
        for (int i = 0; i < 10; ++i) {
            QFile file(dir.filePath(u"d%1.txt"_s.arg(i)));
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(QByteArray(1000, char('a' + i)));
            list += "d" + QByteArray::number(i) + ".txt\n";
        }
        QFile index(dir.filePath(u"l.txt"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write(list);
        index.close();
        const Bundle bundle = IndexReader::read(index.fileName());
        QCOMPARE(bundle.documents.size(), 10);

        // 1000 characters are 2000 bytes of UTF-16: room for two texts.
        DocumentTextCache cache(4500);
        for (const DocumentEntry &entry : bundle.documents) {
            const DocumentText text = cache.text(entry, bundle.rootDir, {});
            QCOMPARE(text.text.size(), 1000);
            QVERIFY(cache.usedBytes() <= 4500);
        }
        QCOMPARE(cache.count(), 2);
        // An evicted text is read again, not lost.
        const DocumentText first = cache.text(bundle.documents.at(0), bundle.rootDir, {});
        QCOMPARE(first.text, QString(1000, u'a'));
        QVERIFY(cache.usedBytes() <= 4500);
    }

    void errorsAreNotCached()
    {
        QTemporaryDir dir;
        QFile index(dir.filePath(u"l.txt"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("later.txt\n");
        index.close();
        const Bundle bundle = IndexReader::read(index.fileName());
        DocumentTextCache cache;
        QCOMPARE(cache.text(bundle.documents.at(0), bundle.rootDir, {}).status, DocumentStatus::Error);
        // The user fixes the file: the next read sees it.
        QFile later(dir.filePath(u"later.txt"_s));
        QVERIFY(later.open(QIODevice::WriteOnly));
        later.write("now here");
        later.close();
        QCOMPARE(cache.text(bundle.documents.at(0), bundle.rootDir, {}).text, u"now here"_s);
    }
};

QTEST_GUILESS_MAIN(DocumentTextCacheTest)
#include "documenttextcache_test.moc"
