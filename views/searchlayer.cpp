// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchlayer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

SearchLayer::SearchLayer(QObject *parent)
    : ReaderLayer(parent)
{
}

void SearchLayer::setHits(const QList<std::pair<int, int>> &hits)
{
    m_hits = hits;
    Q_EMIT changed();
}

void SearchLayer::setColour(const QColor &colour)
{
    m_format.setBackground(colour);
    Q_EMIT changed();
}

void SearchLayer::collect(int from, int to, QList<ReaderSpan> &spans) const
{
    // First hit that ends after `from`; hits are sorted and do not overlap.
    auto it = std::ranges::lower_bound(m_hits, from, {}, [](const std::pair<int, int> &hit) { return hit.second; });
    for (; it != m_hits.end() && it->first < to; ++it)
        spans.append({it->first, it->second, m_format});
}

} // namespace Lectern::Views
