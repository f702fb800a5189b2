// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotation.h"
#include "annotationworkspace.h"
#include "diagnosticspanel.h"
#include "reanchorer.h"
#include "documentlistmodel.h"
#include "documentlistpanel.h"
#include "entitiespanel.h"
#include "findbar.h"
#include "mainwindow.h"
#include "readerview.h"
#include "segmentkind.h"
#include "searchpanel.h"
#include "sourceview.h"

#include <QApplication>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLineEdit>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>

using namespace Qt::StringLiterals;
using Lectern::App::MainWindow;

namespace {

// With LECTERN_SCREENSHOT_DIR set, the test leaves PNGs of the states it
// reaches, for people to look at.
void keepScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + u'/' + name + u".png"_s);
}

} // namespace

class MainWindowTest final : public QObject
{
    Q_OBJECT

private:
    static Lectern::Views::ReaderView *reader(MainWindow &w) { return w.findChild<Lectern::Views::ReaderView *>(); }
    static Lectern::Views::DocumentListPanel *documents(MainWindow &w) { return w.findChild<Lectern::Views::DocumentListPanel *>(); }
    static Lectern::Views::DiagnosticsPanel *problems(MainWindow &w) { return w.findChild<Lectern::Views::DiagnosticsPanel *>(); }

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"LecternTests"_s);
        QApplication::setApplicationName(u"mainwindow_test"_s);
        QSettings().clear();
        // The user's own gazetteer from an earlier run would hide suggestions.
        QFile::remove(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/gazetteer.tsv"_s);
    }

    void opensABundleAndShowsTheFirstDocument()
    {
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));
        QCOMPARE(documents(window)->view()->model()->rowCount(), 3);
        QVERIFY(reader(window)->toPlainText().startsWith(u"Harbour cranes return to the east quay"_s));
        QVERIFY(reader(window)->isReadOnly());
        QCOMPARE(window.windowTitle(), u"Forms sample \u2014 Lectern"_s);
        QCOMPARE(problems(window)->model()->rowCount(), 0);
    }

    void keyboardFilterAndSelectionChangeTheReader()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));

        QTest::keyClick(&window, Qt::Key_L, Qt::ControlModifier);
        auto *filter = documents(window)->findChild<QLineEdit *>();
        QVERIFY(filter->hasFocus());
        QTest::keyClicks(filter, u"night"_s);
        QTreeView *list = documents(window)->view();
        QCOMPARE(list->model()->rowCount(), 1);
        list->setFocus();
        list->setCurrentIndex(list->model()->index(0, 0));
        QTRY_VERIFY_WITH_TIMEOUT(reader(window)->toPlainText().startsWith(u"# Night trains"_s), 5000);
    }

    void bundleSearchJumpsToThePassage()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));

        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier | Qt::ShiftModifier);
        auto *panel = window.findChild<Lectern::Views::SearchPanel *>();
        QVERIFY(panel->isVisible());
        auto *pattern = panel->findChild<QLineEdit *>();
        QVERIFY(pattern->hasFocus());
        QTest::keyClicks(pattern, u"library"_s);
        QTest::keyClick(pattern, Qt::Key_Return);
        QTreeView *results = panel->view();
        QTRY_COMPARE_WITH_TIMEOUT(results->model()->rowCount(), 1, 5000);
        results->setFocus();
        results->setCurrentIndex(results->model()->index(0, 0));
        QTest::keyClick(results, Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(reader(window)->textCursor().selectedText(), u"library"_s, 5000);
        QVERIFY(reader(window)->toPlainText().contains(u"Glass & steel"_s));
        keepScreenshot(window, u"bundle-search"_s);
    }

    void findInDocumentByKeyboard()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));
        QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
        auto *bar = window.findChild<Lectern::Views::FindBar *>();
        QVERIFY(bar->isVisible());
        QTest::keyClicks(bar->findChild<QLineEdit *>(), u"the"_s);
        QCOMPARE(reader(window)->searchHitCount(), 3);
        keepScreenshot(window, u"find-in-document"_s);
        QTest::keyClick(bar->findChild<QLineEdit *>(), Qt::Key_Escape);
        QVERIFY(bar->isHidden());
        QCOMPARE(reader(window)->searchHitCount(), 0);
    }

    void htmlCanBeReadAsHighlightedSource()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));
        auto *source = window.findChild<Lectern::Views::SourceView *>();
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
        QVERIFY2(!source->isVisible(), "plain text has no source view");
        documents(window)->selectRow(2);
        QTRY_VERIFY_WITH_TIMEOUT(source->toPlainText().startsWith(u"<!doctype html>"_s), 5000);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
        QVERIFY(source->isVisible());
        QCOMPARE(source->syntaxName(), u"HTML"_s);
        keepScreenshot(window, u"html-source"_s);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
        QVERIFY(reader(window)->isVisible());
    }

    void segmentationShapesTheReader()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openAtDocument(u"gridwatch-ohio"_s);
        window.openBundle(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s);
        QVERIFY(settled.wait(30000));
        Lectern::Views::ReaderView *view = reader(window);
        const QString text = view->toPlainText();
        QVERIFY(text.startsWith(u"Tsurugawa to make grid batteries"_s));

        // The page's headline is the title; the phone-software article after it is another article.
        QCOMPARE(view->segmentAt(0)->kind, Lectern::Models::SegmentKind::Title);
        const qsizetype trailer = text.indexOf(u"Recent Posts"_s);
        QVERIFY(trailer > 0);
        QCOMPARE(view->segmentAt(trailer)->kind, Lectern::Models::SegmentKind::Boilerplate);
        // The first paragraph after the listing header belongs to the other article.
        qsizetype other = text.indexOf(u'\n', trailer);
        while (other < text.size() && text.at(other).isSpace())
            ++other;
        const Lectern::Models::Segment *appended = view->segmentAt(other);
        QCOMPARE(appended->kind, Lectern::Models::SegmentKind::Trailer);
        QVERIFY(appended->article >= 1);

        // The list says which document copies which and which carries another article.
        QAbstractItemModel *list = documents(window)->view()->model();
        QStringList notes;
        for (int row = 0; row < list->rowCount(); ++row)
            notes.append(list->index(row, Lectern::Models::DocumentListModel::NotesColumn).data().toString());
        QVERIFY2(notes.join(u'|').contains(u"copy of gridwatch-ohio"_s), qPrintable(notes.join(u'|')));
        QVERIFY(notes.join(u'|').contains(u"has another article"_s));

        // Main article mode hides the boilerplate and the other article; full text brings them back.
        QTest::keyClick(&window, Qt::Key_2, Qt::ControlModifier);
        QCOMPARE(view->readingMode(), Lectern::Views::ReadingMode::MainArticle);
        QVERIFY(!view->document()->findBlock(int(trailer)).isVisible());
        QVERIFY(view->document()->findBlock(0).isVisible());
        QVERIFY(view->hiddenBlockCount() > 20);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        QCOMPARE(view->hiddenBlockCount(), 0);

        // Relabel "Recent Posts" as body, then undo: the computed label comes back.
        const qsizetype start = view->segmentAt(trailer)->start;
        Q_EMIT view->relabelRequested(start, Lectern::Models::SegmentKind::Body);
        QCOMPARE(view->segmentAt(trailer)->kind, Lectern::Models::SegmentKind::Body);
        QVERIFY(view->segmentAt(trailer)->overridden);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
        QCOMPARE(view->segmentAt(trailer)->kind, Lectern::Models::SegmentKind::Boilerplate);
        QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(view->segmentAt(trailer)->kind, Lectern::Models::SegmentKind::Body);

        view->revealRange(int(trailer), int(trailer) + 5);
        QTest::qWait(50);
        keepScreenshot(window, u"segments-trailer"_s);

        // The copy: nothing in it is new to a reader of the canonical page.
        documents(window)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Tsurugawa Industries will build"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentAt(0) != nullptr, 5000);
        QVERIFY(view->segmentAt(0)->duplicate.isValid());
        QCOMPARE(view->segmentAt(0)->duplicate.documentId, u"gridwatch-ohio"_s);
        keepScreenshot(window, u"segments-copy"_s);
        QTest::keyClick(&window, Qt::Key_3, Qt::ControlModifier);
        QCOMPARE(view->hiddenBlockCount(), view->document()->blockCount());
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);

        // Following the duplicate mark opens the canonical copy at the passage.
        const Lectern::Models::DuplicateLink link = view->segmentAt(0)->duplicate;
        Q_EMIT view->duplicateActivated(link.documentId, int(link.start), int(link.end));
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Tsurugawa to make grid batteries"_s), 5000);
        QCOMPARE(view->textCursor().selectionStart(), int(link.start));
    }

    void entitiesAreFoundHighlightedAndSuggested()
    {
        MainWindow window;
        window.resize(1400, 850);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openAtDocument(u"ledger-ohio"_s);
        window.openBundle(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s);
        QVERIFY(settled.wait(30000));
        auto *panel = window.findChild<Lectern::Views::EntitiesPanel *>();
        window.findChild<QDockWidget *>(u"EntitiesDock"_s)->show();

        // The manifest's gazetteer: every entity with its counts.
        QAbstractItemModel *entities = panel->entityView()->model();
        QVERIFY(entities->rowCount() >= 10);
        QHash<QString, qlonglong> mentions;
        for (int row = 0; row < entities->rowCount(); ++row)
            mentions.insert(entities->index(row, 0).data().toString(), entities->index(row, 2).data().toLongLong());
        QVERIFY(mentions.value(u"Toledo"_s) >= 5);
        QVERIFY(mentions.value(u"Mitsuko Arase"_s) >= 3);

        // The reader highlights the mentions on screen.
        Lectern::Views::ReaderView *view = reader(window);
        const qsizetype toledo = view->toPlainText().indexOf(u"Toledo"_s);
        QVERIFY(toledo > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!view->document()->findBlock(int(toledo)).layout()->formats().isEmpty(), 5000);

        // Next mention (F8) walks the bundle.
        int row = 0;
        while (entities->index(row, 0).data().toString() != u"Toledo"_s)
            ++row;
        panel->entityView()->setCurrentIndex(entities->index(row, 0));
        QTest::keyClick(&window, Qt::Key_F8);
        QTRY_COMPARE_WITH_TIMEOUT(view->textCursor().selectedText(), u"Toledo"_s, 5000);

        // Suggestions: accept one (it is then highlighted), reject another (it goes).
        QAbstractItemModel *suggestions = panel->suggestionView()->model();
        QVERIFY(suggestions->rowCount() > 3);
        QStringList candidates;
        for (int i = 0; i < suggestions->rowCount(); ++i)
            candidates.append(suggestions->index(i, 0).data().toString());
        QVERIFY2(candidates.contains(u"Daeyang Energy"_s), qPrintable(candidates.join(u", "_s)));
        keepScreenshot(window, u"entities"_s);
        const int before = int(entities->rowCount());
        const int daeyang = int(candidates.indexOf(u"Daeyang Energy"_s));
        panel->suggestionView()->setCurrentIndex(suggestions->index(daeyang, 0));
        Q_EMIT panel->suggestionAccepted(daeyang, u"organisation"_s);
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), before + 1, 10000);
        const int rejected = int(suggestions->rowCount());
        Q_EMIT panel->suggestionRejected(0);
        QCOMPARE(suggestions->rowCount(), rejected - 1);
    }

    void annotationsAreKeptBesideTheBundle()
    {
        QTemporaryDir dir;
        for (const QString &name : {u"manifest.json"_s, u"docs/alpha.txt"_s, u"docs/beta.md"_s, u"docs/gamma.html"_s}) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/"_s + name, dir.filePath(name)));
        }
        const QString index = dir.filePath(u"manifest.json"_s);
        {
            MainWindow window;
            window.show();
            QSignalSpy settled(&window, &MainWindow::settled);
            window.openBundle(index);
            QVERIFY(settled.wait(10000));
            auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
            QVERIFY(workspace->store());
            QVERIFY(!workspace->isReadOnly());
            QVERIFY(workspace->codes().size() >= 3); // Claim, Evidence, Question
            Lectern::Views::ReaderView *view = reader(window);
            const int start = int(view->toPlainText().indexOf(u"three cranes"_s));
            Lectern::Models::Annotation draft;
            draft.documentId = u"alpha"_s;
            draft.setAnchor(Lectern::Models::Reanchorer::capture(view->toPlainText(), start, start + 12));
            draft.codeId = workspace->codes().constFirst().id;
            draft.note = u"Check the crane count with the port's own release."_s;
            QVERIFY(!workspace->addAnnotation(draft).isEmpty());
            // Highlighted in the reader, listed in the notes.
            QTRY_VERIFY_WITH_TIMEOUT(!view->document()->findBlock(start).layout()->formats().isEmpty(), 5000);
            auto *notes = window.findChild<QDockWidget *>(u"NotesDock"_s)->findChild<QTreeView *>();
            QCOMPARE(notes->model()->rowCount(), 1);
            keepScreenshot(window, u"annotation"_s);
            // Undo takes it away, redo brings it back.
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier);
            QCOMPARE(notes->model()->rowCount(), 0);
            QTest::keyClick(&window, Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
            QCOMPARE(notes->model()->rowCount(), 1);
        }
        QVERIFY(QFile::exists(index + u".lectern.sqlite"_s));
        MainWindow again;
        again.show();
        QSignalSpy settled(&again, &MainWindow::settled);
        again.openBundle(index);
        QVERIFY(settled.wait(10000));
        auto *notes = again.findChild<QDockWidget *>(u"NotesDock"_s)->findChild<QTreeView *>();
        QCOMPARE(notes->model()->rowCount(), 1);
    }

    void brokenBundleShowsProblemsAndKeepsTheGoodDocuments()
    {
        QTemporaryDir dir;
        auto write = [&](const QString &name, QByteArrayView bytes) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.data(), bytes.size());
        };
        write(u"good.txt"_s, "A document that is fine.");
        write(u"binary.txt"_s, QByteArray("\0\1\2\3", 4));
        write(u"list.txt"_s, "binary.txt\ngood.txt\nmissing.txt\n../escape.txt\n");
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(dir.filePath(u"list.txt"_s));
        QVERIFY(settled.wait(10000));
        QCOMPARE(documents(window)->view()->model()->rowCount(), 3);
        QAbstractItemModel *problemModel = problems(window)->model();
        QCOMPARE(problemModel->rowCount(), 3); // escape refused, binary, missing
        QStringList messages;
        for (int row = 0; row < problemModel->rowCount(); ++row)
            messages.append(problemModel->index(row, 2).data().toString());
        QVERIFY(messages.join(u'|').contains(u"outside the bundle"_s));
        QVERIFY(messages.join(u'|').contains(u"does not exist"_s));
        QVERIFY(messages.join(u'|').contains(u"NUL bytes"_s));
        // The first document is the binary one: the reader says why it is not shown.
        QVERIFY(reader(window)->placeholderText().contains(u"cannot be shown"_s));
        keepScreenshot(window, u"broken-bundle"_s);
        documents(window)->selectRow(1);
        QTRY_COMPARE_WITH_TIMEOUT(reader(window)->toPlainText(), u"A document that is fine."_s, 5000);
    }

    void unreadableIndexSaysSoInTheReader()
    {
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(u"/nonexistent/lectern/bundle.json"_s);
        QVERIFY(settled.wait(10000));
        QVERIFY(reader(window)->placeholderText().contains(u"Nothing could be opened"_s));
        QCOMPARE(problems(window)->model()->rowCount(), 1);
    }

    void remembersRecentBundlesAndLayout()
    {
        {
            MainWindow window;
            window.show();
            QSignalSpy settled(&window, &MainWindow::settled);
            window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/list.txt"_s);
            QVERIFY(settled.wait(10000));
            window.findChild<QDockWidget *>(u"ProblemsDock"_s)->hide();
            window.close();
        }
        const QStringList recent = QSettings().value(u"bundles/recent"_s).toStringList();
        QCOMPARE(recent.value(0), QStringLiteral(LECTERN_TEST_DATA) + u"/forms/list.txt"_s);
        MainWindow again;
        again.show();
        QVERIFY(again.findChild<QDockWidget *>(u"ProblemsDock"_s)->isHidden());
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
