// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"

#include "aboutdialog.h"
#include "annotationcontroller.h"

#include "annotationfilterproxy.h"
#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "annotationworkspace.h"
#include "bundle.h"
#include "storelocation.h"
#include "bundleloader.h"
#include "bundlesearch.h"
#include "copybanner.h"
#include "diagnosticlistmodel.h"
#include "diagnosticspanel.h"
#include "documentheader.h"
#include "documentlistmodel.h"
#include "documentlistpanel.h"
#include "documentoutlinemodel.h"
#include "documentroles.h"
#include "documenttextloader.h"
#include "entitycontroller.h"
#include "exportcontroller.h"
#include "importsettings.h"
#include "findbar.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "segmentationresults.h"
#include "segmentationrunner.h"
#include "segmentkind.h"
#include "searchpanel.h"
#include "searchresultmodel.h"
#include "shortcutsdialog.h"
#include "pdfpagerenderer.h"
#include "pdfpageview.h"
#include "sourceview.h"
#include "themeregistry.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QDockWidget>
#include <QFileDialog>
#include <QFileInfo>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QMimeData>
#include <QProgressBar>
#include <QScrollBar>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QToolBar>
#include <QTimer>
#include <QToolButton>
#include <QTreeView>
#include <QActionGroup>
#include <array>
#include <QHeaderView>
#include <QUndoStack>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::App {

namespace {
constexpr int MaxRecentBundles = 10;
const auto RecentKey = "bundles/recent"_L1;
const auto LastDirKey = "bundles/lastDirectory"_L1;
const auto GeometryKey = "window/geometry"_L1;
const auto StateKey = "window/state"_L1;
const auto MaxFileSizeKey = "loading/maxDocumentMegabytes"_L1;
const auto AllowOutsideKey = "loading/allowPathsOutsideBundle"_L1;
const auto ThemeKey = "reader/theme"_L1;
const auto DocumentColumnsKey = "documents/columns"_L1;
const auto ReadingModeKey = "reader/mode"_L1;
} // namespace

