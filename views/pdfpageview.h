// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QScrollArea>

class QLabel;

namespace Lectern::Views {

/// A PDF page as its author laid it out (drawn by Poppler), with a line
/// above it that says which page it is: the Source view of a PDF.
class PdfPageView final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(PdfPageView)

public:
    explicit PdfPageView(QWidget *parent = nullptr);

    /// Shows `image` as page `page` of `pageCount`.
    void showPage(const QImage &image, int page, int pageCount);
    /// Shows why no page can be drawn.
    void showProblem(const QString &message);

    [[nodiscard]] int page() const { return m_page; }
    /// The width a page may take without a horizontal scroll bar, in device-independent pixels.
    [[nodiscard]] int availableWidth() const;
    [[nodiscard]] QString caption() const;

private:
    QLabel *m_caption;
    QScrollArea *m_scroll;
    QLabel *m_picture;
    int m_page = 0;
};

} // namespace Lectern::Views
