// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace Lectern::Views {

/// The questions the entities panel asks before an entity is renamed,
/// given another category, or merged into another entity. Each dialog
/// refuses (with the reason shown) a name that belongs to another entity, so
/// what comes back can be stored as it is. No value: the user cancelled.
class EntityEditDialogs final
{
    Q_DECLARE_TR_FUNCTIONS(EntityEditDialogs)

public:
    EntityEditDialogs() = delete;

    struct Rename {
        QString name;
        /// Mentions of the old name stay highlighted, as the new name's alias.
        bool keepOldName = true;
    };

    [[nodiscard]] static std::optional<Rename> askRename(QWidget *parent, const Models::Gazetteer &gazetteer, qsizetype entity);
    /// A built-in category, one the gazetteer uses, or a new one the user types.
    [[nodiscard]] static std::optional<QString> askCategory(QWidget *parent, const Models::Gazetteer &gazetteer,
                                                            qsizetype entity);
    /// The canonical name of the entity that takes this one's names as aliases.
    [[nodiscard]] static std::optional<QString> askMergeTarget(QWidget *parent, const Models::Gazetteer &gazetteer,
                                                               qsizetype entity);
};

} // namespace Lectern::Views
