// SPDX-License-Identifier: GPL-3.0-or-later
#include "reanchorer.h"

#include <QList>
#include <QLoggingCategory>

#include <algorithm>
#include <cmath>

namespace Lectern::Models {

namespace {
Q_LOGGING_CATEGORY(lcReanchor, "lectern.models.store", QtInfoMsg)

using Result = Reanchorer::Result;

/// Context beyond this many UTF-16 units either side is not compared: an
/// anchor from a file may carry any amount, Lectern's own carry
/// TextAnchor::ContextLength.
constexpr qsizetype maximumScoredContext = 8 * TextAnchor::ContextLength;

/// Character comparisons one re-anchoring may still spend (Options::fuzzyBudget).
class Budget final
{
public:
    explicit Budget(qint64 limit)
        : m_left(std::max<qint64>(0, limit))
    {
    }

    /// Spends @p cost when that much is left; otherwise spends nothing and
    /// remembers that a step had to be given up.
    bool spend(qint64 cost)
    {
        if (cost > m_left) {
            m_exhausted = true;
            return false;
        }
        m_left -= cost;
        m_spent += cost;
        return true;
    }

    [[nodiscard]] bool exhausted() const { return m_exhausted; }
    [[nodiscard]] qint64 spent() const { return m_spent; }

private:
    qint64 m_left;
    qint64 m_spent = 0;
    bool m_exhausted = false;
};

// Characters shared at the end of @p a and the end of @p b (how well the text
// before a candidate matches the stored prefix).
qsizetype commonSuffix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(a.size() - 1 - n) == b.at(b.size() - 1 - n))
        ++n;
    return n;
}

qsizetype commonPrefix(QStringView a, QStringView b)
{
    qsizetype n = 0;
    while (n < a.size() && n < b.size() && a.at(n) == b.at(n))
        ++n;
    return n;
}

QStringView before(QStringView text, qsizetype position, qsizetype length)
{
    const qsizetype from = std::max<qsizetype>(0, position - length);
    return text.mid(from, position - from);
}

QStringView after(QStringView text, qsizetype position, qsizetype length)
{
    return text.mid(position, std::min(length, text.size() - position));
}

// How well the context around [start, end) agrees with the anchor's, 0..1.
double contextScore(const TextAnchor &anchor, QStringView text, qsizetype start, qsizetype end)
{
    const qsizetype total = anchor.prefix.size() + anchor.suffix.size();
    if (total == 0)
        return 0.0;
    const qsizetype matched = commonSuffix(before(text, start, anchor.prefix.size()), anchor.prefix)
        + commonPrefix(after(text, end, anchor.suffix.size()), anchor.suffix);
    return double(matched) / double(total);
}

double nearness(qsizetype oldStart, qsizetype start, qsizetype textSize)
{
    return 1.0 - double(std::abs(start - oldStart)) / double(std::max<qsizetype>(1, textSize));
}

// Every place the quote is, scored by its context: with many places (a short
// quote in a repetitive text) the scoring is what the budget limits.
Result exactSearch(const TextAnchor &anchor, QStringView text, Budget &budget)
{
    Result best;
    double bestScore = -1.0;
    const qint64 cost = anchor.quote.size() + anchor.prefix.size() + anchor.suffix.size();
    for (qsizetype at = text.indexOf(anchor.quote); at >= 0; at = text.indexOf(anchor.quote, at + 1)) {
        if (!budget.spend(cost))
            return {};
        const qsizetype end = at + anchor.quote.size();
        // Context decides; nearness only breaks ties between equal contexts.
        const double score = contextScore(anchor, text, at, end) * 1000.0 + nearness(anchor.start, at, text.size());
        if (score > bestScore) {
            bestScore = score;
            best = {Reanchorer::Method::Exact, at, end, 1.0};
        }
    }
    return best;
}

struct Candidate {
    qsizetype start = -1;
    qsizetype end = -1;
    qsizetype distance = 0;
};

