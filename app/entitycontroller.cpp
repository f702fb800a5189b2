// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycontroller.h"

#include "annotationworkspace.h"
#include "documentlistmodel.h"
#include "entitiespanel.h"
#include "entitycategory.h"
#include "entityeditdialogs.h"
#include "entitylayer.h"
#include "entitymatcher.h"
#include "entityoverlay.h"
#include "entityrunner.h"
#include "entitytablemodel.h"
#include "gazetteeredits.h"
#include "gazetteerreader.h"
#include "readerview.h"

#include <QAction>
#include <QDockWidget>
#include <QFileInfo>
#include <QInputDialog>
#include <QMainWindow>
#include <QMenu>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTimer>

using namespace Qt::StringLiterals;

namespace Lectern::App {

EntityController::EntityController(QMainWindow *window, Views::ReaderView *reader, std::shared_ptr<Models::DocumentTextCache> cache,
                                   Sources sources)
    : QObject(window)
    , m_window(window)
    , m_reader(reader)
    , m_sources(std::move(sources))
    , m_runner(new Models::EntityRunner(std::move(cache), this))
    , m_entities(new Models::EntityTableModel(Models::EntityTableModel::Shows::Entities, this))
    , m_suggestions(new Models::EntityTableModel(Models::EntityTableModel::Shows::Suggestions, this))
{
    // The panel fills in while a big bundle is read; suggestions come at the end.
    connect(m_runner, &Models::EntityRunner::partial, m_entities, &Models::EntityTableModel::setFindings);
    connect(m_runner, &Models::EntityRunner::finished, this, [this](const Models::EntityFindings &findings) {
        showFindings(findings);
        Q_EMIT finished();
    });
    // A decision, its undo or its redo: find the entities again, once.
    auto *refind = new QTimer(this);
    refind->setSingleShot(true);
    refind->setInterval(0);
    connect(refind, &QTimer::timeout, this, [this] {
        if (!m_sources.loading || !m_sources.loading())
            find();
    });
    connect(m_sources.annotations, &Models::AnnotationWorkspace::entityDecisionChanged, refind, qOverload<>(&QTimer::start));
}

void EntityController::createDock()
{
    m_panel = new Views::EntitiesPanel(m_entities, m_suggestions, m_window);
    auto *dock = new QDockWidget(tr("Entities"), m_window);
    dock->setObjectName("EntitiesDock"_L1);
    dock->setWidget(m_panel);
    m_window->addDockWidget(Qt::RightDockWidgetArea, dock);
    m_window->resizeDocks({dock}, {440}, Qt::Horizontal);
    dock->hide(); // shown from the View menu; the reader keeps the width by default
    connect(m_runner, &Models::EntityRunner::progress, m_panel, &Views::EntitiesPanel::showProgress);
    connect(m_panel, &Views::EntitiesPanel::mentionRequested, this, &EntityController::goToMention);
    connect(m_panel, &Views::EntitiesPanel::suggestionRejected, this, [this](int row) {
        decide(m_suggestions->index(row, 0).data().toString(), QString(), false);
    });
    connect(m_panel, &Views::EntitiesPanel::suggestionAccepted, this, [this](int row, const QString &category) {
        decide(m_suggestions->index(row, 0).data().toString(), category, true);
    });
    connect(m_panel, &Views::EntitiesPanel::entityRemovalRequested, this, [this](int row) {
        const QString name = m_entities->index(row, 0).data().toString();
        if (!name.isEmpty())
            decide(name, QString(), false);
    });
    // Rename, category and merge: asked about against the gazetteer the panel shows.
    connect(m_panel, &Views::EntitiesPanel::entityRenameRequested, this, [this](int row) {
        const Models::Gazetteer &gazetteer = m_entities->findings().gazetteer;
        if (const auto rename = Views::EntityEditDialogs::askRename(m_window, gazetteer, row))
            store(Models::EntityDecision::rename(gazetteer.at(row).name, rename->name, rename->keepOldName));
    });
    connect(m_panel, &Views::EntitiesPanel::entityCategoryChangeRequested, this, [this](int row) {
        const Models::Gazetteer &gazetteer = m_entities->findings().gazetteer;
        if (const auto category = Views::EntityEditDialogs::askCategory(m_window, gazetteer, row))
            decide(gazetteer.at(row).name, *category, true);
    });
    connect(m_panel, &Views::EntitiesPanel::entityMergeRequested, this, [this](int row) {
        const Models::Gazetteer &gazetteer = m_entities->findings().gazetteer;
        if (const auto target = Views::EntityEditDialogs::askMergeTarget(m_window, gazetteer, row))
            store(Models::EntityDecision::merge(gazetteer.at(row).name, *target));
    });
}

void EntityController::fillEditMenu(QMenu *edit)
{
    m_highlightLikeThis = edit->addAction(tr("&Highlight All Like This\u2026"), this, &EntityController::highlightAllLikeThis);
    m_highlightLikeThis->setShortcut(tr("Ctrl+Shift+H"));
    m_highlightLikeThis->setStatusTip(tr("Make the selected name an entity of the bundle, highlighted in every document"));
    connect(m_reader, &Views::ReaderView::contextMenuAboutToShow, this, [this](QMenu *menu, int position) {
        if (m_reader->textCursor().hasSelection())
            menu->addAction(m_highlightLikeThis);
        addSuggestionActions(menu, position);
    });
}

void EntityController::addSuggestionActions(QMenu *menu, int position)
{
    // A suggested name under the pointer: accept or reject it where it is read.
    const Views::EntityLayer *layer = m_reader->entityLayer();
    const qsizetype suggestion = layer->suggestionAt(position);
    if (suggestion < 0)
        return;
    const Models::Entity &suggested = layer->suggestions().at(suggestion);
    menu->addSeparator();
    const QString category = suggested.category.isEmpty() ? Models::EntityCategory::builtIn().value(0) : suggested.category;
    menu->addAction(tr("Accept \u201C%1\u201D as %2").arg(suggested.name, category), this,
                    [this, name = suggested.name, category] { decide(name, category, true); });
    QMenu *as = menu->addMenu(tr("Accept \u201C%1\u201D As").arg(suggested.name));
    for (const QString &other : Models::EntityCategory::builtIn()) {
        if (other != category)
            as->addAction(other, this, [this, name = suggested.name, other] { decide(name, other, true); });
    }
    menu->addAction(tr("Reject the Suggestion \u201C%1\u201D").arg(suggested.name), this,
                    [this, name = suggested.name] { decide(name, QString(), false); });
}

void EntityController::fillGoMenu(QMenu *go)
{
    QAction *next = go->addAction(tr("Next &Mention of the Entity"), this, [this] { goToMention(m_panel->currentEntity(), false); });
    next->setShortcut(tr("F8"));
    QAction *previous = go->addAction(tr("Previous M&ention of the Entity"), this, [this] { goToMention(m_panel->currentEntity(), true); });
    previous->setShortcut(tr("Shift+F8"));
}

void EntityController::clear()
{
    m_runner->cancel();
    m_entities->setFindings({});
    m_suggestions->setFindings({});
    m_reader->entityLayer()->setEntities({}, nullptr);
    m_reader->entityLayer()->setSuggestions({}, nullptr);
    m_mentionCursor.clear();
    m_decided = {};
    m_sessionDecisions.clear();
}

void EntityController::cancel()
{
    m_runner->cancel();
}

bool EntityController::isRunning() const
{
    return m_runner->isRunning();
}

Models::Gazetteer EntityController::gazetteer() const
{
    return m_entities->findings().gazetteer;
}

QString EntityController::personalGazetteerPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + u"/gazetteer.tsv"_s;
}

