// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityoverlay.h"

#include "gazetteeredits.h"

#include <algorithm>

namespace Lectern::Models {

Gazetteer EntityOverlay::apply(const Gazetteer &base, QList<EntityDecision> decisions, SuggestionDecisions *suggestions)
{
    // Decisions stored in the same millisecond (a script's) apply decisions
    // first, then renames, then merges, so a merge can name a renamed entity.
    std::stable_sort(decisions.begin(), decisions.end(), [](const EntityDecision &a, const EntityDecision &b) {
        return std::pair(a.modified, a.action) < std::pair(b.modified, b.action);
    });
    Gazetteer gazetteer = base;
    for (const EntityDecision &decision : std::as_const(decisions)) {
        const QString text = decision.candidateText.trimmed();
        if (text.isEmpty())
            continue;
        const qsizetype existing = gazetteer.indexOfName(text);
        // A rename or a merge whose names no longer fit (the entity has gone
        // from the file, or the new name is taken) is passed over.
        if (decision.action == EntityDecision::Action::Rename) {
            if (existing >= 0)
                GazetteerEdits::rename(gazetteer, existing, decision.target, decision.accepted);
            continue;
        }
        if (decision.action == EntityDecision::Action::Merge) {
            const qsizetype kept = gazetteer.indexOfName(decision.target.trimmed());
            if (existing >= 0 && kept >= 0 && kept != existing)
                GazetteerEdits::merge(gazetteer, kept, existing);
            continue;
        }
        if (decision.accepted) {
            if (suggestions)
                suggestions->accept(text, decision.category);
            if (existing >= 0) {
                if (!decision.category.isEmpty())
                    GazetteerEdits::setCategory(gazetteer, existing, decision.category);
            } else {
                Entity entity;
                entity.name = text;
                entity.category = decision.category;
                GazetteerEdits::add(gazetteer, entity);
            }
        } else {
            if (suggestions)
                suggestions->reject(text);
            if (existing >= 0)
                GazetteerEdits::remove(gazetteer, existing);
        }
    }
    return gazetteer;
}

} // namespace Lectern::Models
