// SPDX-License-Identifier: GPL-3.0-or-later
#include "nestingguard.h"

#include <QList>

#include <algorithm>
#include <array>
#include <cstring>
#include <string_view>

namespace Lectern::Models {

namespace {

constexpr quint64 nameKey(std::string_view name)
{
    quint64 key = 1469598103934665603ULL;
    for (const char c : name) {
        key ^= quint8(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
        key *= 1099511628211ULL;
    }
    return key;
}

template<std::size_t N>
constexpr std::array<quint64, N> keysOf(const std::string_view (&names)[N])
{
    std::array<quint64, N> keys{};
    for (std::size_t i = 0; i < N; ++i)
        keys[i] = nameKey(names[i]);
    return keys;
}

template<std::size_t N>
bool among(quint64 key, const std::array<quint64, N> &keys)
{
    return std::find(keys.begin(), keys.end(), key) != keys.end();
}

constexpr std::string_view VoidElements[] = {"area", "base", "basefont", "bgsound", "br", "col", "embed", "frame", "hr",
                                             "image", "img", "input", "keygen", "link", "meta", "param", "source",
                                             "track", "wbr"};
// Skipped to their end tag: the tokenizer reads their content as text.
constexpr std::string_view RawTextElements[] = {"script", "style", "xmp", "iframe", "noembed", "noframes", "noscript",
                                                "textarea", "title"};
// End tags may be left out: the next one of a kind closes the last. They
// are kept on the scan's stack as markers but do not add depth.
constexpr std::string_view ClosedByNext[] = {"p", "li", "dt", "dd", "option", "tr", "td", "th"};
// Never nest by themselves (the parser merges or ignores repeats).
constexpr std::string_view Ignored[] = {"html", "head", "body", "tbody", "thead", "tfoot", "caption", "colgroup"};
// A start tag of these closes an open <p>.
constexpr std::string_view ClosesParagraph[] = {
    "address", "article", "aside", "blockquote", "center", "details", "dialog", "dir", "div", "dl", "fieldset",
    "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "main",
    "menu", "nav", "ol", "p", "pre", "section", "summary", "table", "ul", "li", "dd", "dt"};

constexpr std::string_view Lists[] = {"ul", "ol", "menu", "dir"};
constexpr std::string_view Scopes[] = {"table", "td", "th", "button", "object", "applet", "marquee", "template", "svg",
                                       "math", "select"};

constexpr auto VoidKeys = keysOf(VoidElements);
constexpr auto RawTextKeys = keysOf(RawTextElements);
constexpr auto ClosedByNextKeys = keysOf(ClosedByNext);
constexpr auto IgnoredKeys = keysOf(Ignored);
constexpr auto ClosesParagraphKeys = keysOf(ClosesParagraph);
constexpr auto ListKeys = keysOf(Lists);
constexpr auto ScopeKeys = keysOf(Scopes);

constexpr quint64 P = nameKey("p");
constexpr quint64 Li = nameKey("li");
constexpr quint64 Dd = nameKey("dd");
constexpr quint64 Dt = nameKey("dt");
constexpr quint64 Tr = nameKey("tr");
constexpr quint64 Td = nameKey("td");
constexpr quint64 Th = nameKey("th");
constexpr quint64 Option = nameKey("option");
constexpr quint64 Table = nameKey("table");
constexpr quint64 Dl = nameKey("dl");
constexpr quint64 Select = nameKey("select");
constexpr quint64 Datalist = nameKey("datalist");
constexpr quint64 Optgroup = nameKey("optgroup");
constexpr quint64 Svg = nameKey("svg");
constexpr quint64 Math = nameKey("math");
constexpr quint64 Plaintext = nameKey("plaintext");

// How far down the stack a closing tag looks for its element: deeper ones
// are treated as not open (the estimate stays on the deep side).
constexpr int SearchLimit = 256;

struct Open {
    quint64 name = 0;
    bool counted = false;    ///< adds to the depth
    bool suppressed = false; ///< its start tag was blanked, so is its end tag
    bool foreign = false;    ///< svg or math: "/>" closes here
};

// What stops the search for an element to close implicitly: a new list item
// does not close one of an outer list, a cell not one of an outer table.
bool isBoundary(quint64 key, quint64 closing)
{
    if (closing == Li)
        return among(key, ListKeys) || among(key, ScopeKeys);
    if (closing == Dt || closing == Dd)
        return key == Dl || among(key, ScopeKeys);
    if (closing == Tr || closing == Td || closing == Th)
        return key == Table;
    if (closing == Option)
        return key == Select || key == Datalist || key == Optgroup;
    return among(key, ScopeKeys);
}

bool isNameChar(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' || c == ':';
}

bool isLetter(char c)
{
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
}

class Scan
{
public:
    Scan(QByteArray &utf8, int maxDepth)
        : m_data(utf8.data())
        , m_size(utf8.size())
        , m_maxDepth(maxDepth)
    {
    }

    qsizetype run()
    {
        qsizetype i = 0;
        while (i < m_size) {
            const char *lt = static_cast<const char *>(std::memchr(m_data + i, '<', size_t(m_size - i)));
            if (!lt)
                break;
            i = lt - m_data;
            if (i + 1 >= m_size)
                break;
            const char next = m_data[i + 1];
            if (next == '!') {
                i = startsWith(i, "<!--") ? after(i + 4, "-->") : after(i + 2, ">");
            } else if (next == '?') {
                i = after(i + 2, ">");
            } else if (next == '/') {
                i = endTag(i);
            } else if (isLetter(next)) {
                i = startTag(i);
            } else {
                ++i;
            }
        }
        return m_blanked;
    }

private:
    bool startsWith(qsizetype at, std::string_view text) const
    {
        return m_size - at >= qsizetype(text.size()) && std::memcmp(m_data + at, text.data(), text.size()) == 0;
    }

    // The position after the next `text` from `from`, or the end.
    qsizetype after(qsizetype from, std::string_view text) const
    {
        const std::string_view rest(m_data + from, size_t(m_size - from));
        const auto found = rest.find(text);
        return found == std::string_view::npos ? m_size : from + qsizetype(found + text.size());
    }

    // Past the next "</name" (any case), for raw text; the end when there is none.
    qsizetype afterRawText(qsizetype from, qsizetype nameStart, qsizetype nameLength) const
    {
        qsizetype i = from;
        while (i < m_size) {
            const char *lt = static_cast<const char *>(std::memchr(m_data + i, '<', size_t(m_size - i)));
            if (!lt)
                return m_size;
            i = lt - m_data;
            if (i + 2 + nameLength <= m_size && m_data[i + 1] == '/') {
                bool same = true;
                for (qsizetype k = 0; k < nameLength && same; ++k)
                    same = (m_data[i + 2 + k] | 0x20) == (m_data[nameStart + k] | 0x20);
                if (same && (i + 2 + nameLength == m_size || !isNameChar(m_data[i + 2 + nameLength])))
                    return i;
            }
            ++i;
        }
        return m_size;
    }

    // The '>' closing a tag whose name ends at `from`; quoted attribute values may hold '>'.
    qsizetype tagEnd(qsizetype from) const
    {
        qsizetype i = from;
        bool afterEquals = false;
        while (i < m_size) {
            const char c = m_data[i];
            if (c == '>')
                return i;
            if (c == '=') {
                afterEquals = true;
            } else if (afterEquals && (c == '"' || c == '\'')) {
                const char *close = static_cast<const char *>(std::memchr(m_data + i + 1, c, size_t(m_size - i - 1)));
                if (!close)
                    return m_size;
                i = close - m_data;
                afterEquals = false;
            } else if (c != ' ' && c != '\t' && c != '\n' && c != '\r' && c != '\f') {
                afterEquals = false;
            }
            ++i;
        }
        return m_size;
    }

    void blank(qsizetype from, qsizetype to)
    {
        std::memset(m_data + from, ' ', size_t(std::min(to, m_size) - from));
    }

    // Pops down to and including index `at`.
    void popTo(qsizetype at)
    {
        while (m_stack.size() > at) {
            if (m_stack.constLast().counted)
                --m_depth;
            if (m_stack.constLast().foreign)
                --m_foreign;
            m_stack.removeLast();
        }
    }

    // The index of the nearest open `name` within the search limit, stopping
    // at boundaries when `bounded`; -1 when there is none.
    qsizetype find(quint64 name, bool bounded, quint64 closing) const
    {
        const qsizetype last = std::max<qsizetype>(0, m_stack.size() - SearchLimit);
        for (qsizetype k = m_stack.size() - 1; k >= last; --k) {
            const quint64 key = m_stack.at(k).name;
            if (key == name)
                return k;
            if (bounded && isBoundary(key, closing))
                return -1;
        }
        return -1;
    }

    qsizetype startTag(qsizetype lt)
    {
        const qsizetype nameStart = lt + 1;
        qsizetype nameEnd = nameStart;
        while (nameEnd < m_size && isNameChar(m_data[nameEnd]))
            ++nameEnd;
        const quint64 key = nameKey(std::string_view(m_data + nameStart, size_t(nameEnd - nameStart)));
        const qsizetype end = tagEnd(nameEnd);
        const qsizetype next = std::min(end + 1, m_size);
        const bool selfClosing = end < m_size && end > nameEnd && m_data[end - 1] == '/';

        if (key == Plaintext)
            return m_size;
        if (among(key, RawTextKeys))
            return afterRawText(next, nameStart, nameEnd - nameStart);
        if (among(key, VoidKeys) || among(key, IgnoredKeys) || (selfClosing && m_foreign > 0))
            return next;
        if (among(key, ClosesParagraphKeys)) {
            const qsizetype paragraph = find(P, true, P);
            if (paragraph >= 0)
                popTo(paragraph);
        }
        const bool marker = among(key, ClosedByNextKeys);
        if (marker) {
            qsizetype open = -1;
            if (key == Dd || key == Dt)
                open = std::max(find(Dd, true, key), find(Dt, true, key));
            else if (key == Td || key == Th)
                open = std::max(find(Td, true, key), find(Th, true, key));
            else
                open = find(key, true, key);
            if (open >= 0)
                popTo(open);
            m_stack.append(Open{key, false, false, false});
            return next;
        }
        Open open{key, true, false, key == Svg || key == Math};
        if (m_depth >= m_maxDepth) {
            blank(lt, next);
            open.counted = false;
            open.suppressed = true;
            ++m_blanked;
        } else {
            ++m_depth;
        }
        if (open.foreign)
            ++m_foreign;
        m_stack.append(open);
        return next;
    }

    qsizetype endTag(qsizetype lt)
    {
        const qsizetype nameStart = lt + 2;
        qsizetype nameEnd = nameStart;
        while (nameEnd < m_size && isNameChar(m_data[nameEnd]))
            ++nameEnd;
        const qsizetype end = tagEnd(nameEnd);
        const qsizetype next = std::min(end + 1, m_size);
        if (nameEnd == nameStart)
            return next;
        const quint64 key = nameKey(std::string_view(m_data + nameStart, size_t(nameEnd - nameStart)));
        const qsizetype open = find(key, false, key);
        if (open >= 0) {
            if (m_stack.at(open).suppressed)
                blank(lt, next);
            popTo(open);
        }
        return next;
    }

    char *m_data;
    qsizetype m_size;
    int m_maxDepth;
    int m_depth = 0;
    int m_foreign = 0;
    qsizetype m_blanked = 0;
    QList<Open> m_stack;
};

} // namespace

qsizetype NestingGuard::flatten(QByteArray &utf8, int maxDepth)
{
    if (utf8.isEmpty())
        return 0;
    return Scan(utf8, maxDepth).run();
}

} // namespace Lectern::Models
