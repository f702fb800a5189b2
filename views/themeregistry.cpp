// SPDX-License-Identifier: GPL-3.0-or-later
#include "themeregistry.h"

#include <QGuiApplication>
#include <QLoggingCategory>
#include <QPalette>

Q_LOGGING_CATEGORY(lcTheme, "lectern.views.theme", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Lectern::Views {

ThemeRegistry::ThemeRegistry(QObject *parent)
    : QObject(parent)
{
    // Lectern High Contrast (white on black, bright category colours) among the library's themes.
    m_repository.addCustomSearchPath(u":/lectern"_s);
    setThemeName({});
}

QStringList ThemeRegistry::themeNames() const
{
    QStringList names;
    for (const KSyntaxHighlighting::Theme &theme : m_repository.themes())
        names.append(theme.name());
    return names;
}

void ThemeRegistry::setThemeName(const QString &name)
{
    m_requested = name;
    KSyntaxHighlighting::Theme theme = name.isEmpty() ? KSyntaxHighlighting::Theme() : m_repository.theme(name);
    if (!theme.isValid()) {
        if (!name.isEmpty())
            qCWarning(lcTheme) << "no theme named" << name << "; following the system palette";
        theme = m_repository.themeForPalette(QGuiApplication::palette());
    }
    if (theme.name() == m_theme.name() && m_theme.isValid())
        return;
    m_theme = theme;
    Q_EMIT themeChanged();
}

} // namespace Lectern::Views
