// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "entitydecision.h"
#include "gazetteer.h"
#include "loadoptions.h"
#include "suggestiondecisions.h"

#include <QHash>
#include <QObject>

#include <functional>
#include <memory>

class QAction;
class QMainWindow;
class QMenu;

namespace Lectern::Models {
class AnnotationWorkspace;
class DocumentListModel;
class DocumentTextCache;
class EntityRunner;
class EntityTableModel;
struct EntityFindings;
} // namespace Lectern::Models

namespace Lectern::Views {
class EntitiesPanel;
class ReaderView;
} // namespace Lectern::Views

namespace Lectern::App {

/// The entity side of the main window: the gazetteers (the bundle's and the
/// user's) with the bundle's decisions laid over them, the background pass
/// that finds them in every document, the Entities dock, the reader's
/// highlights, Highlight All Like This, jumping between mentions, and the
/// user's edits (accept, reject, remove, rename, recategorise, merge), each
/// stored through the AnnotationWorkspace as one undo step.
class EntityController final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityController)

public:
    struct Sources {
        Models::DocumentListModel *documents = nullptr;
        Models::AnnotationWorkspace *annotations = nullptr;
        std::function<Models::LoadOptions()> loadOptions;
        /// While the bundle loads, a decision waits for the pass that loading starts.
        std::function<bool()> loading;
    };

    EntityController(QMainWindow *window, Views::ReaderView *reader, std::shared_ptr<Models::DocumentTextCache> cache,
                     Sources sources);

    /// Creates the Entities dock (hidden until the View menu shows it).
    void createDock();
    /// Edit > Highlight All Like This, also on the reader's context menu.
    void fillEditMenu(QMenu *edit);
    /// Go > Next and Previous Mention (F8, Shift+F8).
    void fillGoMenu(QMenu *go);

    /// Forgets the bundle's entities (a new bundle is opening).
    void clear();
    /// Reads the gazetteers, lays the bundle's decisions over them and finds
    /// the entities in every document in the background.
    void find();
    void cancel();
    [[nodiscard]] bool isRunning() const;
    /// The gazetteer the reader highlights with, decisions included.
    [[nodiscard]] Models::Gazetteer gazetteer() const;

    // What the menus run; public so that tests drive exactly what a user does.
    void highlightAllLikeThis();
    void goToMention(int entity, bool backwards);

    [[nodiscard]] static QString personalGazetteerPath();

Q_SIGNALS:
    /// A pass over the bundle ended (its findings are shown).
    void finished();
    void revealRequested(const QString &documentId, int start, int end);
    void statusMessage(const QString &text);
    /// Problems reading a gazetteer, for the Problems panel.
    void problemsFound(const Models::Diagnostics &problems);

private:
    void decide(const QString &text, const QString &category, bool accepted);
    void store(Models::EntityDecision decision);
    void showFindings(const Models::EntityFindings &findings);
    /// "Accept X as Organisation", "Reject X" for a suggested name at @p position.
    void addSuggestionActions(QMenu *menu, int position);
    /// The reader shows this many suggestions lighter (the panel lists them all).
    static constexpr qsizetype MaxShownSuggestions = 300;

    QMainWindow *m_window;
    Views::ReaderView *m_reader;
    Sources m_sources;
    Models::EntityRunner *m_runner;
    Models::EntityTableModel *m_entities;
    Models::EntityTableModel *m_suggestions;
    Views::EntitiesPanel *m_panel = nullptr;
    QAction *m_highlightLikeThis = nullptr;
    Models::SuggestionDecisions m_decided;
    QList<Models::EntityDecision> m_sessionDecisions; // when the store cannot keep them
    QHash<int, int> m_mentionCursor;                  // entity -> index of the mention shown last
};

} // namespace Lectern::App
