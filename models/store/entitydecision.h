// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

#include <optional>

namespace Lectern::Models {

/// The user's verdict on an entity or an entity candidate, bundle-wide.
/// A decision is keyed by its text, category and action: setting one with
/// the same key replaces it.
struct EntityDecision {
    enum class Action : quint8 {
        /// Accepted: the text is an entity of `category` (or, when it already
        /// names one, that entity takes the category). Rejected: the entity
        /// the text names is removed, and the text is never suggested again.
        Decide,
        /// The entity named `candidateText` is called `target` from now on;
        /// when `accepted`, the old name stays one of its aliases.
        Rename,
        /// The entity named `candidateText` joins the entity named `target`:
        /// its name and aliases become aliases there.
        Merge,
    };

    QString candidateText;
    QString category;
    bool accepted = false;
    QString author;
    QDateTime modified;
    Action action = Action::Decide;
    QString target;

    [[nodiscard]] static EntityDecision decide(const QString &text, const QString &category, bool accepted)
    {
        EntityDecision d;
        d.candidateText = text;
        d.category = category;
        d.accepted = accepted;
        return d;
    }
    [[nodiscard]] static EntityDecision rename(const QString &from, const QString &to, bool keepOldName)
    {
        EntityDecision d = decide(from, QString(), keepOldName);
        d.action = Action::Rename;
        d.target = to;
        return d;
    }
    [[nodiscard]] static EntityDecision merge(const QString &absorbed, const QString &into)
    {
        EntityDecision d = decide(absorbed, QString(), true);
        d.action = Action::Merge;
        d.target = into;
        return d;
    }

    [[nodiscard]] bool sameKey(const EntityDecision &other) const
    {
        return candidateText == other.candidateText && category == other.category && action == other.action;
    }
    /// The action as the store keeps it: "decide", "rename" or "merge".
    [[nodiscard]] static QString actionName(Action action);
    [[nodiscard]] static std::optional<Action> actionFromName(const QString &name);

    friend bool operator==(const EntityDecision &, const EntityDecision &) = default;
};

} // namespace Lectern::Models
