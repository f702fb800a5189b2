// SPDX-License-Identifier: GPL-3.0-or-later
// Gazetteer files: reading (with located problems), writing, and the edits.
#include "gazetteeredits.h"
#include "gazetteerreader.h"
#include "gazetteerwriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class GazetteerTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void readsGoodLinesAndLocatesBadOnes()
    {
        const QString path = QStringLiteral(LECTERN_TEST_DATA) + u"/entities/mixed.tsv"_s;
        Diagnostics diagnostics;
        const Gazetteer gazetteer = GazetteerReader::read(path, &diagnostics);

        QCOMPARE(gazetteer.size(), 5);
        QCOMPARE(gazetteer.at(0), (Entity{u"Tsurugawa Industries"_s, u"organisation"_s, {u"Tsurugawa"_s}, Qt::CaseInsensitive}));
        QCOMPARE(gazetteer.at(1), (Entity{u"HKX"_s, u"organisation"_s, {}, Qt::CaseSensitive}));
        QCOMPARE(gazetteer.at(3).aliases, QStringList{u"Toledo, Ohio"_s});
        // A user-defined category; the alias another entity already has is dropped.
        QCOMPARE(gazetteer.at(4), (Entity{u"Wroclaw Works"_s, u"steel mills"_s, {u"Wrocław Works"_s}, Qt::CaseInsensitive}));

        QList<QPair<int, Severity>> where;
        for (const Diagnostic &d : std::as_const(diagnostics)) {
            QCOMPARE(d.file, path);
            where.append({d.line, d.severity});
        }
        const QList<QPair<int, Severity>> expected{{7, Severity::Error}, {8, Severity::Error}, {9, Severity::Error},
            {10, Severity::Error}, {11, Severity::Warning}, {12, Severity::Error}};
        QCOMPARE(where, expected);
        QVERIFY(diagnostics.at(3).message.contains(u"line 6"_s)); // TOLEDO is Toledo, defined on line 6
    }

    void missingFileIsOneError()
    {
        Diagnostics diagnostics;
        QVERIFY(GazetteerReader::read(u"/nonexistent/gazetteer.tsv"_s, &diagnostics).isEmpty());
        QCOMPARE(diagnostics.size(), 1);
        QCOMPARE(diagnostics.first().severity, Severity::Error);
    }

    void writtenFilesReadBackTheSame()
    {
        Gazetteer gazetteer;
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Haixin Power"_s, u"organisation"_s, {u"Haixin"_s, u"海信电力"_s}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"HKX"_s, u"organisation"_s, {}, Qt::CaseSensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Łukasz Żmuda"_s, u"person"_s, {u"Ł. Żmuda"_s}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Tab\tand\nbreak"_s, u"odd names"_s, {}, Qt::CaseInsensitive}));
        QCOMPARE(gazetteer.at(3).name, u"Tab and break"_s);

        QTemporaryDir dir;
        const QString path = dir.filePath(u"personal.tsv"_s);
        QString error;
        QVERIFY2(GazetteerWriter::write(gazetteer, path, &error), qPrintable(error));
        Diagnostics diagnostics;
        QCOMPARE(GazetteerReader::read(path, &diagnostics), gazetteer);
        QCOMPARE(diagnostics, Diagnostics{});
    }

    void editsKeepNamesUnique()
    {
        Gazetteer gazetteer;
        QString error;
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Toledo"_s, u"place"_s, {}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Tsurugawa Power Cells"_s, u"organisation"_s, {u"TPC"_s}, Qt::CaseInsensitive}));
        QVERIFY(!GazetteerEdits::add(gazetteer, {u"toledo"_s, u"place"_s, {}, Qt::CaseInsensitive}, &error));
        QVERIFY(error.contains(u"Toledo"_s));
        QVERIFY(!GazetteerEdits::add(gazetteer, {u"Toledo Works"_s, u"no/slash"_s, {}, Qt::CaseInsensitive}, &error));
        const Gazetteer before = gazetteer;
        QVERIFY(!GazetteerEdits::rename(gazetteer, 0, u"TPC"_s, false, &error));
        QVERIFY(!GazetteerEdits::addAlias(gazetteer, 0, u"Tsurugawa Power Cells"_s, &error));
        QVERIFY(!GazetteerEdits::setCategory(gazetteer, 5, u"place"_s, &error));
        QCOMPARE(gazetteer, before); // failed edits change nothing
    }

    void renameCategoryCaseAliases()
    {
        Gazetteer gazetteer;
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Tsurugawa"_s, u"organisation"_s, {}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::rename(gazetteer, 0, u"Tsurugawa Industries"_s, true));
        QCOMPARE(gazetteer.at(0).name, u"Tsurugawa Industries"_s);
        QCOMPARE(gazetteer.at(0).aliases, QStringList{u"Tsurugawa"_s});
        QCOMPARE(gazetteer.indexOfName(u"tsurugawa"_s), 0);
        QVERIFY(GazetteerEdits::setCategory(gazetteer, 0, u"Organization"_s));
        QCOMPARE(gazetteer.at(0).category, u"organisation"_s);
        QVERIFY(GazetteerEdits::setCategory(gazetteer, 0, u"Battery Makers"_s));
        QCOMPARE(gazetteer.at(0).category, u"battery makers"_s);
        QVERIFY(gazetteer.categories().contains(u"battery makers"_s));
        QVERIFY(GazetteerEdits::setCaseSensitivity(gazetteer, 0, Qt::CaseSensitive));
        QCOMPARE(gazetteer.at(0).caseSensitivity, Qt::CaseSensitive);
        QVERIFY(GazetteerEdits::removeAlias(gazetteer, 0, u"TSURUGAWA"_s));
        QCOMPARE(gazetteer.indexOfName(u"Tsurugawa"_s), -1);
    }

    void mergeMakesAnAliasAndDeleteUndoes()
    {
        Gazetteer gazetteer;
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Arase"_s, u"person"_s, {}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Osaka"_s, u"place"_s, {}, Qt::CaseInsensitive}));
        QVERIFY(GazetteerEdits::add(gazetteer, {u"Mitsuko Arase"_s, u"person"_s, {u"Ms Arase"_s}, Qt::CaseInsensitive}));
        QCOMPARE(GazetteerEdits::merge(gazetteer, 2, 0), 1);
        QCOMPARE(gazetteer.size(), 2);
        QCOMPARE(gazetteer.at(1).name, u"Mitsuko Arase"_s);
        QCOMPARE(gazetteer.at(1).aliases, (QStringList{u"Ms Arase"_s, u"Arase"_s}));
        QCOMPARE(gazetteer.indexOfName(u"arase"_s), 1);
        QCOMPARE(GazetteerEdits::merge(gazetteer, 1, 1), -1);

        const Entity removed = gazetteer.at(0);
        const Gazetteer before = gazetteer;
        QVERIFY(GazetteerEdits::remove(gazetteer, 0));
        QCOMPARE(gazetteer.indexOfName(u"Osaka"_s), -1);
        QVERIFY(GazetteerEdits::add(gazetteer, removed, nullptr, 0)); // the inverse
        QCOMPARE(gazetteer, before);
    }
};

QTEST_GUILESS_MAIN(GazetteerTest)
#include "gazetteer_test.moc"
