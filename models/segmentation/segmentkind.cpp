// SPDX-License-Identifier: GPL-3.0-or-later
#include "segmentkind.h"

#include <QCoreApplication>

#include <array>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {
constexpr std::array kindNames{u"blank", u"title", u"heading", u"body", u"caption", u"boilerplate", u"trailer"};
constexpr std::array roleNames{u"none", u"title", u"standfirst", u"paragraph", u"heading", u"caption", u"attribution"};
constexpr std::array kindDisplayNames {
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "blank"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "title"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "heading"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "body"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "caption"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "boilerplate"),
    QT_TRANSLATE_NOOP("Lectern::Models::SegmentKind", "trailer"),
};
} // namespace

QString kindName(SegmentKind kind)
{
    return QString(QStringView(kindNames.at(static_cast<size_t>(kind))));
}

QString kindDisplayName(SegmentKind kind)
{
    return QCoreApplication::translate("Lectern::Models::SegmentKind", kindDisplayNames.at(static_cast<size_t>(kind)));
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
