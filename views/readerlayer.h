// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QTextCharFormat>

namespace Lectern::Views {

/// A stretch of the reader's text and the format one layer gives it.
/// Positions are UTF-16 offsets into the document's text, end exclusive.
struct ReaderSpan {
    int start = 0;
    int end = 0;
    QTextCharFormat format;
};

/// One decoration channel of the reader (segments, entities, annotations,
/// search hits). Layers only describe; the ReaderDecorator applies them, in
/// a fixed order, to what is on screen, so no layer overwrites another.
class ReaderLayer : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderLayer)

public:
    using QObject::QObject;

    /// Appends the spans that overlap [from, to).
    virtual void collect(int from, int to, QList<ReaderSpan> &spans) const = 0;

Q_SIGNALS:
    /// The layer's spans changed: what is on screen is decorated again.
    void changed();
};

} // namespace Lectern::Views
