// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

#include <QObject>

namespace Lectern::Views {

/// The application's one KSyntaxHighlighting repository and the active
/// theme. By default the theme follows the system palette (light or dark);
/// the user can pick any installed theme by name.
class ThemeRegistry final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ThemeRegistry)

public:
    explicit ThemeRegistry(QObject *parent = nullptr);

    [[nodiscard]] KSyntaxHighlighting::Repository &repository() { return m_repository; }
    [[nodiscard]] const KSyntaxHighlighting::Theme &theme() const { return m_theme; }
    [[nodiscard]] QStringList themeNames() const;

    /// An empty name follows the system palette.
    void setThemeName(const QString &name);
    [[nodiscard]] QString themeName() const { return m_requested; }

Q_SIGNALS:
    void themeChanged();

private:
    KSyntaxHighlighting::Repository m_repository;
    KSyntaxHighlighting::Theme m_theme;
    QString m_requested;
};

} // namespace Lectern::Views