MainWindow::MainWindow(QWidget *parent)
    : QMainWindow(parent)
    , m_themes(new Views::ThemeRegistry(this))
    , m_documents(new Models::DocumentListModel(this))
    , m_diagnostics(new Models::DiagnosticListModel(this))
    , m_loader(new Models::BundleLoader(this))
    , m_texts(new Models::DocumentTextLoader(this))
    , m_header(new Views::DocumentHeader(m_themes, this))
    , m_reader(new Views::ReaderView(m_themes, this))
    , m_findBar(new Views::FindBar(this))
    , m_sourceView(new Views::SourceView(m_themes, this))
    , m_pdfPage(new Views::PdfPageView(this))
    , m_pdfRenderer(std::make_unique<Models::PdfPageRenderer>())
    , m_pages(new QStackedWidget(this))
    , m_searchResults(new Models::SearchResultModel(this))
    , m_bundleSearch(new Models::BundleSearch(m_texts->cache(), this))
    , m_segmenter(new Models::SegmentationRunner(m_texts->cache(), this))
    , m_segmentation(new Models::SegmentationResults(this))
    , m_outline(new Models::DocumentOutlineModel(this))
    , m_copyBanner(new Views::CopyBanner(m_themes, this))
    , m_problemsButton(new QToolButton(this))
    , m_annotations(new Models::AnnotationWorkspace(this))
    , m_annotationList(new Models::AnnotationListModel(m_annotations, this))
    , m_annotationProxy(new Models::AnnotationFilterProxy(this))
    , m_undoStack(m_annotations->undoStack())
    , m_statusLabel(new QLabel(this))
    , m_progress(new QProgressBar(this))
    , m_cancelButton(new QToolButton(this))
{
    setObjectName("MainWindow"_L1);
    setWindowTitle(tr("Lectern"));
    setAcceptDrops(true);
    auto *central = new QWidget(this);
    auto *centralLayout = new QVBoxLayout(central);
    centralLayout->setContentsMargins(0, 0, 0, 0);
    centralLayout->setSpacing(0);
    centralLayout->addWidget(m_header);
    centralLayout->addWidget(m_copyBanner);
    m_pages->addWidget(m_reader);
    m_pages->addWidget(m_sourceView);
    m_pages->addWidget(m_pdfPage);
    centralLayout->addWidget(m_pages, 1);
    centralLayout->addWidget(m_findBar);
    m_findBar->hide();
    setCentralWidget(central);
    connect(m_findBar, &Views::FindBar::queryChanged, m_reader, &Views::ReaderView::search);
    connect(m_findBar, &Views::FindBar::nextRequested, m_reader, &Views::ReaderView::findNext);
    connect(m_findBar, &Views::FindBar::previousRequested, m_reader, &Views::ReaderView::findPrevious);
    connect(m_findBar, &Views::FindBar::closed, m_reader, [this] {
        m_reader->search({});
        m_reader->setFocus();
    });
    connect(m_reader, &Views::ReaderView::searchResult, m_findBar, &Views::FindBar::showResult);
    connect(m_reader, &Views::ReaderView::textColumnChanged, m_header, &Views::DocumentHeader::alignWith);
    // The header follows the page being read in a document with pages.
    connect(m_reader->verticalScrollBar(), &QScrollBar::valueChanged, this, &MainWindow::updatePage);
    connect(m_reader, &QPlainTextEdit::cursorPositionChanged, this, &MainWindow::updatePage);
    m_reader->showPlaceholder(tr("Open a bundle to start reading: File \u203A Open Bundle (Ctrl+O), or drop an index file or folder here."));

    m_progress->setMaximumWidth(220);
    m_progress->setVisible(false);
    m_progress->setAccessibleName(tr("Loading progress"));
    m_cancelButton->setText(tr("Cancel"));
    m_cancelButton->setVisible(false);
    statusBar()->addWidget(m_statusLabel, 1);
    // The Problems panel's count, where the eye looks for the state of things.
    m_problemsButton->setAutoRaise(true);
    m_problemsButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_problemsButton->setIcon(style()->standardIcon(QStyle::SP_MessageBoxWarning));
    m_problemsButton->setAccessibleName(tr("Problems"));
    m_problemsButton->setVisible(false);
    statusBar()->addPermanentWidget(m_problemsButton);
    statusBar()->addPermanentWidget(m_progress);
    statusBar()->addPermanentWidget(m_cancelButton);

    m_annotationController = new AnnotationController(this, m_reader, m_annotations, m_annotationList, m_annotationProxy, m_segmentation);
    EntityController::Sources entitySources;
    entitySources.documents = m_documents;
    entitySources.annotations = m_annotations;
    entitySources.loadOptions = [this] { return loadOptions(); };
    entitySources.loading = [this] { return m_loading; };
    m_entities = new EntityController(this, m_reader, m_texts->cache(), entitySources);
    createDocks();
    createActions();
    restoreSettings();

    connect(m_cancelButton, &QToolButton::clicked, this, [this] {
        m_loader->cancel();
        m_entities->cancel();
        m_segmenter->cancel();
    });
    connect(m_loader, &Models::BundleLoader::indexRead, this, &MainWindow::onIndexRead);
    connect(m_loader, &Models::BundleLoader::documentsChecked, this, [this](const QList<Models::DocumentCheck> &checks) {
        m_documents->applyChecks(checks);
        for (const Models::DocumentCheck &check : checks)
            m_diagnostics->append(check.diagnostics);
    });
    connect(m_loader, &Models::BundleLoader::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_loader, &Models::BundleLoader::finished, this, &MainWindow::onLoadFinished);
    connect(m_texts, &Models::DocumentTextLoader::textReady, this, &MainWindow::onTextReady);
    connect(m_diagnostics, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateStatus);
    connect(m_segmenter, &Models::SegmentationRunner::profileReady, m_segmentation, &Models::SegmentationResults::setProfile);
    connect(m_segmenter, &Models::SegmentationRunner::documentsSegmented, m_segmentation, &Models::SegmentationResults::add);
    connect(m_segmenter, &Models::SegmentationRunner::progress, this, [this](int done, int total) {
        m_progress->setRange(0, total);
        m_progress->setValue(done);
    });
    connect(m_segmenter, &Models::SegmentationRunner::finished, this, [this](bool cancelled) {
        if (m_entities->isRunning() && !cancelled)
            return; // the entity pass ends the loading
        m_loading = false;
        m_progress->setVisible(false);
        m_cancelButton->setVisible(false);
        updateStatus();
        if (cancelled)
            m_statusLabel->setText(m_statusLabel->text() + tr(" (segmentation stopped)"));
        maybeSettled();
    });
    connect(m_segmentation, &Models::SegmentationResults::documentChanged, this, &MainWindow::onDocumentSegmented);
    connect(m_reader, &Views::ReaderView::duplicateActivated, this, &MainWindow::revealInDocument);
    connect(m_copyBanner, &Views::CopyBanner::readCanonicalRequested, this, [this] {
        const Models::DocumentSegmentation *segmentation = m_segmentation->document(m_shownId);
        if (!segmentation)
            return;
        // The document as a whole, or the first passage that is copied.
        if (segmentation->duplicateOf.isValid()) {
            revealInDocument(segmentation->duplicateOf.documentId, 0, 0);
            return;
        }
        for (const Models::Segment &segment : segmentation->segments) {
            if (segment.duplicate.isValid() && !segment.isBlank()) {
                revealInDocument(segment.duplicate.documentId, int(segment.duplicate.start), int(segment.duplicate.end));
                return;
            }
        }
    });
    connect(m_copyBanner, &Views::CopyBanner::uniqueOnlyRequested, this, [this](bool uniqueOnly) {
        setReadingMode(uniqueOnly ? Views::ReadingMode::UniqueContent : Views::ReadingMode::FullText, true);
    });
    m_outline->setTitleLookup([this](const QString &id) { return titleOfId(id); });
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::createDocks()
{
    m_documentPanel = new Views::DocumentListPanel(m_documents, this);
    auto *documentsDock = new QDockWidget(tr("Documents"), this);
    documentsDock->setObjectName("DocumentsDock"_L1);
    documentsDock->setWidget(m_documentPanel);
    addDockWidget(Qt::LeftDockWidgetArea, documentsDock);
    connect(m_documentPanel, &Views::DocumentListPanel::documentActivated, this, &MainWindow::showRow);

    m_diagnosticsPanel = new Views::DiagnosticsPanel(m_diagnostics, this);
    auto *problemsDock = new QDockWidget(tr("Problems"), this);
    m_problemsDock = problemsDock;
    problemsDock->setObjectName("ProblemsDock"_L1);
    problemsDock->setWidget(m_diagnosticsPanel);
    addDockWidget(Qt::BottomDockWidgetArea, problemsDock);
    connect(m_diagnosticsPanel, &QTreeView::activated, this, [this](const QModelIndex &index) {
        // A problem with a document: open that document.
        const QString file = index.data(Models::DiagnosticListModel::FileRole).toString();
        for (int row = 0; row < m_documents->rowCount(); ++row) {
            if (m_documents->entry(row).path == file) {
                m_documentPanel->selectRow(row);
                return;
            }
        }
    });
    m_outlineView = new QTreeView(this);
    m_outlineView->setModel(m_outline);
    m_outlineView->setHeaderHidden(true);
    m_outlineView->setUniformRowHeights(true);
    m_outlineView->setTextElideMode(Qt::ElideRight);
    m_outlineView->setAccessibleName(tr("Outline"));
    m_outlineView->setAccessibleDescription(tr("The document's structure: title, articles and their headings, boilerplate and copied passages"));
    m_outlineView->setContextMenuPolicy(Qt::CustomContextMenu);
    auto *outlineDock = new QDockWidget(tr("Outline"), this);
    outlineDock->setObjectName("OutlineDock"_L1);
    outlineDock->setWidget(m_outlineView);
    addDockWidget(Qt::LeftDockWidgetArea, outlineDock);
    connect(m_outlineView, &QTreeView::activated, this, [this](const QModelIndex &index) {
        m_reader->revealRange(index.data(Models::DocumentOutlineModel::StartRole).toInt(), index.data(Models::DocumentOutlineModel::EndRole).toInt());
        m_reader->setFocus();
    });
    connect(m_outlineView, &QTreeView::clicked, m_outlineView, &QTreeView::activated);
    connect(m_outlineView, &QTreeView::customContextMenuRequested, this, [this](const QPoint &point) {
        const QModelIndex index = m_outlineView->indexAt(point);
        const QString canonical = index.data(Models::DocumentOutlineModel::CanonicalDocumentRole).toString();
        if (canonical.isEmpty())
            return;
        QMenu menu;
        menu.addAction(tr("Go to the Canonical Copy in “%1”").arg(titleOfId(canonical)), this, [this, index, canonical] {
            revealInDocument(canonical, index.data(Models::DocumentOutlineModel::CanonicalStartRole).toInt(),
                             index.data(Models::DocumentOutlineModel::CanonicalEndRole).toInt());
        });
        menu.exec(m_outlineView->viewport()->mapToGlobal(point));
    });

    createEntitiesDock();
    createNotesDock();

    m_searchPanel = new Views::SearchPanel(m_searchResults, this);
    m_searchDock = new QDockWidget(tr("Search"), this);
    m_searchDock->setObjectName("SearchDock"_L1);
    m_searchDock->setWidget(m_searchPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_searchDock);
    tabifyDockWidget(problemsDock, m_searchDock);
    if (auto *notesDock = findChild<QDockWidget *>(u"NotesDock"_s)) {
        tabifyDockWidget(problemsDock, notesDock);
        // The notes list shows itself once there is a note to list (a saved layout may say otherwise).
        notesDock->hide();
        const auto showOnFirstNote = [this, notesDock] {
            if (m_annotationList->rowCount() > 0 && !m_notesShown) {
                m_notesShown = true;
                notesDock->show();
            }
        };
        connect(m_annotationList, &QAbstractItemModel::rowsInserted, notesDock, showOnFirstNote);
        connect(m_annotationList, &QAbstractItemModel::modelReset, notesDock, showOnFirstNote);
    }
    m_searchDock->hide(); // Edit › Search the Bundle (Ctrl+Shift+F) brings it
    problemsDock->raise();
    connect(m_searchPanel, &Views::SearchPanel::searchRequested, this, [this](const Models::SearchQuery &query) {
        QStringList titles;
        for (int row = 0; row < m_documents->rowCount(); ++row)
            titles.append(m_documents->entry(row).displayTitle());
        m_searchResults->reset(titles);
        m_bundleSearch->start(m_documents->bundle(), query, loadOptions());
    });
    connect(m_searchPanel, &Views::SearchPanel::cancelRequested, m_bundleSearch, &Models::BundleSearch::cancel);
    connect(m_searchPanel, &Views::SearchPanel::hitActivated, this, &MainWindow::revealPassage);
    connect(m_bundleSearch, &Models::BundleSearch::hitsFound, m_searchResults, &Models::SearchResultModel::append);
    connect(m_bundleSearch, &Models::BundleSearch::progress, m_searchPanel, &Views::SearchPanel::showProgress);
    connect(m_bundleSearch, &Models::BundleSearch::finished, m_searchPanel, &Views::SearchPanel::showFinished);

    connect(m_problemsButton, &QToolButton::clicked, this, [this] {
        m_problemsDock->show();
        m_problemsDock->raise();
        m_diagnosticsPanel->setFocus();
    });
    connect(m_diagnostics, &QAbstractItemModel::rowsInserted, this, &MainWindow::updateProblemsPanel);
    connect(m_diagnostics, &QAbstractItemModel::rowsRemoved, this, &MainWindow::updateProblemsPanel);

    resizeDocks({documentsDock}, {400}, Qt::Horizontal);
    resizeDocks({problemsDock}, {140}, Qt::Vertical);
}

void MainWindow::createActions()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *open = file->addAction(tr("&Open Bundle\u2026"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getOpenFileName(this, tr("Open Bundle"), settings.value(LastDirKey).toString(),
                                                          tr("Bundle indexes (*.json *.jsonl *.ndjson *.csv *.tsv *.txt *.lst);;All files (*)"));
        if (!path.isEmpty())
            openBundle(path);
    });
    open->setShortcut(QKeySequence::Open);
    QAction *openFolder = file->addAction(tr("Open &Folder as Bundle\u2026"), this, [this] {
        QSettings settings;
        const QString path = QFileDialog::getExistingDirectory(this, tr("Open Folder as Bundle"), settings.value(LastDirKey).toString());
        if (!path.isEmpty())
            openBundle(path);
    });
    openFolder->setShortcut(tr("Ctrl+Shift+O"));
    m_recentMenu = file->addMenu(tr("Open &Recent"));
    QAction *reload = file->addAction(tr("&Reload"), this, [this] {
        if (!m_bundlePath.isEmpty())
            openBundle(m_bundlePath);
    });
    reload->setShortcut(QKeySequence::Refresh);
    QAction *allowOutside = file->addAction(tr("Allow Paths &Outside the Bundle's Folder"));
    allowOutside->setCheckable(true);
    allowOutside->setChecked(QSettings().value(AllowOutsideKey, false).toBool());
    allowOutside->setToolTip(tr("Open documents whose index paths lead outside the folder of the index (off by default)"));
    connect(allowOutside, &QAction::toggled, this, [this](bool allowed) {
        QSettings().setValue(AllowOutsideKey, allowed);
        if (!m_bundlePath.isEmpty())
            openBundle(m_bundlePath);
    });
    file->addSeparator();
    ExportController::Sources exportSources;
    exportSources.documents = m_documents;
    exportSources.annotations = m_annotations;
    exportSources.visibleNotes = m_annotationProxy;
    exportSources.themes = m_themes;
    // The gazetteer the reader highlights with: both files and the bundle's decisions.
    exportSources.gazetteer = [this] { return m_entities->gazetteer(); };
    exportSources.loadOptions = [this] { return loadOptions(); };
    exportSources.currentDocumentId = [this] { return m_shownId; };
    exportSources.visibleDocumentIds = [this] {
        QStringList ids;
        const QAbstractItemModel *listed = m_documentPanel ? m_documentPanel->view()->model() : nullptr;
        for (int row = 0; listed && row < listed->rowCount(); ++row)
            ids.append(listed->index(row, 0).data(Models::DocumentIdRole).toString());
        return ids;
    };
    m_exporter = new ExportController(exportSources, this);
    file->addAction(m_exporter->exportAction());
    file->addAction(m_exporter->importAction());
    connect(m_exporter, &ExportController::message, this, [this](const QString &text) { statusBar()->showMessage(text, 10000); });
    file->addSeparator();
    QAction *settingsAction = file->addAction(tr("&Settings\u2026"), this, [this, allowOutside] {
        QSettings settings;
        const Views::Preferences before{m_themes->themeName(),
                                        int(settings.value(MaxFileSizeKey, Models::LoadOptions::DefaultMaxFileSize / (1024 * 1024)).toLongLong()),
                                        settings.value(AllowOutsideKey, false).toBool(),
                                        settings.value(ImportSettings::ImportMegabytesKey, ImportSettings::defaultImportMegabytes()).toInt(),
                                        settings.value(ImportSettings::NoteKiloCharactersKey, ImportSettings::defaultNoteKiloCharacters()).toInt()};
        Views::PreferencesDialog dialog(m_themes, before, this);
        if (dialog.exec() != QDialog::Accepted)
            return;
        const Views::Preferences after = dialog.preferences();
        settings.setValue(ThemeKey, after.theme);
        settings.setValue(MaxFileSizeKey, after.maxDocumentMegabytes);
        settings.setValue(ImportSettings::ImportMegabytesKey, after.importMegabytes);
        settings.setValue(ImportSettings::NoteKiloCharactersKey, after.noteKiloCharacters);
        allowOutside->setChecked(after.allowPathsOutsideBundle); // saves and reloads when it changes
    });
    settingsAction->setShortcuts({QKeySequence(QKeySequence::Preferences), QKeySequence(tr("Ctrl+,"))});
    settingsAction->setMenuRole(QAction::PreferencesRole);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_undoStack->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    edit->addAction(undo);
    QAction *redo = m_undoStack->createRedoAction(this, tr("&Redo"));
    // Every platform's redo keys, whichever the platform theme names.
    QList<QKeySequence> redoKeys = QKeySequence::keyBindings(QKeySequence::Redo);
    for (const QKeySequence &key : {QKeySequence(tr("Ctrl+Shift+Z")), QKeySequence(tr("Ctrl+Y"))}) {
        if (!redoKeys.contains(key))
            redoKeys.append(key);
    }
    redo->setShortcuts(redoKeys);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *copy = edit->addAction(tr("&Copy"), m_reader, &QPlainTextEdit::copy);
    copy->setShortcut(QKeySequence::Copy);
    QAction *selectAll = edit->addAction(tr("Select &All"), m_reader, &QPlainTextEdit::selectAll);
    selectAll->setShortcut(QKeySequence::SelectAll);
    edit->addSeparator();
    edit->addAction(m_annotationController->annotateAction());
    m_entities->fillEditMenu(edit);
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Document…"), m_findBar, &Views::FindBar::activate);
    find->setShortcut(QKeySequence::Find);
    QAction *findNext = edit->addAction(tr("Find &Next"), this, [this] {
        if (m_findBar->isHidden())
            m_findBar->activate();
        else
            m_reader->findNext();
    });
    findNext->setShortcut(QKeySequence::FindNext);
    QAction *findPrevious = edit->addAction(tr("Find Pre&vious"), m_reader, &Views::ReaderView::findPrevious);
    findPrevious->setShortcut(QKeySequence::FindPrevious);
    QAction *searchBundle = edit->addAction(tr("&Search the Bundle…"), this, [this] {
        m_searchDock->show();
        m_searchDock->raise();
        m_searchPanel->activate();
    });
    searchBundle->setShortcut(tr("Ctrl+Shift+F"));

    m_annotationController->fillMenu(menuBar()->addMenu(tr("A&nnotations")));

    QMenu *go = menuBar()->addMenu(tr("&Go"));
    QAction *filter = go->addAction(tr("Find &Document"), this, [this] { m_documentPanel->focusFilter(); });
    filter->setShortcut(tr("Ctrl+L"));
    createGoActions(go);
    m_entities->fillGoMenu(go);

    m_viewMenu = menuBar()->addMenu(tr("&View"));
    m_showSource = m_viewMenu->addAction(tr("Show &Source"));
    m_showSource->setCheckable(true);
    m_showSource->setEnabled(false);
    m_showSource->setShortcut(tr("Ctrl+U"));
    m_showSource->setToolTip(tr("Show the document as written (HTML, Markdown, JSON, a web archive's record) highlighted, or a PDF's page as it is laid out"));
    connect(m_showSource, &QAction::toggled, this, &MainWindow::updateSourcePage);
    m_viewMenu->addSeparator();
    createReadingActions(m_viewMenu);
    QAction *cycle = m_viewMenu->addAction(tr("&Next Reading Mode"), this, [this] {
        setReadingMode(Views::ReadingMode((int(m_reader->readingMode()) + 1) % 3), true);
    });
    cycle->setShortcut(tr("Ctrl+0"));
    cycle->setToolTip(tr("Full text, then the main article, then only what is new, then the full text again"));
    m_viewMenu->addSeparator();
    for (QDockWidget *dock : findChildren<QDockWidget *>())
        m_viewMenu->addAction(dock->toggleViewAction());

    createHelpMenu();

    QToolBar *toolbar = addToolBar(tr("Main"));
    toolbar->setObjectName("MainToolBar"_L1);
    toolbar->setToolButtonStyle(Qt::ToolButtonTextOnly);
    // Toolbar buttons carry no menu accelerators ("(&O)" in Japanese menus).
    open->setIconText(tr("Open Bundle"));
    reload->setIconText(tr("Reload"));
    toolbar->addAction(open);
    toolbar->addAction(reload);
}

