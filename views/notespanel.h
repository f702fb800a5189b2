// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLineEdit;
class QTreeView;

namespace Lectern::Models {
class AnnotationFilterProxy;
class AnnotationWorkspace;
} // namespace Lectern::Models

namespace Lectern::Views {

/// The notes panel: a compact row of filters (text, document, label with its
/// sub-labels, tag, claim status, orphans only) over the table of annotations.
/// Activating a row asks for its passage; the context menu is the caller's.
class NotesPanel final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(NotesPanel)

public:
    NotesPanel(Models::AnnotationWorkspace *workspace, Models::AnnotationFilterProxy *proxy, QWidget *parent = nullptr);

    [[nodiscard]] QTreeView *view() const { return m_view; }
    [[nodiscard]] QLineEdit *textFilter() const { return m_text; }
    [[nodiscard]] QComboBox *documentFilter() const { return m_document; }
    [[nodiscard]] QComboBox *labelFilter() const { return m_label; }
    [[nodiscard]] QComboBox *tagFilter() const { return m_tag; }
    [[nodiscard]] QComboBox *statusFilter() const { return m_status; }
    [[nodiscard]] QCheckBox *orphansOnly() const { return m_orphans; }
    /// The annotation of the current row, or "".
    [[nodiscard]] QString currentId() const;
    /// Makes the annotation's row current (clearing filters that hide it).
    void selectAnnotation(const QString &id);

Q_SIGNALS:
    void passageRequested(const QString &documentId, int start, int end);
    void currentAnnotationChanged(const QString &id);
    void contextMenuRequested(const QString &id, const QPoint &globalPos);

private:
    void refreshChoices();
    static bool refill(QComboBox *combo, const QList<std::pair<QString, QString>> &items);

    Models::AnnotationWorkspace *m_workspace;
    Models::AnnotationFilterProxy *m_proxy;
    QLineEdit *m_text;
    QComboBox *m_document;
    QComboBox *m_label;
    QComboBox *m_tag;
    QComboBox *m_status;
    QCheckBox *m_orphans;
    QTreeView *m_view;
};

} // namespace Lectern::Views
