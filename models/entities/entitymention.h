// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>

namespace Lectern::Models {

/// One place where a gazetteer entity is named in a text. Offsets are UTF-16
/// code units of the QString that was matched, end exclusive (CodePointMapper
/// turns them into the code points reports use).
struct EntityMention {
    qsizetype start = 0;
    qsizetype end = 0;
    qsizetype entity = -1; ///< index into the Gazetteer the matcher was built from
    qsizetype name = 0;    ///< which of Entity::names() was found: 0 the canonical name, n alias n-1

    [[nodiscard]] qsizetype length() const { return end - start; }
    friend bool operator==(const EntityMention &, const EntityMention &) = default;
};

using EntityMentions = QList<EntityMention>;

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::EntityMention)
