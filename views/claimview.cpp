// SPDX-License-Identifier: GPL-3.0-or-later
#include "claimview.h"

#include "annotationworkspace.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QSplitter>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

namespace {

QString statusWord(Models::ClaimStatus status)
{
    switch (status) {
    case Models::ClaimStatus::None:
        return ClaimView::tr("no status");
    case Models::ClaimStatus::Unverified:
        return ClaimView::tr("Unverified");
    case Models::ClaimStatus::Supported:
        return ClaimView::tr("Supported");
    case Models::ClaimStatus::Disputed:
        return ClaimView::tr("Disputed");
    case Models::ClaimStatus::Refuted:
        return ClaimView::tr("Refuted");
    }
    return {};
}

QString statusColour(Models::ClaimStatus status)
{
    switch (status) {
    case Models::ClaimStatus::Supported:
        return u"#27AE60"_s;
    case Models::ClaimStatus::Disputed:
        return u"#D68910"_s;
    case Models::ClaimStatus::Refuted:
        return u"#C0392B"_s;
    default:
        return u"#7F8C8D"_s;
    }
}

} // namespace

ClaimView::ClaimView(Models::AnnotationWorkspace *workspace, QWidget *parent)
    : QWidget(parent)
    , m_workspace(workspace)
    , m_title(new QLabel(this))
    , m_status(new QLabel(this))
    , m_statusChoice(new QComboBox(this))
    , m_open(new QPushButton(tr("&Open"), this))
    , m_quote(new QLabel(this))
    , m_note(new QLabel(this))
    , m_evidence(new QTreeWidget(this))
    , m_unlink(new QPushButton(tr("&Unlink"), this))
{
    setObjectName("ClaimView"_L1);
    m_title->setTextFormat(Qt::PlainText);
    m_status->setObjectName("claimStatus"_L1);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_quote->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    m_note->setWordWrap(true);
    m_note->setTextFormat(Qt::PlainText);
    m_note->setAlignment(Qt::AlignTop | Qt::AlignLeft);
    QFont italic = m_quote->font();
    italic.setItalic(true);
    m_quote->setFont(italic);

    auto *claim = new QWidget(this);
    auto *claimLayout = new QVBoxLayout(claim);
    claimLayout->setContentsMargins(6, 4, 6, 4);
    auto *heading = new QHBoxLayout;
    heading->addWidget(m_title, 1);
    heading->addWidget(m_status);
    claimLayout->addLayout(heading);
    m_statusChoice->setObjectName("statusChoice"_L1);
    m_statusChoice->setAccessibleName(tr("Claim status"));
    for (const Models::ClaimStatus status : { Models::ClaimStatus::Unverified, Models::ClaimStatus::Supported,
             Models::ClaimStatus::Disputed, Models::ClaimStatus::Refuted })
        m_statusChoice->addItem(statusWord(status), int(status));
    m_open->setObjectName("openClaim"_L1);
    m_unlink->setObjectName("unlinkButton"_L1);
    m_open->setToolTip(tr("Open the claim's passage in the reader"));
    auto *actions = new QHBoxLayout;
    actions->addWidget(new QLabel(tr("Status:"), this));
    actions->addWidget(m_statusChoice);
    actions->addStretch(1);
    actions->addWidget(m_open);
    claimLayout->addWidget(m_quote);
    claimLayout->addWidget(m_note);
    claimLayout->addStretch(1);
    claimLayout->addLayout(actions);

    m_evidence->setObjectName("evidenceView"_L1);
    m_evidence->setHeaderLabels({ tr("Evidence"), tr("Document"), tr("Label") });
    m_evidence->setRootIsDecorated(false);
    m_evidence->setUniformRowHeights(true);
    m_evidence->setAlternatingRowColors(true);
    m_evidence->setAccessibleName(tr("Evidence for the claim"));
    m_evidence->header()->setStretchLastSection(false);
    m_evidence->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_evidence->header()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_evidence->header()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_unlink->setToolTip(tr("Remove the link between the claim and the selected evidence"));
    auto *evidence = new QWidget(this);
    auto *evidenceLayout = new QVBoxLayout(evidence);
    evidenceLayout->setContentsMargins(0, 0, 0, 0);
    evidenceLayout->addWidget(m_evidence, 1);
    auto *buttons = new QHBoxLayout;
    auto *hint = new QLabel(tr("Link more: right-click another annotation \u203A Link as Evidence"), this);
    hint->setEnabled(false);
    buttons->addWidget(hint, 1);
    buttons->addWidget(m_unlink);
    evidenceLayout->addLayout(buttons);

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->addWidget(claim);
    splitter->addWidget(evidence);
    splitter->setStretchFactor(0, 2);
    splitter->setStretchFactor(1, 3);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(2, 2, 2, 2);
    layout->addWidget(splitter);

    connect(m_evidence, &QTreeWidget::itemActivated, this,
        [this](QTreeWidgetItem *item) { Q_EMIT passageRequested(item->data(0, Qt::UserRole).toString()); });
    connect(m_evidence, &QTreeWidget::currentItemChanged, this, [this] { m_unlink->setEnabled(m_evidence->currentItem()); });
    connect(m_open, &QPushButton::clicked, this, [this] { Q_EMIT passageRequested(m_claimId); });
    connect(m_statusChoice, &QComboBox::activated, this,
        [this] { Q_EMIT statusChangeRequested(m_claimId, m_statusChoice->currentData().toInt()); });
    connect(m_unlink, &QPushButton::clicked, this, [this] {
        if (const QTreeWidgetItem *item = m_evidence->currentItem())
            Q_EMIT unlinkRequested(m_claimId, item->data(0, Qt::UserRole).toString());
    });
    m_quote->setContextMenuPolicy(Qt::NoContextMenu);
    for (auto signal : { &Models::AnnotationWorkspace::annotationChanged, &Models::AnnotationWorkspace::annotationRemoved,
             &Models::AnnotationWorkspace::codeChanged })
        connect(workspace, signal, this, &ClaimView::refresh);
    connect(workspace, &Models::AnnotationWorkspace::annotationsReset, this, [this] { setClaim({}); });
    connect(workspace, &Models::AnnotationWorkspace::evidenceLinked, this, &ClaimView::refresh);
    connect(workspace, &Models::AnnotationWorkspace::evidenceUnlinked, this, &ClaimView::refresh);
    refresh();
}

