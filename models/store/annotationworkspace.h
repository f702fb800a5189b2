// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationstore.h"
#include "storeresult.h"

#include <QHash>
#include <QObject>
#include <QStringList>

#include <memory>
#include <optional>

class QUndoCommand;
class QUndoStack;

namespace Lectern::Models {

/// The open bundle's annotations as the GUI and the CLI edit them: owns the
/// AnnotationStore and the QUndoStack, keeps what the store holds in memory,
/// turns every user edit into an undo command, and signals each change with
/// the ids concerned so item models update exactly the rows that changed.
/// Lives on the GUI thread.
class AnnotationWorkspace final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationWorkspace)

public:
    explicit AnnotationWorkspace(QObject *parent = nullptr);
    ~AnnotationWorkspace() override;

    /// Takes the store and reads everything in it (annotationsReset()).
    [[nodiscard]] StoreStatus open(std::unique_ptr<AnnotationStore> store);
    /// Drops the store, its contents and the undo history.
    void close();
    /// Reads everything again (for a shared store others write to); clears the undo history.
    [[nodiscard]] StoreStatus reload();

    [[nodiscard]] AnnotationStore *store() const { return m_store.get(); }
    [[nodiscard]] QUndoStack *undoStack() const { return m_undoStack; }
    [[nodiscard]] bool isReadOnly() const { return !m_store || m_store->isReadOnly(); }

    /// Ids in the order the store listed them, new ones appended.
    [[nodiscard]] const QStringList &annotationIds() const { return m_order; }
    [[nodiscard]] qsizetype annotationCount() const { return m_order.size(); }
    /// The annotation, or nullptr; valid until the next change.
    [[nodiscard]] const Annotation *findAnnotation(const QString &id) const;
    [[nodiscard]] const QList<Code> &codes() const { return m_codes; }
    [[nodiscard]] const Code *findCode(const QString &id) const;
    /// The code and all codes below it.
    [[nodiscard]] QStringList codeSubtree(const QString &id) const;
    [[nodiscard]] const QList<EvidenceLink> &evidenceLinks() const { return m_links; }
    [[nodiscard]] QStringList evidenceFor(const QString &claimId) const;
    [[nodiscard]] QStringList claimsSupportedBy(const QString &evidenceId) const;
    [[nodiscard]] QList<SegmentOverride> segmentOverrides(const QString &documentId) const;
    [[nodiscard]] const QList<SegmentOverride> &allSegmentOverrides() const { return m_segments; }
    [[nodiscard]] const QList<EntityDecision> &entityDecisions() const { return m_decisions; }

    // User edits: each is one undo command. They return false (or an empty
    // id) when nothing was stored, after errorOccurred() said why.
    QString addAnnotation(const Annotation &draft);
    /// Stores @p edited, whose version says which version the edit started from.
    bool editAnnotation(const Annotation &edited);
    bool relabelAnnotation(const QString &id, const QString &codeId);
    bool removeAnnotation(const QString &id);
    QString addCode(const Code &code);
    /// Renames, recolours, re-describes or moves a code.
    bool changeCode(const Code &code);
    bool linkEvidence(const QString &claimId, const QString &evidenceId);
    bool unlinkEvidence(const QString &claimId, const QString &evidenceId);
    bool setSegmentOverride(const SegmentOverride &segmentOverride);
    bool clearSegmentOverride(const QString &documentId, qsizetype start, qsizetype end);
    bool setEntityDecision(const EntityDecision &decision);
    /// Forgets the decision with the key of @p key (see EntityDecision::sameKey).
    bool clearEntityDecision(const EntityDecision &key);

    /// Places the document's annotations in its current @p text (see
    /// Reanchorer), storing moved anchors and the orphaned flag. Not an undo
    /// step: it follows the file, not the user. Returns how many are orphaned.
    int reanchorDocument(const QString &documentId, QStringView text);

Q_SIGNALS:
    void annotationsReset();
    void annotationAdded(const QString &id);
    void annotationChanged(const QString &id);
    void annotationRemoved(const QString &id);
    void codeAdded(const QString &id);
    void codeChanged(const QString &id);
    void codeRemoved(const QString &id);
    void evidenceLinked(const QString &claimId, const QString &evidenceId);
    void evidenceUnlinked(const QString &claimId, const QString &evidenceId);
    void segmentOverridesChanged(const QString &documentId);
    void entityDecisionChanged(const QString &candidateText, const QString &category);
    /// Something was not stored; the message is for the user.
    void errorOccurred(const Lectern::Models::StoreError &error);
    /// An edit met a newer version stored by someone else; nothing was overwritten.
    void conflictDetected(const Lectern::Models::AnnotationConflict &conflict);

private:
    friend class AddAnnotationCommand;
    friend class RemoveAnnotationCommand;
    friend class EditAnnotationCommand;
    friend class AddCodeCommand;
    friend class ChangeCodeCommand;
    friend class EvidenceLinkCommand;
    friend class SegmentOverrideCommand;
    friend class EntityDecisionCommand;

    // What the commands call: write through the store, update memory, signal.
    std::optional<Annotation> applyCreate(const Annotation &draft);
    std::optional<Annotation> applyRestore(const Annotation &annotation, const QList<EvidenceLink> &links);
    std::optional<Annotation> applyUpdate(const Annotation &edited);
    bool applyRemove(const QString &id);
    std::optional<Code> applyCreateCode(const Code &code);
    std::optional<Code> applyUpdateCode(const Code &code);
    bool applyRemoveCode(const QString &id);
    bool applyLink(const QString &claimId, const QString &evidenceId);
    bool applyUnlink(const QString &claimId, const QString &evidenceId);
    bool applySetSegment(const SegmentOverride &segmentOverride);
    bool applyRemoveSegment(const QString &documentId, qsizetype start, qsizetype end);
    bool applySetDecision(const EntityDecision &decision);
    bool applyRemoveDecision(const EntityDecision &key);
    [[nodiscard]] QList<EvidenceLink> linksOf(const QString &annotationId) const;
    [[nodiscard]] std::optional<SegmentOverride> findSegment(const QString &documentId, qsizetype start, qsizetype end) const;
    [[nodiscard]] std::optional<EntityDecision> findDecision(const EntityDecision &key) const;

    void fail(const StoreError &error);
    bool push(QUndoCommand *command);
    bool refuseWithoutStore();
    StoreStatus loadAll();

    std::unique_ptr<AnnotationStore> m_store;
    QUndoStack *m_undoStack = nullptr;
    QHash<QString, Annotation> m_annotations;
    QStringList m_order;
    QList<Code> m_codes;
    QList<EvidenceLink> m_links;
    QList<SegmentOverride> m_segments;
    QList<EntityDecision> m_decisions;
    bool m_lastPushFailed = false;
};

} // namespace Lectern::Models
