// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textanchor.h"

#include <QStringView>

namespace Lectern::Models {

/// Finds an annotation's passage again in a document's changed text. Pure
/// functions: text in, position out, any thread.
///
/// The rule (docs/store.md): (1) the quote still at its old position; (2) the
/// quote found exactly elsewhere, the candidate chosen by how much of the
/// prefix and suffix match, then by nearness to the old position; (3) the
/// best approximate match of the quote (edit distance) where both the quote
/// alone and the quote with its prefix and suffix are at least
/// minimumSimilarity alike; (4) orphaned.
class Reanchorer final
{
public:
    Reanchorer() = delete;

    enum class Method { Unchanged, Exact, Fuzzy, Orphaned };
    /// What cut a search short: the quote too long to look for approximately,
    /// or the work budget spent before the rule was done.
    enum class Limit { None, QuoteTooLong, BudgetSpent };

    struct Result {
        Method method = Method::Orphaned;
        qsizetype start = -1; ///< UTF-16, -1 when orphaned
        qsizetype end = -1;
        double similarity = 0.0; ///< of the quote, 1.0 for exact matches
        Limit limit = Limit::None; ///< set when a step of the rule was skipped or stopped for a limit
        qint64 work = 0;           ///< character comparisons spent on repeated and approximate matches
        [[nodiscard]] bool found() const { return method != Method::Orphaned; }
    };

    struct Options {
        double minimumSimilarity = 0.75;
        /// Fuzzy search looks this far either side of the old position first,
        /// then in the whole text when that finds nothing good enough.
        qsizetype searchWindow = 4000;
        /// Quotes longer than this (UTF-16 units) are looked for exactly only.
        qsizetype maximumFuzzyQuoteLength = 10'000;
        /// Character comparisons one re-anchoring may spend on scoring repeated
        /// matches and on approximate search (both passes together); a pass
        /// that would spend more is skipped, and the result says so.
        qint64 fuzzyBudget = 200'000'000;
    };

    /// The anchor for [start, end) of @p text, with ContextLength units of context.
    [[nodiscard]] static TextAnchor capture(QStringView text, qsizetype start, qsizetype end);
    [[nodiscard]] static Result reanchor(const TextAnchor &anchor, QStringView text);
    [[nodiscard]] static Result reanchor(const TextAnchor &anchor, QStringView text, const Options &options);
    /// 1 − edit distance / length of the longer string; 1.0 for two empty strings.
    [[nodiscard]] static double similarity(QStringView a, QStringView b);
};

} // namespace Lectern::Models
