// SPDX-License-Identifier: GPL-3.0-or-later
#include "readerdecorator.h"

#include "readerlayer.h"
#include "readerview.h"

#include <QAbstractTextDocumentLayout>
#include <QPlainTextEdit>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextLayout>
#include <QTimer>

#include <algorithm>

namespace Lectern::Views {

ReaderDecorator::ReaderDecorator(ReaderView *editor)
    : QObject(editor)
    , m_editor(editor)
{
    connect(m_editor, &QPlainTextEdit::updateRequest, this, [this] {
        if (!m_decorating)
            decorateVisible();
    });
    // The reader is read-only: its text changes only through ReaderView,
    // which calls invalidate(). Listening to contentsChanged here would loop,
    // since markContentsDirty() below is itself a change notification.
}

void ReaderDecorator::addLayer(ReaderLayer *layer)
{
    m_layers.append(layer);
    connect(layer, &ReaderLayer::changed, this, &ReaderDecorator::invalidate);
    invalidate();
}

void ReaderDecorator::invalidate()
{
    ++m_generation;
    if (m_scheduled)
        return;
    m_scheduled = true;
    // Coalesce bursts of changes (a theme switch changes every layer) into one pass.
    QTimer::singleShot(0, this, [this] {
        m_scheduled = false;
        decorateVisible();
    });
}

int ReaderDecorator::decoratedBlockCount() const
{
    return int(std::ranges::count(m_blockGeneration, m_generation));
}

void ReaderDecorator::decorateVisible()
{
    QTextDocument *document = m_editor->document();
    const int blockCount = document->blockCount();
    if (m_blockGeneration.size() != blockCount)
        m_blockGeneration = QList<quint32>(blockCount, 0);

    const qreal limit = 2.0 * m_editor->viewport()->height(); // what is on screen, and a screen below
    QList<ReaderSpan> spans;
    m_decorating = true;
    for (QTextBlock block = m_editor->firstShownBlock(); block.isValid(); block = block.next()) {
        if (!block.isVisible())
            continue;
        if (m_editor->shownBlockRect(block).top() > limit)
            break;
        quint32 &stamp = m_blockGeneration[block.blockNumber()];
        if (stamp == m_generation)
            continue;
        stamp = m_generation;

        const int from = block.position();
        const int to = from + block.length();
        spans.clear();
        for (const QPointer<ReaderLayer> &layer : std::as_const(m_layers)) {
            if (layer)
                layer->collect(from, to, spans);
        }
        QList<QTextLayout::FormatRange> ranges;
        ranges.reserve(spans.size());
        for (const ReaderSpan &span : std::as_const(spans)) {
            const int start = std::max(span.start, from);
            const int end = std::min(span.end, to);
            if (end > start)
                ranges.append({start - from, end - start, span.format});
        }
        QTextLayout *layout = block.layout();
        if (ranges.isEmpty() && layout->formats().isEmpty())
            continue;
        layout->setFormats(ranges);
        document->markContentsDirty(from, block.length());
    }
    m_decorating = false;
}

} // namespace Lectern::Views
