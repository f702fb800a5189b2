// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <optional>

namespace Lectern::Models {

/// Where a claim stands. Stored as its integer value; never renumber.
enum class ClaimStatus { None = 0, Unverified = 1, Supported = 2, Disputed = 3, Refuted = 4 };

/// The status's stable English key ("none", "unverified", ...), for files and the CLI.
[[nodiscard]] inline QString claimStatusKey(ClaimStatus status)
{
    using namespace Qt::StringLiterals;
    switch (status) {
    case ClaimStatus::None:
        return u"none"_s;
    case ClaimStatus::Unverified:
        return u"unverified"_s;
    case ClaimStatus::Supported:
        return u"supported"_s;
    case ClaimStatus::Disputed:
        return u"disputed"_s;
    case ClaimStatus::Refuted:
        return u"refuted"_s;
    }
    return u"none"_s;
}

/// The status stored as @p value, or None for a value this Lectern does not know.
[[nodiscard]] inline ClaimStatus claimStatusFromInt(int value)
{
    return value >= int(ClaimStatus::None) && value <= int(ClaimStatus::Refuted) ? ClaimStatus(value) : ClaimStatus::None;
}

/// The status whose key (see claimStatusKey) is @p key, ignoring case; nothing for an unknown key.
[[nodiscard]] inline std::optional<ClaimStatus> claimStatusFromKey(const QString &key)
{
    for (int value = int(ClaimStatus::None); value <= int(ClaimStatus::Refuted); ++value) {
        if (claimStatusKey(ClaimStatus(value)).compare(key.trimmed(), Qt::CaseInsensitive) == 0)
            return ClaimStatus(value);
    }
    return std::nullopt;
}

} // namespace Lectern::Models
