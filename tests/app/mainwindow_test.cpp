// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"
#include "annotation.h"
#include "annotationcontroller.h"
#include "annotationdialog.h"
#include "annotationstore.h"
#include "annotationworkspace.h"
#include "claimview.h"
#include "codedialog.h"
#include "conflictdialog.h"
#include "copybanner.h"
#include "notespanel.h"
#include "storelocation.h"
#include "teamdatabasedialog.h"
#include "uilanguage.h"
#include "guitesthelpers.h"
#include "diagnosticspanel.h"
#include "reanchorer.h"
#include "documentheader.h"
#include "documentlistmodel.h"
#include "documentoutlinemodel.h"
#include "documentlistpanel.h"
#include "entitiespanel.h"
#include "entitylayer.h"
#include "findbar.h"
#include "mainwindow.h"
#include "pdfpageview.h"
#include "readerview.h"
#include "segmentkind.h"
#include "annotationlistmodel.h"
#include "searchpanel.h"
#include "shortcutsdialog.h"
#include "sourceview.h"

#include <QApplication>
#include <QCheckBox>
#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QCompleter>
#include <QLabel>
#include <QPlainTextEdit>
#include <QMenu>
#include <QPointer>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QInputDialog>
#include <QTextCursor>
#include <QLineEdit>
#include <QSettings>
#include <QPainter>
#include <QPdfWriter>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>
#include <QTreeView>
#include <QSpinBox>
#include <QStatusBar>
#include <QHeaderView>
#include <QToolButton>

#include <functional>
#include <optional>

using namespace Qt::StringLiterals;
using Lectern::App::MainWindow;

using GuiTest::copyBundle;
using GuiTest::whenDialogOpens;

namespace {

// With LECTERN_SCREENSHOT_DIR set, the test leaves PNGs of the states it
// reaches, for people to look at.
void keepScreenshot(QWidget &window, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        window.grab().save(dir + u'/' + name + u".png"_s);
}

// The forms sample in a temporary folder: annotations stored there go with it.
QString copyForms(const QTemporaryDir &dir)
{
    for (const QString &name : {u"manifest.json"_s, u"docs/alpha.txt"_s, u"docs/beta.md"_s, u"docs/gamma.html"_s}) {
        QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
        QFile::copy(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/"_s + name, dir.filePath(name));
    }
    return dir.filePath(u"manifest.json"_s);
}

void selectInReader(Lectern::Views::ReaderView *view, const QString &passage)
{
    // A dialog that just closed leaves no active window under the offscreen platform; shortcuts need one.
    view->window()->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(view->window()));
    const int start = int(view->toPlainText().indexOf(passage));
    QVERIFY2(start >= 0, qPrintable(passage));
    QTextCursor cursor(view->document());
    cursor.setPosition(start);
    cursor.setPosition(start + int(passage.size()), QTextCursor::KeepAnchor);
    view->setTextCursor(cursor);
}

// Ctrl+Z (Ctrl+Shift+Z: redo) as a user presses it, once the window is active again after a dialog.
void pressUndo(QWidget &window, bool redo = false)
{
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Z, redo ? Qt::ControlModifier | Qt::ShiftModifier : Qt::ControlModifier);
}

