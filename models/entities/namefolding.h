// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// The one definition of which texts count as "the same name": what the
/// matcher folds on the fly and what the gazetteer compares names by.
/// Whitespace of any kind (NO-BREAK SPACE included) is one space, curly
/// apostrophes and quotes are straight ones, U+2010/U+2011 are '-', soft
/// hyphens and zero-width characters vanish, and, unless case matters, code
/// units are case-folded (simple folding: "ß" does not become "ss").
class NameFolding final
{
public:
    /// What one UTF-16 code unit becomes.
    enum class Kind : quint8 { Ordinary, Space, LineBreak, Ignorable };

    [[nodiscard]] static Kind kind(char16_t unit);
    /// The unit with punctuation variants unified (and case-folded when `fold`).
    /// Only meaningful for Kind::Ordinary.
    [[nodiscard]] static char16_t unify(char16_t unit, bool fold);

    /// The name as it is written to files: whitespace runs collapsed, ends trimmed,
    /// ignorable characters removed; case and punctuation kept.
    [[nodiscard]] static QString tidy(QStringView name);
    /// The comparison key: tidy, then punctuation unified and case folded.
    [[nodiscard]] static QString key(QStringView name);
    /// Like key() but keeps case: what a case-sensitive name must equal.
    [[nodiscard]] static QString exactKey(QStringView name);

    /// A letter, digit, combining mark or '_': the characters a word is made of.
    [[nodiscard]] static bool isWordCharacter(char32_t codePoint);
};

} // namespace Lectern::Models
