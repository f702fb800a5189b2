// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "code.h"

#include <QDialog>

class QComboBox;
class QCompleter;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QTreeWidget;

namespace Lectern::Views {

/// Asks for (or changes) an annotation's label, note, tags and, for claims,
/// its status. Labels come from the codebook as a tree; tags complete from
/// those already used in the bundle.
class AnnotationDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationDialog)

public:
    /// @p claimCodes: the codes whose annotations are claims (the claim code and those below it).
    AnnotationDialog(
        const QList<Models::Code> &codes, const QStringList &claimCodes, const QStringList &knownTags, QWidget *parent = nullptr);

    /// Fills the fields from @p annotation (the passage is shown, not editable).
    void setAnnotation(const Models::Annotation &annotation);
    /// Copies what the user chose into @p annotation.
    void applyTo(Models::Annotation &annotation) const;

    [[nodiscard]] QString codeId() const;
    void setCodeId(const QString &codeId);
    [[nodiscard]] static QStringList splitTags(const QString &text);

private:
    void updateStatusField();
    void completeTag(const QString &text);
    void insertTag(const QString &tag);

    QStringList m_claimCodes;
    QLabel *m_quote;
    QTreeWidget *m_labels;
    QPlainTextEdit *m_note;
    QLineEdit *m_tags;
    QCompleter *m_tagCompleter;
    QComboBox *m_status;
};

} // namespace Lectern::Views
