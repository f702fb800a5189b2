// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentationresults.h"

namespace Lectern::Models {

SegmentationResults::SegmentationResults(QObject *parent)
    : QObject(parent)
{
}

void SegmentationResults::clear()
{
    m_profile.reset();
    m_computed.clear();
    m_effective.clear();
    m_relabels = {};
    m_relabelledDocuments.clear();
    Q_EMIT profileChanged();
}

void SegmentationResults::setProfile(std::shared_ptr<const BundleProfile> profile)
{
    m_profile = std::move(profile);
    Q_EMIT profileChanged();
}

void SegmentationResults::add(const QList<DocumentSegmentation> &computed)
{
    for (const DocumentSegmentation &document : computed) {
        m_computed.insert(document.documentId, document);
        refresh(document.documentId);
    }
}

const DocumentSegmentation *SegmentationResults::document(const QString &documentId) const
{
    const auto it = m_effective.constFind(documentId);
    return it == m_effective.constEnd() ? nullptr : &*it;
}

std::optional<RelabelOverride> SegmentationResults::overrideAt(const QString &documentId, qsizetype start) const
{
    for (const RelabelOverride &change : m_relabels.overrides(documentId)) {
        if (change.start == start)
            return change;
    }
    return std::nullopt;
}

void SegmentationResults::setOverride(const RelabelOverride &change)
{
    m_relabels.setOverride(change);
    if (!m_relabelledDocuments.contains(change.documentId))
        m_relabelledDocuments.append(change.documentId);
    refresh(change.documentId);
}

void SegmentationResults::removeOverride(const QString &documentId, qsizetype start)
{
    if (m_relabels.removeOverride(documentId, start))
        refresh(documentId);
}

void SegmentationResults::replaceOverrides(const QString &documentId, const QList<RelabelOverride> &overrides)
{
    const QList<RelabelOverride> old = m_relabels.overrides(documentId);
    if (old == overrides)
        return;
    for (const RelabelOverride &change : old)
        m_relabels.removeOverride(documentId, change.start);
    for (const RelabelOverride &change : overrides)
        m_relabels.setOverride(change);
    if (!overrides.isEmpty() && !m_relabelledDocuments.contains(documentId))
        m_relabelledDocuments.append(documentId);
    refresh(documentId);
}

QList<RelabelOverride> SegmentationResults::allOverrides() const
{
    QList<RelabelOverride> all;
    for (const QString &id : m_relabelledDocuments)
        all.append(m_relabels.overrides(id));
    return all;
}

void SegmentationResults::refresh(const QString &documentId)
{
    const auto computed = m_computed.constFind(documentId);
    if (computed == m_computed.constEnd())
        return;
    DocumentSegmentation effective = *computed;
    effective.applyOverrides(m_relabels.overrides(documentId));
    m_effective.insert(documentId, std::move(effective));
    Q_EMIT documentChanged(documentId);
}

} // namespace Lectern::Models
