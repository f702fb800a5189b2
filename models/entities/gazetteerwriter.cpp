// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerwriter.h"

#include "namefolding.h"

#include "outputfile.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QByteArray GazetteerWriter::serialise(const Gazetteer &gazetteer)
{
    QString text = u"# Lectern gazetteer: name, category, case (exact or any), aliases; separated by tabs\n"_s;
    for (const Entity &entity : gazetteer.entities()) {
        // tidy() turns tabs and line breaks into spaces, so no field can break the line apart.
        text += NameFolding::tidy(entity.name) + u'\t' + entity.category + u'\t'
            + (entity.caseSensitivity == Qt::CaseSensitive ? u"exact"_s : u"any"_s);
        for (const QString &alias : entity.aliases)
            text += u'\t' + NameFolding::tidy(alias);
        text += u'\n';
    }
    return text.toUtf8();
}

bool GazetteerWriter::write(const Gazetteer &gazetteer, const QString &path, QString *errorMessage)
{
    OutputFile file(path);
    const QByteArray bytes = serialise(gazetteer);
    if (!file.open() || file.write(bytes) != bytes.size() || !file.commit()) {
        if (errorMessage)
            *errorMessage = file.errorString();
        return false;
    }
    return true;
}

} // namespace Lectern::Models
