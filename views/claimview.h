// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace Lectern::Models {
class AnnotationWorkspace;
}

namespace Lectern::Views {

/// One claim beside its evidence: the claim's passage, status and note on the
/// left, each linked evidence passage (excerpt, document, label) on the
/// right. Double-clicking a passage asks to open it; Unlink asks to remove
/// the selected link. Follows the workspace, so undo shows at once.
class ClaimView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ClaimView)

public:
    explicit ClaimView(Models::AnnotationWorkspace *workspace, QWidget *parent = nullptr);

    /// Shows the claim @p id ("" or an unknown id: nothing).
    void setClaim(const QString &id);
    [[nodiscard]] QString claimId() const { return m_claimId; }
    [[nodiscard]] QTreeWidget *evidenceView() const { return m_evidence; }
    [[nodiscard]] QString statusText() const;
    [[nodiscard]] QComboBox *statusChoice() const { return m_statusChoice; }

Q_SIGNALS:
    void passageRequested(const QString &annotationId);
    void unlinkRequested(const QString &claimId, const QString &evidenceId);
    /// The user chose another status for the claim (int(ClaimStatus)).
    void statusChangeRequested(const QString &claimId, int status);

private:
    void refresh();

    Models::AnnotationWorkspace *m_workspace;
    QString m_claimId;
    QLabel *m_title;
    QLabel *m_status;
    QComboBox *m_statusChoice;
    QPushButton *m_open;
    QLabel *m_quote;
    QLabel *m_note;
    QTreeWidget *m_evidence;
    QPushButton *m_unlink;
};

} // namespace Lectern::Views
