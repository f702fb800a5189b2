// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationworkspace.h"

#include "addannotationcommand.h"
#include "addcodecommand.h"
#include "changecodecommand.h"
#include "editannotationcommand.h"
#include "entitydecisioncommand.h"
#include "evidencelinkcommand.h"
#include "reanchorer.h"
#include "removeannotationcommand.h"
#include "segmentoverridecommand.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QUndoStack>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class StoreText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::AnnotationStore)
};

Q_LOGGING_CATEGORY(lcWorkspace, "lectern.models.store", QtInfoMsg)
} // namespace

AnnotationWorkspace::AnnotationWorkspace(QObject *parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
{
}

AnnotationWorkspace::~AnnotationWorkspace()
{
    // Commands refer to this workspace; drop them before its members go.
    m_undoStack->clear();
}

StoreStatus AnnotationWorkspace::open(std::unique_ptr<AnnotationStore> store)
{
    close();
    m_store = std::move(store);
    return loadAll();
}

void AnnotationWorkspace::close()
{
    m_undoStack->clear();
    m_store.reset();
    m_annotations.clear();
    m_order.clear();
    m_codes.clear();
    m_links.clear();
    m_segments.clear();
    m_decisions.clear();
    Q_EMIT annotationsReset();
}

StoreStatus AnnotationWorkspace::reload()
{
    m_undoStack->clear();
    return loadAll();
}

StoreStatus AnnotationWorkspace::loadAll()
{
    m_annotations.clear();
    m_order.clear();
    auto fail = [this](const StoreError &error) -> StoreStatus {
        Q_EMIT annotationsReset();
        return error;
    };
    auto annotations = m_store->annotations();
    if (!annotations)
        return fail(annotations.error());
    auto codes = m_store->codes();
    if (!codes)
        return fail(codes.error());
    auto links = m_store->evidenceLinks();
    if (!links)
        return fail(links.error());
    auto segments = m_store->segmentOverrides();
    if (!segments)
        return fail(segments.error());
    auto decisions = m_store->entityDecisions();
    if (!decisions)
        return fail(decisions.error());
    m_annotations.reserve(annotations.value().size());
    m_order.reserve(annotations.value().size());
    for (Annotation &a : std::move(annotations).value()) {
        m_order.append(a.id);
        m_annotations.insert(a.id, std::move(a));
    }
    m_codes = codes.value();
    m_links = links.value();
    m_segments = segments.value();
    m_decisions = decisions.value();
    qCInfo(lcWorkspace) << "loaded" << m_order.size() << "annotations from" << m_store->location();
    Q_EMIT annotationsReset();
    return StoreOk;
}

const Annotation *AnnotationWorkspace::findAnnotation(const QString &id) const
{
    const auto it = m_annotations.constFind(id);
    return it == m_annotations.cend() ? nullptr : &*it;
}

const Code *AnnotationWorkspace::findCode(const QString &id) const
{
    for (const Code &code : m_codes) {
        if (code.id == id)
            return &code;
    }
    return nullptr;
}

QStringList AnnotationWorkspace::codeSubtree(const QString &id) const
{
    QStringList subtree{id};
    for (qsizetype i = 0; i < subtree.size(); ++i) {
        for (const Code &code : m_codes) {
            if (code.parentId == subtree.at(i) && !subtree.contains(code.id))
                subtree.append(code.id);
        }
    }
    return subtree;
}

QStringList AnnotationWorkspace::evidenceFor(const QString &claimId) const
{
    QStringList ids;
    for (const EvidenceLink &link : m_links) {
        if (link.claimId == claimId)
            ids.append(link.evidenceId);
    }
    return ids;
}

QStringList AnnotationWorkspace::claimsSupportedBy(const QString &evidenceId) const
{
    QStringList ids;
    for (const EvidenceLink &link : m_links) {
        if (link.evidenceId == evidenceId)
            ids.append(link.claimId);
    }
    return ids;
}

QList<SegmentOverride> AnnotationWorkspace::segmentOverrides(const QString &documentId) const
{
    QList<SegmentOverride> result;
    for (const SegmentOverride &segment : m_segments) {
        if (segment.documentId == documentId)
            result.append(segment);
    }
    return result;
}

QList<EvidenceLink> AnnotationWorkspace::linksOf(const QString &annotationId) const
{
    QList<EvidenceLink> result;
    for (const EvidenceLink &link : m_links) {
        if (link.claimId == annotationId || link.evidenceId == annotationId)
            result.append(link);
    }
    return result;
}

std::optional<SegmentOverride> AnnotationWorkspace::findSegment(const QString &documentId, qsizetype start, qsizetype end) const
{
    for (const SegmentOverride &segment : m_segments) {
        if (segment.documentId == documentId && segment.start == start && segment.end == end)
            return segment;
    }
    return std::nullopt;
}

std::optional<EntityDecision> AnnotationWorkspace::findDecision(const EntityDecision &key) const
{
    for (const EntityDecision &decision : m_decisions) {
        if (decision.sameKey(key))
            return decision;
    }
    return std::nullopt;
}

// ---- user edits ----

void AnnotationWorkspace::fail(const StoreError &error)
{
    m_lastPushFailed = true;
    qCInfo(lcWorkspace) << error.fullText();
    if (error.conflict)
        Q_EMIT conflictDetected(*error.conflict);
    Q_EMIT errorOccurred(error);
}

bool AnnotationWorkspace::refuseWithoutStore()
{
    if (m_store)
        return false;
    fail(StoreError::make(StoreError::Kind::ReadOnly, StoreText::tr("No bundle's annotations are open.")));
    return true;
}

bool AnnotationWorkspace::push(QUndoCommand *command)
{
    m_lastPushFailed = false;
    // A command whose first redo() failed marks itself obsolete, and
    // QUndoStack::push() then deletes it instead of keeping it.
    m_undoStack->push(command);
    return !m_lastPushFailed;
}

QString AnnotationWorkspace::addAnnotation(const Annotation &draft)
{
    if (refuseWithoutStore())
        return {};
    Annotation a = draft;
    if (a.id.isEmpty())
        a.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return push(new AddAnnotationCommand(this, a)) ? a.id : QString();
}

bool AnnotationWorkspace::editAnnotation(const Annotation &edited)
{
    if (refuseWithoutStore())
        return false;
    const Annotation *current = findAnnotation(edited.id);
    if (!current) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The annotation does not exist (any more)."), edited.id));
        return false;
    }
    return push(new EditAnnotationCommand(this, *current, edited, tr("Edit annotation")));
}

