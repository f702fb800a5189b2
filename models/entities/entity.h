// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMetaType>
#include <QString>
#include <QStringList>

namespace Lectern::Models {

/// One thing a researcher wants highlighted: a canonical name, the category
/// it belongs to, the other names it goes by, and whether case matters.
struct Entity {
    QString name;        ///< canonical name, shown in the panel and written to reports
    QString category;    ///< a built-in category (see EntityCategory) or a user-defined one
    QStringList aliases; ///< other names that resolve to this entity
    /// Qt::CaseInsensitive: "kansas" also finds "Kansas"; Qt::CaseSensitive: "CATL" finds only "CATL".
    Qt::CaseSensitivity caseSensitivity = Qt::CaseInsensitive;

    /// The canonical name followed by the aliases: the order EntityMention::name counts in.
    [[nodiscard]] QStringList names() const;

    friend bool operator==(const Entity &, const Entity &) = default;
};

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::Entity)
