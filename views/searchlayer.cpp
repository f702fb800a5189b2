// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchlayer.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

QString SearchQuery::problem() const
{
    if (!regularExpression || pattern.isEmpty())
        return {};
    const QRegularExpression re(pattern);
    return re.isValid() ? QString() : re.errorString();
}

QList<std::pair<int, int>> SearchQuery::findAll(QStringView text, int limit) const
{
    QList<std::pair<int, int>> hits;
    if (pattern.isEmpty())
        return hits;
    if (regularExpression) {
        QRegularExpression re(pattern, caseSensitive ? QRegularExpression::NoPatternOption : QRegularExpression::CaseInsensitiveOption);
        if (!re.isValid())
            return hits;
        re.optimize();
        auto it = re.globalMatchView(text);
        while (it.hasNext() && hits.size() < limit) {
            const QRegularExpressionMatch match = it.next();
            if (match.capturedLength() > 0)
                hits.append({int(match.capturedStart()), int(match.capturedEnd())});
        }
        return hits;
    }
    const Qt::CaseSensitivity cs = caseSensitive ? Qt::CaseSensitive : Qt::CaseInsensitive;
    qsizetype at = text.indexOf(pattern, 0, cs);
    while (at >= 0 && hits.size() < limit) {
        hits.append({int(at), int(at + pattern.size())});
        at = text.indexOf(pattern, at + pattern.size(), cs);
    }
    return hits;
}

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