bool AnnotationWorkspace::relabelAnnotation(const QString &id, const QString &codeId)
{
    const Annotation *current = findAnnotation(id);
    if (refuseWithoutStore())
        return false;
    if (!current) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The annotation does not exist (any more)."), id));
        return false;
    }
    Annotation relabelled = *current;
    relabelled.codeId = codeId;
    const Code *code = findCode(codeId);
    return push(new EditAnnotationCommand(this, *current, relabelled,
                                          tr("Label as %1").arg(code ? code->name : tr("nothing"))));
}

bool AnnotationWorkspace::removeAnnotation(const QString &id)
{
    if (refuseWithoutStore())
        return false;
    if (!findAnnotation(id)) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The annotation does not exist (any more)."), id));
        return false;
    }
    return push(new RemoveAnnotationCommand(this, id));
}

QString AnnotationWorkspace::addCode(const Code &code)
{
    if (refuseWithoutStore())
        return {};
    Code c = code;
    if (c.id.isEmpty())
        c.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    return push(new AddCodeCommand(this, c)) ? c.id : QString();
}

bool AnnotationWorkspace::changeCode(const Code &code)
{
    if (refuseWithoutStore())
        return false;
    const Code *current = findCode(code.id);
    if (!current) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The label does not exist (any more)."), code.id));
        return false;
    }
    return push(new ChangeCodeCommand(this, *current, code));
}

bool AnnotationWorkspace::linkEvidence(const QString &claimId, const QString &evidenceId)
{
    if (refuseWithoutStore())
        return false;
    return push(new EvidenceLinkCommand(this, claimId, evidenceId, EvidenceLinkCommand::Link));
}

bool AnnotationWorkspace::unlinkEvidence(const QString &claimId, const QString &evidenceId)
{
    if (refuseWithoutStore())
        return false;
    return push(new EvidenceLinkCommand(this, claimId, evidenceId, EvidenceLinkCommand::Unlink));
}

