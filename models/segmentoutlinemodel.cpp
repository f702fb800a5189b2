// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentoutlinemodel.h"

#include "segmentkind.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
constexpr int ExcerptChars = 70;
}

SegmentOutlineModel::SegmentOutlineModel(QObject *parent)
    : QAbstractListModel(parent)
{
}

void SegmentOutlineModel::setDocument(const DocumentSegmentation &segmentation, const QString &text)
{
    beginResetModel();
    m_rows.clear();
    for (const Segment &segment : segmentation.segments) {
        if (segment.isBlank())
            continue;
        QString excerpt = text.mid(segment.start, std::min<qsizetype>(segment.end - segment.start, ExcerptChars + 1)).simplified();
        if (segment.end - segment.start > ExcerptChars)
            excerpt = excerpt.left(ExcerptChars) + u'\u2026';
        m_rows.append({segment, excerpt});
    }
    endResetModel();
}

void SegmentOutlineModel::clear()
{
    beginResetModel();
    m_rows.clear();
    endResetModel();
}

int SegmentOutlineModel::rowAt(qsizetype position) const
{
    const auto it = std::ranges::upper_bound(m_rows, position, {}, [](const Row &row) { return row.segment.start; });
    if (it == m_rows.begin())
        return -1;
    const int row = int(it - m_rows.begin()) - 1;
    return position < m_rows.at(row).segment.end ? row : -1;
}

int SegmentOutlineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

QVariant SegmentOutlineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole: {
        QString label = kindName(row.segment.kind);
        if (row.segment.article > 0)
            label += u' ' + QString::number(row.segment.article + 1);
        if (row.segment.duplicate.isValid())
            label += u" \u2194"_s;
        return QString(label + u"  "_s + row.excerpt);
    }
    case Qt::ToolTipRole:
        return row.segment.reason;
    case StartRole:
        return qlonglong(row.segment.start);
    case EndRole:
        return qlonglong(row.segment.end);
    case KindRole:
        return int(row.segment.kind);
    case ArticleRole:
        return row.segment.article;
    case ReasonRole:
        return row.segment.reason;
    default:
        return {};
    }
}

} // namespace Lectern::Models
