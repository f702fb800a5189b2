// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationfilterproxy.h"
#include "annotationlistmodel.h"
#include "annotationroles.h"
#include "annotationworkspace.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

Annotation make(const QString &document, const QString &quote, const QString &code, const QStringList &tags,
                ClaimStatus status = ClaimStatus::None, const QString &note = {})
{
    Annotation a;
    a.documentId = document;
    a.end = quote.size();
    a.quote = quote;
    a.codeId = code;
    a.tags = tags;
    a.claimStatus = status;
    a.note = note;
    return a;
}

} // namespace

class AnnotationListModelTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<AnnotationWorkspace> m_workspace;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void init()
    {
        static int serial = 0;
        m_workspace = std::make_unique<AnnotationWorkspace>();
        auto store = AnnotationStore::openSqlite(m_dir.filePath(u"list-%1.sqlite"_s.arg(++serial)));
        QVERIFY(store.ok());
        QVERIFY(m_workspace->open(std::move(store).value()).ok());
    }

    void cleanup() { m_workspace.reset(); }

    void passesTheModelTesterThroughEveryChange()
    {
        AnnotationListModel model(m_workspace.get());
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QAbstractItemModelTester proxyTester(&proxy, QAbstractItemModelTester::FailureReportingMode::QtTest);
        const QString a = m_workspace->addAnnotation(make(u"harbour"_s, u"cranes"_s, u"claim"_s, {u"ports"_s}));
        const QString b = m_workspace->addAnnotation(make(u"trains"_s, u"night trains"_s, u"evidence"_s, {}));
        QVERIFY(m_workspace->relabelAnnotation(a, u"question"_s));
        QVERIFY(m_workspace->linkEvidence(a, b));
        proxy.setFilterText(u"night"_s);
        QVERIFY(m_workspace->removeAnnotation(b));
        m_workspace->undoStack()->undo();
        m_workspace->undoStack()->undo();
        proxy.setFilterText({});
        proxy.sort(AnnotationListModel::LabelColumn);
        QCOMPARE(model.rowCount(), 2);
        QCOMPARE(proxy.rowCount(), 2);
        m_workspace->close();
        QCOMPARE(model.rowCount(), 0);
    }

    void updatesExactlyTheRowsThatChanged()
    {
        AnnotationListModel model(m_workspace.get());
        const QString first = m_workspace->addAnnotation(make(u"harbour"_s, u"one"_s, u"claim"_s, {}));
        const QString second = m_workspace->addAnnotation(make(u"harbour"_s, u"two"_s, u"evidence"_s, {}));
        const QString third = m_workspace->addAnnotation(make(u"harbour"_s, u"three"_s, u"claim"_s, {}));

        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy removed(&model, &QAbstractItemModel::rowsRemoved);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy reset(&model, &QAbstractItemModel::modelReset);

        QVERIFY(m_workspace->relabelAnnotation(second, u"question"_s));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.at(0).at(0).toModelIndex().row(), 1);
        QCOMPARE(changed.at(0).at(1).toModelIndex().row(), 1);
        QCOMPARE(model.index(1, AnnotationListModel::LabelColumn).data().toString(), u"Question"_s);

        QVERIFY(m_workspace->removeAnnotation(first));
        QCOMPARE(removed.size(), 1);
        QCOMPARE(removed.at(0).at(1).toInt(), 0);
        QCOMPARE(model.rowOfId(third), 1);
        m_workspace->undoStack()->undo();
        QCOMPARE(inserted.size(), 1);
        QCOMPARE(model.rowOfId(first), 2);

        // Recolouring "claim" touches the rows labelled claim only.
        changed.clear();
        Code claim = *m_workspace->findCode(u"claim"_s);
        claim.colour = u"#000000"_s;
        QVERIFY(m_workspace->changeCode(claim));
        QList<int> rows;
        for (const auto &call : changed)
            for (int r = call.at(0).toModelIndex().row(); r <= call.at(1).toModelIndex().row(); ++r)
                rows.append(r);
        std::sort(rows.begin(), rows.end());
        QCOMPARE(rows, (QList<int>{model.rowOfId(third), model.rowOfId(first)}));
        QCOMPARE(model.index(model.rowOfId(first), 0).data(AnnotationCodeColourRole).value<QColor>(), QColor(Qt::black));
        QCOMPARE(reset.size(), 0);
    }

    void showsColumnsAndRoles()
    {
        AnnotationListModel model(m_workspace.get());
        Annotation a = make(u"harbour"_s, u"  cargo\nvolumes   rose  "_s, u"claim"_s, {u"ports"_s, u"2026"_s},
                            ClaimStatus::Disputed, u"see customs"_s);
        a.author = u"ana"_s;
        m_workspace->addAnnotation(a);
        auto cell = [&](int column, int role = Qt::DisplayRole) { return model.index(0, column).data(role); };
        QCOMPARE(cell(AnnotationListModel::DocumentColumn).toString(), u"harbour"_s);
        QCOMPARE(cell(AnnotationListModel::ExcerptColumn).toString(), u"cargo volumes rose"_s);
        QCOMPARE(cell(AnnotationListModel::LabelColumn).toString(), u"Claim"_s);
        QCOMPARE(cell(AnnotationListModel::StatusColumn).toString(), u"disputed"_s);
        QCOMPARE(cell(AnnotationListModel::TagsColumn).toString(), u"ports, 2026"_s);
        QCOMPARE(cell(AnnotationListModel::AuthorColumn).toString(), u"ana"_s);
        QVERIFY(!cell(AnnotationListModel::ModifiedColumn).toString().isEmpty());
        QCOMPARE(cell(0, AnnotationTagsRole).toStringList(), (QStringList{u"ports"_s, u"2026"_s}));
        QCOMPARE(cell(0, AnnotationClaimStatusRole).toInt(), int(ClaimStatus::Disputed));
        QCOMPARE(model.headerData(AnnotationListModel::ExcerptColumn, Qt::Horizontal).toString(), u"Excerpt"_s);
    }

    void filtersByEveryCriterion()
    {
        AnnotationListModel model(m_workspace.get());
        AnnotationFilterProxy proxy;
        proxy.setSourceModel(&model);
        const QString sub = m_workspace->addCode({{}, u"evidence"_s, u"Statistic"_s, u"#336699"_s, {}, 0});
        m_workspace->addAnnotation(make(u"harbour"_s, u"The port grew"_s, u"claim"_s, {u"ports"_s}, ClaimStatus::Unverified));
        m_workspace->addAnnotation(make(u"harbour"_s, u"tonnage doubled"_s, sub, {u"numbers"_s}, ClaimStatus::None, u"customs"_s));
        m_workspace->addAnnotation(make(u"trains"_s, u"Night trains resume"_s, u"evidence"_s, {u"Ports"_s}));
        m_workspace->addAnnotation(make(u"trains"_s, u"Who pays?"_s, u"question"_s, {}));
        QCOMPARE(proxy.rowCount(), 4);

        proxy.setDocumentId(u"harbour"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setDocumentId({});
        proxy.setCodeId(u"evidence"_s); // with its sub-label
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setCodeId({});
        proxy.setTag(u"ports"_s);
        QCOMPARE(proxy.rowCount(), 2);
        proxy.setTag({});
        proxy.setClaimStatus(ClaimStatus::Unverified);
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setClaimStatus(std::nullopt);
        proxy.setFilterText(u"CUSTOMS"_s); // in a note
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"statistic"_s); // a label's name
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText(u"trains night"_s); // every word, any order
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setFilterText({});
        proxy.setPredicate([](const Annotation &a) { return a.quote.contains(u"port"_s, Qt::CaseInsensitive); });
        QCOMPARE(proxy.rowCount(), 1);
        proxy.setPredicate({});
        QCOMPARE(proxy.rowCount(), 4);
    }
};

QTEST_GUILESS_MAIN(AnnotationListModelTest)
#include "annotationlistmodel_test.moc"
