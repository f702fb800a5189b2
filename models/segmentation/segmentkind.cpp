// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentkind.h"

#include <array>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
constexpr std::array kindNames{u"blank", u"title", u"heading", u"body", u"caption", u"boilerplate", u"trailer"};
constexpr std::array roleNames{u"none", u"title", u"standfirst", u"paragraph", u"heading", u"caption", u"attribution"};
}

QString kindName(SegmentKind kind)
{
    return QString(QStringView(kindNames.at(static_cast<size_t>(kind))));
}

QString roleName(SegmentRole role)
{
    return QString(QStringView(roleNames.at(static_cast<size_t>(role))));
}

SegmentKind kindFromName(QStringView name, bool *ok)
{
    for (size_t i = 0; i < kindNames.size(); ++i) {
        if (name.compare(QStringView(kindNames.at(i)), Qt::CaseInsensitive) == 0) {
            if (ok)
                *ok = true;
            return static_cast<SegmentKind>(i);
        }
    }
    if (ok)
        *ok = false;
    return SegmentKind::Body;
}

} // namespace Lectern::Models
