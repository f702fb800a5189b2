// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gazetteer.h"

#include <QByteArray>

namespace Lectern::Models {

/// Writes a gazetteer in the form GazetteerReader reads, so that reading what
/// was written gives the same gazetteer back.
class GazetteerWriter final
{
public:
    /// UTF-8, LF line endings, a comment line naming the columns, one entity per line.
    [[nodiscard]] static QByteArray serialise(const Gazetteer &gazetteer);
    /// Writes atomically (QSaveFile): a failed write leaves the old file as it was.
    [[nodiscard]] static bool write(const Gazetteer &gazetteer, const QString &path, QString *errorMessage = nullptr);
};

} // namespace Lectern::Models
