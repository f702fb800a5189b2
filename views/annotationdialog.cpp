// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationdialog.h"

#include <QAbstractItemView>
#include <QComboBox>
#include <QCompleter>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPixmap>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringListModel>
#include <QTreeWidget>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

namespace {

QIcon swatch(const QString &colour)
{
    QPixmap pixmap(12, 12);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor::fromString(colour));
    painter.drawRoundedRect(QRectF(0.5, 0.5, 11, 11), 2, 2);
    return QIcon(pixmap);
}

QString statusName(Models::ClaimStatus status)
{
    switch (status) {
    case Models::ClaimStatus::None:
        return AnnotationDialog::tr("Not a claim");
    case Models::ClaimStatus::Unverified:
        return AnnotationDialog::tr("Unverified");
    case Models::ClaimStatus::Supported:
        return AnnotationDialog::tr("Supported");
    case Models::ClaimStatus::Disputed:
        return AnnotationDialog::tr("Disputed");
    case Models::ClaimStatus::Refuted:
        return AnnotationDialog::tr("Refuted");
    }
    return {};
}

} // namespace

AnnotationDialog::AnnotationDialog(
    const QList<Models::Code> &codes, const QStringList &claimCodes, const QStringList &knownTags, QWidget *parent)
    : QDialog(parent)
    , m_claimCodes(claimCodes)
    , m_quote(new QLabel(this))
    , m_labels(new QTreeWidget(this))
    , m_note(new QPlainTextEdit(this))
    , m_tags(new QLineEdit(this))
    , m_tagCompleter(new QCompleter(knownTags, this))
    , m_status(new QComboBox(this))
{
    setObjectName("AnnotationDialog"_L1);
    setWindowTitle(tr("Annotate"));
    m_quote->setObjectName("quoteLabel"_L1);
    m_quote->setWordWrap(true);
    m_quote->setTextFormat(Qt::PlainText);
    m_quote->setMaximumHeight(fontMetrics().lineSpacing() * 4 + 8);
    m_quote->setStyleSheet(u"QLabel { font-style: italic; }"_s);

    m_labels->setObjectName("labelTree"_L1);
    m_labels->setHeaderHidden(true);
    m_labels->setRootIsDecorated(true);
    m_labels->setAccessibleName(tr("Label"));
    QHash<QString, QTreeWidgetItem *> items;
    QList<Models::Code> pending = codes;
    // Parents before children, whatever order the codebook lists them in.
    while (!pending.isEmpty()) {
        const qsizetype before = pending.size();
        for (qsizetype i = 0; i < pending.size();) {
            const Models::Code &code = pending.at(i);
            QTreeWidgetItem *parentItem = code.parentId.isEmpty() ? nullptr : items.value(code.parentId);
            if (!code.parentId.isEmpty() && !parentItem
                && std::ranges::any_of(pending, [&](const Models::Code &c) { return c.id == code.parentId; })) {
                ++i;
                continue;
            }
            auto *item = parentItem ? new QTreeWidgetItem(parentItem) : new QTreeWidgetItem(m_labels);
            item->setText(0, code.name);
            item->setIcon(0, swatch(code.colour));
            item->setData(0, Qt::UserRole, code.id);
            item->setToolTip(0, code.description);
            items.insert(code.id, item);
            pending.removeAt(i);
        }
        if (pending.size() == before)
            break;
    }
    m_labels->expandAll();
    const int rowHeight = std::max(fontMetrics().lineSpacing(), 16) + 4;
    m_labels->setFixedHeight(std::clamp(int(codes.size()), 3, 10) * rowHeight + 2 * m_labels->frameWidth() + 4);

    m_note->setObjectName("noteEdit"_L1);
    m_note->setPlaceholderText(tr("What matters about this passage (optional)"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(fontMetrics().lineSpacing() * 5 + 2 * m_note->frameWidth() + 8);

    m_tags->setObjectName("tagsEdit"_L1);
    m_tags->setPlaceholderText(tr("Comma-separated, e.g. budget, Ohio"));
    m_tagCompleter->setCaseSensitivity(Qt::CaseInsensitive);
    m_tagCompleter->setWidget(m_tags);
    m_tagCompleter->setCompletionMode(QCompleter::PopupCompletion);
    connect(m_tags, &QLineEdit::textEdited, this, &AnnotationDialog::completeTag);
    connect(m_tagCompleter, qOverload<const QString &>(&QCompleter::activated), this, &AnnotationDialog::insertTag);

    m_status->setObjectName("statusCombo"_L1);
    for (const Models::ClaimStatus status : { Models::ClaimStatus::None, Models::ClaimStatus::Unverified,
             Models::ClaimStatus::Supported, Models::ClaimStatus::Disputed, Models::ClaimStatus::Refuted })
        m_status->addItem(statusName(status), int(status));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_labels, &QTreeWidget::currentItemChanged, this, [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)->setEnabled(m_labels->currentItem() != nullptr);
        updateStatusField();
    });
    connect(m_labels, &QTreeWidget::itemDoubleClicked, this, [this] { m_note->setFocus(); });

    auto *form = new QFormLayout(this);
    form->addRow(m_quote);
    form->addRow(tr("&Label:"), m_labels);
    form->addRow(tr("&Note:"), m_note);
    form->addRow(tr("&Tags:"), m_tags);
    form->addRow(tr("Claim &status:"), m_status);
    form->addRow(buttons);
    if (m_labels->topLevelItemCount() > 0)
        m_labels->setCurrentItem(m_labels->topLevelItem(0));
    updateStatusField();
    resize(480, sizeHint().height());
}

