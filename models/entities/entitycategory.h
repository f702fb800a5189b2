// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>
#include <QStringList>

namespace Lectern::Models {

/// Category names: the built-in ones and the rules a user-defined one follows
/// (letters, digits, spaces, '-' and '_'; stored in lower case).
class EntityCategory final
{
public:
    static inline const QString Organisation = QStringLiteral("organisation");
    static inline const QString Person = QStringLiteral("person");
    static inline const QString Place = QStringLiteral("place");
    static inline const QString Money = QStringLiteral("money");
    static inline const QString Period = QStringLiteral("period");
    static inline const QString Product = QStringLiteral("product");

    /// organisation, person, place, money, period, product: the order menus show them in.
    [[nodiscard]] static QStringList builtIn();
    [[nodiscard]] static bool isBuiltIn(const QString &category);

    /// Lower case, trimmed, inner spaces collapsed; "organization" and
    /// "location" become "organisation" and "place". Empty when the name is not allowed.
    [[nodiscard]] static QString normalised(QStringView category);
};

} // namespace Lectern::Models
