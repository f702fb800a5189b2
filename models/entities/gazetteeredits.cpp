// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteeredits.h"

#include "entitycategory.h"
#include "gazetteerreader.h"
#include "namefolding.h"

#include <QCoreApplication>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class GazetteerText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::Gazetteer)
};

bool fail(QString *error, const QString &message)
{
    if (error)
        *error = message;
    return false;
}

bool validIndex(const Gazetteer &gazetteer, qsizetype index, QString *error)
{
    if (index >= 0 && index < gazetteer.size())
        return true;
    return fail(error, GazetteerText::tr("there is no entity %1").arg(index));
}

// A name may be used when it is not empty, not too long, and not already the
// name of an entity other than `owner`.
bool nameAvailable(const Gazetteer &gazetteer, const QString &name, qsizetype owner, QString *error)
{
    if (name.isEmpty())
        return fail(error, GazetteerText::tr("a name cannot be empty"));
    if (name.size() > GazetteerReader::MaxNameLength)
        return fail(error, GazetteerText::tr("a name cannot be longer than %1 characters").arg(GazetteerReader::MaxNameLength));
    const qsizetype holder = gazetteer.indexOfName(name);
    if (holder >= 0 && holder != owner)
        return fail(error, GazetteerText::tr("\"%1\" is already a name of \"%2\"").arg(name, gazetteer.at(holder).name));
    return true;
}

} // namespace

bool GazetteerEdits::add(Gazetteer &gazetteer, Entity entity, QString *error, qsizetype position)
{
    if (position < 0 || position > gazetteer.size())
        position = gazetteer.size();
    entity.name = NameFolding::tidy(entity.name);
    if (!nameAvailable(gazetteer, entity.name, -1, error))
        return false;
    const QString category = EntityCategory::normalised(entity.category);
    if (category.isEmpty())
        return fail(error, GazetteerText::tr("\"%1\" is not a category name").arg(entity.category));
    entity.category = category;
    QStringList aliases;
    QSet<QString> keys{NameFolding::key(entity.name)};
    for (const QString &alias : std::as_const(entity.aliases)) {
        const QString tidy = NameFolding::tidy(alias);
        if (tidy.isEmpty() || keys.contains(NameFolding::key(tidy)))
            continue;
        if (!nameAvailable(gazetteer, tidy, -1, error))
            return false;
        keys.insert(NameFolding::key(tidy));
        aliases.append(tidy);
    }
    entity.aliases = aliases;
    gazetteer.insert(position, entity);
    return true;
}

bool GazetteerEdits::rename(Gazetteer &gazetteer, qsizetype index, const QString &newName, bool keepOldAsAlias, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    const QString name = NameFolding::tidy(newName);
    if (!nameAvailable(gazetteer, name, index, error))
        return false;
    Entity entity = gazetteer.at(index);
    const QString oldName = entity.name;
    entity.name = name;
    const QString newKey = NameFolding::key(name);
    entity.aliases.removeIf([&](const QString &alias) { return NameFolding::key(alias) == newKey; });
    if (keepOldAsAlias && NameFolding::key(oldName) != newKey)
        entity.aliases.prepend(oldName);
    gazetteer.replace(index, entity);
    return true;
}

bool GazetteerEdits::setCategory(Gazetteer &gazetteer, qsizetype index, const QString &category, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    const QString normalised = EntityCategory::normalised(category);
    if (normalised.isEmpty())
        return fail(error, GazetteerText::tr("\"%1\" is not a category name").arg(category));
    Entity entity = gazetteer.at(index);
    entity.category = normalised;
    gazetteer.replace(index, entity);
    return true;
}

bool GazetteerEdits::setCaseSensitivity(Gazetteer &gazetteer, qsizetype index, Qt::CaseSensitivity sensitivity, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    Entity entity = gazetteer.at(index);
    entity.caseSensitivity = sensitivity;
    gazetteer.replace(index, entity);
    return true;
}

bool GazetteerEdits::addAlias(Gazetteer &gazetteer, qsizetype index, const QString &alias, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    const QString tidy = NameFolding::tidy(alias);
    if (!nameAvailable(gazetteer, tidy, index, error))
        return false;
    if (gazetteer.indexOfName(tidy) == index)
        return fail(error, GazetteerText::tr("\"%1\" is already a name of \"%2\"").arg(tidy, gazetteer.at(index).name));
    Entity entity = gazetteer.at(index);
    entity.aliases.append(tidy);
    gazetteer.replace(index, entity);
    return true;
}

bool GazetteerEdits::removeAlias(Gazetteer &gazetteer, qsizetype index, const QString &alias, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    Entity entity = gazetteer.at(index);
    const QString key = NameFolding::key(alias);
    if (entity.aliases.removeIf([&](const QString &a) { return NameFolding::key(a) == key; }) == 0)
        return fail(error, GazetteerText::tr("\"%1\" is not an alias of \"%2\"").arg(alias, entity.name));
    gazetteer.replace(index, entity);
    return true;
}

qsizetype GazetteerEdits::merge(Gazetteer &gazetteer, qsizetype kept, qsizetype absorbed, QString *error)
{
    if (!validIndex(gazetteer, kept, error) || !validIndex(gazetteer, absorbed, error))
        return -1;
    if (kept == absorbed) {
        fail(error, GazetteerText::tr("an entity cannot be merged into itself"));
        return -1;
    }
    Entity entity = gazetteer.at(kept);
    entity.aliases.append(gazetteer.at(absorbed).names());
    gazetteer.replace(kept, entity);
    gazetteer.removeAt(absorbed);
    return absorbed < kept ? kept - 1 : kept;
}

bool GazetteerEdits::remove(Gazetteer &gazetteer, qsizetype index, QString *error)
{
    if (!validIndex(gazetteer, index, error))
        return false;
    gazetteer.removeAt(index);
    return true;
}

} // namespace Lectern::Models
