// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

#include <utility>

namespace Lectern::Models {

/// What to look for in a document: plain text or a regular expression, with
/// or without case.
struct SearchQuery {
    QString pattern;
    bool regularExpression = false;
    bool caseSensitive = false;

    [[nodiscard]] bool isEmpty() const { return pattern.isEmpty(); }
    /// An empty string when the query is usable, else why not (a bad regular expression).
    [[nodiscard]] QString problem() const;
    /// Every match in `text`, in order, as UTF-16 [start, end) pairs; empty matches skipped.
    [[nodiscard]] QList<std::pair<int, int>> findAll(QStringView text, int limit = 100000) const;
};

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::SearchQuery)
