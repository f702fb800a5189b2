// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticlistmodel.h"
#include "documentfilterproxy.h"
#include "documentlistmodel.h"
#include "documentroles.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

Bundle sampleBundle()
{
    Bundle bundle;
    bundle.name = u"sample"_s;
    const QList<std::tuple<QString, QString, qint64>> rows{
        {u"harbour"_s, u"Harbour cranes return"_s, 9000},
        {u"trains"_s, u"Night trains resume"_s, 120},
        {u"library"_s, u"Glass and steel library"_s, 45000},
        {u"budget"_s, QString(), 800},
    };
    for (const auto &[id, title, size] : rows) {
        DocumentEntry entry;
        entry.id = id;
        entry.title = title;
        entry.size = size;
        entry.path = u"/bundle/"_s + id + u".txt"_s;
        entry.declaredPath = id + u".txt"_s;
        bundle.documents.append(entry);
    }
    return bundle;
}

} // namespace

class DocumentListModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void passesTheModelTester()
    {
        DocumentListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setBundle(sampleBundle());
        QCOMPARE(model.rowCount(), 4);
        model.applyChecks({{1, DocumentStatus::Error, -1, u"gone"_s, {}}});
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void showsTitlesAndFallsBackToIds()
    {
        DocumentListModel model;
        model.setBundle(sampleBundle());
        QCOMPARE(model.index(0, DocumentListModel::TitleColumn).data().toString(), u"Harbour cranes return"_s);
        QCOMPARE(model.index(3, DocumentListModel::TitleColumn).data().toString(), u"budget"_s);
        QCOMPARE(model.index(3, DocumentListModel::TitleColumn).data(DocumentIdRole).toString(), u"budget"_s);
        QCOMPARE(model.index(2, DocumentListModel::SizeColumn).data(DocumentSizeRole).toLongLong(), 45000);
    }

    void checksChangeOnlyTheirRows()
    {
        DocumentListModel model;
        model.setBundle(sampleBundle());
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);
        model.applyChecks({{1, DocumentStatus::Error, -1, u"the file does not exist"_s, {}},
                           {2, DocumentStatus::Ok, 45001, {}, {}}});
        QCOMPARE(reset.count(), 0);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 2);
        QCOMPARE(model.index(1, DocumentListModel::StatusColumn).data().toString(), u"error"_s);
        QVERIFY(model.index(1, 0).data(Qt::ToolTipRole).toString().contains(u"does not exist"_s));

        changed.clear();
        model.applyChecks({{0, DocumentStatus::Ok, 1, {}, {}}, {3, DocumentStatus::Ok, 1, {}, {}}});
        QCOMPARE(changed.count(), 2);
    }

    void proxyFiltersByTextAndProblems()
    {
        DocumentListModel model;
        model.setBundle(sampleBundle());
        DocumentFilterProxy proxy;
        QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        proxy.setSourceModel(&model);
        proxy.setFilterText(u"TRAIN"_s);
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(DocumentIdRole).toString(), u"trains"_s);
        proxy.setFilterText(u"budget.txt"_s); // by path
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        QCOMPARE(proxy.rowCount(), 4);
        proxy.setProblemsOnly(true);
        QCOMPARE(proxy.rowCount(), 0);
        model.applyChecks({{2, DocumentStatus::Warning, 45000, u"replacement characters"_s, {}}});
        QCOMPARE(proxy.rowCount(), 1);
        QCOMPARE(proxy.index(0, 0).data(DocumentIdRole).toString(), u"library"_s);
    }

    void proxySortsSizesAsNumbers()
    {
        DocumentListModel model;
        model.setBundle(sampleBundle());
        DocumentFilterProxy proxy;
        proxy.setSourceModel(&model);
        proxy.sort(DocumentListModel::SizeColumn, Qt::AscendingOrder);
        QStringList order;
        for (int row = 0; row < proxy.rowCount(); ++row)
            order.append(proxy.index(row, 0).data(DocumentIdRole).toString());
        QCOMPARE(order, (QStringList{u"trains"_s, u"budget"_s, u"harbour"_s, u"library"_s}));
    }

    void diagnosticsAreAppendedAndCounted()
    {
        DiagnosticListModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        model.append({Diagnostic::error(u"/b/index.csv"_s, 3, u"a quoted field opened here is never closed"_s, 7)});
        model.append({Diagnostic::warning(u"/b/x.txt"_s, 2, u"not valid UTF-8"_s)});
        QCOMPARE(inserted.count(), 2);
        QCOMPARE(model.count(Severity::Error), 1);
        QCOMPARE(model.index(0, DiagnosticListModel::LocationColumn).data().toString(), u"index.csv:3:7"_s);
        QCOMPARE(model.index(0, 0).data(Qt::ToolTipRole).toString(),
                 u"/b/index.csv:3:7: error: a quoted field opened here is never closed"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }
};

QTEST_GUILESS_MAIN(DocumentListModelTest)
#include "documentlistmodel_test.moc"
