// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "readerlayer.h"

#include <QColor>
#include <QRegularExpression>

namespace Lectern::Views {

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
