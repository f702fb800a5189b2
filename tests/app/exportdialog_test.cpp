// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export and File > Import Annotations, driven as a user would.
#include "annotationworkspace.h"
#include "exportcontroller.h"
#include "exportdialog.h"
#include "importsettings.h"
#include "mainwindow.h"
#include "reanchorer.h"
#include "readerview.h"
#include "sourceview.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using Lectern::App::MainWindow;
using Lectern::Models::ExportFormat;

namespace {

void keepScreenshot(QWidget &widget, const QString &name)
{
    const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR");
    if (!dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

bool copySample(const QTemporaryDir &dir)
{
    const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
    for (const QString &name : sample.entryList(QDir::Files)) {
        if (name.endsWith(u".sqlite"_s) || name.contains(u".sqlite-"_s))
            continue;
        if (!QFile::copy(sample.filePath(name), dir.filePath(name)))
            return false;
    }
    return true;
}

QString annotate(Lectern::Models::AnnotationWorkspace *workspace, const QString &documentId, const QString &text,
                 const QString &quote, const QString &codeId, const QString &note)
{
    const qsizetype start = text.indexOf(quote);
    if (start < 0)
        return {};
    Lectern::Models::Annotation draft;
    draft.documentId = documentId;
    draft.setAnchor(Lectern::Models::Reanchorer::capture(text, start, start + quote.size()));
    draft.codeId = codeId;
    draft.note = note;
    return workspace->addAnnotation(draft);
}

} // namespace

class ExportDialogTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QApplication::setOrganizationName(u"LecternTests"_s);
        QApplication::setApplicationName(u"exportdialog_test"_s);
        QSettings().clear();
    }

