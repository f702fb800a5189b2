// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"

namespace Lectern::Models {

bool ExportEscaping::isStrayControl(char32_t c)
{
    if (c == U'\t' || c == U'\n' || c == U'\r')
        return false;
    return c < 0x20 || (c >= 0x7F && c <= 0x9F);
}

QString ExportEscaping::replacingControls(QString text)
{
    for (QChar &c : text) {
        if (isStrayControl(c.unicode()))
            c = QChar::ReplacementCharacter;
    }
    return text;
}

} // namespace Lectern::Models