// Fills the annotate dialog as a user would and presses OK.
void fillAnnotationDialog(Lectern::Views::AnnotationDialog *dialog, const QString &label, const QString &note, const QString &tags,
                          std::optional<Lectern::Models::ClaimStatus> status = std::nullopt)
{
    auto *labels = dialog->findChild<QTreeWidget *>(u"labelTree"_s);
    const QList<QTreeWidgetItem *> found = labels->findItems(label, Qt::MatchExactly | Qt::MatchRecursive);
    if (!found.isEmpty())
        labels->setCurrentItem(found.constFirst());
    auto *noteEdit = dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s);
    noteEdit->setPlainText(note);
    auto *tagsEdit = dialog->findChild<QLineEdit *>(u"tagsEdit"_s);
    tagsEdit->clear();
    QTest::keyClicks(tagsEdit, tags);
    if (status) {
        auto *combo = dialog->findChild<QComboBox *>(u"statusCombo"_s);
        combo->setCurrentIndex(combo->findData(int(*status)));
    }
    dialog->accept();
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
        // The English interface, plural forms included ("2 problems").
        Lectern::Translations::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
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
        QTemporaryDir dir;
        window.openAtDocument(u"gridwatch-ohio"_s);
        window.openBundle(copyBundle(dir, QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s, u"bundle.json"_s));
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
        QVERIFY2(notes.join(u'|').contains(u"copy ("_s), qPrintable(notes.join(u'|')));
        QVERIFY(notes.join(u'|').contains(u"+ article"_s));

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
        // A copy of the sample: the decisions below are kept in its store.
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
        for (const QString &name : sample.entryList(QDir::Files)) {
            if (!name.contains(u".sqlite"_s))
                QVERIFY(QFile::copy(sample.filePath(name), dir.filePath(name)));
        }
        const QString index = dir.filePath(u"bundle.json"_s);
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 850);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy settled(window.get(), &MainWindow::settled);
        window->openAtDocument(u"ledger-ohio"_s);
        window->openBundle(index);
        QVERIFY(settled.wait(30000));
        auto *panel = window->findChild<Lectern::Views::EntitiesPanel *>();
        window->findChild<QDockWidget *>(u"EntitiesDock"_s)->show();

        // The manifest's gazetteer: every entity with its counts.
        QAbstractItemModel *entities = panel->entityView()->model();
        QVERIFY(entities->rowCount() >= 10);
        QHash<QString, qlonglong> mentions;
        for (int row = 0; row < entities->rowCount(); ++row)
            mentions.insert(entities->index(row, 0).data().toString(), entities->index(row, 2).data().toLongLong());
        QVERIFY(mentions.value(u"Toledo"_s) >= 5);
        QVERIFY(mentions.value(u"Mitsuko Arase"_s) >= 3);

        // The reader highlights the mentions on screen.
        Lectern::Views::ReaderView *view = reader(*window);
        const qsizetype toledo = view->toPlainText().indexOf(u"Toledo"_s);
        QVERIFY(toledo > 0);
        QTRY_VERIFY_WITH_TIMEOUT(!view->document()->findBlock(int(toledo)).layout()->formats().isEmpty(), 5000);

        // Entities named in the same paragraph, most often first.
        QAbstractItemModel *together = panel->togetherView()->model();
        QVERIFY(together->rowCount() > 0);
        QVERIFY(together->index(0, 2).data().toInt() >= together->index(together->rowCount() - 1, 2).data().toInt());
        bool toledoWithOhio = false;
        for (int r = 0; r < together->rowCount(); ++r) {
            const QStringList pair{together->index(r, 0).data().toString(), together->index(r, 1).data().toString()};
            toledoWithOhio = toledoWithOhio || (pair.contains(u"Toledo"_s) && pair.contains(u"Ohio"_s));
        }
        QVERIFY(toledoWithOhio);
        if (auto *tabs = panel->findChild<QTabWidget *>()) {
            tabs->setCurrentIndex(2);
            keepScreenshot(*window, u"entities-together"_s);
            tabs->setCurrentIndex(0);
        }
        window->useTheme(u"Breeze Dark"_s);
        QTRY_VERIFY_WITH_TIMEOUT(!view->document()->findBlock(int(toledo)).layout()->formats().isEmpty(), 5000);
        keepScreenshot(*window, u"entities-dark"_s);
        window->useTheme(u"Breeze Light"_s);

        // Next mention (F8) walks the bundle.
        int row = 0;
        while (entities->index(row, 0).data().toString() != u"Toledo"_s)
            ++row;
        panel->entityView()->setCurrentIndex(entities->index(row, 0));
        QTest::keyClick(window.get(), Qt::Key_F8);
        QTRY_COMPARE_WITH_TIMEOUT(view->textCursor().selectedText(), u"Toledo"_s, 5000);

        // Suggestions: accept one (it is then highlighted), reject another (it goes).
        QAbstractItemModel *suggestions = panel->suggestionView()->model();
        QVERIFY(suggestions->rowCount() > 3);
        QStringList candidates;
        for (int i = 0; i < suggestions->rowCount(); ++i)
            candidates.append(suggestions->index(i, 0).data().toString());
        QVERIFY2(candidates.contains(u"Daeyang Energy"_s), qPrintable(candidates.join(u", "_s)));
        keepScreenshot(*window, u"entities"_s);
        const int before = int(entities->rowCount());
        const int daeyang = int(candidates.indexOf(u"Daeyang Energy"_s));
        panel->suggestionView()->setCurrentIndex(suggestions->index(daeyang, 0));
        // As the user does it: the row selected, then Accept.
        const QList<QPushButton *> buttons = panel->findChildren<QPushButton *>();
        const auto button = [&buttons](const QString &text) {
            return *std::find_if(buttons.cbegin(), buttons.cend(), [&](QPushButton *b) { return b->text() == text; });
        };
        button(u"&Accept"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), before + 1, 10000);
        const int rejected = int(suggestions->rowCount());
        const QString rejectedText = suggestions->index(0, 0).data().toString();
        panel->suggestionView()->setCurrentIndex(suggestions->index(0, 0));
        button(u"&Reject"_s)->click();
        QTRY_COMPARE_WITH_TIMEOUT(suggestions->rowCount(), rejected - 1, 10000);

        // Each decision is an undo step.
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(suggestions->rowCount(), rejected, 10000);
        QTest::keyClick(window.get(), Qt::Key_Z, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_COMPARE_WITH_TIMEOUT(suggestions->rowCount(), rejected - 1, 10000);

        // Remove an entity of the bundle's gazetteer: no longer highlighted.
        const auto rowOf = [entities](const QString &name) {
            for (int r = 0; r < entities->rowCount(); ++r) {
                if (entities->index(r, 0).data().toString() == name)
                    return r;
            }
            return -1;
        };
        const int withToledo = int(entities->rowCount());
        panel->entityView()->setCurrentIndex(entities->index(rowOf(u"Toledo"_s), 0));
        panel->entityView()->setFocus();
        QTRY_VERIFY(panel->entityView()->hasFocus());
        QTest::keyClick(panel->entityView(), Qt::Key_Delete);
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), withToledo - 1, 10000);
        QCOMPARE(rowOf(u"Toledo"_s), -1);

        // Highlight All Like This: a name selected in the reader becomes an entity.
        const qsizetype glass = view->toPlainText().indexOf(u"glass works"_s);
        QVERIFY(glass > 0);
        QTextCursor cursor(view->document());
        cursor.setPosition(int(glass));
        cursor.setPosition(int(glass + 11), QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        QTimer::singleShot(0, this, [] {
            auto *dialog = qobject_cast<QInputDialog *>(QApplication::activeModalWidget());
            if (dialog) {
                dialog->setTextValue(u"product"_s);
                dialog->accept();
            }
        });
        QTest::keyClick(window.get(), Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"glass works"_s) >= 0, 10000);

        // All of it is kept with the bundle.
        window.reset();
        MainWindow reopened;
        reopened.show();
        QSignalSpy settledAgain(&reopened, &MainWindow::settled);
        reopened.openBundle(index);
        QVERIFY(settledAgain.wait(30000));
        auto *panelAgain = reopened.findChild<Lectern::Views::EntitiesPanel *>();
        QAbstractItemModel *entitiesAgain = panelAgain->entityView()->model();
        QStringList names;
        for (int r = 0; r < entitiesAgain->rowCount(); ++r)
            names.append(entitiesAgain->index(r, 0).data().toString());
        QVERIFY2(names.contains(u"Daeyang Energy"_s), qPrintable(names.join(u", "_s)));
        QVERIFY(names.contains(u"glass works"_s));
        QVERIFY(!names.contains(u"Toledo"_s));
        QAbstractItemModel *suggestionsAgain = panelAgain->suggestionView()->model();
        for (int r = 0; r < suggestionsAgain->rowCount(); ++r)
            QVERIFY(suggestionsAgain->index(r, 0).data().toString() != rejectedText);
    }

    void entitiesAreRenamedRecategorisedAndMergedWithUndo()
    {
        QTemporaryDir dir;
        const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
        for (const QString &name : sample.entryList(QDir::Files)) {
            if (!name.contains(u".sqlite"_s))
                QVERIFY(QFile::copy(sample.filePath(name), dir.filePath(name)));
        }
        const QString index = dir.filePath(u"bundle.json"_s);
        auto window = std::make_unique<MainWindow>();
        window->resize(1400, 850);
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        QSignalSpy settled(window.get(), &MainWindow::settled);
        window->openBundle(index);
        QVERIFY(settled.wait(30000));
        window->findChild<QDockWidget *>(u"EntitiesDock"_s)->show();
        auto *panel = window->findChild<Lectern::Views::EntitiesPanel *>();
        QAbstractItemModel *entities = panel->entityView()->model();
        const auto rowOf = [entities](const QString &name) {
            for (int r = 0; r < entities->rowCount(); ++r) {
                if (entities->index(r, 0).data().toString() == name)
                    return r;
            }
            return -1;
        };
        const auto cell = [&](const QString &name, int column) { return entities->index(rowOf(name), column).data(); };
        // As a user does it: the entity selected in the list, a key pressed, the dialog answered.
        const auto edit = [&](const QString &name, QKeySequence key, const QString &dialogName,
                              const std::function<void(QDialog *)> &answer) {
            window->activateWindow();
            QVERIFY(QTest::qWaitForWindowActive(window.get()));
            panel->entityView()->setCurrentIndex(entities->index(rowOf(name), 0));
            panel->entityView()->setFocus();
            QTRY_VERIFY(panel->entityView()->hasFocus());
            bool answered = false;
            QTimer::singleShot(0, this, [&] {
                auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
                if (!dialog || dialog->objectName() != dialogName)
                    return;
                answer(dialog);
                answered = true;
            });
            QTest::keySequence(panel->entityView(), key);
            QVERIFY(answered);
        };

        // Rename (F2), the old name kept as an alias: the mentions stay.
        const int toledoMentions = cell(u"Toledo"_s, 2).toInt();
        QVERIFY(toledoMentions >= 5);
        const int count = int(entities->rowCount());
        edit(u"Toledo"_s, QKeySequence(Qt::Key_F2), u"RenameEntityDialog"_s, [](QDialog *dialog) {
            auto *name = dialog->findChild<QLineEdit *>();
            name->setText(u"Ohio"_s); // taken: OK is off, and the dialog says why
            QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            QVERIFY(dialog->findChild<QLabel *>(u"problem"_s)->text().contains(u"merge"_s));
            name->setText(u"City of Toledo"_s);
            QVERIFY(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            keepScreenshot(*dialog, u"entity-rename"_s);
            dialog->accept();
        });
        QTRY_VERIFY_WITH_TIMEOUT(rowOf(u"City of Toledo"_s) >= 0, 10000);
        QCOMPARE(rowOf(u"Toledo"_s), -1);
        QCOMPARE(entities->rowCount(), count);
        QCOMPARE(cell(u"City of Toledo"_s, 2).toInt(), toledoMentions);

        // Category (Ctrl+K).
        edit(u"City of Toledo"_s, QKeySequence(Qt::CTRL | Qt::Key_K), u"EntityCategoryDialog"_s, [](QDialog *dialog) {
            dialog->findChild<QComboBox *>()->setCurrentText(u"organisation"_s);
            dialog->accept();
        });
        QTRY_COMPARE_WITH_TIMEOUT(cell(u"City of Toledo"_s, 1).toString(), u"organisation"_s, 10000);

        // Merge (Ctrl+J): one entity, both names, the mentions added up.
        const int cells = cell(u"Tsurugawa Power Cells"_s, 2).toInt();
        const int industries = cell(u"Tsurugawa Industries"_s, 2).toInt();
        QVERIFY(cells > 0 && industries > 0);
        edit(u"Tsurugawa Power Cells"_s, QKeySequence(Qt::CTRL | Qt::Key_J), u"MergeEntityDialog"_s, [](QDialog *dialog) {
            auto *target = dialog->findChild<QComboBox *>();
            target->setCurrentText(u"Tsurugawa Power Cells"_s); // itself: refused
            QVERIFY(!dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok)->isEnabled());
            target->setCurrentText(u"Tsurugawa Industries"_s);
            keepScreenshot(*dialog, u"entity-merge"_s);
            dialog->accept();
        });
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), count - 1, 10000);
        QCOMPARE(rowOf(u"Tsurugawa Power Cells"_s), -1);
        QCOMPARE(cell(u"Tsurugawa Industries"_s, 2).toInt(), cells + industries);

        // Each is one undo step: undo the merge, and both are back.
        pressUndo(*window);
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), count, 10000);
        QCOMPARE(cell(u"Tsurugawa Industries"_s, 2).toInt(), industries);
        pressUndo(*window, true);
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), count - 1, 10000);

        // Kept with the bundle.
        window.reset();
        MainWindow reopened;
        reopened.show();
        QSignalSpy settledAgain(&reopened, &MainWindow::settled);
        reopened.openBundle(index);
        QVERIFY(settledAgain.wait(30000));
        QAbstractItemModel *again = reopened.findChild<Lectern::Views::EntitiesPanel *>()->entityView()->model();
        QHash<QString, QString> categories;
        for (int r = 0; r < again->rowCount(); ++r)
            categories.insert(again->index(r, 0).data().toString(), again->index(r, 1).data().toString());
        QCOMPARE(categories.value(u"City of Toledo"_s), u"organisation"_s);
        QVERIFY(!categories.contains(u"Toledo"_s));
        QVERIFY(!categories.contains(u"Tsurugawa Power Cells"_s));
        QVERIFY(categories.contains(u"Tsurugawa Industries"_s));
    }

    void malformedPersonalGazetteerIsReportedTheRestLoads()
    {
        const QString personal = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/gazetteer.tsv"_s;
        QDir().mkpath(QFileInfo(personal).absolutePath());
        {
            QFile file(personal);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("Kestrel Research\torganisation\n\tplace\nSodium-ion\tproduct\n");
        }
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s);
        QVERIFY(settled.wait(30000));
        QFile::remove(personal);
        // The bad line is named with its file and line; the good ones are used.
        QAbstractItemModel *diagnostics = problems(window)->model();
        bool named = false;
        for (int row = 0; row < diagnostics->rowCount(); ++row) {
            const QString where = diagnostics->index(row, 1).data().toString();
            named = named || (where.contains(u"gazetteer.tsv"_s) && where.contains(u'2'));
        }
        QVERIFY2(named, "the Problems panel names the personal gazetteer's line 2");
        QAbstractItemModel *entities = window.findChild<Lectern::Views::EntitiesPanel *>()->entityView()->model();
        QStringList names;
        for (int row = 0; row < entities->rowCount(); ++row)
            names.append(entities->index(row, 0).data().toString());
        QVERIFY(names.contains(u"Sodium-ion"_s));
        QVERIFY(names.contains(u"Toledo"_s));
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

    void relabelledSegmentsAreStoredAndComeBack()
    {
        QTemporaryDir dir;
        const QString index = copyForms(dir);
        Lectern::Models::SegmentKind computed{};
        Lectern::Models::SegmentKind chosen{};
        {
            MainWindow window;
            window.show();
            QSignalSpy settled(&window, &MainWindow::settled);
            window.openBundle(index);
            QVERIFY(settled.wait(10000));
            Lectern::Views::ReaderView *view = reader(window);
            QTRY_VERIFY_WITH_TIMEOUT(view->segmentAt(0) != nullptr, 5000);
            computed = view->segmentAt(0)->kind;
            chosen = computed == Lectern::Models::SegmentKind::Boilerplate ? Lectern::Models::SegmentKind::Body
                                                                          : Lectern::Models::SegmentKind::Boilerplate;
            auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
            Q_EMIT view->relabelRequested(view->segmentAt(0)->start, chosen);
            QCOMPARE(view->segmentAt(0)->kind, chosen);
            QVERIFY(view->segmentAt(0)->overridden);
            QCOMPARE(workspace->segmentOverrides(u"alpha"_s).size(), 1);
            // Undo removes it from the reader and the store; redo puts it back.
            pressUndo(window);
            QCOMPARE(view->segmentAt(0)->kind, computed);
            QVERIFY(!view->segmentAt(0)->overridden);
            QCOMPARE(workspace->store()->segmentOverrides().value().size(), 0);
            pressUndo(window, true);
            QCOMPARE(view->segmentAt(0)->kind, chosen);
            QCOMPARE(workspace->store()->segmentOverrides().value().size(), 1);
        }
        MainWindow again;
        again.show();
        QSignalSpy settled(&again, &MainWindow::settled);
        again.openBundle(index);
        QVERIFY(settled.wait(10000));
        Lectern::Views::ReaderView *view = reader(again);
        QTRY_VERIFY_WITH_TIMEOUT(view->segmentAt(0) != nullptr, 5000);
        QCOMPARE(view->segmentAt(0)->kind, chosen); // the user's label wins over the segmenter
        QVERIFY(view->segmentAt(0)->overridden);
        // Relabelling it back is one more undoable step.
        Q_EMIT view->relabelRequested(view->segmentAt(0)->start, computed);
        QCOMPARE(view->segmentAt(0)->kind, computed);
        pressUndo(again);
        QCOMPARE(view->segmentAt(0)->kind, chosen);
    }

    void annotateAndEditThroughTheDialog()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(copyForms(dir));
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        Lectern::Views::ReaderView *view = reader(window);

        // Ctrl+M on a selection: label, note, tags and status from one dialog.
        selectInReader(view, u"the three cranes would be back in service by spring"_s);
        bool statusWasEnabled = false;
        whenDialogOpens<Lectern::Views::AnnotationDialog>([&](Lectern::Views::AnnotationDialog *dialog) {
            QVERIFY(dialog->findChild<QLabel *>(u"quoteLabel"_s)->text().contains(u"three cranes"_s));
            auto *labels = dialog->findChild<QTreeWidget *>(u"labelTree"_s);
            labels->setCurrentItem(labels->findItems(u"Claim"_s, Qt::MatchExactly).constFirst());
            statusWasEnabled = dialog->findChild<QComboBox *>(u"statusCombo"_s)->isEnabled();
            keepScreenshot(*dialog, u"annotate-dialog"_s);
            fillAnnotationDialog(dialog, u"Claim"_s, u"Port says spring; check the tender."_s, u"port, cranes"_s,
                                 Lectern::Models::ClaimStatus::Disputed);
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QVERIFY(statusWasEnabled);
        QCOMPARE(workspace->annotationCount(), 1);
        const QString id = workspace->annotationIds().constFirst();
        Lectern::Models::Annotation stored = workspace->store()->annotation(id).value();
        QCOMPARE(stored.codeId, u"claim"_s);
        QCOMPARE(stored.note, u"Port says spring; check the tender."_s);
        QCOMPARE(stored.tags, (QStringList{u"port"_s, u"cranes"_s}));
        QCOMPARE(stored.claimStatus, Lectern::Models::ClaimStatus::Disputed);
        QVERIFY(stored.quote.startsWith(u"the three cranes"_s));

        // A second annotation: tags complete from those already used; no status for evidence.
        selectInReader(view, u"Harbour cranes return"_s);
        QString completion;
        bool statusForEvidence = true;
        whenDialogOpens<Lectern::Views::AnnotationDialog>([&](Lectern::Views::AnnotationDialog *dialog) {
            auto *tags = dialog->findChild<QLineEdit *>(u"tagsEdit"_s);
            auto *completer = dialog->findChild<QCompleter *>();
            QTest::keyClicks(tags, u"cr"_s);
            completion = u"%1 %2"_s.arg(completer->completionCount()).arg(completer->currentCompletion());
            Q_EMIT completer->activated(u"cranes"_s);
            QCOMPARE(tags->text(), u"cranes, "_s);
            auto *labels = dialog->findChild<QTreeWidget *>(u"labelTree"_s);
            labels->setCurrentItem(labels->findItems(u"Evidence"_s, Qt::MatchExactly).constFirst());
            statusForEvidence = dialog->findChild<QComboBox *>(u"statusCombo"_s)->isEnabled();
            dialog->accept();
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        QCOMPARE(completion, u"1 cranes"_s);
        QVERIFY(!statusForEvidence);
        QCOMPARE(workspace->annotationCount(), 2);
        const QString second = workspace->annotationIds().at(1);
        QCOMPARE(workspace->findAnnotation(second)->tags, QStringList{u"cranes"_s});
        QCOMPARE(workspace->findAnnotation(second)->claimStatus, Lectern::Models::ClaimStatus::None);

        // Edit: the dialog opens with what is stored; the change is one undo step.
        QString shownNote;
        whenDialogOpens<Lectern::Views::AnnotationDialog>([&](Lectern::Views::AnnotationDialog *dialog) {
            shownNote = dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s)->toPlainText();
            fillAnnotationDialog(dialog, u"Question"_s, u"Which cranes?"_s, u"port"_s);
        });
        controller->editAnnotation(id);
        QCOMPARE(shownNote, u"Port says spring; check the tender."_s);
        stored = workspace->store()->annotation(id).value();
        QCOMPARE(stored.codeId, u"question"_s);
        QCOMPARE(stored.note, u"Which cranes?"_s);
        QCOMPARE(stored.claimStatus, Lectern::Models::ClaimStatus::None);
        pressUndo(window);
        stored = workspace->store()->annotation(id).value();
        QCOMPARE(stored.codeId, u"claim"_s);
        QCOMPARE(stored.note, u"Port says spring; check the tender."_s);

        // Recolour the label: the highlight follows; undo restores the colour.
        const QString before = workspace->findCode(u"claim"_s)->colour;
        whenDialogOpens<QColorDialog>([](QColorDialog *dialog) {
            dialog->setCurrentColor(QColor(u"#1F77B4"_s));
            dialog->accept();
        });
        controller->recolourLabel(u"claim"_s);
        QCOMPARE(workspace->store()->codes().value().at(0).colour.toUpper(), u"#1F77B4"_s);
        const int start = int(stored.start);
        const auto tinted = [&] {
            return std::ranges::any_of(view->document()->findBlock(start).layout()->formats(), [](const QTextLayout::FormatRange &range) {
                return range.format.underlineColor() == QColor(u"#1F77B4"_s);
            });
        };
        QTRY_VERIFY_WITH_TIMEOUT(tinted(), 5000);
        pressUndo(window);
        QCOMPARE(workspace->findCode(u"claim"_s)->colour, before);

        // Delete, then undo.
        controller->removeAnnotation(second);
        QCOMPARE(workspace->store()->annotations().value().size(), 1);
        pressUndo(window);
        QCOMPARE(workspace->store()->annotations().value().size(), 2);
    }

    void claimsShowTheirEvidenceFromAnyDocument()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1300, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(copyForms(dir));
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        Lectern::Views::ReaderView *view = reader(window);

        selectInReader(view, u"the three cranes would be back in service by spring"_s);
        whenDialogOpens<Lectern::Views::AnnotationDialog>([](Lectern::Views::AnnotationDialog *dialog) {
            fillAnnotationDialog(dialog, u"Claim"_s, u"The port's own timetable."_s, u"port"_s, Lectern::Models::ClaimStatus::Supported);
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        const QString claim = workspace->annotationIds().constLast();

        // Evidence in another document.
        documents(window)->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Night trains"_s), 5000);
        selectInReader(view, u"A night service between two river cities resumes"_s);
        whenDialogOpens<Lectern::Views::AnnotationDialog>([](Lectern::Views::AnnotationDialog *dialog) {
            fillAnnotationDialog(dialog, u"Evidence"_s, u"Operator statement."_s, u"trains"_s);
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        const QString evidence = workspace->annotationIds().constLast();
        const Lectern::Models::Annotation evidenceAnnotation = *workspace->findAnnotation(evidence);

        // Choose the claim, then right-click the evidence's highlight in the reader: Link as Evidence.
        controller->showClaim(claim);
        QMenu menu;
        Q_EMIT view->contextMenuAboutToShow(&menu, int(evidenceAnnotation.start) + 2);
        QAction *link = nullptr;
        QStringList offered;
        for (QAction *action : menu.actions()) {
            offered.append(action->text());
            if (action->text().startsWith(u"Link as E&vidence for \u201Cthe three cranes"_s))
                link = action;
        }
        QVERIFY2(link, qPrintable(offered.join(u" | "_s)));
        QVERIFY(offered.contains(u"&Edit Annotation\u2026"_s));
        QVERIFY(offered.contains(u"&Delete Annotation"_s));
        menu.adjustSize();
        keepScreenshot(menu, u"reader-context-menu"_s);
        link->trigger();
        QCOMPARE(workspace->evidenceFor(claim), QStringList{evidence});
        Lectern::Views::ClaimView *claimView = controller->claimView();
        QVERIFY(claimView->isVisible());
        QCOMPARE(claimView->statusText(), u"Supported"_s);
        QTreeWidget *rows = claimView->evidenceView();
        QCOMPARE(rows->topLevelItemCount(), 1);
        QVERIFY(rows->topLevelItem(0)->text(0).startsWith(u"A night service"_s));
        QCOMPARE(rows->topLevelItem(0)->text(1), evidenceAnnotation.documentId);
        QCOMPARE(rows->topLevelItem(0)->text(2), u"Evidence"_s);
        keepScreenshot(window, u"claim-view"_s);

        // The status can be changed from the claim view; undo puts it back.
        QComboBox *status = claimView->statusChoice();
        QCOMPARE(status->currentData().toInt(), int(Lectern::Models::ClaimStatus::Supported));
        status->setCurrentIndex(status->findData(int(Lectern::Models::ClaimStatus::Disputed)));
        Q_EMIT status->activated(status->currentIndex());
        QCOMPARE(workspace->store()->annotation(claim).value().claimStatus, Lectern::Models::ClaimStatus::Disputed);
        QCOMPARE(claimView->statusText(), u"Disputed"_s);
        pressUndo(window);
        QCOMPARE(claimView->statusText(), u"Supported"_s);
        QCOMPARE(status->currentData().toInt(), int(Lectern::Models::ClaimStatus::Supported));

        // Open shows the claim's own passage.
        const Lectern::Models::Annotation claimAnnotation = *workspace->findAnnotation(claim);
        QTest::mouseClick(claimView->findChild<QPushButton *>(u"openClaim"_s), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Harbour cranes"_s), 5000);
        QCOMPARE(view->textCursor().selectionStart(), int(claimAnnotation.start));

        // Following the link opens the passage (after going elsewhere first).
        documents(window)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Harbour cranes"_s), 5000);
        rows->setCurrentItem(rows->topLevelItem(0));
        Q_EMIT rows->itemActivated(rows->topLevelItem(0), 0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Night trains"_s), 5000);
        QCOMPARE(view->textCursor().selectionStart(), int(evidenceAnnotation.start));
        QCOMPARE(view->textCursor().selectionEnd(), int(evidenceAnnotation.end));

        // Unlink with the button; undo links again.
        rows->setCurrentItem(rows->topLevelItem(0));
        QTest::mouseClick(claimView->findChild<QPushButton *>(u"unlinkButton"_s), Qt::LeftButton);
        QCOMPARE(rows->topLevelItemCount(), 0);
        QVERIFY(workspace->store()->evidenceLinks().value().isEmpty());
        pressUndo(window);
        QCOMPARE(rows->topLevelItemCount(), 1);
        QCOMPARE(workspace->store()->evidenceLinks().value().size(), 1);
    }

    void notesPanelFiltersAndJumps()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1300, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(copyForms(dir));
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        Lectern::Views::ReaderView *view = reader(window);
        const auto annotate = [&](const QString &passage, const QString &label, const QString &note, const QString &tags,
                                  std::optional<Lectern::Models::ClaimStatus> status = std::nullopt) {
            selectInReader(view, passage);
            whenDialogOpens<Lectern::Views::AnnotationDialog>(
                [=](Lectern::Views::AnnotationDialog *dialog) { fillAnnotationDialog(dialog, label, note, tags, status); });
            QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        };
        annotate(u"three cranes"_s, u"Claim"_s, u"count"_s, u"port, cranes"_s, Lectern::Models::ClaimStatus::Refuted);
        annotate(u"east quay"_s, u"Question"_s, u"which quay?"_s, u"port"_s);
        documents(window)->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Night trains"_s), 5000);
        annotate(u"river cities"_s, u"Evidence"_s, u"timetable"_s, u"trains"_s);
        QCOMPARE(workspace->annotationCount(), 3);

        Lectern::Views::NotesPanel *notes = controller->notesPanel();
        QAbstractItemModel *rows = notes->view()->model();
        QCOMPARE(rows->rowCount(), 3);
        const auto choose = [](QComboBox *combo, const QString &text) {
            const int at = combo->findText(text, Qt::MatchContains);
            QVERIFY2(at >= 0, qPrintable(text));
            combo->setCurrentIndex(at);
        };
        choose(notes->documentFilter(), u"alpha"_s);
        QCOMPARE(rows->rowCount(), 2);
        choose(notes->tagFilter(), u"#cranes"_s);
        QCOMPARE(rows->rowCount(), 1);
        window.findChild<QDockWidget *>(u"NotesDock"_s)->raise();
        controller->showClaim(workspace->annotationIds().constFirst());
        keepScreenshot(window, u"notes-filters"_s);
        notes->documentFilter()->setCurrentIndex(0);
        notes->tagFilter()->setCurrentIndex(0);
        choose(notes->labelFilter(), u"Question"_s);
        QCOMPARE(rows->rowCount(), 1);
        notes->labelFilter()->setCurrentIndex(0);
        choose(notes->statusFilter(), u"Refuted"_s);
        QCOMPARE(rows->rowCount(), 1);
        notes->statusFilter()->setCurrentIndex(0);
        QTest::keyClicks(notes->textFilter(), u"timetable"_s);
        QCOMPARE(rows->rowCount(), 1);

        // Activating the row (Enter, as a double-click does) opens the passage in its document.
        documents(window)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Harbour cranes"_s), 5000);
        notes->view()->setCurrentIndex(rows->index(0, 1));
        QTest::keyClick(notes->view(), Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Night trains"_s), 5000);
        QCOMPARE(view->textCursor().selectedText(), u"river cities"_s);

        // Delete in the table deletes the current annotation; undo brings it back.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        notes->view()->setFocus();
        QTRY_VERIFY(notes->view()->hasFocus());
        notes->view()->setCurrentIndex(rows->index(0, 1));
        QTest::keyClick(notes->view(), Qt::Key_Delete);
        QCOMPARE(workspace->annotationCount(), 2);
        QCOMPARE(rows->rowCount(), 0);
        pressUndo(window);
        QCOMPARE(workspace->annotationCount(), 3);
        QCOMPARE(rows->rowCount(), 1);

        // A label added below Claim: the label filter takes in the subtree.
        whenDialogOpens<Lectern::Views::CodeDialog>([](Lectern::Views::CodeDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Statistic"_s);
            auto *parent = dialog->findChild<QComboBox *>(u"parentCombo"_s);
            QCOMPARE(parent->currentData().toString(), u"claim"_s);
            whenDialogOpens<QColorDialog>([](QColorDialog *colours) {
                colours->setCurrentColor(QColor(u"#8E44AD"_s));
                colours->accept();
            });
            QTest::mouseClick(dialog->findChild<QPushButton *>(u"colourButton"_s), Qt::LeftButton);
            dialog->findChild<QPlainTextEdit *>(u"descriptionEdit"_s)->setPlainText(u"A number someone stated."_s);
            keepScreenshot(*dialog, u"code-dialog"_s);
            dialog->accept();
        });
        controller->addLabel(u"claim"_s);
        const auto added = std::ranges::find(workspace->codes(), u"Statistic"_s, &Lectern::Models::Code::name);
        QVERIFY(added != workspace->codes().cend());
        QCOMPARE(added->parentId, u"claim"_s);
        QCOMPARE(added->colour.toUpper(), u"#8E44AD"_s);
        QCOMPARE(added->description, u"A number someone stated."_s);
        QVERIFY(workspace->codeSubtree(u"claim"_s).contains(added->id));
        // Relabel one annotation with it; the Claim filter still shows it.
        const QString first = workspace->annotationIds().constFirst();
        QVERIFY(workspace->relabelAnnotation(first, added->id));
        notes->textFilter()->clear();
        choose(notes->labelFilter(), u"Claim"_s);
        QCOMPARE(rows->rowCount(), 1);
        QCOMPARE(rows->index(0, Lectern::Models::AnnotationListModel::LabelColumn).data().toString(), u"Statistic"_s);
        // Rename it; undo the rename.
        whenDialogOpens<Lectern::Views::CodeDialog>([](Lectern::Views::CodeDialog *dialog) {
            QCOMPARE(dialog->findChild<QLineEdit *>(u"nameEdit"_s)->text(), u"Statistic"_s);
            dialog->findChild<QLineEdit *>(u"nameEdit"_s)->setText(u"Figure"_s);
            dialog->accept();
        });
        controller->editLabel(added->id);
        QCOMPARE(rows->index(0, Lectern::Models::AnnotationListModel::LabelColumn).data().toString(), u"Figure"_s);
        pressUndo(window);
        QCOMPARE(rows->index(0, Lectern::Models::AnnotationListModel::LabelColumn).data().toString(), u"Statistic"_s);
    }

    void orphansAreMarkedAndCanBeReattached()
    {
        QTemporaryDir dir;
        const QString index = copyForms(dir);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(index);
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        Lectern::Views::ReaderView *view = reader(window);
        // An annotation of a passage the document no longer has (it was edited since).
        Lectern::Models::Annotation gone;
        gone.documentId = u"alpha"_s;
        gone.start = 5;
        gone.end = 40;
        gone.quote = u"the tugboat strike ended before dawn"_s;
        gone.prefix = u"Xylophone quartet "_s;
        gone.suffix = u" zebra crossings"_s;
        gone.codeId = u"evidence"_s;
        const QString id = workspace->addAnnotation(gone);
        QVERIFY(!id.isEmpty());
        documents(window)->selectRow(1);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().contains(u"Night trains"_s), 5000);
        documents(window)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Harbour cranes"_s), 5000);
        QVERIFY(workspace->findAnnotation(id)->orphaned);

        Lectern::Views::NotesPanel *notes = controller->notesPanel();
        QAbstractItemModel *rows = notes->view()->model();
        const QString shown = rows->index(0, Lectern::Models::AnnotationListModel::ExcerptColumn).data().toString();
        QVERIFY2(shown.contains(u"not found"_s), qPrintable(shown));
        notes->orphansOnly()->setChecked(true);
        QCOMPARE(rows->rowCount(), 1);
        notes->orphansOnly()->setChecked(false);

        // Select where the passage went, then re-attach; undo makes it an orphan again.
        selectInReader(view, u"back in service by spring"_s);
        controller->reattachToSelection(id);
        QVERIFY(!workspace->findAnnotation(id)->orphaned);
        QCOMPARE(workspace->store()->annotation(id).value().quote, u"back in service by spring"_s);
        QVERIFY(!rows->index(0, Lectern::Models::AnnotationListModel::ExcerptColumn).data().toString().contains(u"not found"_s));
        pressUndo(window);
        QVERIFY(workspace->findAnnotation(id)->orphaned);
        controller->removeAnnotation(id);
        QCOMPARE(rows->rowCount(), 0);
    }

    void teamDatabaseNeverStoresThePassword()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(copyForms(dir));
        QVERIFY(settled.wait(10000));
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        whenDialogOpens<Lectern::Views::TeamDatabaseDialog>([](Lectern::Views::TeamDatabaseDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(u"127.0.0.1"_s);
            dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(1); // nobody listens there
            dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(u"team"_s);
            dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(u"reader"_s);
            dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->setText(u"s3cret-pw"_s);
            keepScreenshot(*dialog, u"team-database"_s);
            dialog->accept();
        });
        controller->connectTeamDatabase();
        QVERIFY(window.statusBar()->findChild<QLabel *>()->text().contains(u"Could not connect"_s));
        // The annotations stay where they were.
        QVERIFY(window.findChild<Lectern::Models::AnnotationWorkspace *>()->store()->location().endsWith(u".lectern.sqlite"_s));
        QSettings().sync();
        QFile settingsFile(QSettings().fileName());
        QVERIFY(settingsFile.open(QIODevice::ReadOnly));
        const QByteArray saved = settingsFile.readAll();
        QVERIFY(saved.contains("127.0.0.1"));
        QVERIFY(!saved.contains("s3cret"));
        // The password is remembered for this session only.
        QString offered;
        whenDialogOpens<Lectern::Views::TeamDatabaseDialog>([&](Lectern::Views::TeamDatabaseDialog *dialog) {
            offered = dialog->findChild<QLineEdit *>(u"passwordEdit"_s)->text();
            dialog->reject();
        });
        controller->connectTeamDatabase();
        QCOMPARE(offered, u"s3cret-pw"_s);
    }

    void aConflictShowsBothVersions()
    {
        QTemporaryDir dir;
        const QString index = copyForms(dir);
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(index);
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();
        selectInReader(reader(window), u"three cranes"_s);
        whenDialogOpens<Lectern::Views::AnnotationDialog>([](Lectern::Views::AnnotationDialog *dialog) {
            fillAnnotationDialog(dialog, u"Claim"_s, u"first note"_s, u"port"_s);
        });
        QTest::keyClick(&window, Qt::Key_M, Qt::ControlModifier);
        const QString id = workspace->annotationIds().constFirst();

        // A colleague changes the same annotation through their own connection.
        auto other = Lectern::Models::AnnotationStore::openSqlite(workspace->store()->location());
        QVERIFY(other);
        Lectern::Models::Annotation theirs = other.value()->annotation(id).value();
        theirs.note = u"their note"_s;
        QVERIFY(other.value()->updateAnnotation(theirs));

        whenDialogOpens<Lectern::Views::AnnotationDialog>([](Lectern::Views::AnnotationDialog *dialog) {
            fillAnnotationDialog(dialog, u"Claim"_s, u"my note"_s, u"port"_s);
        });
        controller->editAnnotation(id);
        Lectern::Views::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conflict = window.findChild<Lectern::Views::ConflictDialog *>()) != nullptr, 5000);
        QTRY_VERIFY(conflict->isVisible());
        // Nothing was overwritten, and the user sees both notes.
        QCOMPARE(workspace->store()->annotation(id).value().note, u"their note"_s);
        QCOMPARE(conflict->findChild<QLabel *>(u"mine4"_s)->text(), u"my note"_s);
        QCOMPARE(conflict->findChild<QLabel *>(u"theirs4"_s)->text(), u"their note"_s);
        keepScreenshot(*conflict, u"conflict"_s);
        QTest::mouseClick(conflict->findChild<QPushButton *>(u"keepMine"_s), Qt::LeftButton);
        QTRY_COMPARE(workspace->store()->annotation(id).value().note, u"my note"_s);
        QCOMPARE(workspace->findAnnotation(id)->note, u"my note"_s);
        const QPointer<Lectern::Views::ConflictDialog> answered(conflict);
        QTRY_VERIFY(answered.isNull());

        // A deletion that meets a newer version: both shown, and "Delete Anyway" deletes the newer one.
        theirs = other.value()->annotation(id).value();
        theirs.note = u"their second note"_s;
        QVERIFY(other.value()->updateAnnotation(theirs));
        controller->removeAnnotation(id);
        QTRY_VERIFY_WITH_TIMEOUT((conflict = window.findChild<Lectern::Views::ConflictDialog *>()) != nullptr, 5000);
        QCOMPARE(conflict->findChild<QLabel *>(u"theirs4"_s)->text(), u"their second note"_s);
        QCOMPARE(conflict->findChild<QLabel *>(u"mine4"_s)->text(), u"(deleted)"_s);
        QVERIFY(other.value()->annotation(id)); // still there
        QTest::mouseClick(conflict->findChild<QPushButton *>(u"keepMine"_s), Qt::LeftButton);
        QTRY_VERIFY(!other.value()->annotation(id));
        QCOMPARE(workspace->annotationCount(), 0);
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
            window.findChild<QDockWidget *>(u"OutlineDock"_s)->hide();
            // The user widens the notes column of the document list.
            documents(window)->view()->header()->resizeSection(Lectern::Models::DocumentListModel::NotesColumn, 211);
            window.close();
        }
        const QStringList recent = QSettings().value(u"bundles/recent"_s).toStringList();
        QCOMPARE(recent.value(0), QStringLiteral(LECTERN_TEST_DATA) + u"/forms/list.txt"_s);
        MainWindow again;
        again.show();
        QVERIFY(again.findChild<QDockWidget *>(u"OutlineDock"_s)->isHidden());
        QCOMPARE(documents(again)->view()->header()->sectionSize(Lectern::Models::DocumentListModel::NotesColumn), 211);
    }

    void suggestionsShowLighterAndAreDecidedInTheReader()
    {
        QTemporaryDir dir;
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openAtDocument(u"ledger-ohio"_s);
        window.openBundle(copyBundle(dir, QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s, u"bundle.json"_s));
        QVERIFY(settled.wait(30000));
        Lectern::Views::ReaderView *view = reader(window);
        Lectern::Views::EntityLayer *layer = view->entityLayer();
        // Without opening the Entities panel, a suggested name in the text is marked.
        QTRY_VERIFY_WITH_TIMEOUT(!layer->suggestions().isEmpty(), 10000);
        const QString text = view->toPlainText();
        // A suggested name the gazetteer does not already cover is dotted, not tinted.
        QString name;
        qsizetype at = -1;
        for (const Lectern::Models::Entity &suggestion : layer->suggestions().entities()) {
            const qsizetype found = text.indexOf(suggestion.name);
            if (found < 0 || layer->suggestionAt(int(found)) < 0)
                continue;
            view->revealRange(int(found), int(found));
            const QTextBlock block = view->document()->findBlock(int(found));
            QTRY_VERIFY_WITH_TIMEOUT(!block.layout()->formats().isEmpty(), 5000);
            for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
                if (block.position() + range.start <= found && found < block.position() + range.start + range.length
                    && range.format.underlineStyle() == QTextCharFormat::DotLine)
                    at = found;
            }
            if (at >= 0) {
                name = suggestion.name;
                break;
            }
        }
        QVERIFY2(!name.isEmpty(), "no suggestion in the open document is shown dotted");

        // The reader's context menu accepts it; it becomes an entity, highlighted as one.
        const qsizetype before = window.findChild<Lectern::Views::EntitiesPanel *>()->entityView()->model()->rowCount();
        QMenu menu;
        Q_EMIT view->contextMenuAboutToShow(&menu, int(at));
        QAction *accept = nullptr;
        QAction *reject = nullptr;
        for (QAction *action : menu.actions()) {
            if (action->text().startsWith(u"Accept \u201C"_s + name) && !action->menu())
                accept = action;
            if (action->text().startsWith(u"Reject the Suggestion"_s))
                reject = action;
        }
        QVERIFY(accept && reject);
        accept->trigger();
        QAbstractItemModel *entities = window.findChild<Lectern::Views::EntitiesPanel *>()->entityView()->model();
        QTRY_COMPARE_WITH_TIMEOUT(entities->rowCount(), before + 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(layer->suggestionAt(int(at)), qsizetype(-1), 10000);
    }

    void theReaderExplainsTheDocument()
    {
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QSignalSpy settled(&window, &MainWindow::settled);
        QTemporaryDir dir;
        window.useReadingMode(Lectern::Views::ReadingMode::FullText);
        window.openAtDocument(u"gridwatch-ohio"_s);
        window.openBundle(copyBundle(dir, QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s, u"bundle.json"_s));
        QVERIFY(settled.wait(30000));
        Lectern::Views::ReaderView *view = reader(window);

        // The header's title is the headline the segmenter found, not the id.
        auto *header = window.findChild<Lectern::Views::DocumentHeader *>();
        QTRY_VERIFY_WITH_TIMEOUT(header->titleText().startsWith(u"Tsurugawa to make grid batteries"_s), 5000);

        // The list shows titles; the id is in the tooltip. Nothing is wrong, so no status column.
        QTreeView *list = documents(window)->view();
        const QModelIndex first = list->model()->index(0, Lectern::Models::DocumentListModel::TitleColumn);
        QCOMPARE(first.data().toString(), u"Tsurugawa moves into grid storage with Ohio cell plant"_s);
        QVERIFY(first.data(Qt::ToolTipRole).toString().contains(u"ledger-ohio"_s));
        QVERIFY(list->isColumnHidden(Lectern::Models::DocumentListModel::StatusColumn));
        QCOMPARE(list->textElideMode(), Qt::ElideMiddle);

        // The Problems panel is out of the way when there are none, and so is its count.
        QVERIFY(window.findChild<QDockWidget *>(u"ProblemsDock"_s)->isHidden());

        // The outline is the structure: title, main article, the other article with its reason, folded boilerplate.
        auto *outline = window.findChild<QDockWidget *>(u"OutlineDock"_s)->findChild<QTreeView *>();
        QAbstractItemModel *tree = outline->model();
        QStringList tops;
        QModelIndex other;
        QModelIndex boilerplate;
        for (int row = 0; row < tree->rowCount(); ++row) {
            const QModelIndex index = tree->index(row, 0);
            tops.append(index.data().toString());
            const auto section = index.data(Lectern::Models::DocumentOutlineModel::SectionRole).value<Lectern::Models::DocumentOutlineModel::Section>();
            if (section == Lectern::Models::DocumentOutlineModel::Section::OtherArticle && !other.isValid())
                other = index; // the first of them
            if (section == Lectern::Models::DocumentOutlineModel::Section::Boilerplate)
                boilerplate = index;
        }
        QVERIFY2(tops.value(0).startsWith(u"Title: Tsurugawa to make grid batteries"_s), qPrintable(tops.join(u'|')));
        QVERIFY2(tops.value(1).startsWith(u"Main article ("_s), qPrintable(tops.join(u'|')));
        QVERIFY2(other.isValid(), qPrintable(tops.join(u'|')));
        QVERIFY2(boilerplate.isValid() && tree->rowCount(boilerplate) > 0, qPrintable(tops.join(u'|')));
        QVERIFY(!outline->isExpanded(boilerplate));
        QVERIFY(outline->isExpanded(tree->index(1, 0)));
        // Choosing the other article takes the reader there.
        outline->setCurrentIndex(other);
        Q_EMIT outline->activated(other);
        const int at = view->textCursor().selectionStart();
        QVERIFY(view->segmentAt(at)->article >= 1);
        // And the keyboard goes from article to article.
        window.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        view->setFocus();
        QTest::keyClick(&window, Qt::Key_BracketLeft, Qt::ControlModifier);
        QCOMPARE(view->segmentAt(view->textCursor().selectionStart())->article, 0);
        QTest::keyClick(&window, Qt::Key_BracketRight, Qt::ControlModifier);
        QCOMPARE(view->textCursor().selectionStart(), at);

        // Not a copy: no banner.
        auto *banner = window.findChild<Lectern::Views::CopyBanner *>();
        QVERIFY(banner->isHidden());

        // The copy says so in words, and reads only what is new in one click.
        documents(window)->selectRow(0);
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Tsurugawa Industries will build"_s), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isHidden(), 5000);
        QVERIFY2(banner->message().contains(u"copy of \u201CTsurugawa to make grid batteries"_s), qPrintable(banner->message()));
        QVERIFY(banner->message().contains(u'%'));
        keepScreenshot(window, u"copy-banner"_s);
        auto *uniqueOnly = banner->findChildren<QPushButton *>().value(1);
        QVERIFY(uniqueOnly);
        uniqueOnly->click();
        QCOMPARE(view->readingMode(), Lectern::Views::ReadingMode::UniqueContent);
        QCOMPARE(QSettings().value(u"reader/mode"_s).toInt(), int(Lectern::Views::ReadingMode::UniqueContent));
        uniqueOnly->click();
        QCOMPARE(view->readingMode(), Lectern::Views::ReadingMode::FullText);
        // Ctrl+0 goes through the reading modes.
        QTest::keyClick(&window, Qt::Key_0, Qt::ControlModifier);
        QCOMPARE(view->readingMode(), Lectern::Views::ReadingMode::MainArticle);
        QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
        // Read the original: the canonical copy opens.
        banner->findChildren<QPushButton *>().value(0)->click();
        QTRY_VERIFY_WITH_TIMEOUT(view->toPlainText().startsWith(u"Tsurugawa to make grid batteries"_s), 5000);
    }

    void aListWithoutTitlesShowsTheHeadlines()
    {
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/list.txt"_s);
        QVERIFY(settled.wait(10000));
        // beta.md has no title in the index; its first line is its headline.
        const QModelIndex beta = documents(window)->view()->model()->index(1, Lectern::Models::DocumentListModel::TitleColumn);
        QTRY_COMPARE_WITH_TIMEOUT(beta.data().toString(), u"Night trains"_s, 5000);
    }

    void aPdfShowsThePageBeingReadInTheHeader()
    {
        QTemporaryDir dir;
        {
            QPdfWriter writer(dir.filePath(u"minutes.pdf"_s));
            writer.setResolution(72);
            writer.setPageSize(QPageSize(QPageSize::A4));
            QPainter painter(&writer);
            QFont font(u"DejaVu Sans"_s);
            font.setPixelSize(11);
            painter.setFont(font);
            for (int page = 1; page <= 3; ++page) {
                if (page > 1)
                    writer.newPage();
                for (int line = 0; line < 40; ++line)
                    painter.drawText(60, 60 + line * 18, u"Minutes of the harbour board, page %1, item %2 of the meeting."_s.arg(page).arg(line + 1));
            }
        }
        QFile index(dir.filePath(u"index.txt"_s));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("minutes.pdf\n");
        index.close();
        MainWindow window;
        window.resize(1100, 700);
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(index.fileName());
        QVERIFY(settled.wait(20000));
        auto *header = window.findChild<Lectern::Views::DocumentHeader *>();
        auto *reader = window.findChild<Lectern::Views::ReaderView *>();
        QVERIFY(header && reader);
        QVERIFY2(header->provenanceText().contains(u"page 1 of 3"_s), qPrintable(header->provenanceText()));
        if (const QString shots = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !shots.isEmpty())
            window.grab().save(shots + u"/pdf-page.png"_s);
        // Read on to the end: the header follows.
        reader->verticalScrollBar()->setValue(reader->verticalScrollBar()->maximum());
        QTRY_VERIFY2(header->provenanceText().contains(u"page 3 of 3"_s), qPrintable(header->provenanceText()));

        // Show Source draws the page being read as the PDF lays it out, and Ctrl+U again goes back to the text.
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
        auto *pdfPage = window.findChild<Lectern::Views::PdfPageView *>();
        QVERIFY(pdfPage);
        QTRY_VERIFY(pdfPage->isVisible());
        QCOMPARE(pdfPage->page(), 3);
        QVERIFY2(pdfPage->caption().startsWith(u"Page 3 of 3"_s), qPrintable(pdfPage->caption()));
        const QLabel *picture = pdfPage->findChild<QScrollArea *>()->findChild<QLabel *>();
        QVERIFY(picture && !picture->pixmap().isNull());
        // Drawn to fit the view's width, not wider.
        QVERIFY2(picture->pixmap().deviceIndependentSize().width() <= pdfPage->width(),
                 qPrintable(QString::number(picture->pixmap().deviceIndependentSize().width())));
        // The page is not blank: the text's ink is on it.
        const QImage drawn = picture->pixmap().toImage();
        int dark = 0;
        for (int y = 0; y < drawn.height(); y += 2)
            for (int x = 0; x < drawn.width(); x += 2)
                dark += qGray(drawn.pixel(x, y)) < 128 ? 1 : 0;
        QVERIFY2(dark > 200, qPrintable(QString::number(dark)));
        keepScreenshot(window, u"pdf-source"_s);
        QTest::keyClick(&window, Qt::Key_U, Qt::ControlModifier);
        QTRY_VERIFY(reader->isVisible());
        QVERIFY(!pdfPage->isVisible());
    }

    void problemsOpenTheirPanelAndShowACount()
    {
        QTemporaryDir dir;
        QFile list(dir.filePath(u"list.txt"_s));
        QVERIFY(list.open(QIODevice::WriteOnly));
        list.write("missing-one.txt\nmissing-two.txt\n");
        list.close();
        MainWindow window;
        window.show();
        auto *dock = window.findChild<QDockWidget *>(u"ProblemsDock"_s);
        QVERIFY(dock->isHidden());
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(list.fileName());
        QVERIFY(settled.wait(10000));
        QVERIFY(!dock->isHidden());
        QToolButton *count = nullptr;
        for (QToolButton *button : window.statusBar()->findChildren<QToolButton *>()) {
            if (button->text().contains(u"problem"_s))
                count = button;
        }
        QVERIFY(count && !count->isHidden());
        QCOMPARE(count->text(), u"2 problems"_s);
        // Closed by the user, the count brings it back.
        dock->close();
        count->click();
        QVERIFY(!dock->isHidden());
        // A bundle without problems puts it away again.
        window.openBundle(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s);
        QVERIFY(settled.wait(10000));
        QVERIFY(dock->isHidden());
        QVERIFY(count->isHidden());
    }

    void helpListsTheShortcutsAndTheLibraries()
    {
        MainWindow window;
        window.show();
        QVERIFY(QTest::qWaitForWindowActive(&window));
        QList<std::pair<QString, QString>> rows;
        whenDialogOpens<Lectern::Views::ShortcutsDialog>([&rows](Lectern::Views::ShortcutsDialog *dialog) {
            rows = dialog->rows();
            dialog->reject();
        });
        QTest::keyClick(&window, Qt::Key_F1, Qt::ControlModifier);
        QTRY_VERIFY_WITH_TIMEOUT(!rows.isEmpty(), 5000);
        const auto keysOf = [&rows](const QString &action) {
            for (const auto &[name, keys] : rows) {
                if (name == action)
                    return keys;
            }
            return QString();
        };
        QCOMPARE(keysOf(u"Go \u203A Next Document"_s), QKeySequence(u"Alt+Down"_s).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(u"Go \u203A Next Article"_s), QKeySequence(u"Ctrl+]"_s).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(u"Go \u203A Next Annotation"_s), u"F7"_s);
        QCOMPARE(keysOf(u"View \u203A Next Reading Mode"_s), QKeySequence(u"Ctrl+0"_s).toString(QKeySequence::NativeText));
        QCOMPARE(keysOf(u"Edit \u203A Annotate Selection\u2026"_s), QKeySequence(u"Ctrl+M"_s).toString(QKeySequence::NativeText));
        // Settings is Ctrl+, here; the platform's empty Preferences key is not listed as a blank.
        QCOMPARE(keysOf(u"File \u203A Settings\u2026"_s), QKeySequence(u"Ctrl+,"_s).toString(QKeySequence::NativeText));
        for (const auto &[name, keys] : std::as_const(rows))
            QVERIFY2(!keys.isEmpty() && !keys.startsWith(u","_s) && !keys.contains(u", ,"_s), qPrintable(name + u": "_s + keys));

        const QString versions = Lectern::Views::AboutDialog::versionsText();
        QVERIFY(versions.contains(u"Qt "_s + QString::fromLatin1(qVersion())));
        QVERIFY(versions.contains(u"SQLite 3."_s));
        QVERIFY(versions.contains(u"KSyntaxHighlighting 6."_s));
        QVERIFY(versions.contains(u"Poppler "_s));
    }
};

QTEST_MAIN(MainWindowTest)
#include "mainwindow_test.moc"
