// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresparameters.h"
#include "segmentkind.h"
#include "storeerror.h"

#include <QObject>

class QAction;
class QDockWidget;
class QMainWindow;
class QMenu;
class QPoint;

namespace Lectern::Models {
class AnnotationFilterProxy;
class AnnotationListModel;
class AnnotationWorkspace;
class SegmentationResults;
struct AnnotationConflict;
} // namespace Lectern::Models

namespace Lectern::Views {
class ClaimView;
class NotesPanel;
class ReaderView;
} // namespace Lectern::Views

namespace Lectern::App {

/// The annotation side of the main window: the notes and claim docks, the
/// annotate and edit dialogs, evidence links, orphans, the codebook, segment
/// relabels kept in the store, the team database and conflicts. Every edit
/// goes through the AnnotationWorkspace, so it is one step on its undo stack.
class AnnotationController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationController)

public:
    AnnotationController(QMainWindow *window, Views::ReaderView *reader, Models::AnnotationWorkspace *workspace,
        Models::AnnotationListModel *list, Models::AnnotationFilterProxy *proxy, Models::SegmentationResults *segmentation);

    /// Creates the Notes and Claim docks in the window.
    void createDocks();
    /// Fills the Annotations menu (annotate, codebook, team database).
    void fillMenu(QMenu *menu);
    /// The document now in the reader (its annotations re-found in @p text and highlighted).
    void documentShown(const QString &documentId, const QString &text);

    [[nodiscard]] QAction *annotateAction() const { return m_annotate; }
    [[nodiscard]] Views::NotesPanel *notesPanel() const { return m_notes; }
    [[nodiscard]] Views::ClaimView *claimView() const { return m_claimView; }

    // What the menus run; public so that tests drive exactly what a user does.
    void annotateSelection();
    void editAnnotation(const QString &id);
    void removeAnnotation(const QString &id);
    void recolourLabel(const QString &codeId);
    void showClaim(const QString &claimId);
    void linkAsEvidence(const QString &evidenceId);
    void reattachToSelection(const QString &id);
    void addLabel(const QString &parentId);
    void editLabel(const QString &codeId);
    void relabelSegment(qsizetype start, Models::SegmentKind kind);
    void connectTeamDatabase();

Q_SIGNALS:
    void revealRequested(const QString &documentId, int start, int end);
    void statusMessage(const QString &message);
    /// Something the store refused or could not do (besides the workspace's own errors).
    void errorOccurred(const Lectern::Models::StoreError &error);

private:
    void showHighlights();
    void syncSegmentOverrides(const QString &documentId);
    void syncAllSegmentOverrides();
    void fillAnnotationMenu(QMenu *menu, const QString &id);
    void showConflict(const Models::AnnotationConflict &conflict);
    [[nodiscard]] QStringList knownTags() const;
    [[nodiscard]] bool canWrite();

    QMainWindow *m_window;
    Views::ReaderView *m_reader;
    Models::AnnotationWorkspace *m_workspace;
    Models::AnnotationListModel *m_list;
    Models::AnnotationFilterProxy *m_proxy;
    Models::SegmentationResults *m_segmentation;
    Views::NotesPanel *m_notes = nullptr;
    Views::ClaimView *m_claimView = nullptr;
    QDockWidget *m_claimDock = nullptr;
    QAction *m_annotate = nullptr;
    QString m_shownId;
    QString m_shownText;
    Models::PostgresParameters m_team; // the password lives here for the session only
};

} // namespace Lectern::App
