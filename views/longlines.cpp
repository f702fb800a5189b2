// SPDX-License-Identifier: GPL-3.0-or-later
#include "longlines.h"

namespace Lectern::Views {

namespace {

// Characters after which a line may break in any case: spaces, hyphens and
// slashes, and the ideographic scripts, which break between characters.
bool breaksAfter(char16_t c)
{
    if (c <= u' ' || c == u'-' || c == u'/' || c == 0x00A0 || c == 0x200B)
        return true;
    if (c >= 0x2E80 && c <= 0x9FFF) // CJK radicals, kana, ideographs
        return true;
    if (c >= 0xAC00 && c <= 0xD7AF) // Hangul syllables
        return true;
    if (c >= 0xF900 && c <= 0xFAFF) // CJK compatibility ideographs
        return true;
    return c == 0x2028 || c == 0x2029 || (c >= 0x2000 && c <= 0x200A) || c == 0x3000;
}

} // namespace

QTextOption::WrapMode wrapModeFor(QStringView text)
{
    qsizetype run = 0;
    for (const QChar c : text) {
        if (breaksAfter(c.unicode())) {
            run = 0;
        } else if (++run > MaxUnbrokenRun) {
            return QTextOption::WrapAnywhere;
        }
    }
    return QTextOption::WrapAtWordBoundaryOrAnywhere;
}

} // namespace Lectern::Views