void MainWindow::createGoActions(QMenu *go)
{
    QAction *next = go->addAction(tr("&Next Document"), this, [this] {
        QTreeView *view = m_documentPanel->view();
        const QModelIndex below = view->indexBelow(view->currentIndex());
        if (below.isValid())
            view->setCurrentIndex(below);
    });
    next->setShortcut(tr("Alt+Down"));
    QAction *previous = go->addAction(tr("&Previous Document"), this, [this] {
        QTreeView *view = m_documentPanel->view();
        const QModelIndex above = view->indexAbove(view->currentIndex());
        if (above.isValid())
            view->setCurrentIndex(above);
    });
    previous->setShortcut(tr("Alt+Up"));
    go->addSeparator();
    const auto say = [this](bool moved, const QString &none) {
        if (moved)
            m_reader->setFocus();
        else
            statusBar()->showMessage(none, 4000);
    };
    QAction *nextArticle = go->addAction(tr("Next &Article"), this, [this, say] {
        say(m_reader->goToArticle(false), tr("No other article after this one"));
    });
    nextArticle->setShortcut(tr("Ctrl+]"));
    QAction *previousArticle = go->addAction(tr("Previous A&rticle"), this, [this, say] {
        say(m_reader->goToArticle(true), tr("No other article before this one"));
    });
    previousArticle->setShortcut(tr("Ctrl+["));
    QAction *nextNote = go->addAction(tr("Next Anno&tation"), this, [this, say] {
        say(m_reader->goToAnnotation(false), tr("No annotation after this point"));
    });
    nextNote->setShortcut(tr("F7"));
    QAction *previousNote = go->addAction(tr("Previous Annotat&ion"), this, [this, say] {
        say(m_reader->goToAnnotation(true), tr("No annotation before this point"));
    });
    previousNote->setShortcut(tr("Shift+F7"));
    go->addSeparator();
}

