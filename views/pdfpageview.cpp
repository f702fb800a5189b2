// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpageview.h"

#include <QLabel>
#include <QPixmap>
#include <QScrollBar>
#include <QVBoxLayout>

namespace Lectern::Views {

PdfPageView::PdfPageView(QWidget *parent)
    : QWidget(parent)
    , m_caption(new QLabel(this))
    , m_scroll(new QScrollArea(this))
    , m_picture(new QLabel)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 0);
    m_caption->setWordWrap(true);
    layout->addWidget(m_caption);
    m_picture->setAlignment(Qt::AlignHCenter | Qt::AlignTop);
    m_picture->setBackgroundRole(QPalette::Dark);
    m_scroll->setWidget(m_picture);
    m_scroll->setWidgetResizable(true);
    m_scroll->setBackgroundRole(QPalette::Dark);
    m_scroll->setAccessibleName(tr("PDF page"));
    layout->addWidget(m_scroll, 1);
}

void PdfPageView::showPage(const QImage &image, int page, int pageCount)
{
    m_page = page;
    m_caption->setText(tr("Page %1 of %2, as the PDF lays it out (Ctrl+U goes back to the text)").arg(page).arg(pageCount));
    m_picture->setPixmap(QPixmap::fromImage(image));
    m_scroll->setAccessibleDescription(m_caption->text());
}

void PdfPageView::showProblem(const QString &message)
{
    m_page = 0;
    m_caption->setText(tr("The page cannot be drawn: %1").arg(message));
    m_picture->clear();
}

int PdfPageView::availableWidth() const
{
    // The vertical scroll bar is there for any page taller than the view.
    return std::max(100, m_scroll->width() - m_scroll->verticalScrollBar()->sizeHint().width() - 2 * m_scroll->frameWidth() - 4);
}

QString PdfPageView::caption() const
{
    return m_caption->text();
}

} // namespace Lectern::Views
