// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QMenuBar;
class QTreeWidget;

namespace Lectern::Views {

/// Help › Keyboard Shortcuts: every menu action that has a key, grouped by
/// menu, read from the menus themselves so the list never goes stale.
class ShortcutsDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ShortcutsDialog)

public:
    explicit ShortcutsDialog(const QMenuBar *menus, QWidget *parent = nullptr);

    /// The rows as shown ("Go › Next Document", "Alt+Down"), for tests.
    [[nodiscard]] QList<std::pair<QString, QString>> rows() const;

private:
    QTreeWidget *m_list;
};

} // namespace Lectern::Views
