// SPDX-License-Identifier: GPL-3.0-or-later
#include "copybanner.h"

#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace Lectern::Views {

CopyBanner::CopyBanner(ThemeRegistry *themes, QWidget *parent)
    : QFrame(parent)
    , m_themes(themes)
    , m_message(new QLabel(this))
    , m_readCanonical(new QPushButton(this))
    , m_uniqueOnly(new QPushButton(this))
{
    setObjectName(QStringLiteral("CopyBanner"));
    setFrameShape(QFrame::NoFrame);
    setAutoFillBackground(true);
    setAccessibleName(tr("Copy notice"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_readCanonical->setText(tr("&Read the Original"));
    m_uniqueOnly->setText(tr("Show Only &What Is New"));
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(18, 6, 18, 6);
    layout->addWidget(m_message, 1);
    layout->addWidget(m_readCanonical);
    layout->addWidget(m_uniqueOnly);
    connect(m_readCanonical, &QPushButton::clicked, this, &CopyBanner::readCanonicalRequested);
    connect(m_uniqueOnly, &QPushButton::clicked, this, [this] { Q_EMIT uniqueOnlyRequested(!m_showingUniqueOnly); });
    connect(m_themes, &ThemeRegistry::themeChanged, this, &CopyBanner::applyTheme);
    applyTheme();
    hide();
}

void CopyBanner::showCopy(const QString &canonicalTitle, int copied, int total, bool whole)
{
    if (copied <= 0 || total <= 0) {
        hide();
        return;
    }
    const int percent = qRound(100.0 * copied / total);
    if (whole)
        m_message->setText(tr("This document is a copy of \u201C%1\u201D: %2% of its passages are there.").arg(canonicalTitle).arg(percent));
    else
        m_message->setText(tr("%n of %1 passage(s) here are also in other documents, the first in \u201C%2\u201D.", nullptr, copied)
                               .arg(total)
                               .arg(canonicalTitle));
    m_readCanonical->setToolTip(tr("Open \u201C%1\u201D").arg(canonicalTitle));
    m_readCanonical->setText(whole ? tr("&Read the Original") : tr("&Read the Other Document"));
    m_message->setAccessibleDescription(m_message->text());
    setAccessibleDescription(m_message->text());
    show();
}

void CopyBanner::setShowingUniqueOnly(bool uniqueOnly)
{
    m_showingUniqueOnly = uniqueOnly;
    m_uniqueOnly->setText(uniqueOnly ? tr("Show &Everything") : tr("Show Only &What Is New"));
    m_uniqueOnly->setToolTip(uniqueOnly ? tr("Read the whole document again (View \u203A Full Text)")
                                        : tr("Hide the passages read elsewhere and the boilerplate (View \u203A Unique Content)"));
}

QString CopyBanner::message() const
{
    return isHidden() ? QString() : m_message->text();
}

// A band between the header and the page, in the reader theme's colours:
// the page's background shaded towards the theme's mark colour.
void CopyBanner::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    const Theme &theme = m_themes->theme();
    const QColor page = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor mark = QColor::fromRgba(theme.editorColor(Theme::MarkBookmark));
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    QColor band;
    band.setRgbF(page.redF() * 0.82f + mark.redF() * 0.18f, page.greenF() * 0.82f + mark.greenF() * 0.18f, page.blueF() * 0.82f + mark.blueF() * 0.18f);
    QPalette pal = palette();
    pal.setColor(QPalette::Window, band);
    pal.setColor(QPalette::WindowText, text);
    setPalette(pal);
}

} // namespace Lectern::Views
