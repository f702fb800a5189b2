// SPDX-License-Identifier: GPL-3.0-or-later
#include "annotationlayer.h"

#include <algorithm>

namespace Lectern::Views {

void AnnotationLayer::setSpans(QList<AnnotatedSpan> spans)
{
    std::ranges::sort(spans, {}, &AnnotatedSpan::start);
    m_spans = std::move(spans);
    Q_EMIT changed();
}

QList<AnnotatedSpan> AnnotationLayer::at(int position) const
{
    QList<AnnotatedSpan> found;
    for (const AnnotatedSpan &span : m_spans) {
        if (span.start > position)
            break;
        if (position < span.end)
            found.append(span);
    }
    return found;
}

void AnnotationLayer::collect(int from, int to, QList<ReaderSpan> &spans) const
{
    // Annotations may overlap and nest, so every one starting before `to` is looked at.
    for (const AnnotatedSpan &span : m_spans) {
        if (span.start >= to)
            break;
        if (span.end <= from)
            continue;
        QTextCharFormat format;
        QColor tint = span.colour.isValid() ? span.colour : QColor(Qt::yellow);
        const QColor line = tint;
        tint.setAlpha(80);
        format.setBackground(tint);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(line);
        spans.append({span.start, span.end, format});
    }
}

} // namespace Lectern::Views
