// SPDX-License-Identifier: GPL-3.0-or-later
// The GUI against the team's PostgreSQL: the throwaway server of the
// store_postgres CTest fixture stands in for it.
#include "annotationcontroller.h"
#include "annotationdialog.h"
#include "annotationworkspace.h"
#include "conflictdialog.h"
#include "mainwindow.h"
#include "readerview.h"
#include "teamdatabasedialog.h"
#include "testdatabases.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSettings>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeWidget>

#include <functional>

using namespace Qt::StringLiterals;
using Lectern::App::MainWindow;

namespace {

template<typename D> void whenDialogOpens(std::function<void(D *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, ticks = 0]() mutable {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog || ++ticks > 250) {
            timer->stop();
            timer->deleteLater();
        }
        if (dialog)
            fill(dialog);
    });
    timer->start();
}

void fillNote(Lectern::Views::AnnotationDialog *dialog, const QString &note)
{
    auto *labels = dialog->findChild<QTreeWidget *>(u"labelTree"_s);
    labels->setCurrentItem(labels->findItems(u"Claim"_s, Qt::MatchExactly).constFirst());
    dialog->findChild<QPlainTextEdit *>(u"noteEdit"_s)->setPlainText(note);
    dialog->accept();
}

} // namespace

class TeamDatabaseTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"LecternTests"_s);
        QApplication::setApplicationName(u"teamdatabase_test"_s);
        QSettings().clear();
    }

    void annotationsAreSharedAndConflictsShown()
    {
        QTemporaryDir dir;
        TestDatabases server(u"postgres"_s, dir.path());
        if (!server.isReady())
            QSKIP(qPrintable(server.why()));
        QVERIFY(server.open()); // creates the schema, as a colleague's Lectern would have
        for (const QString &name : { u"manifest.json"_s, u"docs/alpha.txt"_s, u"docs/beta.md"_s, u"docs/gamma.html"_s }) {
            QDir().mkpath(QFileInfo(dir.filePath(name)).absolutePath());
            QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA) + u"/forms/"_s + name, dir.filePath(name)));
        }
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(dir.filePath(u"manifest.json"_s));
        QVERIFY(settled.wait(10000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        auto *controller = window.findChild<Lectern::App::AnnotationController *>();

        const Lectern::Models::PostgresParameters where = server.postgresParameters();
        whenDialogOpens<Lectern::Views::TeamDatabaseDialog>([&](Lectern::Views::TeamDatabaseDialog *dialog) {
            dialog->findChild<QLineEdit *>(u"hostEdit"_s)->setText(where.host);
            dialog->findChild<QSpinBox *>(u"portSpin"_s)->setValue(where.port);
            dialog->findChild<QLineEdit *>(u"databaseEdit"_s)->setText(where.database);
            dialog->findChild<QLineEdit *>(u"userEdit"_s)->setText(where.user);
            dialog->accept();
        });
        controller->connectTeamDatabase();
        QVERIFY(workspace->store());
        QCOMPARE(workspace->store()->backend(), Lectern::Models::AnnotationStore::Backend::Postgres);

        // Annotate: the note is on the server.
        auto *view = window.findChild<Lectern::Views::ReaderView *>();
        const int start = int(view->toPlainText().indexOf(u"three cranes"_s));
        QTextCursor cursor(view->document());
        cursor.setPosition(start);
        cursor.setPosition(start + 12, QTextCursor::KeepAnchor);
        view->setTextCursor(cursor);
        whenDialogOpens<Lectern::Views::AnnotationDialog>(
            [](Lectern::Views::AnnotationDialog *dialog) { fillNote(dialog, u"mine first"_s); });
        controller->annotateSelection();
        QCOMPARE(workspace->annotationCount(), 1);
        const QString id = workspace->annotationIds().constFirst();
        auto colleague = server.open();
        QVERIFY(colleague);
        Lectern::Models::Annotation theirs = colleague.value()->annotation(id).value();
        QCOMPARE(theirs.note, u"mine first"_s);

        // A colleague edits it; my edit from the older version is shown as a conflict.
        theirs.note = u"their correction"_s;
        QVERIFY(colleague.value()->updateAnnotation(theirs));
        whenDialogOpens<Lectern::Views::AnnotationDialog>(
            [](Lectern::Views::AnnotationDialog *dialog) { fillNote(dialog, u"my rewrite"_s); });
        controller->editAnnotation(id);
        Lectern::Views::ConflictDialog *conflict = nullptr;
        QTRY_VERIFY_WITH_TIMEOUT((conflict = window.findChild<Lectern::Views::ConflictDialog *>()) != nullptr, 5000);
        QCOMPARE(conflict->findChild<QLabel *>(u"mine4"_s)->text(), u"my rewrite"_s);
        QCOMPARE(conflict->findChild<QLabel *>(u"theirs4"_s)->text(), u"their correction"_s);
        QCOMPARE(colleague.value()->annotation(id).value().note, u"their correction"_s);
        // Keep theirs: the workspace shows the colleague's note, nothing else was written.
        QTest::mouseClick(conflict->findChild<QPushButton *>(u"keepTheirs"_s), Qt::LeftButton);
        QTRY_COMPARE(workspace->findAnnotation(id)->note, u"their correction"_s);
        QCOMPARE(colleague.value()->annotation(id).value().version, theirs.version + 1);
    }
};

QTEST_MAIN(TeamDatabaseTest)
#include "teamdatabase_test.moc"
