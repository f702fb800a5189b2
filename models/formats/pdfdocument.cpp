// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageddocument.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

PackagedText readPdfDocument(const QByteArray &)
{
    PackagedText result;
    result.error = u"PDF documents cannot be read yet"_s;
    return result;
}

} // namespace Lectern::Models