void EntityController::find()
{
    // The bundle's gazetteer first, then the user's own: both small files.
    const Models::Bundle &bundle = m_sources.documents->bundle();
    Models::Diagnostics problems;
    Models::InputFile::Rules bundleRules = Models::GazetteerReader::defaultRules();
    bundleRules.root = bundle.gazetteerRoot;
    Models::Gazetteer combined = bundle.gazetteerPath.isEmpty()
        ? Models::Gazetteer()
        : Models::GazetteerReader::read(bundle.gazetteerPath, &problems, bundleRules);
    if (QFileInfo::exists(personalGazetteerPath())) {
        const Models::Gazetteer personal = Models::GazetteerReader::read(personalGazetteerPath(), &problems);
        for (const Models::Entity &entity : personal.entities()) {
            if (combined.indexOfName(entity.name) < 0)
                Models::GazetteerEdits::add(combined, entity);
        }
    }
    if (!problems.isEmpty())
        Q_EMIT problemsFound(problems);
    QList<Models::EntityDecision> decisions = m_sources.annotations->entityDecisions();
    decisions += m_sessionDecisions;
    m_decided = {};
    combined = Models::EntityOverlay::apply(combined, decisions, &m_decided);
    m_runner->start(bundle, combined, m_decided, m_sources.loadOptions ? m_sources.loadOptions() : Models::LoadOptions{});
}

