// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticspanel.h"

#include "diagnosticlistmodel.h"

#include <QHeaderView>

namespace Lectern::Views {

using Models::DiagnosticListModel;

DiagnosticsPanel::DiagnosticsPanel(DiagnosticListModel *model, QWidget *parent)
    : QTreeView(parent)
{
    setModel(model);
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setAccessibleName(tr("Problems"));
    header()->setSectionResizeMode(DiagnosticListModel::SeverityColumn, QHeaderView::ResizeToContents);
    header()->setSectionResizeMode(DiagnosticListModel::LocationColumn, QHeaderView::ResizeToContents);
    header()->setStretchLastSection(true);
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scrollToBottom(); });
}

} // namespace Lectern::Views
