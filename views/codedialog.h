// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "code.h"

#include <QDialog>

class QComboBox;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace Lectern::Views {

/// Adds or changes one code of the codebook: its name, parent, colour (from
/// QColorDialog) and description.
class CodeDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(CodeDialog)

public:
    /// @p codes: the codebook, for the parent choice (a code cannot go below itself).
    CodeDialog(const QList<Models::Code> &codes, QWidget *parent = nullptr);

    void setCode(const Models::Code &code);
    /// The code as the user left it (id and sort order from setCode()).
    [[nodiscard]] Models::Code code() const;
    void setColour(const QColor &colour);

private:
    void chooseColour();

    QList<Models::Code> m_codes;
    Models::Code m_code;
    QLineEdit *m_name;
    QComboBox *m_parent;
    QPushButton *m_colour;
    QPlainTextEdit *m_description;
};

} // namespace Lectern::Views
