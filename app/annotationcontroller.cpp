// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationcontroller.h"

#include "annotationdialog.h"
#include "annotationfilterproxy.h"
#include "annotationlayer.h"
#include "annotationlistmodel.h"
#include "annotationstore.h"
#include "annotationworkspace.h"
#include "claimview.h"
#include "codedialog.h"
#include "conflictdialog.h"
#include "notespanel.h"
#include "readerview.h"
#include "reanchorer.h"
#include "relabelcommand.h"
#include "segmentationresults.h"
#include "teamdatabasedialog.h"

#include <QAction>
#include <QColorDialog>
#include <QDockWidget>
#include <QLoggingCategory>
#include <QMainWindow>
#include <QMenu>
#include <QSet>
#include <QSettings>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

using namespace Qt::StringLiterals;

namespace Lectern::App {

namespace {
Q_LOGGING_CATEGORY(lcAnnotations, "lectern.app.annotations", QtInfoMsg)

const auto TeamHostKey = "team/host"_L1;
const auto TeamPortKey = "team/port"_L1;
const auto TeamDatabaseKey = "team/database"_L1;
const auto TeamUserKey = "team/user"_L1;
const auto ClaimCodeId = "claim"_L1;

QString shortQuote(const QString &quote, int length = 40)
{
    const QString simple = quote.simplified();
    return simple.size() > length ? simple.left(length - 1) + u'\u2026' : simple;
}
} // namespace

AnnotationController::AnnotationController(QMainWindow *window, Views::ReaderView *reader, Models::AnnotationWorkspace *workspace,
    Models::AnnotationListModel *list, Models::AnnotationFilterProxy *proxy, Models::SegmentationResults *segmentation)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_workspace(workspace)
    , m_list(list)
    , m_proxy(proxy)
    , m_segmentation(segmentation)
{
    m_annotate = new QAction(tr("&Annotate Selection\u2026"), this);
    m_annotate->setShortcut(tr("Ctrl+M"));
    connect(m_annotate, &QAction::triggered, this, &AnnotationController::annotateSelection);

    for (auto signal : { &Models::AnnotationWorkspace::annotationAdded, &Models::AnnotationWorkspace::annotationChanged,
             &Models::AnnotationWorkspace::annotationRemoved, &Models::AnnotationWorkspace::codeChanged })
        connect(workspace, signal, this, &AnnotationController::showHighlights);
    connect(workspace, &Models::AnnotationWorkspace::annotationsReset, this, [this] {
        showHighlights();
        syncAllSegmentOverrides();
    });
    connect(workspace, &Models::AnnotationWorkspace::segmentOverridesChanged, this, &AnnotationController::syncSegmentOverrides);
    connect(workspace, &Models::AnnotationWorkspace::conflictDetected, this, [this](const Models::AnnotationConflict &conflict) {
        // Raised inside an undo command: the dialog waits until that is done.
        QTimer::singleShot(0, this, [this, conflict] { showConflict(conflict); });
    });
    connect(reader, &Views::ReaderView::relabelRequested, this, &AnnotationController::relabelSegment);
    connect(reader, &Views::ReaderView::contextMenuAboutToShow, this, [this](QMenu *menu, int position) {
        const QList<Views::AnnotatedSpan> spans = m_reader->annotationLayer()->at(position);
        menu->addSeparator();
        if (m_reader->textCursor().hasSelection()) {
            menu->addAction(m_annotate);
            const QString orphan = m_notes ? m_notes->currentId() : QString();
            if (const Models::Annotation *a = m_workspace->findAnnotation(orphan); a && a->orphaned)
                menu->addAction(tr("Re-attach \u201C%1\u201D Here").arg(shortQuote(a->quote)), this,
                    [this, orphan] { reattachToSelection(orphan); });
        }
        for (const Views::AnnotatedSpan &span : spans) {
            const Models::Annotation *a = m_workspace->findAnnotation(span.id);
            if (!a)
                continue;
            const Models::Code *code = m_workspace->findCode(a->codeId);
            if (spans.size() == 1) {
                menu->addSection(code ? code->name : tr("Annotation"));
                fillAnnotationMenu(menu, span.id);
            } else {
                fillAnnotationMenu(
                    menu->addMenu(tr("%1: \u201C%2\u201D").arg(code ? code->name : tr("Annotation"), shortQuote(a->quote, 30))),
                    span.id);
            }
        }
    });
}

void AnnotationController::createDocks()
{
    m_proxy->setSourceModel(m_list);
    m_notes = new Views::NotesPanel(m_workspace, m_proxy, m_window);
    auto *notesDock = new QDockWidget(tr("Notes"), m_window);
    notesDock->setObjectName("NotesDock"_L1);
    notesDock->setWidget(m_notes);
    m_window->addDockWidget(Qt::BottomDockWidgetArea, notesDock);
    connect(m_notes, &Views::NotesPanel::passageRequested, this, &AnnotationController::revealRequested);
    connect(m_notes, &Views::NotesPanel::contextMenuRequested, this, [this](const QString &id, const QPoint &pos) {
        QMenu menu;
        fillAnnotationMenu(&menu, id);
        menu.exec(pos);
    });
    auto *remove = new QAction(tr("Delete Annotation"), m_notes->view());
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    m_notes->view()->addAction(remove);
    connect(remove, &QAction::triggered, this, [this] {
        if (const QString id = m_notes->currentId(); !id.isEmpty())
            removeAnnotation(id);
    });
    connect(m_notes, &Views::NotesPanel::currentAnnotationChanged, this, [this](const QString &id) {
        const Models::Annotation *a = m_workspace->findAnnotation(id);
        if (a && (m_workspace->codeSubtree(ClaimCodeId).contains(a->codeId) || a->claimStatus != Models::ClaimStatus::None))
            m_claimView->setClaim(id);
    });

    m_claimView = new Views::ClaimView(m_workspace, m_window);
    m_claimDock = new QDockWidget(tr("Claim"), m_window);
    m_claimDock->setObjectName("ClaimDock"_L1);
    m_claimDock->setWidget(m_claimView);
    // Beside the bottom docks rather than among their tabs: a claim is read next to the notes.
    m_window->addDockWidget(Qt::BottomDockWidgetArea, m_claimDock, Qt::Horizontal);
    m_claimDock->hide(); // until the user asks for a claim; the notes keep the width meanwhile
    connect(m_claimView, &Views::ClaimView::passageRequested, this, [this](const QString &id) {
        if (const Models::Annotation *a = m_workspace->findAnnotation(id))
            Q_EMIT revealRequested(a->documentId, int(a->start), int(a->end));
    });
    connect(m_claimView, &Views::ClaimView::unlinkRequested, m_workspace, &Models::AnnotationWorkspace::unlinkEvidence);
    connect(m_claimView, &Views::ClaimView::statusChangeRequested, this, [this](const QString &claimId, int status) {
        const Models::Annotation *claim = m_workspace->findAnnotation(claimId);
        if (!claim || claim->claimStatus == Models::claimStatusFromInt(status) || !canWrite())
            return;
        Models::Annotation changed = *claim;
        changed.claimStatus = Models::claimStatusFromInt(status);
        m_workspace->editAnnotation(changed);
    });
}

void AnnotationController::fillMenu(QMenu *menu)
{
    menu->addAction(m_annotate);
    QAction *edit = menu->addAction(tr("&Edit Annotation\u2026"), this, [this] {
        if (m_notes && !m_notes->currentId().isEmpty())
            editAnnotation(m_notes->currentId());
        else
            Q_EMIT statusMessage(tr("Choose an annotation in the Notes panel to edit it"));
    });
    edit->setShortcut(tr("Ctrl+Shift+M"));
    menu->addSeparator();
    menu->addAction(tr("&New Label\u2026"), this, [this] { addLabel({}); });
    QMenu *labels = menu->addMenu(tr("Edit &Label"));
    connect(labels, &QMenu::aboutToShow, this, [this, labels] {
        labels->clear();
        for (const Models::Code &code : m_workspace->codes())
            labels->addAction(code.name + u'\u2026', this, [this, id = code.id] { editLabel(id); });
    });
    menu->addSeparator();
    menu->addAction(tr("Connect to &Team Database\u2026"), this, &AnnotationController::connectTeamDatabase);
}

void AnnotationController::fillAnnotationMenu(QMenu *menu, const QString &id)
{
    const Models::Annotation *a = m_workspace->findAnnotation(id);
    if (!a)
        return;
    const bool writable = m_workspace->store() && !m_workspace->isReadOnly();
    menu->addAction(tr("&Edit Annotation\u2026"), this, [this, id] { editAnnotation(id); })->setEnabled(writable);
    QMenu *label = menu->addMenu(tr("&Label As"));
    label->setEnabled(writable);
    for (const Models::Code &code : m_workspace->codes()) {
        QAction *action
            = label->addAction(code.name, this, [this, id, codeId = code.id] { m_workspace->relabelAnnotation(id, codeId); });
        action->setCheckable(true);
        action->setChecked(code.id == a->codeId);
    }
    if (const Models::Code *code = m_workspace->findCode(a->codeId))
        menu->addAction(
                tr("Recolour \u201C%1\u201D\u2026").arg(code->name), this, [this, codeId = code->id] { recolourLabel(codeId); })
            ->setEnabled(writable);
    menu->addSeparator();
    const bool claim = m_workspace->codeSubtree(ClaimCodeId).contains(a->codeId) || a->claimStatus != Models::ClaimStatus::None;
    if (claim)
        menu->addAction(tr("Show &Claim and Evidence"), this, [this, id] { showClaim(id); });
    const QString claimId = m_claimView ? m_claimView->claimId() : QString();
    const Models::Annotation *current = m_workspace->findAnnotation(claimId);
    if (current && claimId != id) {
        if (m_workspace->evidenceFor(claimId).contains(id))
            menu->addAction(tr("Unlink from \u201C%1\u201D").arg(shortQuote(current->quote)), this,
                    [this, claimId, id] { m_workspace->unlinkEvidence(claimId, id); })
                ->setEnabled(writable);
        else
            menu->addAction(tr("Link as E&vidence for \u201C%1\u201D").arg(shortQuote(current->quote)), this,
                    [this, id] { linkAsEvidence(id); })
                ->setEnabled(writable);
    }
    if (a->orphaned)
        menu->addAction(tr("&Re-attach to Selection"), this, [this, id] { reattachToSelection(id); })
            ->setEnabled(writable && m_reader->textCursor().hasSelection());
    menu->addSeparator();
    menu->addAction(tr("&Delete Annotation"), this, [this, id] { removeAnnotation(id); })->setEnabled(writable);
}

void AnnotationController::documentShown(const QString &documentId, const QString &text)
{
    m_shownId = documentId;
    m_shownText = text;
    if (!documentId.isEmpty()) {
        if (const int orphans = m_workspace->reanchorDocument(documentId, text); orphans > 0)
            Q_EMIT statusMessage(
                tr("%n annotation(s) of this document could not be found in its text; the Notes panel marks them", nullptr,
                    orphans));
    }
    showHighlights();
}

void AnnotationController::showHighlights()
{
    QList<Views::AnnotatedSpan> spans;
    if (!m_shownId.isEmpty()) {
        for (const QString &id : m_workspace->annotationIds()) {
            const Models::Annotation *annotation = m_workspace->findAnnotation(id);
            if (!annotation || annotation->documentId != m_shownId || annotation->orphaned)
                continue;
            const Models::Code *code = m_workspace->findCode(annotation->codeId);
            spans.append({ id, int(annotation->start), int(annotation->end), code ? QColor::fromString(code->colour) : QColor(),
                annotation->note, code ? code->name : QString() });
        }
    }
    m_reader->annotationLayer()->setSpans(spans);
}

bool AnnotationController::canWrite()
{
    if (m_workspace->store() && !m_workspace->isReadOnly())
        return true;
    Q_EMIT statusMessage(tr("Annotations cannot be saved for this bundle; the Problems panel says why"));
    return false;
}

QStringList AnnotationController::knownTags() const
{
    QStringList tags;
    QSet<QString> seen;
    for (const QString &id : m_workspace->annotationIds()) {
        if (const Models::Annotation *a = m_workspace->findAnnotation(id)) {
            for (const QString &tag : a->tags) {
                if (!seen.contains(tag.toCaseFolded())) {
                    seen.insert(tag.toCaseFolded());
                    tags.append(tag);
                }
            }
        }
    }
    tags.sort(Qt::CaseInsensitive);
    return tags;
}

void AnnotationController::annotateSelection()
{
    const QTextCursor cursor = m_reader->textCursor();
    if (m_shownId.isEmpty() || !cursor.hasSelection()) {
        Q_EMIT statusMessage(tr("Select a passage in the reader to annotate it"));
        return;
    }
    if (!canWrite())
        return;
    Models::Annotation draft;
    draft.documentId = m_shownId;
    draft.setAnchor(Models::Reanchorer::capture(m_reader->text(), cursor.selectionStart(), cursor.selectionEnd()));
    Views::AnnotationDialog dialog(m_workspace->codes(), m_workspace->codeSubtree(ClaimCodeId), knownTags(), m_window);
    dialog.setAnnotation(draft);
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.applyTo(draft);
    if (!m_workspace->addAnnotation(draft).isEmpty()) {
        const Models::Code *code = m_workspace->findCode(draft.codeId);
        Q_EMIT statusMessage(tr("Annotated as %1").arg(code ? code->name : tr("a note")));
    }
}

void AnnotationController::editAnnotation(const QString &id)
{
    const Models::Annotation *current = m_workspace->findAnnotation(id);
    if (!current || !canWrite())
        return;
    Views::AnnotationDialog dialog(m_workspace->codes(), m_workspace->codeSubtree(ClaimCodeId), knownTags(), m_window);
    dialog.setWindowTitle(tr("Edit Annotation"));
    dialog.setAnnotation(*current);
    if (dialog.exec() != QDialog::Accepted)
        return;
    current = m_workspace->findAnnotation(id); // it may have gone while the dialog was open
    if (!current)
        return;
    Models::Annotation edited = *current;
    dialog.applyTo(edited);
    if (edited != *current)
        m_workspace->editAnnotation(edited);
}

void AnnotationController::removeAnnotation(const QString &id)
{
    if (canWrite() && m_workspace->removeAnnotation(id))
        Q_EMIT statusMessage(tr("Annotation deleted (Undo brings it back)"));
}

void AnnotationController::recolourLabel(const QString &codeId)
{
    const Models::Code *code = m_workspace->findCode(codeId);
    if (!code || !canWrite())
        return;
    const QColor chosen
        = QColorDialog::getColor(QColor::fromString(code->colour), m_window, tr("Colour of \u201C%1\u201D").arg(code->name));
    code = m_workspace->findCode(codeId);
    if (!chosen.isValid() || !code)
        return;
    Models::Code changed = *code;
    changed.colour = chosen.name(QColor::HexRgb).toUpper();
    if (changed != *code)
        m_workspace->changeCode(changed);
}

void AnnotationController::showClaim(const QString &claimId)
{
    m_claimView->setClaim(claimId);
    if (m_claimDock->isHidden()) {
        m_claimDock->show();
        if (!m_claimDock->isFloating())
            m_window->resizeDocks({ m_claimDock }, { m_window->width() / 2 }, Qt::Horizontal);
    }
    m_claimDock->raise();
}

void AnnotationController::linkAsEvidence(const QString &evidenceId)
{
    const QString claimId = m_claimView->claimId();
    if (claimId.isEmpty()) {
        Q_EMIT statusMessage(tr("Choose a claim first (Show Claim and Evidence), then link evidence to it"));
        return;
    }
    if (canWrite() && m_workspace->linkEvidence(claimId, evidenceId))
        Q_EMIT statusMessage(tr("Linked as evidence for the claim"));
}

void AnnotationController::reattachToSelection(const QString &id)
{
    const Models::Annotation *current = m_workspace->findAnnotation(id);
    const QTextCursor cursor = m_reader->textCursor();
    if (!current || !canWrite())
        return;
    if (m_shownId.isEmpty() || !cursor.hasSelection()) {
        Q_EMIT statusMessage(tr("Select the passage in the reader first, then re-attach the annotation to it"));
        return;
    }
    Models::Annotation moved = *current;
    moved.documentId = m_shownId;
    moved.setAnchor(Models::Reanchorer::capture(m_reader->text(), cursor.selectionStart(), cursor.selectionEnd()));
    moved.orphaned = false;
    if (m_workspace->editAnnotation(moved))
        Q_EMIT statusMessage(tr("Re-attached to \u201C%1\u201D").arg(shortQuote(moved.quote)));
}

void AnnotationController::addLabel(const QString &parentId)
{
    if (!canWrite())
        return;
    Views::CodeDialog dialog(m_workspace->codes(), m_window);
    dialog.setWindowTitle(tr("New Label"));
    Models::Code code;
    code.parentId = parentId;
    code.sortOrder = int(m_workspace->codes().size());
    dialog.setCode(code);
    if (dialog.exec() == QDialog::Accepted)
        m_workspace->addCode(dialog.code());
}

void AnnotationController::editLabel(const QString &codeId)
{
    const Models::Code *code = m_workspace->findCode(codeId);
    if (!code || !canWrite())
        return;
    Views::CodeDialog dialog(m_workspace->codes(), m_window);
    dialog.setWindowTitle(tr("Edit Label"));
    dialog.setCode(*code);
    if (dialog.exec() != QDialog::Accepted)
        return;
    const Models::Code changed = dialog.code();
    code = m_workspace->findCode(codeId);
    if (code && changed != *code)
        m_workspace->changeCode(changed);
}

void AnnotationController::relabelSegment(qsizetype start, Models::SegmentKind kind)
{
    const Models::DocumentSegmentation *segmentation = m_segmentation->document(m_shownId);
    if (m_shownId.isEmpty() || !segmentation)
        return;
    const auto segment = std::ranges::find(segmentation->segments, start, &Models::Segment::start);
    if (segment == segmentation->segments.cend())
        return;
    if (!m_workspace->store() || m_workspace->isReadOnly()) {
        // Without a writable store the relabel lasts for this session only.
        Models::RelabelOverride change;
        change.documentId = m_shownId;
        change.start = start;
        change.kind = kind;
        m_workspace->undoStack()->push(
            new Models::RelabelCommand(m_segmentation, change, tr("Label Passage as %1").arg(Models::kindName(kind))));
        return;
    }
    Models::SegmentOverride change;
    change.documentId = m_shownId;
    change.start = segment->start;
    change.end = segment->end;
    change.kind = Models::kindName(kind);
    m_workspace->setSegmentOverride(change);
}

void AnnotationController::syncSegmentOverrides(const QString &documentId)
{
    QList<Models::RelabelOverride> overrides;
    for (const Models::SegmentOverride &stored : m_workspace->segmentOverrides(documentId)) {
        bool known = false;
        const Models::SegmentKind kind = Models::kindFromName(stored.kind, &known);
        if (!known) {
            qCInfo(lcAnnotations) << "unknown segment kind" << stored.kind << "in" << documentId;
            continue;
        }
        Models::RelabelOverride change;
        change.documentId = documentId;
        change.start = stored.start;
        change.kind = kind;
        overrides.append(change);
    }
    m_segmentation->replaceOverrides(documentId, overrides);
}

void AnnotationController::syncAllSegmentOverrides()
{
    QSet<QString> documents;
    for (const Models::RelabelOverride &change : m_segmentation->allOverrides())
        documents.insert(change.documentId);
    for (const Models::SegmentOverride &stored : m_workspace->allSegmentOverrides())
        documents.insert(stored.documentId);
    for (const QString &documentId : std::as_const(documents))
        syncSegmentOverrides(documentId);
}

void AnnotationController::connectTeamDatabase()
{
    QSettings settings;
    Models::PostgresParameters parameters = m_team;
    parameters.host = settings.value(TeamHostKey, parameters.host).toString();
    parameters.port = settings.value(TeamPortKey, parameters.port).toInt();
    parameters.database = settings.value(TeamDatabaseKey, parameters.database).toString();
    parameters.user = settings.value(TeamUserKey, parameters.user).toString();
    Views::TeamDatabaseDialog dialog(m_window);
    dialog.setParameters(parameters);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_team = dialog.parameters();
    // Where the database is may be remembered; the password never is.
    settings.setValue(TeamHostKey, m_team.host);
    settings.setValue(TeamPortKey, m_team.port);
    settings.setValue(TeamDatabaseKey, m_team.database);
    settings.setValue(TeamUserKey, m_team.user);
    auto opened = Models::AnnotationStore::openPostgres(m_team);
    if (!opened) {
        Q_EMIT errorOccurred(opened.error());
        Q_EMIT statusMessage(tr("Could not connect to the team database: %1").arg(opened.error().message));
        return;
    }
    const QString location = opened.value()->location();
    if (const Models::StoreStatus status = m_workspace->open(std::move(opened).value()); !status) {
        Q_EMIT errorOccurred(status.error());
        return;
    }
    if (!m_shownId.isEmpty())
        documentShown(m_shownId, m_shownText);
    Q_EMIT statusMessage(tr("Annotations now come from the team database %1").arg(location));
}

void AnnotationController::showConflict(const Models::AnnotationConflict &conflict)
{
    auto *dialog = new Views::ConflictDialog(
        conflict,
        [this](const QString &codeId) {
            const Models::Code *code = m_workspace->findCode(codeId);
            return code ? code->name : tr("(none)");
        },
        m_window);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const Models::AnnotationConflict chosen = dialog->conflict();
        // Either way the stored version is read first; mine then goes on top of it.
        if (const Models::StoreStatus status = m_workspace->reload(); !status) {
            Q_EMIT errorOccurred(status.error());
            return;
        }
        if (dialog->choice() == Views::ConflictDialog::KeepMine && Views::ConflictDialog::isDeletion(chosen)) {
            m_workspace->removeAnnotation(chosen.mine.id);
        } else if (dialog->choice() == Views::ConflictDialog::KeepMine) {
            Models::Annotation mine = chosen.mine;
            if (const Models::Annotation *now = m_workspace->findAnnotation(mine.id)) {
                mine.version = now->version;
                m_workspace->editAnnotation(mine);
            }
        }
        Q_EMIT statusMessage(dialog->choice() == Views::ConflictDialog::KeepMine
                ? tr("Your version of the annotation was stored")
                : tr("The stored version of the annotation was kept"));
    });
    dialog->open();
}

} // namespace Lectern::App
