// SPDX-License-Identifier: GPL-3.0-or-later
#include "suggestiondecisions.h"

#include "entitycategory.h"
#include "namefolding.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

void SuggestionDecisions::accept(const QString &text, const QString &category)
{
    m_decisions.insert(NameFolding::key(text), {NameFolding::tidy(text), Decision::Accepted, EntityCategory::normalised(category)});
}

void SuggestionDecisions::reject(const QString &text)
{
    m_decisions.insert(NameFolding::key(text), {NameFolding::tidy(text), Decision::Rejected, {}});
}

void SuggestionDecisions::forget(const QString &text)
{
    m_decisions.remove(NameFolding::key(text));
}

SuggestionDecisions::Decision SuggestionDecisions::decision(QStringView text) const
{
    const auto it = m_decisions.constFind(NameFolding::key(text));
    return it == m_decisions.cend() ? Decision::Undecided : it->decision;
}

QString SuggestionDecisions::acceptedCategory(QStringView text) const
{
    const auto it = m_decisions.constFind(NameFolding::key(text));
    return it != m_decisions.cend() && it->decision == Decision::Accepted ? it->category : QString();
}

QJsonObject SuggestionDecisions::toJson() const
{
    QJsonObject accepted;
    QStringList rejected;
    for (const Entry &entry : m_decisions) {
        if (entry.decision == Decision::Accepted)
            accepted.insert(entry.text, entry.category);
        else if (entry.decision == Decision::Rejected)
            rejected.append(entry.text);
    }
    rejected.sort();
    return {{u"accepted"_s, accepted}, {u"rejected"_s, QJsonArray::fromStringList(rejected)}};
}

SuggestionDecisions SuggestionDecisions::fromJson(const QJsonObject &object)
{
    SuggestionDecisions decisions;
    const QJsonObject accepted = object.value(u"accepted"_s).toObject();
    for (auto it = accepted.begin(); it != accepted.end(); ++it)
        decisions.accept(it.key(), it.value().toString());
    for (const QJsonValue &value : object.value(u"rejected"_s).toArray())
        decisions.reject(value.toString());
    return decisions;
}

} // namespace Lectern::Models
