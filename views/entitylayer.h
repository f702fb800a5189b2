// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "entitymatcher.h"
#include "gazetteer.h"
#include "readerlayer.h"

#include <QHash>

#include <memory>

namespace KSyntaxHighlighting {
class Theme;
}

namespace Lectern::Views {

class ReaderView;

/// Entity mentions in the reader, a colour per category from the active
/// KSyntaxHighlighting theme; suggested entities (names the bundle repeats
/// that no gazetteer has yet) in a lighter style, a dotted underline only,
/// until the user accepts or rejects them. Matches only the blocks the decorator asks
/// for, that is what is on screen: nothing is computed for the rest of a
/// long document.
class EntityLayer final : public ReaderLayer
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(EntityLayer)

public:
    explicit EntityLayer(const ReaderView *reader, QObject *parent = nullptr);

    void setEntities(const Models::Gazetteer &gazetteer, std::shared_ptr<const Models::EntityMatcher> matcher);
    /// The suggestions to show lighter: one entity per suggestion, in the order of the panel.
    void setSuggestions(const Models::Gazetteer &suggestions, std::shared_ptr<const Models::EntityMatcher> matcher);
    /// The suggestion mentioned at UTF-16 position @p position (its index), or -1.
    [[nodiscard]] qsizetype suggestionAt(int position) const;
    /// The gazetteer's entity mentioned at @p position (its index), or -1.
    [[nodiscard]] qsizetype entityAt(int position) const;
    [[nodiscard]] const Models::Gazetteer &entities() const { return m_gazetteer; }
    [[nodiscard]] const Models::Gazetteer &suggestions() const { return m_suggestions; }
    void setTheme(const KSyntaxHighlighting::Theme &theme);
    /// The colour a category is shown in (for legends and the panel).
    [[nodiscard]] QColor colour(const QString &category) const;

    void collect(int from, int to, QList<ReaderSpan> &spans) const override;

private:
    [[nodiscard]] static qsizetype mentionAt(const QString &text, const Models::EntityMatcher *matcher, int position);

    const ReaderView *m_reader;
    Models::Gazetteer m_gazetteer;
    std::shared_ptr<const Models::EntityMatcher> m_matcher;
    QHash<QString, QTextCharFormat> m_formats;
    QTextCharFormat m_other;
    Models::Gazetteer m_suggestions;
    std::shared_ptr<const Models::EntityMatcher> m_suggestionMatcher;
    QHash<QString, QTextCharFormat> m_suggestionFormats;
    QTextCharFormat m_otherSuggestion;
};

} // namespace Lectern::Views
