// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylayer.h"

#include <cstdlib>

#include "entitycategory.h"
#include "readerview.h"

#include <KSyntaxHighlighting/Theme>

namespace Lectern::Views {

using KSyntaxHighlighting::Theme;
using Models::EntityCategory;

EntityLayer::EntityLayer(const ReaderView *reader, QObject *parent)
    : ReaderLayer(parent)
    , m_reader(reader)
{
}

void EntityLayer::setEntities(const Models::Gazetteer &gazetteer, std::shared_ptr<const Models::EntityMatcher> matcher)
{
    m_gazetteer = gazetteer;
    m_matcher = std::move(matcher);
    Q_EMIT changed();
}

void EntityLayer::setSuggestions(const Models::Gazetteer &suggestions, std::shared_ptr<const Models::EntityMatcher> matcher)
{
    m_suggestions = suggestions;
    m_suggestionMatcher = std::move(matcher);
    Q_EMIT changed();
}

qsizetype EntityLayer::suggestionAt(int position) const
{
    return m_suggestions.isEmpty() ? -1 : mentionAt(m_reader->text(), m_suggestionMatcher.get(), position);
}

qsizetype EntityLayer::entityAt(int position) const
{
    return m_gazetteer.isEmpty() ? -1 : mentionAt(m_reader->text(), m_matcher.get(), position);
}

qsizetype EntityLayer::mentionAt(const QString &text, const Models::EntityMatcher *matcher, int position)
{
    if (!matcher || position < 0 || position >= text.size())
        return -1;
    // Names never run across a line: match the line the position is on.
    const qsizetype lineStart = text.lastIndexOf(u'\n', std::max(0, position - 1)) + 1;
    qsizetype lineEnd = text.indexOf(u'\n', position);
    if (lineEnd < 0)
        lineEnd = text.size();
    const QStringView line = QStringView(text).sliced(lineStart, lineEnd - lineStart);
    for (const Models::EntityMention &mention : matcher->match(line)) {
        if (lineStart + mention.start <= position && position < lineStart + mention.end)
            return mention.entity;
    }
    return -1;
}

void EntityLayer::setTheme(const Theme &theme)
{
    // Each category borrows the colour of one of the theme's syntax styles,
    // as a tint behind the text so the text keeps the theme's contrast.
    // The first style of each list whose colour stands apart from the text
    // wins: some themes draw keywords in the text colour itself.
    const QList<std::pair<QString, QList<Theme::TextStyle>>> styles{
        {EntityCategory::Organisation, {Theme::Keyword, Theme::ControlFlow, Theme::BuiltIn, Theme::Extension}},
        {EntityCategory::Person, {Theme::Function, Theme::SpecialChar, Theme::Annotation}},
        {EntityCategory::Place, {Theme::DataType, Theme::Variable, Theme::Constant}},
        {EntityCategory::Money, {Theme::DecVal, Theme::Float, Theme::BaseN}},
        {EntityCategory::Period, {Theme::String, Theme::VerbatimString, Theme::Char}},
        {EntityCategory::Product, {Theme::Import, Theme::Preprocessor, Theme::Information}},
    };
    const bool dark = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)).lightness() < 128;
    const QColor text = QColor::fromRgba(theme.textColor(Theme::Normal));
    const auto distinct = [&text](const QColor &colour) {
        const int distance = std::abs(colour.red() - text.red()) + std::abs(colour.green() - text.green())
            + std::abs(colour.blue() - text.blue());
        return colour.hslSaturation() > 60 && distance > 90;
    };
    auto formatFor = [&](const QList<Theme::TextStyle> &candidates) {
        QColor colour = QColor::fromRgba(theme.textColor(candidates.constFirst()));
        for (const Theme::TextStyle style : candidates) {
            const QColor candidate = QColor::fromRgba(theme.textColor(style));
            if (distinct(candidate)) {
                colour = candidate;
                break;
            }
        }
        QColor tint = colour;
        tint.setAlpha(dark ? 90 : 60);
        QTextCharFormat format;
        format.setBackground(tint);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(colour);
        return format;
    };
    // A suggestion: the category's colour as a dotted underline, no tint.
    const auto lighter = [](const QTextCharFormat &entity) {
        QTextCharFormat format;
        format.setUnderlineStyle(QTextCharFormat::DotLine);
        format.setUnderlineColor(entity.underlineColor());
        return format;
    };
    m_formats.clear();
    m_suggestionFormats.clear();
    for (const auto &[category, candidates] : styles) {
        m_formats.insert(category, formatFor(candidates));
        m_suggestionFormats.insert(category, lighter(m_formats.value(category)));
    }
    m_other = formatFor({Theme::Attribute, Theme::Alert, Theme::Warning});
    m_otherSuggestion = lighter(m_other);
    Q_EMIT changed();
}

QColor EntityLayer::colour(const QString &category) const
{
    return m_formats.value(category, m_other).underlineColor();
}

void EntityLayer::collect(int from, int to, QList<ReaderSpan> &spans) const
{
    const QString &text = m_reader->text();
    const qsizetype end = std::min<qsizetype>(to, text.size());
    if (from >= end)
        return;
    // A block is a line: names never run across one, so the block's text is all the matcher needs.
    const QStringView slice = QStringView(text).sliced(from, end - from);
    const qsizetype first = spans.size();
    if (m_matcher && !m_gazetteer.isEmpty()) {
        for (const Models::EntityMention &mention : m_matcher->match(slice)) {
            const QString &category = m_gazetteer.at(mention.entity).category;
            spans.append({int(from + mention.start), int(from + mention.end), m_formats.value(category, m_other)});
        }
    }
    if (!m_suggestionMatcher || m_suggestions.isEmpty())
        return;
    const qsizetype entities = spans.size();
    for (const Models::EntityMention &mention : m_suggestionMatcher->match(slice)) {
        const int start = int(from + mention.start);
        const int stop = int(from + mention.end);
        // A name the gazetteer already has wins over a suggestion on the same words.
        bool covered = false;
        for (qsizetype i = first; i < entities && !covered; ++i)
            covered = spans.at(i).start < stop && start < spans.at(i).end;
        if (!covered)
            spans.append({start, stop, m_suggestionFormats.value(m_suggestions.at(mention.entity).category, m_otherSuggestion)});
    }
}

} // namespace Lectern::Views