void MainWindow::createHelpMenu()
{
    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *keys = help->addAction(tr("&Keyboard Shortcuts"), this, [this] {
        Views::ShortcutsDialog dialog(menuBar(), this);
        dialog.exec();
    });
    keys->setShortcut(tr("Ctrl+F1"));
    help->addSeparator();
    QAction *about = help->addAction(tr("&About Lectern"), this, [this] {
        Views::AboutDialog dialog(this);
        dialog.exec();
    });
    about->setMenuRole(QAction::AboutRole);
}

void MainWindow::restoreSettings()
{
    QSettings settings;
    m_themes->setThemeName(settings.value(ThemeKey).toString());
    if (!restoreGeometry(settings.value(GeometryKey).toByteArray()))
        resize(1200, 780);
    restoreState(settings.value(StateKey).toByteArray());
    m_documentPanel->restoreState(settings.value(DocumentColumnsKey).toByteArray());
    updateProblemsPanel(); // nothing is wrong before a bundle opens
    rebuildRecentMenu();
}

Models::LoadOptions MainWindow::loadOptions() const
{
    QSettings settings;
    Models::LoadOptions options;
    const qint64 megabytes = settings.value(MaxFileSizeKey, Models::LoadOptions::DefaultMaxFileSize / (1024 * 1024)).toLongLong();
    options.maxFileSize = std::max<qint64>(1, megabytes) * 1024 * 1024;
    options.allowOutsideRoot = settings.value(AllowOutsideKey, false).toBool();
    return options;
}