void EntityController::decide(const QString &text, const QString &category, bool accepted)
{
    if (text.trimmed().isEmpty())
        return;
    store(Models::EntityDecision::decide(text.trimmed(), category, accepted));
}

void EntityController::store(Models::EntityDecision decision)
{
    // Kept in the bundle's store, one undo step each; without a writable store
    // the decision lasts for this session.
    if (!m_sources.annotations->isReadOnly()) {
        m_sources.annotations->setEntityDecision(decision);
        return;
    }
    decision.modified = QDateTime::currentDateTimeUtc();
    m_sessionDecisions.append(decision);
    find();
}

void EntityController::highlightAllLikeThis()
{
    const QString selected = m_reader->textCursor().selectedText().replace(QChar::ParagraphSeparator, u' ').simplified();
    if (selected.isEmpty() || selected.size() > 200) {
        m_window->statusBar()->showMessage(tr("Select a name in the text first (up to 200 characters)."), 5000);
        return;
    }
    bool ok = false;
    const QString category = QInputDialog::getItem(m_window, tr("Highlight All Like This"),
                                                   tr("Highlight every \u201C%1\u201D in the bundle as:").arg(selected),
                                                   Models::EntityCategory::builtIn(), 0, true, &ok);
    if (!ok || category.trimmed().isEmpty())
        return;
    decide(selected, Models::EntityCategory::normalised(category), true);
    m_window->statusBar()->showMessage(tr("\u201C%1\u201D is now an entity (%2); Undo takes it back.").arg(selected, category), 8000);
}

void EntityController::showFindings(const Models::EntityFindings &findings)
{
    m_entities->setFindings(findings);
    m_suggestions->setFindings(findings);
    m_mentionCursor.clear();
    m_reader->entityLayer()->setEntities(findings.gazetteer, findings.matcher);
    // Suggestions show from the start, lighter, so a plain list of documents
    // is not bare until each is accepted in the panel.
    Models::Gazetteer suggested;
    for (const Models::EntitySuggestion &suggestion : findings.suggestions) {
        if (suggested.size() >= MaxShownSuggestions)
            break;
        if (suggested.indexOfName(suggestion.text) >= 0)
            continue;
        Models::Entity entity;
        entity.name = suggestion.text;
        entity.category = suggestion.category;
        entity.caseSensitivity = Qt::CaseSensitive; // as written: a suggestion is a name seen capitalised
        suggested.append(entity);
    }
    m_reader->entityLayer()->setSuggestions(suggested, suggested.isEmpty() ? nullptr : std::make_shared<const Models::EntityMatcher>(suggested));
}

void EntityController::goToMention(int entity, bool backwards)
{
    const Models::EntityFindings &findings = m_entities->findings();
    if (entity < 0 || entity >= findings.index.entityCount())
        return;
    const QList<Models::IndexedMention> &mentions = findings.index.entity(entity).mentions;
    if (mentions.isEmpty()) {
        Q_EMIT statusMessage(tr("%1 is not mentioned in this bundle").arg(findings.gazetteer.at(entity).name));
        return;
    }
    const int count = int(mentions.size());
    const bool first = !m_mentionCursor.contains(entity);
    int &cursor = m_mentionCursor[entity];
    if (first)
        cursor = backwards ? count - 1 : 0;
    else
        cursor = backwards ? (cursor - 1 + count) % count : (cursor + 1) % count;
    const Models::IndexedMention &mention = mentions.at(cursor);
    Q_EMIT statusMessage(tr("%1: mention %2 of %3").arg(findings.gazetteer.at(entity).name).arg(cursor + 1).arg(count));
    Q_EMIT revealRequested(mention.document, int(mention.start), int(mention.end));
}

} // namespace Lectern::App
