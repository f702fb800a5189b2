// SPDX-License-Identifier: GPL-3.0-or-later
#include "legacyencoding.h"

#include <unicode/ucnv.h>
#include <unicode/ucsdet.h>

#include <algorithm>
#include <memory>

namespace Lectern::Models::LegacyEncoding {

namespace {

char lower(char c)
{
    return c >= 'A' && c <= 'Z' ? char(c - 'A' + 'a') : c;
}

qsizetype indexOfCaseless(QByteArrayView haystack, QByteArrayView needle, qsizetype from)
{
    for (qsizetype i = from; i + needle.size() <= haystack.size(); ++i) {
        qsizetype j = 0;
        while (j < needle.size() && lower(haystack[i + j]) == needle[j])
            ++j;
        if (j == needle.size())
            return i;
    }
    return -1;
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':'
        || c == '.';
}

} // namespace

QByteArray normalised(QByteArrayView name)
{
    QByteArray n = name.toByteArray().trimmed().toLower();
    if (n == "utf8" || n == "unicode-1-1-utf-8" || n.startsWith("utf-16") || n == "unicode")
        return "utf-8";
    if (n == "iso-8859-1" || n == "iso8859-1" || n == "latin1" || n == "l1" || n == "us-ascii" || n == "ascii"
        || n == "cp1252" || n == "x-cp1252" || n == "iso_8859-1")
        return "windows-1252";
    if (n == "gb2312" || n == "gbk" || n == "x-gbk" || n == "cp936" || n == "euc-cn")
        return "gb18030";
    if (n == "x-sjis" || n == "sjis" || n == "ms_kanji" || n == "windows-31j")
        return "shift_jis";
    if (n == "ks_c_5601-1987" || n == "cp949")
        return "euc-kr";
    if (n == "iso-8859-9" || n == "latin5")
        return "windows-1254";
    if (n == "tis-620" || n == "iso-8859-11")
        return "windows-874";
    return n;
}

QByteArray declaredInHtml(QByteArrayView head)
{
    head = head.first(std::min<qsizetype>(head.size(), 4096));
    for (qsizetype meta = indexOfCaseless(head, "<meta", 0); meta >= 0; meta = indexOfCaseless(head, "<meta", meta + 5)) {
        const qsizetype end = head.indexOf('>', meta);
        const QByteArrayView tag = head.sliced(meta, (end < 0 ? head.size() : end) - meta);
        const qsizetype at = indexOfCaseless(tag, "charset", 0);
        if (at < 0)
            continue;
        qsizetype i = at + 7;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '\t' || tag[i] == '\n' || tag[i] == '\r'))
            ++i;
        if (i >= tag.size() || tag[i] != '=')
            continue;
        ++i;
        while (i < tag.size() && (tag[i] == ' ' || tag[i] == '"' || tag[i] == '\''))
            ++i;
        qsizetype j = i;
        while (j < tag.size() && isNameChar(tag[j]))
            ++j;
        if (j > i)
            return normalised(tag.sliced(i, j - i));
    }
    return {};
}

QByteArray guess(QByteArrayView bytes)
{
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UCharsetDetector, decltype(&ucsdet_close)> detector(ucsdet_open(&status), ucsdet_close);
    if (U_FAILURE(status))
        return "windows-1252";
    ucsdet_enableInputFilter(detector.get(), true); // markup is not language
    const qsizetype sample = std::min<qsizetype>(bytes.size(), 256 * 1024);
    ucsdet_setText(detector.get(), bytes.data(), int32_t(sample), &status);
    int32_t found = 0;
    const UCharsetMatch **matches = ucsdet_detectAll(detector.get(), &found, &status);
    if (U_FAILURE(status))
        return "windows-1252";
    for (int32_t i = 0; i < found; ++i) {
        const QByteArray name = normalised(ucsdet_getName(matches[i], &status));
        const int32_t confidence = ucsdet_getConfidence(matches[i], &status);
        if (U_FAILURE(status) || name == "utf-8")
            continue;
        // A few curly quotes in English say little; the detector's guess
        // is taken when it is fairly sure, else the web's default.
        return confidence >= 30 ? name : QByteArray("windows-1252");
    }
    return "windows-1252";
}

Decoded decode(QByteArrayView bytes, const QByteArray &encoding)
{
    Decoded result;
    UErrorCode status = U_ZERO_ERROR;
    const std::unique_ptr<UConverter, decltype(&ucnv_close)> converter(ucnv_open(encoding.constData(), &status), ucnv_close);
    if (U_FAILURE(status)) {
        result.known = false;
        return result;
    }
    // Every encoding here gives at most two UTF-16 units per byte.
    result.text.resize(bytes.size() * 2 + 4);
    auto *begin = reinterpret_cast<char16_t *>(result.text.data());
    char16_t *target = begin;
    const char *source = bytes.data();
    ucnv_toUnicode(converter.get(), &target, begin + result.text.size(), &source, bytes.data() + bytes.size(), nullptr, true,
                   &status);
    result.text.truncate(target - begin);
    if (U_FAILURE(status)) {
        result.known = false;
        result.text.clear();
        return result;
    }
    result.errors = std::count_if(result.text.cbegin(), result.text.cend(),
                                  [](QChar c) { return c == QChar(0xFFFD) || c == QChar(0x1A); });
    return result;
}

} // namespace Lectern::Models::LegacyEncoding
