// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentheader.h"

#include "documententry.h"
#include "themeregistry.h"

#include <KSyntaxHighlighting/Theme>

#include <QLabel>
#include <QTextDocument>
#include <QUrl>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

DocumentHeader::DocumentHeader(ThemeRegistry *themes, QWidget *parent)
    : QWidget(parent)
    , m_themes(themes)
    , m_title(new QLabel(this))
    , m_provenance(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.35);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setWordWrap(true);
    m_title->setTextFormat(Qt::PlainText); // a headline is text, never markup
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_provenance->setTextFormat(Qt::RichText);
    m_provenance->setOpenExternalLinks(true);
    m_provenance->setTextInteractionFlags(Qt::TextBrowserInteraction);
    m_provenance->setForegroundRole(QPalette::PlaceholderText);
    m_provenance->setWordWrap(true);
    // The header follows the reader's column; it must never widen the window.
    setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(18, 10, 18, 6);
    layout->setSpacing(2);
    layout->setSizeConstraint(QLayout::SetNoConstraint);
    layout->addWidget(m_title);
    layout->addWidget(m_provenance);
    setAccessibleName(tr("Document details"));
    setAutoFillBackground(true);
    connect(m_themes, &ThemeRegistry::themeChanged, this, &DocumentHeader::applyTheme);
    applyTheme();
    clear();
}

void DocumentHeader::showEntry(const Models::DocumentEntry &entry)
{
    if (entry.id != m_entry.id) {
        m_headline.clear();
        m_page = m_pages = 0;
    }
    m_entry = entry;
    m_title->setText(m_headline.isEmpty() ? entry.displayTitle() : m_headline);
    m_title->setToolTip(entry.title.isEmpty() || entry.title == m_title->text() ? QString() : tr("Title in the index: %1").arg(entry.title));
    showProvenance();
    setVisible(true);
}

void DocumentHeader::setPage(int page, int pages)
{
    if (page == m_page && pages == m_pages)
        return;
    m_page = page;
    m_pages = pages;
    if (!m_entry.id.isEmpty())
        showProvenance();
}

QString DocumentHeader::provenanceText() const
{
    QTextDocument html;
    html.setHtml(m_provenance->text());
    return html.toPlainText();
}

void DocumentHeader::showProvenance()
{
    const Models::DocumentEntry &entry = m_entry;
    QStringList parts;
    if (!entry.source.isEmpty())
        parts.append(entry.source.toHtmlEscaped());
    if (!entry.date.isEmpty())
        parts.append(entry.date.toHtmlEscaped());
    const QUrl url(entry.url);
    if (url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1))
        parts.append(u"<a style=\"color:%1\" href=\"%2\">%3</a>"_s.arg(palette().color(QPalette::Link).name(),
                                                                        url.toString(QUrl::FullyEncoded).toHtmlEscaped(), entry.url.toHtmlEscaped()));
    else if (!entry.url.isEmpty())
        parts.append(entry.url.toHtmlEscaped());
    if (!entry.declaredPath.isEmpty())
        parts.append(entry.declaredPath.toHtmlEscaped());
    if (m_pages > 0)
        parts.append(tr("page %1 of %2").arg(m_page).arg(m_pages));
    m_provenance->setText(parts.join(u" \u00B7 "_s));
}

void DocumentHeader::setHeadline(const QString &headline)
{
    if (headline == m_headline)
        return;
    m_headline = headline;
    if (!m_entry.id.isEmpty())
        m_title->setText(m_headline.isEmpty() ? m_entry.displayTitle() : m_headline);
}

QString DocumentHeader::titleText() const
{
    return m_title->text();
}

// The header is part of the page: it takes the reader theme's colours.
void DocumentHeader::applyTheme()
{
    using KSyntaxHighlighting::Theme;
    const Theme &theme = m_themes->theme();
    QPalette pal = palette();
    pal.setColor(QPalette::Window, QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)));
    pal.setColor(QPalette::WindowText, QColor::fromRgba(theme.textColor(Theme::Normal)));
    pal.setColor(QPalette::PlaceholderText, QColor::fromRgba(theme.textColor(Theme::Comment)));
    // Theme colours are made for code on the page; keep the link readable on it.
    const QColor page = pal.color(QPalette::Window);
    QColor link = QColor::fromRgba(theme.textColor(Theme::Function));
    if (page.lightness() < 128 && link.lightness() < 150)
        link = link.lighter(180);
    else if (page.lightness() >= 128 && link.lightness() > 140)
        link = link.darker(160);
    pal.setColor(QPalette::Link, link);
    setPalette(pal);
    if (!m_entry.id.isEmpty())
        showEntry(m_entry); // the link colour is part of the text
}

void DocumentHeader::alignWith(int left, int right)
{
    layout()->setContentsMargins(left, 10, right, 6);
    layout()->activate(); // wrapped labels take the new width now, not at the next resize
    updateGeometry();     // and the header its new height
}

void DocumentHeader::clear()
{
    m_entry = {};
    m_headline.clear();
    m_page = m_pages = 0;
    m_title->clear();
    m_provenance->clear();
    setVisible(false);
}

} // namespace Lectern::Views