    void previewsAndWritesEachFormat()
    {
        QTemporaryDir dir;
        QVERIFY(copySample(dir));
        MainWindow window;
        window.resize(1200, 800);
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(dir.filePath(u"bundle.json"_s));
        QVERIFY(settled.wait(20000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        QVERIFY(workspace && workspace->store());
        const QString text = window.findChild<Lectern::Views::ReaderView *>()->toPlainText();
        const QString claim = annotate(workspace, u"ledger-ohio"_s, text, u"She set a goal of 600 billion yen"_s, u"claim"_s,
                                       u"Compare with the annual report \U0001F4C8"_s);
        QVERIFY(!claim.isEmpty());
        QVERIFY(!annotate(workspace, u"ledger-ohio"_s, text, u"Cost per cycle is everything"_s, u"evidence"_s, u"=1+1 (check the sum)"_s).isEmpty());
        QVERIFY(workspace->linkEvidence(claim, workspace->annotationIds().constLast()));

        window.exporter()->exportAction()->trigger();
        Lectern::Views::ExportDialog *dialog = window.exporter()->dialog();
        QVERIFY(dialog);
        QSignalSpy previewed(dialog, &Lectern::Views::ExportDialog::previewReady);
        QVERIFY(previewed.wait(10000));
        // Markdown by default: the quote as a block quote, highlighted as Markdown.
        QVERIFY2(dialog->previewText().contains(u"> She set a goal of 600 billion yen"_s), qPrintable(dialog->previewText()));
        QCOMPARE(dialog->findChild<Lectern::Views::SourceView *>()->syntaxName(), u"Markdown"_s);
        keepScreenshot(*dialog, u"export-markdown"_s);

        dialog->setFormat(ExportFormat::Csv);
        QVERIFY(previewed.wait(10000));
        QVERIFY(dialog->previewText().startsWith(u"document_id,title,url,start,end,quote"_s));
        QCOMPARE(dialog->findChild<Lectern::Views::SourceView *>()->syntaxName(), u"CSV"_s);
        // A note a spreadsheet would run as a formula is neutralised, unless the user asks for raw cells.
        QVERIFY2(dialog->previewText().contains(u"'=1+1 (check the sum)"_s), qPrintable(dialog->previewText()));
        auto *raw = dialog->findChild<QCheckBox *>(u"csvRawCells"_s);
        QVERIFY(raw && raw->isVisible() && !raw->isChecked());
        keepScreenshot(*dialog, u"export-csv"_s);
        raw->setChecked(true);
        QVERIFY(previewed.wait(10000));
        QVERIFY(!dialog->previewText().contains(u"'=1+1"_s));
        QVERIFY(dialog->previewText().contains(u"=1+1 (check the sum)"_s));
        raw->setChecked(false);
        QVERIFY(previewed.wait(10000));

        dialog->setFormat(ExportFormat::JsonLd);
        QVERIFY(previewed.wait(10000));
        QVERIFY(dialog->previewText().contains(u"TextQuoteSelector"_s));
        keepScreenshot(*dialog, u"export-jsonld"_s);

        // The label filter narrows the export to the claim.
        auto *label = dialog->findChildren<QComboBox *>().at(2);
        label->setCurrentIndex(label->findData(u"claim"_s));
        QVERIFY(previewed.wait(10000));
        QVERIFY(!dialog->previewText().contains(u"Cost per cycle"_s));
        QVERIFY(dialog->previewText().contains(u"600 billion yen"_s));
        label->setCurrentIndex(0);
        QVERIFY(previewed.wait(10000));

        // The document list's filter is a set of documents to export from.
        dialog->setScope(Lectern::Views::ExportDialog::ListedDocuments);
        QVERIFY(previewed.wait(10000));
        QVERIFY(dialog->previewText().contains(u"600 billion yen"_s));
        QVERIFY(dialog->filter().documentIds.contains(u"ledger-ohio"_s));
        dialog->setScope(Lectern::Views::ExportDialog::AllAnnotations);
        QVERIFY(previewed.wait(10000));

        // Writing runs in the background and says what it wrote.
        QSignalSpy exported(dialog, &Lectern::Views::ExportDialog::exported);
        for (const ExportFormat format : {ExportFormat::Html, ExportFormat::Pdf, ExportFormat::Jsonl}) {
            dialog->setFormat(format);
            const QString path = dir.filePath(u"out."_s + Lectern::Models::exportFormatSuffix(format));
            dialog->exportTo(path);
            QVERIFY(exported.wait(20000));
            QVERIFY2(exported.last().at(0).toBool(), qPrintable(exported.last().at(1).toString()));
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QByteArray bytes = file.readAll();
            if (format == ExportFormat::Html)
                QVERIFY(bytes.contains("Compare with the annual report \xF0\x9F\x93\x88"));
            if (format == ExportFormat::Pdf)
                QVERIFY(bytes.startsWith("%PDF-"));
            if (format == ExportFormat::Jsonl)
                QVERIFY(bytes.count('\n') >= 3);
        }
        // A write that cannot happen says so and leaves nothing behind.
        dialog->setFormat(ExportFormat::Markdown);
        const QString impossible = dir.filePath(u"missing-folder/out.md"_s);
        dialog->exportTo(impossible);
        QVERIFY(exported.wait(20000));
        QVERIFY(!exported.last().at(0).toBool());
        QVERIFY(exported.last().at(1).toString().contains(u"out.md"_s));
        QVERIFY(!QFile::exists(impossible));
        dialog->close();
    }

    void brokenImportSettingsFallBackToTheDefaults()
    {
        QSettings().setValue(u"limits/noteKiloCharacters"_s, u"lots"_s);
        QSettings().setValue(u"limits/importMegabytes"_s, -5);
        const Lectern::Models::ImportLimits limits = Lectern::ImportSettings::limits();
        QSettings().remove(u"limits"_s);
        QCOMPARE(limits.maximumNoteSize, Lectern::Models::ImportLimits{}.maximumNoteSize);
        QCOMPARE(limits.maximumArchiveSize, Lectern::Models::ImportLimits{}.maximumArchiveSize);
    }

    void importBringsAnnotationsBack()
    {
        QTemporaryDir dir;
        QVERIFY(copySample(dir));
        QByteArray exportedJson;
        {
            MainWindow window;
            window.show();
            QSignalSpy settled(&window, &MainWindow::settled);
            window.openBundle(dir.filePath(u"bundle.json"_s));
            QVERIFY(settled.wait(20000));
            auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
            const QString text = window.findChild<Lectern::Views::ReaderView *>()->toPlainText();
            QVERIFY(!annotate(workspace, u"ledger-ohio"_s, text, u"600 billion yen"_s, u"claim"_s, u"target "_s + QString(1500, u'n')).isEmpty());
            window.exporter()->exportAction()->trigger();
            auto *dialog = window.exporter()->dialog();
            QSignalSpy previewed(dialog, &Lectern::Views::ExportDialog::previewReady);
            QVERIFY(previewed.wait(10000));
            dialog->setFormat(ExportFormat::JsonLd);
            QVERIFY(previewed.wait(10000));
            QSignalSpy exported(dialog, &Lectern::Views::ExportDialog::exported);
            dialog->exportTo(dir.filePath(u"notes.jsonld"_s));
            QVERIFY(exported.wait(20000));
            QVERIFY(exported.last().at(0).toBool());
        }
        // A second copy of the bundle with no annotations takes them in.
        QTemporaryDir other;
        QVERIFY(copySample(other));
        MainWindow window;
        window.show();
        QSignalSpy settled(&window, &MainWindow::settled);
        window.openBundle(other.filePath(u"bundle.json"_s));
        QVERIFY(settled.wait(20000));
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        QCOMPARE(workspace->annotationCount(), 0);
        // The user's budget for imported notes (Settings) holds: 1 K characters.
        QSettings().setValue(u"limits/noteKiloCharacters"_s, 1);
        const QString result = window.exporter()->importFile(dir.filePath(u"notes.jsonld"_s));
        QSettings().remove(u"limits/noteKiloCharacters"_s);
        QVERIFY2(result.startsWith(u"Imported 1 annotation"_s), qPrintable(result));
        QCOMPARE(workspace->annotationCount(), 1);
        const Lectern::Models::Annotation *a = workspace->findAnnotation(workspace->annotationIds().constFirst());
        QCOMPARE(a->quote, u"600 billion yen"_s);
        QCOMPARE(a->note.size(), 1024);
        QVERIFY(a->note.startsWith(u"target nnn"_s));
        // Importing again adds nothing.
        QVERIFY(window.exporter()->importFile(dir.filePath(u"notes.jsonld"_s)).contains(u"already in the bundle"_s));
        QCOMPARE(workspace->annotationCount(), 1);
        // A broken file says where it is broken.
        QFile broken(dir.filePath(u"broken.jsonld"_s));
        QVERIFY(broken.open(QIODevice::WriteOnly));
        broken.write("{\n\"type\": \"AnnotationPage\",\n\"items\": [,]\n}");
        broken.close();
        const QString failed = window.exporter()->importFile(broken.fileName());
        QVERIFY2(failed.contains(u"line 3"_s), qPrintable(failed));
        QCOMPARE(workspace->annotationCount(), 1);
    }
};

QTEST_MAIN(ExportDialogTest)
#include "exportdialog_test.moc"
