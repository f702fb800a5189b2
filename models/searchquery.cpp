// SPDX-License-Identifier: GPL-3.0-or-later
#include "searchquery.h"

#include <QRegularExpression>

namespace Lectern::Models {

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

} // namespace Lectern::Models
