// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerlayer.h"

#include <QColor>

namespace Lectern::Views {

/// One annotated passage as the reader shows it.
struct AnnotatedSpan {
    QString id; ///< the annotation's
    int start = 0;
    int end = 0;
    QColor colour; ///< the label's colour
    QString note;
    QString label = {}; ///< the label's name, so that colour is not all that tells labels apart
};

/// The open document's annotations, tinted in their label's colour and
/// underlined; the topmost layer but search.
class AnnotationLayer final : public ReaderLayer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(AnnotationLayer)

public:
    using ReaderLayer::ReaderLayer;

    void setSpans(QList<AnnotatedSpan> spans);
    /// The annotations covering UTF-16 position `position` (for tooltips).
    [[nodiscard]] QList<AnnotatedSpan> at(int position) const;
    /// Every annotated passage of the document, by start.
    [[nodiscard]] const QList<AnnotatedSpan> &spans() const { return m_spans; }

    void collect(int from, int to, QList<ReaderSpan> &spans) const override;

private:
    QList<AnnotatedSpan> m_spans; // sorted by start
};

} // namespace Lectern::Views
