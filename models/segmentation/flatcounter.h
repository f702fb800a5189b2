// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <vector>

namespace Lectern::Models {

/// A value per 64-bit hash in one flat open-addressed table: the segmenter's
/// vocabularies, the LSH buckets and the bundle's block repeats, where a
/// QHash spent more time allocating nodes than counting. A key never set
/// reads as a default-constructed value; entries are never removed.
template<typename Value>
class FlatMap
{
public:
    FlatMap() { m_slots.resize(16); }

    /// Room for @p count keys without growing (call before the first key).
    void reserve(size_t count)
    {
        size_t size = 16;
        while (size * 3 < count * 4)
            size *= 2;
        if (size > m_slots.size() && m_used == 0)
            m_slots.assign(size, Slot{});
    }

    Value &operator[](quint64 key)
    {
        key = usable(key);
        if ((m_used + 1) * 4 > m_slots.size() * 3)
            grow();
        Slot *slot = place(m_slots, key);
        if (slot->key == 0) {
            slot->key = key;
            ++m_used;
        }
        return slot->value;
    }

    /// The value for @p key, or nullptr when it was never set.
    /// How many keys were set.
    [[nodiscard]] size_t size() const { return m_used; }

    [[nodiscard]] const Value *find(quint64 key) const
    {
        key = usable(key);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i].key == key)
                return &m_slots[i].value;
            if (m_slots[i].key == 0)
                return nullptr;
        }
    }

    [[nodiscard]] Value value(quint64 key) const
    {
        key = usable(key);
        const size_t mask = m_slots.size() - 1;
        for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (m_slots[i].key == key)
                return m_slots[i].value;
            if (m_slots[i].key == 0)
                return Value{};
        }
    }

    /// Calls f(key, value) for every key ever set.
    template<typename F>
    void forEach(F &&f) const
    {
        for (const Slot &slot : m_slots) {
            if (slot.key != 0)
                f(slot.key, slot.value);
        }
    }

private:
    struct Slot {
        quint64 key = 0;
        Value value{};
    };

    static quint64 usable(quint64 key) { return key == 0 ? 1 : key; }
    static size_t mix(quint64 key)
    {
        key ^= key >> 33;
        key *= 0xff51afd7ed558ccdULL;
        key ^= key >> 33;
        return size_t(key);
    }
    static Slot *place(std::vector<Slot> &table, quint64 key)
    {
        const size_t mask = table.size() - 1;
        for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
            if (table[i].key == key || table[i].key == 0)
                return &table[i];
        }
    }
    void grow()
    {
        std::vector<Slot> bigger(m_slots.size() * 2);
        for (const Slot &slot : m_slots) {
            if (slot.key != 0)
                *place(bigger, slot.key) = slot;
        }
        m_slots.swap(bigger);
    }

    std::vector<Slot> m_slots;
    size_t m_used = 0;
};

/// Counts per hash; a count that drops to zero is the same as no entry.
using FlatCounter = FlatMap<int>;

} // namespace Lectern::Models
