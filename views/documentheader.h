// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QLabel;

namespace Lectern::Models {
struct DocumentEntry;
}

namespace Lectern::Views {

/// The open document's title and provenance (source, date, link or path)
/// above the reader, so the reader always knows where the text comes from.
class DocumentHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentHeader)

public:
    explicit DocumentHeader(QWidget *parent = nullptr);

    void showEntry(const Models::DocumentEntry &entry);
    void clear();
    /// Lines the header up with the reader's text column.
    void alignWith(int left, int right);

private:
    QLabel *m_title;
    QLabel *m_provenance;
};

} // namespace Lectern::Views
