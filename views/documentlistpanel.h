// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QLineEdit;
class QTreeView;

namespace Lectern::Models {
class DocumentFilterProxy;
class DocumentListModel;
}

namespace Lectern::Views {

/// The bundle's documents: a filter field, a "problems only" switch and a
/// sortable list. Emits the source row of the document the user picks.
class DocumentListPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentListPanel)

public:
    explicit DocumentListPanel(Models::DocumentListModel *model, QWidget *parent = nullptr);

    void selectRow(int sourceRow);
    void focusFilter();
    /// The list's column sizes and sort order, to keep across sessions.
    [[nodiscard]] QByteArray saveState() const;
    void restoreState(const QByteArray &state);
    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] Models::DocumentFilterProxy *proxy() const { return m_proxy; }

Q_SIGNALS:
    void documentActivated(int sourceRow);

private:
    Models::DocumentListModel *m_model;
    Models::DocumentFilterProxy *m_proxy;
    QLineEdit *m_filter;
    QCheckBox *m_problemsOnly;
    QTreeView *m_view;
    bool m_notesWidthFromUser = false; // once the user sizes the notes, they stay so
};

} // namespace Lectern::Views
