// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerlayer.h"
#include "searchquery.h"

#include <QColor>

namespace Lectern::Views {

using Models::SearchQuery;

/// The search hits in the open document, highlighted in the theme's search colour.
class SearchLayer final : public ReaderLayer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(SearchLayer)

public:
    explicit SearchLayer(QObject *parent = nullptr);

    void setHits(const QList<std::pair<int, int>> &hits);
    void setColour(const QColor &colour);
    [[nodiscard]] const QList<std::pair<int, int>> &hits() const { return m_hits; }

    void collect(int from, int to, QList<ReaderSpan> &spans) const override;

private:
    QList<std::pair<int, int>> m_hits; // sorted by start
    QTextCharFormat m_format;
};

} // namespace Lectern::Views
