// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityjson.h"

#include <QJsonArray>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

QJsonObject EntityJson::entity(const Entity &entity, const EntityStatistics &statistics)
{
    QJsonArray mentions;
    for (const IndexedMention &mention : statistics.mentions) {
        mentions.append(QJsonObject{{u"document"_s, mention.document}, {u"start"_s, double(mention.codePointStart)},
            {u"end"_s, double(mention.codePointEnd)}});
    }
    return {{u"name"_s, entity.name}, {u"category"_s, entity.category}, {u"aliases"_s, QJsonArray::fromStringList(entity.aliases)},
        {u"caseSensitive"_s, entity.caseSensitivity == Qt::CaseSensitive}, {u"mentionCount"_s, double(statistics.mentionCount)},
        {u"documentCount"_s, double(statistics.documents.size())}, {u"documents"_s, QJsonArray::fromStringList(statistics.documents)},
        {u"mentions"_s, mentions}};
}

QJsonObject EntityJson::suggestion(const EntitySuggestion &suggestion, qsizetype rank)
{
    return {{u"rank"_s, double(rank)}, {u"text"_s, suggestion.text}, {u"category"_s, suggestion.category},
        {u"mentionCount"_s, double(suggestion.mentionCount)}, {u"documentCount"_s, double(suggestion.documentCount)},
        {u"score"_s, std::round(suggestion.score * 1000.0) / 1000.0}};
}

QJsonObject EntityJson::report(const Gazetteer &gazetteer, const EntityIndex &index, const EntitySuggestions *suggestions)
{
    QJsonArray entities;
    const EntityStatistics none;
    for (qsizetype i = 0; i < gazetteer.size(); ++i)
        entities.append(entity(gazetteer.at(i), i < index.entityCount() ? index.entity(i) : none));

    // Pairs by paragraphs shared, most first, then by names for a stable order.
    struct Pair {
        qsizetype a;
        qsizetype b;
        qsizetype paragraphs;
    };
    QList<Pair> pairs;
    const auto &all = index.cooccurrencePairs();
    for (auto it = all.cbegin(); it != all.cend(); ++it) {
        if (it.key().first < gazetteer.size() && it.key().second < gazetteer.size())
            pairs.append({it.key().first, it.key().second, it.value()});
    }
    std::sort(pairs.begin(), pairs.end(), [](const Pair &x, const Pair &y) {
        return x.paragraphs != y.paragraphs ? x.paragraphs > y.paragraphs : (x.a != y.a ? x.a < y.a : x.b < y.b);
    });
    QJsonArray cooccurrences;
    for (const Pair &pair : std::as_const(pairs)) {
        cooccurrences.append(QJsonObject{{u"entities"_s, QJsonArray{gazetteer.at(pair.a).name, gazetteer.at(pair.b).name}},
            {u"paragraphs"_s, double(pair.paragraphs)}});
    }

    QJsonObject object{{u"documents"_s, QJsonArray::fromStringList(index.documents())}, {u"entities"_s, entities},
        {u"cooccurrences"_s, cooccurrences}};
    if (suggestions) {
        QJsonArray ranked;
        for (qsizetype i = 0; i < suggestions->size(); ++i)
            ranked.append(suggestion(suggestions->at(i), i + 1));
        object.insert(u"suggestions"_s, ranked);
    }
    return object;
}

} // namespace Lectern::Models