bool AnnotationWorkspace::setSegmentOverride(const SegmentOverride &segmentOverride)
{
    if (refuseWithoutStore())
        return false;
    return push(new SegmentOverrideCommand(
        this, findSegment(segmentOverride.documentId, segmentOverride.start, segmentOverride.end), segmentOverride));
}

bool AnnotationWorkspace::clearSegmentOverride(const QString &documentId, qsizetype start, qsizetype end)
{
    if (refuseWithoutStore())
        return false;
    const auto before = findSegment(documentId, start, end);
    if (!before) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The segment has no label of yours.")));
        return false;
    }
    return push(new SegmentOverrideCommand(this, before, std::nullopt));
}

bool AnnotationWorkspace::setEntityDecision(const EntityDecision &decision)
{
    if (refuseWithoutStore())
        return false;
    return push(new EntityDecisionCommand(this, findDecision(decision), decision));
}

bool AnnotationWorkspace::clearEntityDecision(const EntityDecision &key)
{
    if (refuseWithoutStore())
        return false;
    const auto before = findDecision(key);
    if (!before) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("There is no such entity decision.")));
        return false;
    }
    return push(new EntityDecisionCommand(this, before, std::nullopt));
}

int AnnotationWorkspace::reanchorDocument(const QString &documentId, QStringView text)
{
    if (!m_store)
        return 0;
    int orphaned = 0;
    const QStringList ids = m_order;
    for (const QString &id : ids) {
        const Annotation *current = findAnnotation(id);
        if (!current || current->documentId != documentId)
            continue;
        const Reanchorer::Result placed = Reanchorer::reanchor(current->anchor(), text);
        Annotation moved = *current;
        if (placed.found()) {
            if (placed.method == Reanchorer::Method::Unchanged && !current->orphaned)
                continue;
            // The quote and context become what the text says now.
            moved.setAnchor(Reanchorer::capture(text, placed.start, placed.end));
            moved.orphaned = false;
        } else {
            ++orphaned;
            if (current->orphaned)
                continue;
            moved.orphaned = true; // keep the old anchor: it is what the user can re-attach
        }
        if (!m_store->isReadOnly())
            applyUpdate(moved);
    }
    return orphaned;
}

// ---- what the commands call ----

std::optional<Annotation> AnnotationWorkspace::applyCreate(const Annotation &draft)
{
    auto created = m_store->createAnnotation(draft);
    if (!created) {
        fail(created.error());
        return std::nullopt;
    }
    const Annotation &a = created.value();
    m_annotations.insert(a.id, a);
    m_order.append(a.id);
    Q_EMIT annotationAdded(a.id);
    return a;
}

std::optional<Annotation> AnnotationWorkspace::applyRestore(const Annotation &annotation, const QList<EvidenceLink> &links)
{
    auto restored = m_store->restoreAnnotation(annotation, links);
    if (!restored) {
        fail(restored.error());
        return std::nullopt;
    }
    m_annotations.insert(annotation.id, annotation);
    m_order.append(annotation.id);
    Q_EMIT annotationAdded(annotation.id);
    for (const EvidenceLink &link : links) {
        const QString other = link.claimId == annotation.id ? link.evidenceId : link.claimId;
        if (!m_annotations.contains(other) || linksOf(link.claimId).contains(link))
            continue;
        m_links.append(link);
        Q_EMIT evidenceLinked(link.claimId, link.evidenceId);
    }
    return annotation;
}

std::optional<Annotation> AnnotationWorkspace::applyUpdate(const Annotation &edited)
{
    auto updated = m_store->updateAnnotation(edited);
    if (!updated) {
        fail(updated.error());
        return std::nullopt;
    }
    m_annotations.insert(edited.id, updated.value());
    Q_EMIT annotationChanged(edited.id);
    return updated.value();
}

