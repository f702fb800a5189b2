// SPDX-License-Identifier: GPL-3.0-or-later
#include "newscorpus.h"

#include "entitycategory.h"
#include "gazetteeredits.h"

#include <QSet>

#include <cmath>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

const QStringList &syllables()
{
    static const QStringList list{u"ka"_s, u"ro"_s, u"vel"_s, u"tan"_s, u"mi"_s, u"sor"_s, u"lu"_s, u"den"_s, u"ha"_s,
        u"bri"_s, u"osk"_s, u"na"_s, u"ter"_s, u"qua"_s, u"zel"_s, u"por"_s, u"ith"_s, u"gar"_s, u"wen"_s, u"fa"_s, u"mor"_s,
        u"sil"_s, u"ek"_s, u"dra"_s, u"ul"_s, u"chen"_s, u"ba"_s, u"rin"_s, u"tos"_s, u"ve"_s};
    return list;
}

const QStringList &commonWords()
{
    static const QStringList list = u"the of and to in a that for is on with as was by at from it said its has have be "
                                    "are will an this which after but would their more new year than about could been "
                                    "market plant company government investment battery production shares growth demand "
                                    "supply prices analysts officials report week month quarter expected plans first last "
                                    "while into over under between against during including million billion percent "
                                    "people business energy storage capacity factory customers sales profit costs deal "
                                    "agreement talks minister executive chief board state local national power grid data "
                                    "centre cells lines workers jobs region city county border trade tariffs exports imports "
                                    "announced confirmed told reporters statement spokesperson according earlier later "
                                    "also still only however already since before through across"_s.split(u' ');
    return list;
}

QString capitalised(QString word)
{
    if (!word.isEmpty())
        word[0] = word[0].toUpper();
    return word;
}

} // namespace

NewsCorpus::NewsCorpus(quint32 seed)
    : m_random(seed)
{
}

QString NewsCorpus::invented(int syllableCount)
{
    QString word;
    for (int i = 0; i < syllableCount; ++i)
        word += syllables().at(uniform(int(syllables().size())));
    return capitalised(word);
}

Gazetteer NewsCorpus::gazetteer(int entityCount)
{
    static const QStringList orgSuffixes{u"Industries"_s, u"Energy"_s, u"Power"_s, u"Holdings"_s, u"Group"_s,
        u"Securities"_s, u"Research"_s, u"Motors"_s, u"Systems"_s, u"Bank"_s};
    static const QStringList placePrefixes{u"Port"_s, u"New"_s, u"Lake"_s, u"San"_s, u"North"_s, u"Mount"_s};
    Gazetteer gazetteer;
    m_names.clear();
    QSet<QString> used;
    auto fresh = [&](const QString &name) { return !used.contains(name.toLower()); };
    while (gazetteer.size() < entityCount) {
        Entity entity;
        const int kind = uniform(10);
        if (kind < 4) { // organisation; every other one also listed with a suffix, which extends it
            const QString base = invented(2 + uniform(2));
            entity.name = base;
            entity.category = EntityCategory::Organisation;
            if (uniform(4) == 0) {
                QString acronym;
                for (int i = 0; i < 3; ++i)
                    acronym += QChar(u'A' + uniform(26));
                if (fresh(acronym))
                    entity.aliases.append(acronym);
            }
            if (uniform(2) == 0 && fresh(base + u' ' + orgSuffixes.first())) {
                Entity longer;
                longer.name = base + u' ' + orgSuffixes.at(uniform(int(orgSuffixes.size())));
                longer.category = EntityCategory::Organisation;
                if (fresh(longer.name) && fresh(base) && GazetteerEdits::add(gazetteer, longer)) {
                    used.insert(longer.name.toLower());
                    m_names.append(longer.name);
                }
            }
        } else if (kind < 7) {
            entity.name = invented(2) + u' ' + invented(2 + uniform(2));
            entity.category = EntityCategory::Person;
        } else if (kind < 9) {
            entity.name = uniform(3) == 0 ? placePrefixes.at(uniform(int(placePrefixes.size()))) + u' ' + invented(2) : invented(3);
            entity.category = EntityCategory::Place;
        } else {
            entity.name = invented(2) + u' ' + QString::number(2 + uniform(30));
            entity.category = EntityCategory::Product;
        }
        if (!fresh(entity.name))
            continue;
        // Acronyms must match as written; everything else in any case.
        if (!entity.aliases.isEmpty())
            entity.caseSensitivity = Qt::CaseSensitive;
        if (!GazetteerEdits::add(gazetteer, entity))
            continue;
        for (const QString &name : entity.names()) {
            used.insert(name.toLower());
            m_names.append(name);
        }
    }
    while (gazetteer.size() > entityCount)
        gazetteer.removeAt(gazetteer.size() - 1);
    return gazetteer;
}

QString NewsCorpus::text(qint64 bytes, int bytesPerMention)
{
    QString text;
    text.reserve(qsizetype(bytes + bytes / 50));
    const QStringList &words = commonWords();
    qint64 bytesSinceMention = 0;
    int sentencesInParagraph = 0;
    while (text.size() < bytes) { // ASCII apart from a few characters: units are about bytes
        const int length = 8 + uniform(14);
        for (int w = 0; w < length; ++w) {
            QString word;
            const int roll = uniform(1000);
            if (bytesSinceMention >= bytesPerMention - 8 + uniform(16) && !m_names.isEmpty()) {
                // Popular names come up far more often than the rest, as in news.
                const auto index = qsizetype(std::pow(double(uniform(1 << 20)) / double(1 << 20), 3.0) * double(m_names.size()));
                word = m_names.at(index);
                bytesSinceMention = 0;
            } else if (roll < 8 && !m_names.isEmpty()) { // near miss: a name inside a longer word
                word = m_names.at(uniform(int(m_names.size()))).section(u' ', 0, 0) + u"ian"_s;
            } else if (roll < 20) {
                word = invented(2 + uniform(2)); // a capitalised word that is nobody
            } else if (roll < 26) {
                word = QString::number(100 + uniform(900)) + u"\u00A0billion yen"_s;
            } else if (roll < 32) {
                word = words.at(uniform(int(words.size()))) + u"\u2019s"_s;
            } else {
                word = words.at(uniform(int(words.size())));
            }
            if (w == 0)
                word = capitalised(word);
            text += word;
            bytesSinceMention += word.size() + 1;
            if (w + 1 == length)
                text += u'.';
            else if (uniform(12) == 0)
                text += u',';
            text += u' ';
        }
        text.chop(1);
        if (++sentencesInParagraph >= 4 + uniform(4)) {
            text += u"\n\n"_s;
            sentencesInParagraph = 0;
        } else {
            text += u' ';
        }
    }
    return text;
}
