// SPDX-License-Identifier: GPL-3.0-or-later
#include "entity.h"

namespace Lectern::Models {

QStringList Entity::names() const
{
    QStringList all;
    all.reserve(aliases.size() + 1);
    all.append(name);
    all.append(aliases);
    return all;
}

} // namespace Lectern::Models
