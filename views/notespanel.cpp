// SPDX-License-Identifier: GPL-3.0-or-later
#include "notespanel.h"

#include "annotationfilterproxy.h"
#include "annotationlistmodel.h"
#include "annotationroles.h"
#include "annotationworkspace.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QSet>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

NotesPanel::NotesPanel(Models::AnnotationWorkspace *workspace, Models::AnnotationFilterProxy *proxy, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_proxy(proxy)
    , m_text(new QLineEdit(this))
    , m_document(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_tag(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_orphans(new QCheckBox(tr("Not found"), this))
    , m_view(new QTreeView(this))
{
    m_text->setPlaceholderText(tr("Filter by text, excerpt or tag"));
    m_text->setAccessibleName(tr("Filter the notes by text, excerpt or tag"));
    m_text->setClearButtonEnabled(true);
    m_document->setAccessibleName(tr("Document filter"));
    m_label->setAccessibleName(tr("Label filter"));
    m_tag->setAccessibleName(tr("Tag filter"));
    m_status->setAccessibleName(tr("Status filter"));
    m_orphans->setToolTip(tr("Only annotations whose passage is no longer found in its document"));
    for (QComboBox *combo : { m_document, m_label, m_tag })
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_document->setMinimumContentsLength(10);
    m_label->setMinimumContentsLength(8);
    m_tag->setMinimumContentsLength(8);
    m_status->addItem(tr("Any status"), -1);
    for (const auto &[name, status] : { std::pair { tr("Unverified"), Models::ClaimStatus::Unverified },
             std::pair { tr("Supported"), Models::ClaimStatus::Supported },
             std::pair { tr("Disputed"), Models::ClaimStatus::Disputed },
             std::pair { tr("Refuted"), Models::ClaimStatus::Refuted } })
        m_status->addItem(name, int(status));

    m_view->setModel(proxy);
    m_view->setRootIsDecorated(false);
    m_view->setUniformRowHeights(true);
    m_view->setAlternatingRowColors(true);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(-1, Qt::AscendingOrder);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_view->setAccessibleName(tr("Notes"));
    m_view->header()->resizeSection(Models::AnnotationListModel::ExcerptColumn, 320);

    auto *filters = new QHBoxLayout;
    filters->setSpacing(4);
    filters->addWidget(m_text, 3);
    filters->addWidget(m_document, 2);
    filters->addWidget(m_label, 2);
    filters->addWidget(m_tag, 2);
    filters->addWidget(m_status, 1);
    filters->addWidget(m_orphans);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    layout->setSpacing(4);
    layout->addLayout(filters);
    layout->addWidget(m_view);

    connect(m_text, &QLineEdit::textChanged, proxy, &Models::AnnotationFilterProxy::setFilterText);
    connect(m_document, &QComboBox::currentIndexChanged, this,
        [this] { m_proxy->setDocumentId(m_document->currentData().toString()); });
    connect(m_label, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setCodeId(m_label->currentData().toString()); });
    connect(m_tag, &QComboBox::currentIndexChanged, this, [this] { m_proxy->setTag(m_tag->currentData().toString()); });
    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        const int value = m_status->currentData().toInt();
        m_proxy->setClaimStatus(value < 0 ? std::nullopt : std::optional(Models::ClaimStatus(value)));
    });
    connect(m_orphans, &QCheckBox::toggled, proxy, &Models::AnnotationFilterProxy::setOrphanedOnly);
    connect(m_view, &QTreeView::activated, this, [this](const QModelIndex &index) {
        Q_EMIT passageRequested(index.data(Models::AnnotationDocumentIdRole).toString(),
            index.data(Models::AnnotationStartRole).toInt(), index.data(Models::AnnotationEndRole).toInt());
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        Q_EMIT currentAnnotationChanged(current.data(Models::AnnotationIdRole).toString());
    });
    connect(m_view, &QWidget::customContextMenuRequested, this, [this](const QPoint &pos) {
        const QModelIndex index = m_view->indexAt(pos);
        if (index.isValid())
            Q_EMIT contextMenuRequested(index.data(Models::AnnotationIdRole).toString(), m_view->viewport()->mapToGlobal(pos));
    });
    for (auto signal : { &Models::AnnotationWorkspace::annotationAdded, &Models::AnnotationWorkspace::annotationChanged,
             &Models::AnnotationWorkspace::annotationRemoved, &Models::AnnotationWorkspace::codeAdded,
             &Models::AnnotationWorkspace::codeChanged, &Models::AnnotationWorkspace::codeRemoved })
        connect(workspace, signal, this, &NotesPanel::refreshChoices);
    connect(workspace, &Models::AnnotationWorkspace::annotationsReset, this, &NotesPanel::refreshChoices);
    refreshChoices();
}

