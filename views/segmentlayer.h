// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documentsegmentation.h"
#include "readerlayer.h"

namespace KSyntaxHighlighting {
class Theme;
}

namespace Lectern::Views {

/// How the reader shows what segmentation found: titles and headings
/// stand out, boilerplate is dimmed, another article's text (a trailer) is
/// set apart, captions are quiet. (Passages found elsewhere get a mark in the
/// margin, painted by ReaderView.)
/// Colours come from the active KSyntaxHighlighting theme.
class SegmentLayer final : public ReaderLayer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SegmentLayer)

public:
    explicit SegmentLayer(QObject *parent = nullptr);

    void setSegmentation(const Models::DocumentSegmentation &segmentation);
    void clear();
    void setTheme(const KSyntaxHighlighting::Theme &theme, qreal basePointSize);

    [[nodiscard]] bool isEmpty() const { return m_segmentation.segments.isEmpty(); }
    [[nodiscard]] const Models::DocumentSegmentation &segmentation() const { return m_segmentation; }
    /// The segment holding UTF-16 position `position`, or nullptr.
    [[nodiscard]] const Models::Segment *segmentAt(qsizetype position) const;

    void collect(int from, int to, QList<ReaderSpan> &spans) const override;

private:
    [[nodiscard]] QTextCharFormat formatFor(const Models::Segment &segment) const;

    Models::DocumentSegmentation m_segmentation;
    QTextCharFormat m_title;
    QTextCharFormat m_heading;
    QTextCharFormat m_caption;
    QTextCharFormat m_boilerplate;
    QTextCharFormat m_trailer;
};

} // namespace Lectern::Views
