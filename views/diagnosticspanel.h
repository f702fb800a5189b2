// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QTreeView>

namespace Lectern::Models {
class DiagnosticListModel;
}

namespace Lectern::Views {

/// The problems found in the open bundle, one per row, with where they are.
class DiagnosticsPanel final : public QTreeView
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DiagnosticsPanel)

public:
    explicit DiagnosticsPanel(Models::DiagnosticListModel *model, QWidget *parent = nullptr);
};

} // namespace Lectern::Views
