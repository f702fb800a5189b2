// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace Lectern::Views {

/// Help › About: Lectern's version and licence and the versions of the
/// libraries it runs on (what a bug report needs).
class AboutDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AboutDialog)

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// The versions as plain text, one library a line (also on the clipboard button).
    [[nodiscard]] static QString versionsText();
};

} // namespace Lectern::Views
