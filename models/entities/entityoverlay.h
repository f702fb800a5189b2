// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitydecision.h"
#include "gazetteer.h"
#include "suggestiondecisions.h"

namespace Lectern::Models {

/// A bundle's entity decisions (kept in its store) laid over the gazetteers
/// it reads, oldest first: an accepted text becomes an entity of its
/// category, or, when it already names one, gives that entity the category;
/// a rejected text that names an entity removes it (a deleted entity) and
/// otherwise keeps the suggestion from coming back; a rename gives the entity
/// its new canonical name (the old one kept as an alias when accepted); a
/// merge makes the entity's names aliases of the target entity. The gazetteer
/// files are never written: undoing a decision undoes its effect.
class EntityOverlay final
{
public:
    EntityOverlay() = delete;

    /// @p base with the decisions applied; @p suggestions (when given) gets
    /// every decision, for the suggestion miner.
    [[nodiscard]] static Gazetteer apply(const Gazetteer &base, QList<EntityDecision> decisions,
                                         SuggestionDecisions *suggestions = nullptr);
};

} // namespace Lectern::Models
