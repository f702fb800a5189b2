// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitydecision.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QString EntityDecision::actionName(Action action)
{
    switch (action) {
    case Action::Decide:
        return u"decide"_s;
    case Action::Rename:
        return u"rename"_s;
    case Action::Merge:
        return u"merge"_s;
    }
    return {};
}

std::optional<EntityDecision::Action> EntityDecision::actionFromName(const QString &name)
{
    for (Action action : {Action::Decide, Action::Rename, Action::Merge}) {
        if (actionName(action) == name)
            return action;
    }
    return std::nullopt;
}

} // namespace Lectern::Models
