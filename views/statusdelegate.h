// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

#include <functional>

namespace Lectern::Views {

/// Colours a cell's text by a status the model reports in a role (errors red,
/// warnings amber), so problems stand out in lists without the models
/// knowing about colours.
class StatusDelegate final : public QStyledItemDelegate
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(StatusDelegate)

public:
    enum class Tone { Normal, Warning, Error };

    StatusDelegate(int role, std::function<Tone(const QVariant &)> toneOf, QObject *parent = nullptr);

protected:
    void initStyleOption(QStyleOptionViewItem *option, const QModelIndex &index) const override;

private:
    int m_role;
    std::function<Tone(const QVariant &)> m_toneOf;
};

} // namespace Lectern::Views
