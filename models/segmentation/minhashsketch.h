// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>

#include <array>

namespace Lectern::Models {

/// One-permutation MinHash: each shingle hash lands in one of Bins bins by its
/// top bits and only the smallest value per bin is kept, so adding a shingle
/// is O(1) whatever the signature length. Empty bins borrow from the next
/// filled bin (rotation densification), which keeps estimates unbiased for
/// short texts.
class MinHashSketch final
{
public:
    static constexpr int Bins = 128;
    using Signature = QList<quint32>;

    MinHashSketch();

    void add(quint64 shingleHash);
    [[nodiscard]] bool isEmpty() const { return m_count == 0; }
    /// The densified signature; empty when nothing was added.
    [[nodiscard]] Signature signature() const;

    /// Estimated Jaccard similarity of the two shingle sets (0 when either is empty).
    [[nodiscard]] static double jaccard(const Signature &a, const Signature &b);

private:
    std::array<quint32, Bins> m_min;
    qsizetype m_count = 0;
};

} // namespace Lectern::Models