void MainWindow::openAtDocument(const QString &documentId)
{
    m_initialDocument = documentId;
}

void MainWindow::useTheme(const QString &name)
{
    m_themes->setThemeName(name);
}

void MainWindow::useReadingMode(Views::ReadingMode mode)
{
    setReadingMode(mode, false);
}

void MainWindow::setReadingMode(Views::ReadingMode mode, bool remember)
{
    m_reader->setReadingMode(mode);
    for (QAction *action : m_readingModes->actions())
        action->setChecked(action->data().toInt() == int(mode));
    m_copyBanner->setShowingUniqueOnly(mode == Views::ReadingMode::UniqueContent);
    if (remember)
        QSettings().setValue(ReadingModeKey, int(mode));
}

void MainWindow::openBundle(const QString &path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    m_bundlePath = absolute;
    m_loading = true;
    m_shownId.clear();
    m_pendingId.clear();
    m_reportedReadProblems.clear();
    m_pendingReveal.reset();
    m_bundleSearch->cancel();
    m_searchResults->reset({});
    m_segmenter->cancel();
    m_entities->clear();
    m_segmentation->clear();
    m_outline->clear();
    m_annotations->close();
    m_notesShown = false;
    m_diagnostics->clear();
    m_documents->clear();
    m_texts->clearCache();
    m_header->clear();
    m_reader->showPlaceholder(tr("Opening %1\u2026").arg(QFileInfo(absolute).fileName()));
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_statusLabel->setText(tr("Reading the index\u2026"));
    m_loader->open(absolute, loadOptions());
}