// Sellers' approximate substring search: for every end position in
// [from, to), the fewest edits turning the quote into a substring ending
// there, with that substring's start carried along. Returns every local best
// within @p maxDistance.
QList<Candidate> approximateMatches(QStringView quote, QStringView text, qsizetype from, qsizetype to, qsizetype maxDistance)
{
    const qsizetype m = quote.size();
    QList<qsizetype> cost(m + 1);
    QList<qsizetype> origin(m + 1);
    QList<qsizetype> prevCost(m + 1);
    QList<qsizetype> prevOrigin(m + 1);
    for (qsizetype i = 0; i <= m; ++i) {
        prevCost[i] = i;
        prevOrigin[i] = from;
    }
    QList<Candidate> found;
    for (qsizetype j = from; j < to; ++j) {
        cost[0] = 0;
        origin[0] = j + 1;
        const QChar c = text.at(j);
        for (qsizetype i = 1; i <= m; ++i) {
            qsizetype best = prevCost[i - 1] + (quote.at(i - 1) == c ? 0 : 1);
            qsizetype bestOrigin = prevOrigin[i - 1];
            if (prevCost[i] + 1 < best) { // skip a text character
                best = prevCost[i] + 1;
                bestOrigin = prevOrigin[i];
            }
            if (cost[i - 1] + 1 < best) { // skip a quote character
                best = cost[i - 1] + 1;
                bestOrigin = origin[i - 1];
            }
            cost[i] = best;
            origin[i] = bestOrigin;
        }
        if (cost[m] <= maxDistance) {
            const Candidate here{origin[m], j + 1, cost[m]};
            if (!found.isEmpty() && found.last().end == j && found.last().distance >= here.distance)
                found.last() = here; // still improving along one run: keep the better end
            else if (found.isEmpty() || found.last().end != j)
                found.append(here);
        }
        std::swap(cost, prevCost);
        std::swap(origin, prevOrigin);
    }
    return found;
}

// How much of the stored context surrounds [start, end) now, tolerating edits, 0..1.
double fuzzyContext(const TextAnchor &anchor, QStringView text, qsizetype start, qsizetype end, double *weight)
{
    *weight = double(anchor.prefix.size() + anchor.suffix.size());
    if (*weight == 0.0)
        return 0.0;
    const double prefix = Reanchorer::similarity(before(text, start, anchor.prefix.size()), anchor.prefix);
    const double suffix = Reanchorer::similarity(after(text, end, anchor.suffix.size()), anchor.suffix);
    return (prefix * double(anchor.prefix.size()) + suffix * double(anchor.suffix.size())) / *weight;
}

// A candidate must resemble the quote, and the quote with its context must
// resemble the candidate with its surroundings: a similar sentence elsewhere
// in the text, with other words around it, is not the passage.
// The pass costs quote × span comparisons, and each candidate's context its
// own: all of it is spent from the budget first, and a pass the budget cannot
// pay for is not started (or, for the candidates, not finished).
Result fuzzySearch(const TextAnchor &anchor, QStringView text, qsizetype from, qsizetype to, double minimumSimilarity,
                   Budget &budget)
{
    const qsizetype m = anchor.quote.size();
    if (!budget.spend(qint64(m) * qint64(to - from)))
        return {};
    const auto maxDistance = qsizetype(std::floor(double(m) * (1.0 - minimumSimilarity)));
    const qint64 contextCost = qint64(anchor.prefix.size()) * anchor.prefix.size() + qint64(anchor.suffix.size()) * anchor.suffix.size();
    Result best;
    double bestScore = -1.0;
    for (const Candidate &c : approximateMatches(anchor.quote, text, from, to, maxDistance)) {
        const double quoteSimilarity = 1.0 - double(c.distance) / double(std::max(m, c.end - c.start));
        if (quoteSimilarity < minimumSimilarity)
            continue;
        if (!budget.spend(contextCost))
            return {};
        double contextWeight = 0.0;
        const double context = fuzzyContext(anchor, text, c.start, c.end, &contextWeight);
        const double combined = (quoteSimilarity * double(m) + context * contextWeight) / (double(m) + contextWeight);
        if (combined < minimumSimilarity)
            continue;
        const double score = combined + 0.001 * nearness(anchor.start, c.start, text.size());
        if (score > bestScore) {
            bestScore = score;
            best = {Reanchorer::Method::Fuzzy, c.start, c.end, quoteSimilarity};
        }
    }
    return best;
}
} // namespace

