// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QObject>
#include <QPointer>


namespace Lectern::Views {

class ReaderLayer;
class ReaderView;

/// The one owner of the reader's character formats. It asks every layer,
/// in the order they were added (later layers win where they set the same
/// property), for the spans of the blocks on screen and a screen beyond, and
/// sets them on those blocks' layouts. Nothing is computed for text nobody
/// looks at, so a 20 MB document costs what one screen costs.
class ReaderDecorator final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(ReaderDecorator)

public:
    explicit ReaderDecorator(ReaderView *editor);

    void addLayer(ReaderLayer *layer);
    /// Everything needs decorating again (a layer changed, new text, new theme).
    void invalidate();

    /// Blocks decorated so far for the current text (for tests and benchmarks).
    [[nodiscard]] int decoratedBlockCount() const;

private:
    void decorateVisible();

    ReaderView *m_editor;
    QList<QPointer<ReaderLayer>> m_layers;
    QList<quint32> m_blockGeneration; // per block number: generation it was decorated for
    quint32 m_generation = 1;
    bool m_scheduled = false;
    bool m_decorating = false;
};

} // namespace Lectern::Views
