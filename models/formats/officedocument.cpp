// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageddocument.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

PackagedText readOfficeDocument(const QByteArray &, DocumentFormat)
{
    PackagedText result;
    result.error = u"Word and OpenDocument documents cannot be read yet"_s;
    return result;
}

} // namespace Lectern::Models
