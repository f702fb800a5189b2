// SPDX-License-Identifier: GPL-3.0-or-later
#include "statusdelegate.h"

namespace Lectern::Views {

StatusDelegate::StatusDelegate(int role, std::function<Tone(const QVariant &)> toneOf, QObject *parent)
    : QStyledItemDelegate(parent)
    , m_role(role)
    , m_toneOf(std::move(toneOf))
{
}

void StatusDelegate::initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const
{
    QStyledItemDelegate::initStyleOption(option, index);
    const bool dark = option->palette.color(QPalette::Base).lightness() < 128;
    switch (m_toneOf(index.data(m_role))) {
    case Tone::Normal:
        return;
    case Tone::Warning:
        option->palette.setColor(QPalette::Text, dark ? QColor(0xf6, 0xc1, 0x77) : QColor(0x9a, 0x62, 0x00));
        break;
    case Tone::Error:
        option->palette.setColor(QPalette::Text, dark ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x28));
        break;
    }
    option->font.setBold(true);
}

} // namespace Lectern::Views
