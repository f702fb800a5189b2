// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitycategory.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QStringList EntityCategory::builtIn()
{
    return {Organisation, Person, Place, Money, Period, Product};
}

bool EntityCategory::isBuiltIn(const QString &category)
{
    return builtIn().contains(category);
}

QString EntityCategory::normalised(QStringView category)
{
    const QString simplified = category.toString().simplified().toLower();
    if (simplified.isEmpty() || simplified.size() > 64)
        return {};
    for (const QChar c : simplified) {
        if (!c.isLetterOrNumber() && c != u' ' && c != u'-' && c != u'_')
            return {};
    }
    if (simplified == u"organization"_s || simplified == u"org"_s)
        return Organisation;
    if (simplified == u"location"_s)
        return Place;
    return simplified;
}

} // namespace Lectern::Models
