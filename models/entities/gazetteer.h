// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entity.h"

#include <QHash>
#include <QList>
#include <QMetaType>

namespace Lectern::Models {

/// The entities of a bundle or of the user: an ordered list in which every
/// name (canonical or alias) belongs to one entity only, compared as
/// NameFolding::key() compares them. Implicitly shared, cheap to copy: an
/// undo step can keep the value from before an edit.
class Gazetteer final
{
public:
    [[nodiscard]] const QList<Entity> &entities() const { return m_entities; }
    [[nodiscard]] qsizetype size() const { return m_entities.size(); }
    [[nodiscard]] bool isEmpty() const { return m_entities.isEmpty(); }
    [[nodiscard]] const Entity &at(qsizetype index) const { return m_entities.at(index); }

    /// Index of the entity with this canonical name or alias, or -1.
    [[nodiscard]] qsizetype indexOfName(QStringView name) const;
    /// Index of the entity whose canonical name this is, or -1.
    [[nodiscard]] qsizetype indexOf(QStringView canonicalName) const;

    /// The built-in categories followed by the user-defined ones in use, in first-use order.
    [[nodiscard]] QStringList categories() const;

    // Raw mutation without validation: GazetteerEdits and GazetteerReader check first.
    void insert(qsizetype index, const Entity &entity);
    void append(const Entity &entity) { insert(m_entities.size(), entity); }
    void replace(qsizetype index, const Entity &entity);
    void removeAt(qsizetype index);

    friend bool operator==(const Gazetteer &a, const Gazetteer &b) { return a.m_entities == b.m_entities; }

private:
    void claim(const QString &key, qsizetype index);
    void rebuildLookup();

    QList<Entity> m_entities;
    QHash<QString, qsizetype> m_byName; ///< NameFolding::key of every name to its entity
};

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::Gazetteer)
