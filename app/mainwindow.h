// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "loadoptions.h"
#include "textblock.h"
#include "readerview.h"

#include <QMainWindow>

#include <memory>
#include <optional>

class QActionGroup;
class QDockWidget;
class QLabel;
class QStackedWidget;
class QUndoStack;
class QMenu;
class QProgressBar;
class QToolButton;
class QTreeView;

namespace Lectern::Models {
class BundleLoader;
class BundleSearch;
class SearchResultModel;
class AnnotationWorkspace;
class AnnotationListModel;
class AnnotationFilterProxy;
class SegmentationResults;
class SegmentationRunner;
class DocumentOutlineModel;
struct DocumentSegmentation;
class DiagnosticListModel;
class DocumentListModel;
class DocumentTextLoader;
class PdfPageRenderer;
struct Bundle;
struct DocumentText;
}

namespace Lectern::Views {
class CopyBanner;
class DiagnosticsPanel;
class DocumentHeader;
class FindBar;
class SearchPanel;
class SourceView;
class PdfPageView;
class DocumentListPanel;
class ReaderView;
class ThemeRegistry;
}

namespace Lectern::App {

class AnnotationController;
class EntityController;

/// Composes the panels, places the actions and keeps the layout. It
/// computes nothing itself: loading, reading and checking live in the models.
class ExportController;

class MainWindow final : public QMainWindow
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(MainWindow)

public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    void openBundle(const QString &path);
    /// Uses this KSyntaxHighlighting theme for this session (not saved).
    void useTheme(const QString &name);
    /// Reads in this mode for this session (not saved), as View > Full Text / Main Article / Unique Content would.
    void useReadingMode(Views::ReadingMode mode);
    /// The document to show first when the next bundle opens (else the first one).
    void openAtDocument(const QString &documentId);
    /// Shows the Source view (View > Show Source) once the document is on screen, for this session.
    void useSourceView();
    /// File > Export and Import (tests drive it).
    [[nodiscard]] ExportController *exporter() const { return m_exporter; }

Q_SIGNALS:
    /// The bundle finished loading and its current document is on screen
    /// (or there is nothing to show). Screenshots wait for this.
    void settled();

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void createActions();
    void createDocks();
    void restoreSettings();
    void rememberRecent(const QString &path);
    void rebuildRecentMenu();
    void onIndexRead(const Models::Bundle &bundle);
    void onLoadFinished(bool cancelled);
    void showRow(int row);
    void revealPassage(int row, int start, int end);
    void onTextReady(const QString &documentId, const Models::DocumentText &text);
    void updateStatus();
    void updateSourcePage();
    void updatePage();
    /// Draws the page being read of the PDF on screen into the Source view.
    void showPdfPage();
    void createReadingActions(QMenu *view);
    void createEntitiesDock();
    void createNotesDock();
    void openAnnotationStore(const QString &indexPath);
    void onDocumentSegmented(const QString &documentId);
    void showSegmentation();
    /// Reads in @p mode: the reader, the View menu and the copy banner agree; @p remember saves it.
    void setReadingMode(Views::ReadingMode mode, bool remember);
    void createGoActions(QMenu *go);
    void createHelpMenu();
    /// The Problems panel shows itself when a problem arrives and steps aside when there is none.
    void updateProblemsPanel();
    void revealInDocument(const QString &documentId, int start, int end);
    /// The list's short notes for a document, and the same in full for its tooltip.
    [[nodiscard]] std::pair<QString, QString> notesFor(const Models::DocumentSegmentation &segmentation) const;
    [[nodiscard]] QString titleOfId(const QString &documentId) const;
    void maybeSettled();
    [[nodiscard]] Models::LoadOptions loadOptions() const;

    Views::ThemeRegistry *m_themes;
    ExportController *m_exporter = nullptr;
    Models::DocumentListModel *m_documents;
    Models::DiagnosticListModel *m_diagnostics;
    Models::BundleLoader *m_loader;
    Models::DocumentTextLoader *m_texts;
    Views::DocumentHeader *m_header;
    Views::ReaderView *m_reader;
    QActionGroup *m_readingModes = nullptr;
    Views::FindBar *m_findBar;
    Views::SourceView *m_sourceView;
    Views::PdfPageView *m_pdfPage;
    std::unique_ptr<Models::PdfPageRenderer> m_pdfRenderer;
    QString m_pdfPath;    ///< the PDF on screen, or empty
    int m_readingPage = 0; ///< its page in the middle of the reader
    QString m_pdfDrawn;   ///< path and page the Source view last drew
    bool m_sourceFirst = false; ///< show the Source view once the document is on screen (--source)
    QStackedWidget *m_pages;
    QAction *m_showSource = nullptr;
    Views::DocumentListPanel *m_documentPanel = nullptr;
    Views::DiagnosticsPanel *m_diagnosticsPanel = nullptr;
    Models::SearchResultModel *m_searchResults;
    Models::BundleSearch *m_bundleSearch;
    Views::SearchPanel *m_searchPanel = nullptr;
    Models::SegmentationRunner *m_segmenter;
    Models::SegmentationResults *m_segmentation;
    Models::DocumentOutlineModel *m_outline;
    QTreeView *m_outlineView = nullptr;
    Views::CopyBanner *m_copyBanner;
    QDockWidget *m_problemsDock = nullptr;
    QToolButton *m_problemsButton;
    int m_shownProblemCount = 0;
    bool m_notesShown = false; // the notes list has been shown for this bundle
    Models::AnnotationWorkspace *m_annotations;
    Models::AnnotationListModel *m_annotationList;
    Models::AnnotationFilterProxy *m_annotationProxy;
    AnnotationController *m_annotationController = nullptr;
    QUndoStack *m_undoStack; // the annotation workspace's: one history for every edit
    EntityController *m_entities = nullptr;
    QDockWidget *m_searchDock = nullptr;
    std::optional<std::pair<int, int>> m_pendingReveal; // shown once the document's text arrives
    QMenu *m_recentMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QLabel *m_statusLabel;
    QProgressBar *m_progress;
    QToolButton *m_cancelButton;
    QString m_bundlePath;
    QString m_initialDocument;
    QString m_shownId;
    /// The shown document's blocks when they have pages (a PDF's), else none.
    Models::TextBlocks m_pagedBlocks;
    QString m_pendingId;
    QSet<QString> m_reportedReadProblems;
    bool m_loading = false;
};

} // namespace Lectern::App