TextAnchor Reanchorer::capture(QStringView text, qsizetype start, qsizetype end)
{
    start = std::clamp<qsizetype>(start, 0, text.size());
    end = std::clamp<qsizetype>(end, start, text.size());
    TextAnchor anchor;
    anchor.start = start;
    anchor.end = end;
    anchor.quote = text.mid(start, end - start).toString();
    // Never cut a surrogate pair in half at the context's outer edges.
    qsizetype prefixFrom = std::max<qsizetype>(0, start - TextAnchor::ContextLength);
    if (prefixFrom > 0 && text.at(prefixFrom).isLowSurrogate())
        ++prefixFrom;
    qsizetype suffixTo = std::min(text.size(), end + TextAnchor::ContextLength);
    if (suffixTo < text.size() && text.at(suffixTo).isLowSurrogate())
        --suffixTo;
    anchor.prefix = text.mid(prefixFrom, start - prefixFrom).toString();
    anchor.suffix = text.mid(end, suffixTo - end).toString();
    return anchor;
}

Reanchorer::Result Reanchorer::reanchor(const TextAnchor &anchor, QStringView text)
{
    return reanchor(anchor, text, Options{});
}

Reanchorer::Result Reanchorer::reanchor(const TextAnchor &anchor, QStringView text, const Options &options)
{
    if (anchor.quote.isEmpty())
        return {};
    if (anchor.start >= 0 && anchor.start + anchor.quote.size() <= text.size()
        && text.mid(anchor.start, anchor.quote.size()) == anchor.quote)
        return {Method::Unchanged, anchor.start, anchor.start + anchor.quote.size(), 1.0};

    TextAnchor scored = anchor;
    scored.prefix = anchor.prefix.right(maximumScoredContext);
    scored.suffix = anchor.suffix.left(maximumScoredContext);
    Budget budget(options.fuzzyBudget);
    const auto finish = [&budget](Result result, Limit limit = Limit::None) {
        result.limit = budget.exhausted() ? Limit::BudgetSpent : limit;
        result.work = budget.spent();
        return result;
    };
    if (Result exact = exactSearch(scored, text, budget); exact.found() || budget.exhausted())
        return finish(exact);
    const qsizetype m = anchor.quote.size();
    if (m > options.maximumFuzzyQuoteLength) {
        qCDebug(lcReanchor) << "a quote of" << m << "characters is too long to look for approximately";
        return finish({}, Limit::QuoteTooLong);
    }
    const qsizetype center = std::clamp<qsizetype>(anchor.start, 0, text.size());
    const qsizetype from = std::max<qsizetype>(0, center - options.searchWindow);
    const qsizetype to = std::min(text.size(), center + m + options.searchWindow);
    if (Result nearby = fuzzySearch(scored, text, from, to, options.minimumSimilarity, budget); nearby.found())
        return finish(nearby);
    if (from > 0 || to < text.size()) {
        if (Result anywhere = fuzzySearch(scored, text, 0, text.size(), options.minimumSimilarity, budget); anywhere.found())
            return finish(anywhere);
    }
    qCDebug(lcReanchor) << "no place found for a quote of" << m << "characters" << (budget.exhausted() ? "within the budget" : "");
    return finish({});
}

double Reanchorer::similarity(QStringView a, QStringView b)
{
    if (a.isEmpty() && b.isEmpty())
        return 1.0;
    QList<qsizetype> previous(b.size() + 1);
    QList<qsizetype> current(b.size() + 1);
    for (qsizetype j = 0; j <= b.size(); ++j)
        previous[j] = j;
    for (qsizetype i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (qsizetype j = 1; j <= b.size(); ++j)
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a.at(i - 1) == b.at(j - 1) ? 0 : 1)});
        std::swap(previous, current);
    }
    return 1.0 - double(previous[b.size()]) / double(std::max(a.size(), b.size()));
}

} // namespace Lectern::Models