bool AnnotationWorkspace::applyRemove(const QString &id)
{
    const Annotation *current = findAnnotation(id);
    if (!current) {
        fail(StoreError::make(StoreError::Kind::NotFound, StoreText::tr("The annotation does not exist (any more)."), id));
        return false;
    }
    if (auto removed = m_store->removeAnnotation(id, current->version); !removed) {
        fail(removed.error());
        return false;
    }
    const QList<EvidenceLink> gone = linksOf(id);
    m_links.removeIf([&id](const EvidenceLink &link) { return link.claimId == id || link.evidenceId == id; });
    for (const EvidenceLink &link : gone)
        Q_EMIT evidenceUnlinked(link.claimId, link.evidenceId);
    m_annotations.remove(id);
    m_order.removeOne(id);
    Q_EMIT annotationRemoved(id);
    return true;
}

std::optional<Code> AnnotationWorkspace::applyCreateCode(const Code &code)
{
    auto created = m_store->createCode(code);
    if (!created) {
        fail(created.error());
        return std::nullopt;
    }
    m_codes.append(created.value());
    Q_EMIT codeAdded(code.id);
    return created.value();
}

std::optional<Code> AnnotationWorkspace::applyUpdateCode(const Code &code)
{
    auto updated = m_store->updateCode(code);
    if (!updated) {
        fail(updated.error());
        return std::nullopt;
    }
    for (Code &c : m_codes) {
        if (c.id == code.id)
            c = updated.value();
    }
    Q_EMIT codeChanged(code.id);
    return updated.value();
}

bool AnnotationWorkspace::applyRemoveCode(const QString &id)
{
    if (auto removed = m_store->removeCode(id); !removed) {
        fail(removed.error());
        return false;
    }
    m_codes.removeIf([&id](const Code &c) { return c.id == id; });
    Q_EMIT codeRemoved(id);
    return true;
}

bool AnnotationWorkspace::applyLink(const QString &claimId, const QString &evidenceId)
{
    auto linked = m_store->addEvidenceLink(claimId, evidenceId);
    if (!linked) {
        fail(linked.error());
        return false;
    }
    m_links.append(linked.value());
    Q_EMIT evidenceLinked(claimId, evidenceId);
    return true;
}

bool AnnotationWorkspace::applyUnlink(const QString &claimId, const QString &evidenceId)
{
    if (auto removed = m_store->removeEvidenceLink(claimId, evidenceId); !removed) {
        fail(removed.error());
        return false;
    }
    m_links.removeIf([&](const EvidenceLink &link) { return link.claimId == claimId && link.evidenceId == evidenceId; });
    Q_EMIT evidenceUnlinked(claimId, evidenceId);
    return true;
}

bool AnnotationWorkspace::applySetSegment(const SegmentOverride &segmentOverride)
{
    auto stored = m_store->setSegmentOverride(segmentOverride);
    if (!stored) {
        fail(stored.error());
        return false;
    }
    m_segments.removeIf([&](const SegmentOverride &s) {
        return s.documentId == segmentOverride.documentId && s.start == segmentOverride.start && s.end == segmentOverride.end;
    });
    m_segments.append(stored.value());
    Q_EMIT segmentOverridesChanged(segmentOverride.documentId);
    return true;
}

bool AnnotationWorkspace::applyRemoveSegment(const QString &documentId, qsizetype start, qsizetype end)
{
    if (auto removed = m_store->removeSegmentOverride(documentId, start, end); !removed) {
        fail(removed.error());
        return false;
    }
    m_segments.removeIf([&](const SegmentOverride &s) { return s.documentId == documentId && s.start == start && s.end == end; });
    Q_EMIT segmentOverridesChanged(documentId);
    return true;
}

bool AnnotationWorkspace::applySetDecision(const EntityDecision &decision)
{
    auto stored = m_store->setEntityDecision(decision);
    if (!stored) {
        fail(stored.error());
        return false;
    }
    m_decisions.removeIf([&](const EntityDecision &d) { return d.sameKey(decision); });
    m_decisions.append(stored.value());
    Q_EMIT entityDecisionChanged(decision.candidateText, decision.category);
    return true;
}

bool AnnotationWorkspace::applyRemoveDecision(const EntityDecision &key)
{
    if (auto removed = m_store->removeEntityDecision(key); !removed) {
        fail(removed.error());
        return false;
    }
    m_decisions.removeIf([&](const EntityDecision &d) { return d.sameKey(key); });
    Q_EMIT entityDecisionChanged(key.candidateText, key.category);
    return true;
}

} // namespace Lectern::Models
