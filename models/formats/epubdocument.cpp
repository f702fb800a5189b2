// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageddocument.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

PackagedText readEpubDocument(const QByteArray &)
{
    PackagedText result;
    result.error = u"EPUB books cannot be read yet"_s;
    return result;
}

} // namespace Lectern::Models
