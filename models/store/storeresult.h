// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storeerror.h"

#include <utility>
#include <variant>

namespace Lectern::Models {

/// A value or the StoreError that explains why there is none.
template<typename T>
class StoreResult final
{
public:
    StoreResult(T value)
        : m_content(std::in_place_index<0>, std::move(value))
    {
    }
    StoreResult(StoreError error)
        : m_content(std::in_place_index<1>, std::move(error))
    {
    }

    [[nodiscard]] bool ok() const { return m_content.index() == 0; }
    explicit operator bool() const { return ok(); }
    [[nodiscard]] const T &value() const & { return std::get<0>(m_content); }
    [[nodiscard]] T &&value() && { return std::get<0>(std::move(m_content)); }
    [[nodiscard]] const StoreError &error() const { return std::get<1>(m_content); }

private:
    std::variant<T, StoreError> m_content;
};

/// Success with nothing to return, or the error.
using StoreStatus = StoreResult<std::monostate>;

/// The success value of a StoreStatus.
inline constexpr std::monostate StoreOk{};

} // namespace Lectern::Models