void AnnotationDialog::setAnnotation(const Models::Annotation &annotation)
{
    QString quote = annotation.quote.simplified();
    if (quote.size() > 240)
        quote = quote.left(240) + u'\u2026';
    // Quotation marks differ between languages: the translation picks them.
    m_quote->setText(tr("\u201C%1\u201D").arg(quote));
    setCodeId(annotation.codeId);
    m_note->setPlainText(annotation.note);
    m_tags->setText(annotation.tags.join(u", "_s));
    if (annotation.claimStatus != Models::ClaimStatus::None)
        m_status->setCurrentIndex(m_status->findData(int(annotation.claimStatus)));
    updateStatusField();
}

void AnnotationDialog::applyTo(Models::Annotation &annotation) const
{
    annotation.codeId = codeId();
    annotation.note = m_note->toPlainText().trimmed();
    annotation.tags = splitTags(m_tags->text());
    annotation.claimStatus
        = m_status->isEnabled() ? Models::claimStatusFromInt(m_status->currentData().toInt()) : Models::ClaimStatus::None;
}

QString AnnotationDialog::codeId() const
{
    const QTreeWidgetItem *item = m_labels->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

void AnnotationDialog::setCodeId(const QString &codeId)
{
    for (QTreeWidgetItemIterator it(m_labels); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == codeId) {
            m_labels->setCurrentItem(*it);
            return;
        }
    }
}

QStringList AnnotationDialog::splitTags(const QString &text)
{
    QStringList tags;
    for (const QString &part : text.split(u',', Qt::SkipEmptyParts)) {
        const QString tag = part.simplified();
        if (!tag.isEmpty() && !tags.contains(tag, Qt::CaseInsensitive))
            tags.append(tag);
    }
    return tags;
}

void AnnotationDialog::updateStatusField()
{
    const bool claim = m_claimCodes.contains(codeId());
    m_status->setEnabled(claim);
    if (!claim)
        m_status->setCurrentIndex(m_status->findData(int(Models::ClaimStatus::None)));
    else if (m_status->currentData().toInt() == int(Models::ClaimStatus::None))
        m_status->setCurrentIndex(m_status->findData(int(Models::ClaimStatus::Unverified)));
}

void AnnotationDialog::completeTag(const QString &text)
{
    // Completes the tag being typed, after the last comma.
    const QString current = text.section(u',', -1).trimmed();
    if (current.isEmpty()) {
        m_tagCompleter->popup()->hide();
        return;
    }
    m_tagCompleter->setCompletionPrefix(current);
    if (m_tagCompleter->completionCount() > 0)
        m_tagCompleter->complete();
    else
        m_tagCompleter->popup()->hide();
}

void AnnotationDialog::insertTag(const QString &tag)
{
    QStringList parts = m_tags->text().split(u',');
    parts.removeLast();
    for (QString &part : parts)
        part = part.trimmed();
    parts.append(tag);
    m_tags->setText(parts.join(u", "_s) + u", "_s);
}

} // namespace Lectern::Views
