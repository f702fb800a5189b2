// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QString>

namespace Lectern::Models {

/// A claim annotation supported or contested by an evidence annotation, in
/// the same or any other document of the bundle.
struct EvidenceLink {
    QString claimId;
    QString evidenceId;
    QString author;
    QDateTime created;

    friend bool operator==(const EvidenceLink &, const EvidenceLink &) = default;
};

} // namespace Lectern::Models
