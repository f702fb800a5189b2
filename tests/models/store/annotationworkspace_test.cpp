// SPDX-License-Identifier: GPL-3.0-or-later
// Undoable edits through the workspace, on both back ends.
#include "testdatabases.h"

#include "annotationworkspace.h"

#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

#define OPEN_WORKSPACE(databases, workspace)                                                                                   \
    QFETCH(QString, backend);                                                                                                  \
    TestDatabases databases(backend, m_dir.path());                                                                            \
    if (!databases.isReady()) {                                                                                                \
        if (qEnvironmentVariableIsEmpty("LECTERN_TEST_POSTGRES"))                                                              \
            QSKIP(qPrintable(databases.why()));                                                                                \
        QFAIL(qPrintable(databases.why()));                                                                                    \
    }                                                                                                                          \
    AnnotationWorkspace workspace;                                                                                             \
    {                                                                                                                          \
        auto opened = databases.open();                                                                                        \
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));                                \
        QVERIFY(workspace.open(std::move(opened).value()).ok());                                                               \
    }

namespace {

Annotation draft(const QString &document, const QString &quote)
{
    Annotation a;
    a.documentId = document;
    a.start = 4;
    a.end = 4 + quote.size();
    a.quote = quote;
    a.codeId = u"claim"_s;
    a.tags = {u"t"_s};
    return a;
}

QStringList firstArguments(const QSignalSpy &spy)
{
    QStringList values;
    for (const QList<QVariant> &call : spy)
        values.append(call.at(0).toString());
    return values;
}

} // namespace

class AnnotationWorkspaceTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void addsEditsAndRemovesWithUndoAndRedo_data() { TestDatabases::addBackendRows(); }
    void addsEditsAndRemovesWithUndoAndRedo()
    {
        OPEN_WORKSPACE(databases, workspace);
        QSignalSpy added(&workspace, &AnnotationWorkspace::annotationAdded);
        QSignalSpy changed(&workspace, &AnnotationWorkspace::annotationChanged);
        QSignalSpy removed(&workspace, &AnnotationWorkspace::annotationRemoved);
        QSignalSpy reset(&workspace, &AnnotationWorkspace::annotationsReset);

        const QString id = workspace.addAnnotation(draft(u"harbour"_s, u"cranes"_s));
        QVERIFY(!id.isEmpty());
        QCOMPARE(firstArguments(added), QStringList{id});
        Annotation edited = *workspace.findAnnotation(id);
        edited.note = u"checked"_s;
        QVERIFY(workspace.editAnnotation(edited));
        QVERIFY(workspace.relabelAnnotation(id, u"question"_s));
        QCOMPARE(firstArguments(changed), (QStringList{id, id}));
        QCOMPARE(workspace.findAnnotation(id)->codeId, u"question"_s);
        QCOMPARE(workspace.findAnnotation(id)->version, 3);
        QCOMPARE(workspace.undoStack()->count(), 3);
        QCOMPARE(workspace.undoStack()->undoText(), u"Label as Question"_s);

        workspace.undoStack()->undo(); // relabel
        QCOMPARE(workspace.findAnnotation(id)->codeId, u"claim"_s);
        QCOMPARE(workspace.findAnnotation(id)->note, u"checked"_s);
        workspace.undoStack()->undo(); // note
        QCOMPARE(workspace.findAnnotation(id)->note, QString());
        workspace.undoStack()->undo(); // add
        QVERIFY(!workspace.findAnnotation(id));
        QCOMPARE(firstArguments(removed), QStringList{id});
        QCOMPARE(databases.open().value()->annotations().value().size(), 0);

        workspace.undoStack()->redo(); // add again: the same id
        QVERIFY(workspace.findAnnotation(id));
        workspace.undoStack()->redo();
        workspace.undoStack()->redo();
        QCOMPARE(workspace.findAnnotation(id)->codeId, u"question"_s);
        QCOMPARE(workspace.findAnnotation(id)->note, u"checked"_s);
        // What is in memory is what is stored.
        QCOMPARE(databases.open().value()->annotation(id).value(), *workspace.findAnnotation(id));
        QCOMPARE(reset.size(), 0); // never a blanket reset for a single change
    }

    void undoingADeleteRestoresTheSameIdAndLinks_data() { TestDatabases::addBackendRows(); }
    void undoingADeleteRestoresTheSameIdAndLinks()
    {
        OPEN_WORKSPACE(databases, workspace);
        const QString claim = workspace.addAnnotation(draft(u"harbour"_s, u"volumes rose"_s));
        const QString evidence = workspace.addAnnotation(draft(u"customs"_s, u"12 percent"_s));
        const QString other = workspace.addAnnotation(draft(u"customs"_s, u"in March"_s));
        QVERIFY(workspace.linkEvidence(claim, evidence));
        QVERIFY(workspace.linkEvidence(claim, other));
        QCOMPARE(workspace.evidenceFor(claim), (QStringList{evidence, other}));
        const Annotation before = *workspace.findAnnotation(claim);

        QSignalSpy unlinked(&workspace, &AnnotationWorkspace::evidenceUnlinked);
        QVERIFY(workspace.removeAnnotation(claim));
        QCOMPARE(unlinked.size(), 2);
        QVERIFY(workspace.evidenceFor(claim).isEmpty());
        workspace.undoStack()->undo();
        QCOMPARE(*workspace.findAnnotation(claim), before);
        QCOMPARE(workspace.evidenceFor(claim).size(), 2);
        auto stored = databases.open().value();
        QCOMPARE(stored->annotation(claim).value(), before);
        QCOMPARE(stored->evidenceLinks().value().size(), 2);

        // Unlink, undo, redo.
        QVERIFY(workspace.unlinkEvidence(claim, other));
        QCOMPARE(workspace.evidenceFor(claim), QStringList{evidence});
        workspace.undoStack()->undo();
        QCOMPARE(workspace.evidenceFor(claim).size(), 2);
        workspace.undoStack()->redo();
        QCOMPARE(workspace.evidenceFor(claim), QStringList{evidence});
    }

    void changesCodesAndUndoesThat_data() { TestDatabases::addBackendRows(); }
    void changesCodesAndUndoesThat()
    {
        OPEN_WORKSPACE(databases, workspace);
        QSignalSpy codeChanged(&workspace, &AnnotationWorkspace::codeChanged);
        Code claim = *workspace.findCode(u"claim"_s);
        const QString oldColour = claim.colour;
        claim.colour = u"#FF00FF"_s;
        QVERIFY(workspace.changeCode(claim));
        QCOMPARE(workspace.undoStack()->undoText(), u"Recolour label Claim"_s);
        QCOMPARE(workspace.findCode(u"claim"_s)->colour, u"#FF00FF"_s);
        workspace.undoStack()->undo();
        QCOMPARE(workspace.findCode(u"claim"_s)->colour, oldColour);
        QCOMPARE(firstArguments(codeChanged), (QStringList{u"claim"_s, u"claim"_s}));

        const QString sub = workspace.addCode({{}, u"claim"_s, u"Statistic"_s, u"#336699"_s, {}, 0});
        QVERIFY(!sub.isEmpty());
        QCOMPARE(workspace.codeSubtree(u"claim"_s), (QStringList{u"claim"_s, sub}));
        workspace.undoStack()->undo();
        QVERIFY(!workspace.findCode(sub));
        QCOMPARE(databases.open().value()->codes().value().size(), 3);
        workspace.undoStack()->redo();
        QCOMPARE(workspace.findCode(sub)->name, u"Statistic"_s);
    }

    void storesSegmentOverridesAndEntityDecisionsUndoably_data() { TestDatabases::addBackendRows(); }
    void storesSegmentOverridesAndEntityDecisionsUndoably()
    {
        OPEN_WORKSPACE(databases, workspace);
        QSignalSpy segments(&workspace, &AnnotationWorkspace::segmentOverridesChanged);
        QVERIFY(workspace.setSegmentOverride({u"harbour"_s, 0, 50, u"boilerplate"_s, {}, {}}));
        QVERIFY(workspace.setSegmentOverride({u"harbour"_s, 0, 50, u"main"_s, {}, {}}));
        QCOMPARE(workspace.segmentOverrides(u"harbour"_s).constFirst().kind, u"main"_s);
        workspace.undoStack()->undo();
        QCOMPARE(workspace.segmentOverrides(u"harbour"_s).constFirst().kind, u"boilerplate"_s);
        workspace.undoStack()->undo();
        QVERIFY(workspace.segmentOverrides(u"harbour"_s).isEmpty());
        QCOMPARE(databases.open().value()->segmentOverrides().value().size(), 0);
        QCOMPARE(segments.size(), 4);

        QVERIFY(workspace.setEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"organisation"_s, true)));
        QVERIFY(workspace.clearEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"organisation"_s, true)));
        QVERIFY(workspace.entityDecisions().isEmpty());
        workspace.undoStack()->undo();
        QCOMPARE(workspace.entityDecisions().size(), 1);
        QVERIFY(workspace.entityDecisions().constFirst().accepted);
        QCOMPARE(databases.open().value()->entityDecisions().value().size(), 1);
    }

    void showsAConflictAndKeepsTheOtherEdit_data() { TestDatabases::addBackendRows(); }
    void showsAConflictAndKeepsTheOtherEdit()
    {
        OPEN_WORKSPACE(databases, workspace);
        const QString id = workspace.addAnnotation(draft(u"harbour"_s, u"cranes"_s));
        StoreOptions asBea;
        asBea.author = u"bea"_s;
        auto bea = databases.open(asBea).value();
        Annotation theirs = bea->annotation(id).value();
        theirs.note = u"Bea was here"_s;
        QVERIFY(bea->updateAnnotation(theirs).ok());

        QSignalSpy conflicts(&workspace, &AnnotationWorkspace::conflictDetected);
        QSignalSpy errors(&workspace, &AnnotationWorkspace::errorOccurred);
        Annotation mine = *workspace.findAnnotation(id);
        mine.note = u"mine"_s;
        const int steps = workspace.undoStack()->count();
        QVERIFY(!workspace.editAnnotation(mine));
        QCOMPARE(conflicts.size(), 1);
        QCOMPARE(errors.size(), 1);
        const auto conflict = conflicts.at(0).at(0).value<AnnotationConflict>();
        QCOMPARE(conflict.theirs.note, u"Bea was here"_s);
        QCOMPARE(conflict.mine.note, u"mine"_s);
        QCOMPARE(workspace.undoStack()->count(), steps); // the failed edit is not an undo step
        QCOMPARE(bea->annotation(id).value().note, u"Bea was here"_s);
        QVERIFY(workspace.reload().ok());
        QCOMPARE(workspace.findAnnotation(id)->note, u"Bea was here"_s);
    }

    void reanchorsADocumentAndMarksOrphans_data() { TestDatabases::addBackendRows(); }
    void reanchorsADocumentAndMarksOrphans()
    {
        OPEN_WORKSPACE(databases, workspace);
        const QString text = u"Intro. The plant opened in May. Workers cheered. The end."_s;
        auto anchored = [&](const QString &quote) {
            Annotation a = draft(u"plant"_s, quote);
            a.start = text.indexOf(quote);
            a.end = a.start + quote.size();
            a.prefix = text.mid(std::max<qsizetype>(0, a.start - 32), std::min<qsizetype>(32, a.start));
            a.suffix = text.mid(a.end, 32);
            return workspace.addAnnotation(a);
        };
        const QString moved = anchored(u"The plant opened in May."_s);
        const QString gone = anchored(u"Workers cheered."_s);
        const QString changedText = u"Updated intro, longer. The plant opened in May. The end."_s;
        QSignalSpy changed(&workspace, &AnnotationWorkspace::annotationChanged);
        QCOMPARE(workspace.reanchorDocument(u"plant"_s, changedText), 1);
        const Annotation *m = workspace.findAnnotation(moved);
        QCOMPARE(changedText.mid(m->start, m->end - m->start), u"The plant opened in May."_s);
        QVERIFY(!m->orphaned);
        QVERIFY(workspace.findAnnotation(gone)->orphaned);
        QCOMPARE(workspace.findAnnotation(gone)->quote, u"Workers cheered."_s); // kept for re-attaching
        QCOMPARE(changed.size(), 2);
        QCOMPARE(databases.open().value()->annotation(gone).value().orphaned, true);
    }
};

QTEST_GUILESS_MAIN(AnnotationWorkspaceTest)
#include "annotationworkspace_test.moc"
