// SPDX-License-Identifier: GPL-3.0-or-later
#include "diagnosticspanel.h"

#include "diagnosticlistmodel.h"
#include "statusdelegate.h"

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
    setItemDelegateForColumn(DiagnosticListModel::SeverityColumn,
                             new StatusDelegate(DiagnosticListModel::SeverityRole, [](const QVariant &severity) {
                                 switch (Models::Severity(severity.toInt())) {
                                 case Models::Severity::Error:
                                     return StatusDelegate::Tone::Error;
                                 case Models::Severity::Warning:
                                     return StatusDelegate::Tone::Warning;
                                 default:
                                     return StatusDelegate::Tone::Normal;
                                 }
                             }, this));
    connect(model, &QAbstractItemModel::rowsInserted, this, [this] { scrollToBottom(); });
}

} // namespace Lectern::Views
