// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QHash>
#include <QJsonObject>
#include <QMetaType>
#include <QString>

namespace Lectern::Models {

/// What the user decided about a bundle's suggestions: accepted (with the
/// category chosen) or rejected. Keyed by NameFolding::key, so "Kansas" and
/// "KANSAS" are one decision. In memory; the store persists it per bundle.
class SuggestionDecisions final
{
public:
    enum class Decision { Undecided, Accepted, Rejected };

    void accept(const QString &text, const QString &category);
    void reject(const QString &text);
    /// Back to undecided.
    void forget(const QString &text);

    [[nodiscard]] Decision decision(QStringView text) const;
    [[nodiscard]] bool isRejected(QStringView text) const { return decision(text) == Decision::Rejected; }
    /// The category chosen on acceptance; empty when not accepted.
    [[nodiscard]] QString acceptedCategory(QStringView text) const;
    [[nodiscard]] qsizetype size() const { return m_decisions.size(); }

    /// {"accepted": {"text": "category", ...}, "rejected": ["text", ...]}, texts as the user saw them.
    [[nodiscard]] QJsonObject toJson() const;
    [[nodiscard]] static SuggestionDecisions fromJson(const QJsonObject &object);

    friend bool operator==(const SuggestionDecisions &, const SuggestionDecisions &) = default;

private:
    struct Entry {
        QString text;
        Decision decision = Decision::Undecided;
        QString category;
        friend bool operator==(const Entry &, const Entry &) = default;
    };
    QHash<QString, Entry> m_decisions;
};

} // namespace Lectern::Models
