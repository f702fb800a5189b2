// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteer.h"

#include "entitycategory.h"
#include "namefolding.h"

namespace Lectern::Models {

qsizetype Gazetteer::indexOfName(QStringView name) const
{
    return m_byName.value(NameFolding::key(name), -1);
}

qsizetype Gazetteer::indexOf(QStringView canonicalName) const
{
    const qsizetype index = indexOfName(canonicalName);
    if (index < 0 || NameFolding::key(m_entities.at(index).name) != NameFolding::key(canonicalName))
        return -1;
    return index;
}

QStringList Gazetteer::categories() const
{
    QStringList result = EntityCategory::builtIn();
    for (const Entity &entity : m_entities) {
        if (!result.contains(entity.category))
            result.append(entity.category);
    }
    return result;
}

void Gazetteer::insert(qsizetype index, const Entity &entity)
{
    m_entities.insert(index, entity);
    if (index == m_entities.size() - 1) {
        for (const QString &name : entity.names())
            claim(NameFolding::key(name), index);
    } else {
        rebuildLookup();
    }
}

void Gazetteer::replace(qsizetype index, const Entity &entity)
{
    m_entities.replace(index, entity);
    rebuildLookup();
}

void Gazetteer::removeAt(qsizetype index)
{
    m_entities.removeAt(index);
    rebuildLookup();
}

void Gazetteer::claim(const QString &key, qsizetype index)
{
    // The first entity to claim a name keeps it, as the matcher's gazetteer order does.
    if (!m_byName.contains(key))
        m_byName.insert(key, index);
}

void Gazetteer::rebuildLookup()
{
    m_byName.clear();
    for (qsizetype i = 0; i < m_entities.size(); ++i) {
        for (const QString &name : m_entities.at(i).names())
            claim(NameFolding::key(name), i);
    }
}

} // namespace Lectern::Models
