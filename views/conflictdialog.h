// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotationconflict.h"

#include <QDialog>

#include <functional>

namespace Lectern::Views {

/// Someone else changed an annotation while this user edited it: both
/// versions side by side, and the user chooses. Nothing was overwritten.
class ConflictDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ConflictDialog)

public:
    enum Choice { KeepTheirs, KeepMine };

    /// @p labelOf names a code id for the user.
    ConflictDialog(const Models::AnnotationConflict &conflict, const std::function<QString(const QString &)> &labelOf,
        QWidget *parent = nullptr);

    [[nodiscard]] const Models::AnnotationConflict &conflict() const { return m_conflict; }
    [[nodiscard]] Choice choice() const { return m_choice; }
    /// The refused edit was a deletion (the store names only its id and version).
    [[nodiscard]] static bool isDeletion(const Models::AnnotationConflict &conflict)
    {
        return conflict.mine.documentId.isEmpty();
    }

private:
    Models::AnnotationConflict m_conflict;
    Choice m_choice = KeepTheirs;
};

} // namespace Lectern::Views