void ClaimView::setClaim(const QString &id)
{
    m_claimId = id;
    refresh();
}

QString ClaimView::statusText() const
{
    return m_status->text();
}

void ClaimView::refresh()
{
    m_evidence->clear();
    const Models::Annotation *claim = m_claimId.isEmpty() ? nullptr : m_workspace->findAnnotation(m_claimId);
    if (!claim) {
        m_title->setText(tr("No claim chosen"));
        m_status->clear();
        m_quote->setText(
            tr("Select a claim in the Notes panel, or right-click a highlighted claim in the reader \u203A Show Claim."));
        m_note->clear();
        m_unlink->setEnabled(false);
        m_statusChoice->setEnabled(false);
        m_open->setEnabled(false);
        return;
    }
    m_title->setText(tr("Claim in %1").arg(claim->documentId));
    m_status->setText(statusWord(claim->claimStatus));
    m_status->setStyleSheet(u"QLabel { color: white; background: %1; border-radius: 3px; padding: 1px 6px; }"_s.arg(
        statusColour(claim->claimStatus)));
    m_statusChoice->setEnabled(!m_workspace->isReadOnly());
    m_statusChoice->setCurrentIndex(m_statusChoice->findData(int(claim->claimStatus)));
    m_open->setEnabled(true);
    m_quote->setText(tr("\u201C%1\u201D").arg(claim->quote.simplified()));
    m_note->setText(claim->note);
    for (const QString &evidenceId : m_workspace->evidenceFor(m_claimId)) {
        const Models::Annotation *evidence = m_workspace->findAnnotation(evidenceId);
        if (!evidence)
            continue;
        const Models::Code *code = m_workspace->findCode(evidence->codeId);
        auto *item = new QTreeWidgetItem(
            m_evidence, { evidence->quote.simplified(), evidence->documentId, code ? code->name : QString() });
        item->setData(0, Qt::UserRole, evidence->id);
        item->setToolTip(0, evidence->note.isEmpty() ? evidence->quote : evidence->quote + u"\n\n"_s + evidence->note);
        if (code)
            item->setForeground(2, QColor::fromString(code->colour));
    }
    m_unlink->setEnabled(m_evidence->currentItem());
}

} // namespace Lectern::Views
