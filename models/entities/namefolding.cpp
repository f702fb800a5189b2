// SPDX-License-Identifier: GPL-3.0-or-later
#include "namefolding.h"

#include <QChar>

namespace Lectern::Models {

namespace {

QString normalisedForm(QStringView name, bool unifyPunctuation, bool fold)
{
    QString result;
    result.reserve(name.size());
    bool pendingSpace = false;
    for (const QChar c : name) {
        switch (NameFolding::kind(c.unicode())) {
        case NameFolding::Kind::Ignorable:
            continue;
        case NameFolding::Kind::Space:
        case NameFolding::Kind::LineBreak:
            pendingSpace = !result.isEmpty();
            continue;
        case NameFolding::Kind::Ordinary:
            break;
        }
        if (pendingSpace)
            result.append(u' ');
        pendingSpace = false;
        result.append(unifyPunctuation ? QChar(NameFolding::unify(c.unicode(), fold)) : c);
    }
    return result;
}

} // namespace

NameFolding::Kind NameFolding::kind(char16_t unit)
{
    switch (unit) {
    case u'\n':
    case u'\r':
    case 0x000B:
    case 0x000C:
    case 0x0085:
    case 0x2028:
    case 0x2029:
        return Kind::LineBreak;
    case 0x00AD: // soft hyphen
    case 0x200B: // zero-width space
    case 0x200C:
    case 0x200D:
    case 0x2060: // word joiner
    case 0xFEFF:
        return Kind::Ignorable;
    default:
        break;
    }
    if (unit == u' ' || unit == u'\t' || (unit >= 0x80 && QChar(unit).isSpace()))
        return Kind::Space;
    return Kind::Ordinary;
}

char16_t NameFolding::unify(char16_t unit, bool fold)
{
    switch (unit) {
    case 0x2018: // left single quotation mark
    case 0x2019: // right single quotation mark, the usual typographic apostrophe
    case 0x201B:
    case 0x02BC: // modifier letter apostrophe
    case 0x2032: // prime, often typed for an apostrophe
    case 0xFF07:
        return u'\'';
    case 0x201C:
    case 0x201D:
    case 0x201E:
    case 0x201F:
    case 0x00AB:
    case 0x00BB:
    case 0x2033:
    case 0xFF02:
        return u'"';
    case 0x2010: // hyphen
    case 0x2011: // non-breaking hyphen
        return u'-';
    default:
        break;
    }
    if (!fold || unit < u'A' || QChar::isSurrogate(unit))
        return unit;
    if (unit <= u'Z')
        return unit + (u'a' - u'A');
    if (unit < 0x80)
        return unit;
    return QChar(unit).toCaseFolded().unicode();
}

QString NameFolding::tidy(QStringView name)
{
    return normalisedForm(name, false, false);
}

QString NameFolding::key(QStringView name)
{
    return normalisedForm(name, true, true);
}

QString NameFolding::exactKey(QStringView name)
{
    return normalisedForm(name, true, false);
}

bool NameFolding::isWordCharacter(char32_t codePoint)
{
    if (codePoint < 0x80) {
        return (codePoint >= u'a' && codePoint <= u'z') || (codePoint >= u'A' && codePoint <= u'Z')
            || (codePoint >= u'0' && codePoint <= u'9') || codePoint == u'_';
    }
    return QChar::isLetterOrNumber(codePoint) || QChar::isMark(codePoint);
}

} // namespace Lectern::Models
