// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentlayer.h"

#include <KSyntaxHighlighting/Theme>

#include <algorithm>

namespace Lectern::Views {

using KSyntaxHighlighting::Theme;
using Models::SegmentKind;

namespace {

QColor mix(const QColor &a, const QColor &b, qreal amountOfB)
{
    return QColor::fromRgbF(float(a.redF() * (1 - amountOfB) + b.redF() * amountOfB), float(a.greenF() * (1 - amountOfB) + b.greenF() * amountOfB),
                            float(a.blueF() * (1 - amountOfB) + b.blueF() * amountOfB));
}

} // namespace

SegmentLayer::SegmentLayer(QObject *parent)
    : ReaderLayer(parent)
{
}

void SegmentLayer::setSegmentation(const Models::DocumentSegmentation &segmentation)
{
    m_segmentation = segmentation;
    Q_EMIT changed();
}

void SegmentLayer::clear()
{
    m_segmentation = {};
    Q_EMIT changed();
}

void SegmentLayer::setTheme(const Theme &theme, qreal basePointSize)
{
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const QColor page = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
    const QColor comment = QColor::fromRgba(theme.textColor(Theme::Comment));

    m_title = {};
    m_title.setFontWeight(QFont::Bold);
    m_title.setFontPointSize(basePointSize * 1.35);
    m_heading = {};
    m_heading.setFontWeight(QFont::DemiBold);
    m_caption = {};
    m_caption.setFontItalic(true);
    m_caption.setForeground(mix(text, page, 0.3));
    m_boilerplate = {};
    m_boilerplate.setForeground(mix(comment, page, 0.35));
    m_trailer = {};
    m_trailer.setForeground(mix(text, page, 0.4));
    Q_EMIT changed();
}

const Models::Segment *SegmentLayer::segmentAt(qsizetype position) const
{
    const int index = m_segmentation.segmentAt(position);
    return index < 0 ? nullptr : &m_segmentation.segments.at(index);
}

QTextCharFormat SegmentLayer::formatFor(const Models::Segment &segment) const
{
    QTextCharFormat format;
    switch (segment.kind) {
    case SegmentKind::Title:
        format = m_title;
        break;
    case SegmentKind::Heading:
        format = m_heading;
        break;
    case SegmentKind::Caption:
        format = m_caption;
        break;
    case SegmentKind::Boilerplate:
        format = m_boilerplate;
        break;
    case SegmentKind::Trailer:
        format = m_trailer;
        if (segment.role == Models::SegmentRole::Title || segment.role == Models::SegmentRole::Heading)
            format.setFontWeight(QFont::DemiBold);
        else if (segment.role == Models::SegmentRole::Caption)
            format.setFontItalic(true);
        break;
    case SegmentKind::Blank:
    case SegmentKind::Body:
        break;
    }
    return format;
}

void SegmentLayer::collect(int from, int to, QList<ReaderSpan> &spans) const
{
    const Models::Segments &segments = m_segmentation.segments;
    auto it = std::ranges::upper_bound(segments, qsizetype(from), {}, [](const Models::Segment &s) { return s.end; });
    for (; it != segments.end() && it->start < to; ++it) {
        if (it->isBlank())
            continue;
        QTextCharFormat format = formatFor(*it);
        if (!format.properties().isEmpty())
            spans.append({int(it->start), int(it->end), format});
    }
}

} // namespace Lectern::Views
