// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportcontroller.h"

#include "annotationroles.h"
#include "annotationworkspace.h"
#include "documentlistmodel.h"
#include "exportsetbuilder.h"
#include "importplacer.h"
#include "importsettings.h"
#include "inputfile.h"
#include "qdaproject.h"
#include "webannotation.h"

#include <QAbstractItemModel>
#include <QAction>
#include <QApplication>
#include <QEventLoop>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QtConcurrent/QtConcurrentRun>
#include <QFile>
#include <QFileDialog>
#include <QMessageBox>
#include <QSettings>

using namespace Qt::StringLiterals;

namespace Lectern::App {

ExportController::ExportController(Sources sources, QWidget *window)
    : QObject(window)
    , m_sources(std::move(sources))
    , m_window(window)
    , m_export(new QAction(tr("&Export\u2026"), this))
    , m_import(new QAction(tr("&Import Annotations\u2026"), this))
{
    m_export->setShortcut(tr("Ctrl+E"));
    m_export->setStatusTip(tr("Write excerpts and notes as Markdown, HTML, CSV, Web Annotations, REFI-QDA, ODT, PDF or a clean corpus"));
    m_import->setStatusTip(tr("Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into this bundle"));
    connect(m_export, &QAction::triggered, this, &ExportController::showExportDialog);
    connect(m_import, &QAction::triggered, this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(
            m_window, tr("Import annotations"), settings.value(u"import/folder"_s).toString(),
            tr("Annotations (*.jsonld *.json *.qdpx);;All files (*)"));
        if (path.isEmpty())
            return;
        settings.setValue(u"import/folder"_s, QFileInfo(path).absolutePath());
        const QString result = importFile(path);
        QMessageBox::information(m_window, tr("Import annotations"), result);
    });
}

Views::ExportContext ExportController::context() const
{
    Views::ExportContext context;
    context.bundle = m_sources.documents->bundle();
    context.loadOptions = m_sources.loadOptions ? m_sources.loadOptions() : Models::LoadOptions{};
    const Models::AnnotationWorkspace *workspace = m_sources.annotations;
    for (const QString &id : workspace->annotationIds()) {
        if (const Models::Annotation *a = workspace->findAnnotation(id))
            context.annotations.append(*a);
    }
    context.codes = workspace->codes();
    context.links = workspace->evidenceLinks();
    if (m_sources.gazetteer)
        context.gazetteer = m_sources.gazetteer();
    if (const QAbstractItemModel *notes = m_sources.visibleNotes) {
        for (int row = 0; row < notes->rowCount(); ++row)
            context.visibleAnnotationIds.append(notes->index(row, 0).data(Models::AnnotationIdRole).toString());
    }
    if (m_sources.currentDocumentId)
        context.currentDocumentId = m_sources.currentDocumentId();
    if (m_sources.visibleDocumentIds)
        context.visibleDocumentIds = m_sources.visibleDocumentIds();
    return context;
}

void ExportController::showExportDialog()
{
    if (m_dialog) {
        m_dialog->raise();
        m_dialog->activateWindow();
        return;
    }
    m_dialog = new Views::ExportDialog(context(), m_sources.themes, m_window);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_dialog, &Views::ExportDialog::exported, this, [this](bool, const QString &text) { Q_EMIT message(text); });
    m_dialog->show();
}

QString ExportController::importFile(const QString &path)
{
    Models::AnnotationWorkspace *workspace = m_sources.annotations;
    if (!workspace->store() || workspace->isReadOnly())
        return tr("The bundle's annotations are read-only here; nothing was imported.");
    const Models::InputFile::Read file = Models::InputFile::read(path, {.root = {}, .maxBytes = Models::LoadOptions::MaxImportFileSize});
    if (!file.error.isEmpty())
        return tr("Cannot read %1: %2").arg(QDir::toNativeSeparators(path), file.error);
    const QByteArray &bytes = file.bytes;
    const Models::ImportLimits limits = ImportSettings::limits();
    const Models::ImportBatch batch = bytes.startsWith("PK") ? Models::QdaProject::readArchive(bytes, limits)
                                                             : Models::readWebAnnotations(bytes, limits);
    // Placing reads every document the file names: on a worker, with the
    // window kept painted and a busy indicator after a moment. The store is
    // written here afterwards (its connection belongs to this thread).
    const Models::Bundle bundle = m_sources.documents->bundle();
    const Models::LoadOptions options = m_sources.loadOptions ? m_sources.loadOptions() : Models::LoadOptions{};
    const QSet<QString> existing(workspace->annotationIds().cbegin(), workspace->annotationIds().cend());
    const QList<Models::Code> codes = workspace->codes();
    QFuture<Models::ImportPlan> placing = QtConcurrent::run([batch, bundle, options, codes, existing, limits] {
        return Models::ImportPlacer::place(batch, bundle, Models::ExportSetBuilder::fileReader(bundle, options), codes, existing, limits);
    });
    if (!placing.isFinished()) {
        QProgressDialog busy(tr("Finding the imported passages in the bundle\u2019s documents\u2026"), QString(), 0, 0, m_window);
        busy.setWindowTitle(tr("Import annotations"));
        busy.setWindowModality(Qt::WindowModal);
        busy.setMinimumDuration(400);
        QFutureWatcher<Models::ImportPlan> watcher;
        QEventLoop loop;
        connect(&watcher, &QFutureWatcher<Models::ImportPlan>::finished, &loop, &QEventLoop::quit);
        watcher.setFuture(placing);
        if (!placing.isFinished())
            loop.exec();
    }
    const Models::ImportPlan plan = placing.result();
    QApplication::setOverrideCursor(Qt::WaitCursor);
    Models::AnnotationStore *store = workspace->store();
    QStringList failures;
    for (const Models::Code &code : plan.newCodes) {
        if (auto created = store->createCode(code); !created)
            failures.append(created.error().message);
    }
    if (!plan.annotations.isEmpty()) {
        if (auto stored = store->importAnnotations(plan.annotations); !stored)
            failures.append(stored.error().message);
    }
    for (const Models::EvidenceLink &link : plan.links) {
        if (auto linked = store->addEvidenceLink(link.claimId, link.evidenceId); !linked)
            failures.append(linked.error().message);
    }
    // What was stored shows at once; an import is not a step of the undo history.
    (void)workspace->reload();
    QApplication::restoreOverrideCursor();

    QString result = tr("Imported %n annotation(s)", nullptr, int(plan.annotations.size()));
    if (plan.alreadyPresent > 0)
        result += tr("; %n were already in the bundle", nullptr, plan.alreadyPresent);
    if (plan.unplaced > 0)
        result += tr("; %n could not be placed in any document", nullptr, plan.unplaced);
    result += u'.';
    const QStringList problems = plan.problems + failures;
    if (!problems.isEmpty())
        result += u"\n\n"_s + problems.mid(0, 20).join(u'\n') + (problems.size() > 20 ? u"\n…"_s : QString());
    Q_EMIT message(result.section(u'\n', 0, 0));
    return result;
}

} // namespace Lectern::App