void MainWindow::onIndexRead(const Models::Bundle &bundle)
{
    m_documents->setBundle(bundle);
    m_diagnostics->append(bundle.diagnostics);
    setWindowTitle(tr("%1 \u2014 Lectern").arg(bundle.name));
    if (!bundle.failed) {
        openAnnotationStore(bundle.indexPath);
        rememberRecent(bundle.indexPath);
        QSettings().setValue(LastDirKey, QFileInfo(bundle.indexPath).absolutePath());
    }
    if (bundle.documents.isEmpty()) {
        m_reader->showPlaceholder(tr("Nothing could be opened from %1. The Problems panel says why.").arg(bundle.indexPath));
    } else {
        const int wanted = m_initialDocument.isEmpty() ? -1 : m_documents->rowOfId(m_initialDocument);
        m_documentPanel->selectRow(std::max(0, wanted));
        m_reader->setFocus(); // reading starts at once, by keyboard too
    }
    updateStatus();
}

void MainWindow::onLoadFinished(bool cancelled)
{
    if (!cancelled && m_documents->rowCount() > 0) {
        // Segmentation needs every document's check: it starts when loading ends.
        m_statusLabel->setText(tr("Segmenting %n document(s)\u2026", nullptr, m_documents->rowCount()));
        m_segmenter->start(m_documents->bundle(), loadOptions());
        m_entities->find();
        return;
    }
    m_loading = false;
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    updateStatus();
    if (cancelled)
        m_statusLabel->setText(m_statusLabel->text() + tr(" (checking cancelled)"));
    maybeSettled();
}

void MainWindow::showRow(int row)
{
    if (row < 0 || row >= m_documents->rowCount())
        return;
    const Models::DocumentEntry &entry = m_documents->entry(row);
    m_pendingId = entry.id;
    m_texts->request(entry, m_documents->bundle().rootDir, loadOptions());
}

void MainWindow::revealPassage(int row, int start, int end)
{
    if (row < 0 || row >= m_documents->rowCount())
        return;
    if (m_documents->entry(row).id == m_shownId && m_pendingId.isEmpty()) {
        m_reader->revealRange(start, end);
        m_reader->setFocus();
        return;
    }
    m_pendingReveal = std::pair{start, end};
    m_documentPanel->selectRow(row);
    showRow(row); // the list may be filtered so that the row is not selectable
}

void MainWindow::onTextReady(const QString &documentId, const Models::DocumentText &text)
{
    if (documentId != m_pendingId)
        return;
    m_pendingId.clear();
    m_shownId = documentId;
    const int row = m_documents->rowOfId(documentId);
    if (row >= 0)
        m_header->showEntry(m_documents->entry(row));
    m_pagedBlocks.clear();
    if (text.status == Models::DocumentStatus::Error) {
        const QString why = text.diagnostics.isEmpty() ? QString() : text.diagnostics.constFirst().message;
        m_reader->showPlaceholder(tr("This document cannot be shown: %1").arg(why));
    } else {
        if (!text.blocks.isEmpty() && text.blocks.constLast().page > 0)
            m_pagedBlocks = text.blocks;
        m_reader->showDocument(text.text);
        m_sourceView->showSource(text.source.isEmpty() ? text.text : text.source, text.sourceSyntax);
        showSegmentation();
        m_annotationController->documentShown(documentId, text.text);
        if (m_pendingReveal) {
            m_reader->revealRange(m_pendingReveal->first, m_pendingReveal->second);
            m_reader->setFocus();
        }
    }
    m_pendingReveal.reset();
    if (!m_reportedReadProblems.contains(documentId)) {
        m_reportedReadProblems.insert(documentId);
        // Errors were already reported by the bundle check; reading adds the warnings.
        Models::Diagnostics warnings;
        for (const Models::Diagnostic &d : text.diagnostics) {
            if (d.severity != Models::Severity::Error)
                warnings.append(d);
        }
        m_diagnostics->append(warnings);
    }
    const bool readable = text.status != Models::DocumentStatus::Error;
    m_pdfPath = readable && row >= 0 && m_documents->entry(row).format == Models::DocumentFormat::Pdf ? m_documents->entry(row).path
                                                                                                       : QString();
    m_showSource->setEnabled(readable && (!text.sourceSyntax.isEmpty() || !m_pdfPath.isEmpty()));
    updatePage();
    if (m_sourceFirst && m_showSource->isEnabled()) {
        m_sourceFirst = false;
        m_showSource->setChecked(true);
    }
    updateSourcePage();
    maybeSettled();
}

// The page of the text in the middle of the reader (a PDF's), in the header.
void MainWindow::updatePage()
{
    if (m_pagedBlocks.isEmpty()) {
        m_readingPage = 0;
        m_header->setPage(0, 0);
        return;
    }
    const QPoint middle(m_reader->viewport()->width() / 2, m_reader->viewport()->height() / 2);
    m_readingPage = Models::pageAt(m_pagedBlocks, m_reader->cursorForPosition(middle).position());
    m_header->setPage(m_readingPage, m_pagedBlocks.constLast().page);
}

void MainWindow::createNotesDock()
{
    m_annotationController->createDocks();
    connect(m_annotationController, &AnnotationController::revealRequested, this, &MainWindow::revealInDocument);
    connect(m_annotationController, &AnnotationController::statusMessage, m_statusLabel, &QLabel::setText);
    const auto reportError = [this](const Models::StoreError &error) {
        m_diagnostics->append({Models::Diagnostic::error(m_bundlePath, 0, tr("annotations: %1").arg(error.fullText()))});
    };
    connect(m_annotations, &Models::AnnotationWorkspace::errorOccurred, this, reportError);
    connect(m_annotationController, &AnnotationController::errorOccurred, this, reportError);
}

