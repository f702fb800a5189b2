// SPDX-License-Identifier: GPL-3.0-or-later
#include "conflictdialog.h"

#include <QDialogButtonBox>
#include <QGridLayout>
#include <QLabel>
#include <QLocale>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

ConflictDialog::ConflictDialog(
    const Models::AnnotationConflict &conflict, const std::function<QString(const QString &)> &labelOf, QWidget *parent)
    : QDialog(parent), m_conflict(conflict)
{
    setObjectName("ConflictDialog"_L1);
    setWindowTitle(tr("Annotation Changed by Someone Else"));
    auto *grid = new QGridLayout(this);
    auto *intro = new QLabel(tr("While you edited this annotation, %1 stored another version. Nothing was overwritten: "
                                "choose the version to keep.")
                                 .arg(conflict.theirs.modifiedBy.isEmpty() ? tr("someone") : conflict.theirs.modifiedBy),
        this);
    intro->setWordWrap(true);
    grid->addWidget(intro, 0, 0, 1, 3);
    const QString quote = conflict.theirs.quote.simplified();
    auto *passage = new QLabel(tr("\u201C%1\u201D").arg(quote.size() > 160 ? quote.left(160) + u'\u2026' : quote), this);
    passage->setWordWrap(true);
    grid->addWidget(passage, 1, 0, 1, 3);
    grid->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Yours")), this), 2, 1);
    grid->addWidget(new QLabel(u"<b>%1</b>"_s.arg(tr("Theirs (stored now)")), this), 2, 2);
    const auto row = [&](int at, const QString &name, const QString &mine, const QString &theirs) {
        grid->addWidget(new QLabel(name, this), at, 0, Qt::AlignTop);
        for (int column : { 1, 2 }) {
            auto *value = new QLabel(column == 1 ? mine : theirs, this);
            value->setObjectName(column == 1 ? u"mine%1"_s.arg(at) : u"theirs%1"_s.arg(at));
            value->setTextFormat(Qt::PlainText);
            value->setWordWrap(true);
            value->setTextInteractionFlags(Qt::TextSelectableByMouse);
            if ((column == 1 ? mine : theirs) != (column == 1 ? theirs : mine))
                value->setStyleSheet(u"QLabel { font-weight: bold; }"_s);
            grid->addWidget(value, at, column, Qt::AlignTop);
        }
    };
    const bool deletion = isDeletion(conflict);
    const Models::Annotation &mine = deletion ? conflict.theirs : conflict.mine;
    const Models::Annotation &theirs = conflict.theirs;
    const auto yours = [deletion](const QString &value) { return deletion ? tr("(deleted)") : value; };
    row(3, tr("Label:"), yours(labelOf(mine.codeId)), labelOf(theirs.codeId));
    row(4, tr("Note:"), yours(mine.note), theirs.note);
    row(5, tr("Tags:"), yours(mine.tags.join(u", "_s)), theirs.tags.join(u", "_s));
    row(6, tr("Status:"), yours(Models::claimStatusKey(mine.claimStatus)), Models::claimStatusKey(theirs.claimStatus));
    row(7, tr("Changed:"),
        (deletion ? tr("deleted by you, from version %1") : tr("by you, from version %1")).arg(conflict.mine.version),
        tr("by %1, %2 (version %3)")
            .arg(theirs.modifiedBy, QLocale().toString(theirs.modified.toLocalTime(), QLocale::ShortFormat))
            .arg(theirs.version));
    auto *buttons = new QDialogButtonBox(this);
    QPushButton *keepMine = buttons->addButton(deletion ? tr("&Delete Anyway") : tr("Keep &Mine"), QDialogButtonBox::AcceptRole);
    keepMine->setObjectName("keepMine"_L1);
    QPushButton *keepTheirs = buttons->addButton(tr("Keep &Theirs"), QDialogButtonBox::RejectRole);
    keepTheirs->setObjectName("keepTheirs"_L1);
    keepTheirs->setDefault(true);
    connect(keepMine, &QPushButton::clicked, this, [this] {
        m_choice = KeepMine;
        accept();
    });
    connect(keepTheirs, &QPushButton::clicked, this, [this] {
        m_choice = KeepTheirs;
        accept();
    });
    grid->addWidget(buttons, 8, 0, 1, 3);
    grid->setColumnStretch(1, 1);
    grid->setColumnStretch(2, 1);
    resize(620, sizeHint().height());
}

} // namespace Lectern::Views