QString NotesPanel::currentId() const
{
    return m_view->currentIndex().data(Models::AnnotationIdRole).toString();
}

void NotesPanel::selectAnnotation(const QString &id)
{
    auto *source = qobject_cast<Models::AnnotationListModel *>(m_proxy->sourceModel());
    const int row = source ? source->rowOfId(id) : -1;
    if (row < 0)
        return;
    QModelIndex index = m_proxy->mapFromSource(source->index(row, Models::AnnotationListModel::ExcerptColumn));
    if (!index.isValid()) {
        m_text->clear();
        m_document->setCurrentIndex(0);
        m_label->setCurrentIndex(0);
        m_tag->setCurrentIndex(0);
        m_status->setCurrentIndex(0);
        m_orphans->setChecked(false);
        index = m_proxy->mapFromSource(source->index(row, Models::AnnotationListModel::ExcerptColumn));
    }
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
}

bool NotesPanel::refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items)
{
    // Keeps the user's choice when it still exists; says when it does not.
    const QString chosen = combo->currentData().toString();
    const QSignalBlocker blocker(combo);
    combo->clear();
    for (const auto &[text, data] : items)
        combo->addItem(text, data);
    const int index = combo->findData(chosen);
    combo->setCurrentIndex(std::max(0, index));
    return index < 0 && !chosen.isEmpty();
}

void NotesPanel::refreshChoices()
{
    QStringList documents;
    QStringList tags;
    QSet<QString> seenTags;
    for (const QString &id : m_workspace->annotationIds()) {
        const Models::Annotation *a = m_workspace->findAnnotation(id);
        if (!a)
            continue;
        if (!documents.contains(a->documentId))
            documents.append(a->documentId);
        for (const QString &tag : a->tags) {
            if (!seenTags.contains(tag.toCaseFolded())) {
                seenTags.insert(tag.toCaseFolded());
                tags.append(tag);
            }
        }
    }
    documents.sort(Qt::CaseInsensitive);
    tags.sort(Qt::CaseInsensitive);
    QList<std::pair<QString, QString>> items { { tr("All documents"), QString() } };
    for (const QString &document : std::as_const(documents))
        items.append({ document, document });
    if (refill(m_document, items))
        m_proxy->setDocumentId({});

    items = { { tr("All labels"), QString() } };
    // Depth-first, children indented under their parent.
    std::function<void(const QString &, int)> addChildren = [&](const QString &parentId, int depth) {
        for (const Models::Code &code : m_workspace->codes()) {
            if (code.parentId == parentId) {
                items.append({ QString(depth * 2, u' ') + code.name, code.id });
                addChildren(code.id, depth + 1);
            }
        }
    };
    addChildren(QString(), 0);
    if (refill(m_label, items))
        m_proxy->setCodeId({});

    items = { { tr("All tags"), QString() } };
    for (const QString &tag : std::as_const(tags))
        items.append({ u"#"_s + tag, tag });
    if (refill(m_tag, items))
        m_proxy->setTag({});
}

} // namespace Lectern::Views
