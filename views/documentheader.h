// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documententry.h"

#include <QWidget>

class QLabel;

namespace Lectern::Views {

class ThemeRegistry;

/// The open document's title and provenance (source, date, link or path)
/// above the reader, so the reader always knows where the text comes from.
class DocumentHeader final : public QWidget
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentHeader)

public:
    explicit DocumentHeader(ThemeRegistry *themes, QWidget *parent = nullptr);

    void showEntry(const Models::DocumentEntry &entry);
    /// The headline the segmenter found in the text: shown as the title in
    /// place of the index's title or the file's id (empty: back to those).
    void setHeadline(const QString &headline);
    /// For a document with pages (PDF): the page being read and how many
    /// there are, shown after the file; 0 pages shows none.
    void setPage(int page, int pages);
    void clear();
    /// The title line as shown, for tests.
    [[nodiscard]] QString titleText() const;
    /// The line under the title as plain text (source, date, link, file, page), for tests.
    [[nodiscard]] QString provenanceText() const;
    /// Lines the header up with the reader's text column.
    void alignWith(int left, int right);

private:
    void applyTheme();
    void showProvenance();

    ThemeRegistry *m_themes;
    QLabel *m_title;
    QLabel *m_provenance;
    Models::DocumentEntry m_entry;
    QString m_headline;
    int m_page = 0;
    int m_pages = 0;
};

} // namespace Lectern::Views
