// SPDX-License-Identifier: GPL-3.0-or-later
#include "minhashsketch.h"

namespace Lectern::Models {

namespace {
constexpr quint32 Empty = 0xffffffffU;
constexpr quint32 RotationStep = 0x9e3779b1U;
static_assert(MinHashSketch::Bins == 128, "the bin index takes the top 7 bits");
}

MinHashSketch::MinHashSketch()
{
    m_min.fill(Empty);
}

void MinHashSketch::add(quint64 shingleHash)
{
    const auto bin = size_t(shingleHash >> 57);
    quint32 value = quint32(shingleHash);
    if (value == Empty)
        value = Empty - 1;
    if (value < m_min[bin])
        m_min[bin] = value;
    ++m_count;
}

MinHashSketch::Signature MinHashSketch::signature() const
{
    if (m_count == 0)
        return {};
    Signature signature(Bins);
    for (int bin = 0; bin < Bins; ++bin) {
        if (m_min[size_t(bin)] != Empty) {
            signature[bin] = m_min[size_t(bin)];
            continue;
        }
        for (int distance = 1; distance < Bins; ++distance) {
            const quint32 borrowed = m_min[size_t((bin + distance) % Bins)];
            if (borrowed != Empty) {
                signature[bin] = borrowed + RotationStep * quint32(distance);
                break;
            }
        }
    }
    return signature;
}

double MinHashSketch::jaccard(const Signature &a, const Signature &b)
{
    if (a.size() != Bins || b.size() != Bins)
        return 0.0;
    int equal = 0;
    for (int i = 0; i < Bins; ++i)
        equal += a[i] == b[i] ? 1 : 0;
    return double(equal) / Bins;
}

} // namespace Lectern::Models