void MainWindow::openAnnotationStore(const QString &indexPath)
{
    const QString path = Models::StoreLocation::databasePathFor(indexPath);
    auto opened = Models::AnnotationStore::openSqlite(path, {});
    if (!opened) {
        QString message = tr("the annotations cannot be opened: %1").arg(opened.error().fullText());
        if (!opened.error().suggestedLocation.isEmpty())
            message += tr(" (another place for them: %1)").arg(opened.error().suggestedLocation);
        m_diagnostics->append({Models::Diagnostic::error(path, 0, message)});
        return;
    }
    if (const Models::StoreStatus status = m_annotations->open(std::move(opened).value()); !status)
        m_diagnostics->append({Models::Diagnostic::error(path, 0, tr("the annotations cannot be read: %1").arg(status.error().fullText()))});
    else if (m_annotations->isReadOnly())
        m_diagnostics->append({Models::Diagnostic::warning(path, 0, tr("the annotations are open read-only; %1").arg(m_annotations->store()->notice()))});
}

void MainWindow::createEntitiesDock()
{
    m_entities->createDock();
    connect(m_entities, &EntityController::finished, this, [this] {
        if (m_loading && !m_segmenter->isRunning()) {
            m_loading = false;
            m_progress->setVisible(false);
            m_cancelButton->setVisible(false);
            updateStatus();
            maybeSettled();
        }
    });
    connect(m_entities, &EntityController::revealRequested, this, &MainWindow::revealInDocument);
    connect(m_entities, &EntityController::statusMessage, m_statusLabel, &QLabel::setText);
    connect(m_entities, &EntityController::problemsFound, m_diagnostics, &Models::DiagnosticListModel::append);
}

void MainWindow::createReadingActions(QMenu *view)
{
    auto *modes = new QActionGroup(this);
    m_readingModes = modes;
    const int saved = std::clamp(QSettings().value(ReadingModeKey, 0).toInt(), 0, 2);
    const std::array<std::pair<QString, Views::ReadingMode>, 3> entries{{
        {tr("&Full Text"), Views::ReadingMode::FullText},
        {tr("&Main Article"), Views::ReadingMode::MainArticle},
        {tr("&Unique Content"), Views::ReadingMode::UniqueContent},
    }};
    int number = 0;
    for (const auto &[label, mode] : entries) {
        QAction *action = view->addAction(label);
        action->setCheckable(true);
        action->setData(int(mode));
        action->setShortcut(QKeySequence(tr("Ctrl+%1").arg(++number)));
        action->setChecked(int(mode) == saved);
        modes->addAction(action);
        connect(action, &QAction::triggered, this, [this, mode] { setReadingMode(mode, true); });
    }
    m_reader->setReadingMode(Views::ReadingMode(saved));
    m_copyBanner->setShowingUniqueOnly(saved == int(Views::ReadingMode::UniqueContent));
}

void MainWindow::onDocumentSegmented(const QString &documentId)
{
    const int row = m_documents->rowOfId(documentId);
    if (const Models::DocumentSegmentation *segmentation = m_segmentation->document(documentId); segmentation && row >= 0) {
        const auto [notes, details] = notesFor(*segmentation);
        m_documents->setNotes(row, notes, details);
        m_documents->setHeadline(row, segmentation->headline);
    }
    if (documentId == m_shownId)
        showSegmentation();
}

void MainWindow::showSegmentation()
{
    const Models::DocumentSegmentation *segmentation = m_segmentation->document(m_shownId);
    m_reader->setSegmentation(segmentation);
    if (!segmentation) {
        m_outline->clear();
        m_copyBanner->hide();
        m_header->setHeadline({});
        return;
    }
    m_outline->setDocument(*segmentation, m_reader->text());
    // Fold what a reader skips (boilerplate, copies); open the articles.
    for (int row = 0; row < m_outline->rowCount(); ++row) {
        const QModelIndex index = m_outline->index(row, 0);
        const auto section = index.data(Models::DocumentOutlineModel::SectionRole).value<Models::DocumentOutlineModel::Section>();
        m_outlineView->setExpanded(index, section == Models::DocumentOutlineModel::Section::MainArticle
                                              || section == Models::DocumentOutlineModel::Section::OtherArticle);
    }
    const QString headline = segmentation->headline.isEmpty() ? segmentation->headlineIn(m_reader->text()) : segmentation->headline;
    m_header->setHeadline(headline);
    m_documents->setHeadline(m_documents->rowOfId(m_shownId), headline);
    const Models::DocumentSegmentation::PassageCount passages = segmentation->copiedPassages();
    QString canonical = segmentation->duplicateOf.documentId;
    if (canonical.isEmpty()) {
        for (const Models::Segment &segment : segmentation->segments) {
            if (segment.duplicate.isValid() && !segment.isBlank()) {
                canonical = segment.duplicate.documentId;
                break;
            }
        }
    }
    m_copyBanner->showCopy(titleOfId(canonical), passages.copied, passages.total, segmentation->duplicateOf.isValid());
}

QString MainWindow::titleOfId(const QString &documentId) const
{
    const int row = m_documents->rowOfId(documentId);
    return row < 0 ? documentId : m_documents->titleOf(row);
}

