// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entityindex.h"
#include "entitysuggestion.h"
#include "gazetteer.h"

#include <QJsonObject>

namespace Lectern::Models {

/// The JSON `lectern-cli entities INDEX --json [--suggest]` prints
/// (docs/entities.md describes every field). Offsets are code points.
class EntityJson final
{
public:
    /// {"documents": [...], "entities": [...], "cooccurrences": [...]}; with
    /// `suggestions` non-null also "suggestions": [...], in their rank order.
    [[nodiscard]] static QJsonObject report(const Gazetteer &gazetteer, const EntityIndex &index,
        const EntitySuggestions *suggestions = nullptr);
    [[nodiscard]] static QJsonObject entity(const Entity &entity, const EntityStatistics &statistics);
    [[nodiscard]] static QJsonObject suggestion(const EntitySuggestion &suggestion, qsizetype rank);
};

} // namespace Lectern::Models
