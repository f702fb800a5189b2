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

QString ExportEscaping::csvTextCell(const QString &text)
{
    if (text.isEmpty())
        return text;
    const QChar first = text.at(0);
    if (first == u'=' || first == u'+' || first == u'-' || first == u'@' || first == u'\t' || first == u'\r')
        return u'\'' + text;
    return text;
}

} // namespace Lectern::Models
