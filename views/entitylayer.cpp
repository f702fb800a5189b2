// SPDX-License-Identifier: GPL-3.0-or-later
#include "entitylayer.h"

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

void EntityLayer::setTheme(const Theme &theme)
{
    // Each category borrows the colour of one of the theme's syntax styles,
    // as a tint behind the text so the text keeps the theme's contrast.
    const QList<std::pair<QString, Theme::TextStyle>> styles{
        {EntityCategory::Organisation, Theme::Keyword}, {EntityCategory::Person, Theme::Function},
        {EntityCategory::Place, Theme::DataType},       {EntityCategory::Money, Theme::DecVal},
        {EntityCategory::Period, Theme::String},        {EntityCategory::Product, Theme::Import},
    };
    const bool dark = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor)).lightness() < 128;
    auto formatFor = [&](Theme::TextStyle style) {
        QColor tint = QColor::fromRgba(theme.textColor(style));
        tint.setAlpha(dark ? 90 : 60);
        QTextCharFormat format;
        format.setBackground(tint);
        format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        format.setUnderlineColor(QColor::fromRgba(theme.textColor(style)));
        return format;
    };
    m_formats.clear();
    for (const auto &[category, style] : styles)
        m_formats.insert(category, formatFor(style));
    m_other = formatFor(Theme::Attribute);
    Q_EMIT changed();
}

QColor EntityLayer::colour(const QString &category) const
{
    return m_formats.value(category, m_other).underlineColor();
}

void EntityLayer::collect(int from, int to, QList<ReaderSpan> &spans) const
{
    if (!m_matcher || m_gazetteer.isEmpty())
        return;
    const QString &text = m_reader->text();
    const qsizetype end = std::min<qsizetype>(to, text.size());
    if (from >= end)
        return;
    // A block is a line: names never run across one, so the block's text is all the matcher needs.
    const QStringView slice = QStringView(text).sliced(from, end - from);
    for (const Models::EntityMention &mention : m_matcher->match(slice)) {
        const QString &category = m_gazetteer.at(mention.entity).category;
        spans.append({int(from + mention.start), int(from + mention.end), m_formats.value(category, m_other)});
    }
}

} // namespace Lectern::Views
