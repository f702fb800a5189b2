// SPDX-License-Identifier: GPL-3.0-or-later
#include "gazetteerreader.h"

#include "entitycategory.h"
#include "namefolding.h"
#include "textdecoder.h"

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

bool isHeader(const QStringList &fields)
{
    return fields.size() >= 2 && fields.at(0).trimmed().compare(u"name"_s, Qt::CaseInsensitive) == 0
        && fields.at(1).trimmed().compare(u"category"_s, Qt::CaseInsensitive) == 0;
}

} // namespace

Gazetteer GazetteerReader::read(const QString &path, Diagnostics *diagnostics, const InputFile::Rules &rules)
{
    const InputFile::Read file = InputFile::read(path, rules);
    if (!file.error.isEmpty()) {
        if (diagnostics)
            diagnostics->append(Diagnostic::error(path, 0, GazetteerText::tr("the gazetteer was not read: %1").arg(file.error)));
        return {};
    }
    return parse(file.bytes, path, diagnostics);
}

Gazetteer GazetteerReader::parse(QByteArrayView bytes, const QString &fileForMessages, Diagnostics *diagnostics)
{
    Diagnostics found;
    const DecodedText decoded = TextDecoder::decode(bytes, fileForMessages);
    found.append(decoded.diagnostics);
    Gazetteer gazetteer;
    QHash<QString, int> lineOfName; // NameFolding::key -> line that defined it

    const QStringList lines = decoded.text.split(u'\n');
    bool firstDataLine = true;
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const int lineNumber = int(i + 1);
        const QString &line = lines.at(i);
        const QString trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        const QStringList fields = line.split(u'\t');
        if (firstDataLine && isHeader(fields)) {
            firstDataLine = false;
            continue;
        }
        firstDataLine = false;
        auto refuse = [&](const QString &message) { found.append(Diagnostic::error(fileForMessages, lineNumber, message)); };

        if (fields.size() < 2) {
            refuse(GazetteerText::tr("expected a name and a category separated by a tab; the line is skipped"));
            continue;
        }
        Entity entity;
        entity.name = NameFolding::tidy(fields.at(0));
        if (entity.name.isEmpty()) {
            refuse(GazetteerText::tr("the name is empty; the line is skipped"));
            continue;
        }
        if (entity.name.size() > MaxNameLength) {
            refuse(GazetteerText::tr("the name is longer than %1 characters; the line is skipped").arg(MaxNameLength));
            continue;
        }
        entity.category = EntityCategory::normalised(fields.at(1));
        if (entity.category.isEmpty()) {
            refuse(GazetteerText::tr("\"%1\" is not a category (letters, digits, spaces, '-' and '_' only); the line is skipped")
                       .arg(fields.at(1).trimmed()));
            continue;
        }
        const QString caseField = fields.value(2).trimmed().toLower();
        if (caseField == u"exact"_s) {
            entity.caseSensitivity = Qt::CaseSensitive;
        } else if (!caseField.isEmpty() && caseField != u"any"_s) {
            refuse(GazetteerText::tr("the case field must be \"exact\", \"any\" or empty, not \"%1\"; the line is skipped")
                       .arg(caseField));
            continue;
        }
        const QString key = NameFolding::key(entity.name);
        if (const auto earlier = lineOfName.constFind(key); earlier != lineOfName.cend()) {
            refuse(GazetteerText::tr("\"%1\" is already a name on line %2; the line is skipped").arg(entity.name).arg(*earlier));
            continue;
        }

        QSet<QString> ownKeys{key};
        for (qsizetype f = 3; f < fields.size(); ++f) {
            const QString alias = NameFolding::tidy(fields.at(f));
            if (alias.isEmpty())
                continue;
            const QString aliasKey = NameFolding::key(alias);
            if (ownKeys.contains(aliasKey))
                continue;
            if (alias.size() > MaxNameLength) {
                found.append(Diagnostic::warning(fileForMessages, lineNumber,
                    GazetteerText::tr("an alias is longer than %1 characters and is ignored").arg(MaxNameLength), int(f + 1)));
                continue;
            }
            if (const auto earlier = lineOfName.constFind(aliasKey); earlier != lineOfName.cend()) {
                found.append(Diagnostic::warning(fileForMessages, lineNumber,
                    GazetteerText::tr("the alias \"%1\" is already a name on line %2 and is ignored here")
                        .arg(alias)
                        .arg(*earlier),
                    int(f + 1)));
                continue;
            }
            ownKeys.insert(aliasKey);
            entity.aliases.append(alias);
        }
        for (const QString &ownKey : std::as_const(ownKeys))
            lineOfName.insert(ownKey, lineNumber);
        gazetteer.append(entity);
    }
    if (diagnostics)
        diagnostics->append(found);
    return gazetteer;
}

} // namespace Lectern::Models
