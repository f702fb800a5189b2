// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern::Models {

/// The user's verdict on an entity candidate, bundle-wide: this text in this
/// category is (accepted) or is not (rejected) an entity.
struct EntityDecision {
    QString candidateText;
    QString category;
    bool accepted = false;
    QString author;
    QDateTime modified;

    friend bool operator==(const EntityDecision &, const EntityDecision &) = default;
};

} // namespace Lectern::Models
