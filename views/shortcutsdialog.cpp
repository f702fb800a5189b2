// SPDX-License-Identifier: GPL-3.0-or-later
#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QMenu>
#include <QMenuBar>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

namespace {

QString plain(QString label)
{
    // "&Open Bundle…" reads "Open Bundle…"; a literal "&&" stays one "&".
    label.replace(u"&&"_s, u"\x01"_s);
    label.remove(u'&');
    label.replace(u'\x01', u'&');
    return label;
}

void addMenu(QTreeWidget *list, const QMenu *menu, const QString &path, QTreeWidgetItem *group)
{
    for (QAction *action : menu->actions()) {
        if (action->isSeparator())
            continue;
        if (const QMenu *sub = action->menu()) {
            addMenu(list, sub, path + plain(action->text()) + u" \u203A "_s, group);
            continue;
        }
        // A standard key the platform leaves empty (Preferences outside
        // macOS) and a key listed twice are not shown.
        QStringList shown;
        for (const QKeySequence &key : action->shortcuts()) {
            const QString text = key.toString(QKeySequence::NativeText);
            if (!text.isEmpty() && !shown.contains(text))
                shown.append(text);
        }
        if (shown.isEmpty())
            continue;
        auto *item = new QTreeWidgetItem(group, {path + plain(action->text()), shown.join(u", "_s)});
        item->setToolTip(0, action->toolTip());
    }
}

} // namespace

ShortcutsDialog::ShortcutsDialog(const QMenuBar *menus, QWidget *parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Keyboard Shortcuts"));
    m_list->setColumnCount(2);
    m_list->setHeaderLabels({tr("Action"), tr("Keys")});
    m_list->setAccessibleName(tr("Keyboard shortcuts"));
    m_list->setRootIsDecorated(false);
    m_list->setAlternatingRowColors(true);
    m_list->setSelectionMode(QAbstractItemView::SingleSelection);
    for (QAction *top : menus->actions()) {
        const QMenu *menu = top->menu();
        if (!menu)
            continue;
        auto *group = new QTreeWidgetItem(m_list, {plain(top->text())});
        QFont bold = group->font(0);
        bold.setBold(true);
        group->setFont(0, bold);
        group->setFlags(Qt::ItemIsEnabled);
        addMenu(m_list, menu, QString(), group);
        if (group->childCount() == 0)
            delete group;
    }
    m_list->expandAll();
    m_list->setItemsExpandable(false);
    m_list->header()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_list->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_list);
    layout->addWidget(buttons);
    resize(560, 620);
}

QList<std::pair<QString, QString>> ShortcutsDialog::rows() const
{
    QList<std::pair<QString, QString>> out;
    for (int g = 0; g < m_list->topLevelItemCount(); ++g) {
        const QTreeWidgetItem *group = m_list->topLevelItem(g);
        for (int i = 0; i < group->childCount(); ++i)
            out.append({group->text(0) + u" \u203A "_s + group->child(i)->text(0), group->child(i)->text(1)});
    }
    return out;
}

} // namespace Lectern::Views
