// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <QString>

#include <random>

/// Generated benchmark material: a gazetteer of invented organisations,
/// people, places and products (with aliases, exact-case acronyms and names
/// that extend other names), and news-like English prose that names them
/// about once per `bytesPerMention` bytes, with near misses (a name inside a
/// longer word, a name in other case) and typographic apostrophes and
/// no-break spaces between the names. Deterministic for a given seed.
class NewsCorpus final
{
public:
    explicit NewsCorpus(quint32 seed);

    [[nodiscard]] Lectern::Models::Gazetteer gazetteer(int entityCount);
    /// At least `bytes` bytes of UTF-8 once encoded; ends at a paragraph end.
    [[nodiscard]] QString text(qint64 bytes, int bytesPerMention = 80);

private:
    [[nodiscard]] QString invented(int syllables);
    [[nodiscard]] int uniform(int bound) { return int(m_random() % quint32(bound)); }

    std::mt19937 m_random;
    QStringList m_names; ///< every name of the last gazetteer, in the case written
};