std::pair<QString, QString> MainWindow::notesFor(const Models::DocumentSegmentation &segmentation) const
{
    QStringList notes;
    QStringList details;
    if (segmentation.duplicateOf.isValid()) {
        const Models::DocumentSegmentation::PassageCount passages = segmentation.copiedPassages();
        const int percent = passages.total > 0 ? qRound(100.0 * passages.copied / passages.total) : qRound(segmentation.duplicateOf.similarity * 100);
        notes.append(tr("copy (%1%)").arg(percent));
        details.append(tr("A copy of “%1”: %2% of its passages are there").arg(titleOfId(segmentation.duplicateOf.documentId)).arg(percent));
    }
    if (segmentation.hasTrailer()) {
        notes.append(tr("+ article"));
        details.append(tr("Another article follows the main one"));
    }
    const int boilerplate = qRound(segmentation.boilerplateShare() * 100);
    if (boilerplate >= 5) {
        notes.append(tr("%1% boilerplate").arg(boilerplate));
        details.append(tr("%1% of the text is boilerplate").arg(boilerplate));
    }
    return {notes.join(u" · "_s), details.join(u'\n')};
}

void MainWindow::revealInDocument(const QString &documentId, int start, int end)
{
    revealPassage(m_documents->rowOfId(documentId), start, end);
}

void MainWindow::updateSourcePage()
{
    const bool source = m_showSource->isEnabled() && m_showSource->isChecked();
    if (source && !m_pdfPath.isEmpty()) {
        m_pages->setCurrentWidget(m_pdfPage);
        showPdfPage();
        return;
    }
    m_pages->setCurrentWidget(source ? static_cast<QWidget *>(m_sourceView) : m_reader);
}

void MainWindow::showPdfPage()
{
    if (!m_pdfRenderer->open(m_pdfPath, m_documents->bundle().rootDir, loadOptions())) {
        m_pdfPage->showProblem(m_pdfRenderer->error());
        m_pdfDrawn.clear();
        return;
    }
    const int page = std::clamp(m_readingPage, 1, std::max(1, m_pdfRenderer->pageCount()));
    const QString drawn = m_pdfPath + u'#' + QString::number(page) + u'@' + QString::number(m_pdfPage->availableWidth());
    if (drawn == m_pdfDrawn)
        return;
    // Drawn for the screen's pixel density, so the page is sharp on a high-DPI display.
    // Fitted to the view's width (at most 150 dpi, at least 48), drawn for the
    // screen's pixel density so that the page is sharp on a high-DPI display.
    const qreal ratio = devicePixelRatioF();
    const double inches = m_pdfRenderer->pageWidthInches(page);
    const double fit = inches > 0 ? m_pdfPage->availableWidth() / inches : 96.0;
    QImage image = m_pdfRenderer->render(page, std::clamp(fit, 48.0, 150.0) * ratio);
    if (image.isNull()) {
        m_pdfPage->showProblem(tr("Poppler drew nothing for page %1").arg(page));
        m_pdfDrawn.clear();
        return;
    }
    image.setDevicePixelRatio(ratio);
    m_pdfPage->showPage(image, page, m_pdfRenderer->pageCount());
    m_pdfDrawn = drawn;
}

void MainWindow::useSourceView()
{
    m_sourceFirst = true;
}

void MainWindow::maybeSettled()
{
    if (!m_loading && m_pendingId.isEmpty())
        Q_EMIT settled();
}

void MainWindow::updateProblemsPanel()
{
    const int problems = m_diagnostics->rowCount();
    m_problemsButton->setVisible(problems > 0);
    m_problemsButton->setText(tr("%n problem(s)", nullptr, problems));
    m_problemsButton->setToolTip(tr("Show the Problems panel"));
    const bool hasErrors = m_diagnostics->count(Models::Severity::Error) > 0;
    m_problemsButton->setIcon(style()->standardIcon(hasErrors ? QStyle::SP_MessageBoxCritical : QStyle::SP_MessageBoxWarning));
    if (problems == 0)
        m_problemsDock->hide();
    else if (m_shownProblemCount == 0) {
        m_problemsDock->show(); // the first problem opens the panel; the user may close it again
        m_problemsDock->raise();
    }
    m_shownProblemCount = problems;
}

void MainWindow::updateStatus()
{
    const int documents = m_documents->rowCount();
    const int errors = m_diagnostics->count(Models::Severity::Error);
    const int warnings = m_diagnostics->count(Models::Severity::Warning);
    if (m_bundlePath.isEmpty()) {
        m_statusLabel->setText(tr("No bundle open"));
        return;
    }
    QString text = tr("%n document(s)", nullptr, documents);
    if (errors > 0)
        text += tr(" \u2014 %n error(s)", nullptr, errors);
    if (warnings > 0)
        text += tr(" \u2014 %n warning(s)", nullptr, warnings);
    if (m_loading)
        text += tr(" \u2014 checking documents\u2026");
    m_statusLabel->setText(text);
}

void MainWindow::rememberRecent(const QString &path)
{
    QSettings settings;
    QStringList recent = settings.value(RecentKey).toStringList();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > MaxRecentBundles)
        recent.removeLast();
    settings.setValue(RecentKey, recent);
    rebuildRecentMenu();
}

void MainWindow::rebuildRecentMenu()
{
    m_recentMenu->clear();
    const QStringList recent = QSettings().value(RecentKey).toStringList();
    for (const QString &path : recent)
        m_recentMenu->addAction(path, this, [this, path] { openBundle(path); });
    m_recentMenu->setEnabled(!recent.isEmpty());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(GeometryKey, saveGeometry());
    settings.setValue(StateKey, saveState());
    settings.setValue(DocumentColumnsKey, m_documentPanel->saveState());
    m_loader->cancel();
    event->accept();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (event->mimeData()->hasUrls() && event->mimeData()->urls().constFirst().isLocalFile())
        event->acceptProposedAction();
}

void MainWindow::dropEvent(QDropEvent *event)
{
    const QList<QUrl> urls = event->mimeData()->urls();
    if (!urls.isEmpty() && urls.constFirst().isLocalFile()) {
        openBundle(urls.constFirst().toLocalFile());
        event->acceptProposedAction();
    }
}

} // namespace Lectern::App
