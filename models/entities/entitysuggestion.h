// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QMetaType>
#include <QString>

namespace Lectern::Models {

/// A candidate entity mined from a bundle, for the user to accept or reject.
struct EntitySuggestion {
    QString text;     ///< as written in the documents (its most frequent form)
    QString category; ///< proposed: an EntityCategory built-in
    qsizetype mentionCount = 0;
    qsizetype documentCount = 0;
    double score = 0; ///< higher first; only the order matters
    friend bool operator==(const EntitySuggestion &, const EntitySuggestion &) = default;
};

using EntitySuggestions = QList<EntitySuggestion>;

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::EntitySuggestion)
