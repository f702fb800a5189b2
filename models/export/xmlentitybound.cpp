// SPDX-License-Identifier: GPL-3.0-or-later
#include "xmlentitybound.h"

#include <QHash>
#include <QString>

#include <limits>

namespace Lectern::Models {

namespace {

constexpr qint64 unbounded = std::numeric_limits<qint64>::max() / 2;
constexpr int maximumNesting = 64;

qint64 saturatingAdd(qint64 a, qint64 b)
{
    return a >= unbounded - b ? unbounded : a + b;
}

/// Calls @p found with the name of every `&name;` in @p text (UTF-8;
/// character references excepted), in one pass.
template<typename Found>
void forEachReference(QByteArrayView text, Found &&found)
{
    qsizetype start = -1; // just after the last '&' that may begin a reference
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char c = text.at(i);
        if (c == '&') {
            start = i + 1;
        } else if (c == ';' && start >= 0) {
            if (i > start && text.at(start) != '#')
                found(text.sliced(start, i - start));
            start = -1;
        } else if (c == '<' || c == '>' || c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '"' || c == '\'') {
            start = -1;
        }
    }
}

class Bound final
{
public:
    explicit Bound(const QXmlStreamEntityDeclarations &declarations)
    {
        for (const QXmlStreamEntityDeclaration &declaration : declarations) {
            if (declaration.systemId().isEmpty() && declaration.publicId().isEmpty())
                m_values.insert(declaration.name().toUtf8(), declaration.value().toString());
        }
    }

    [[nodiscard]] bool isEmpty() const { return m_values.isEmpty(); }

    /// Characters one reference to @p name expands into, references in its value expanded too.
    qint64 expansion(const QByteArray &name, int depth = 0)
    {
        const auto value = m_values.constFind(name);
        if (value == m_values.constEnd())
            return 0;
        if (const auto known = m_expansions.constFind(name); known != m_expansions.constEnd())
            return *known;
        if (depth > maximumNesting)
            return unbounded;
        m_expansions.insert(name, unbounded); // a reference back to it while it is measured: a cycle
        qint64 length = value->size();
        const QByteArray bytes = value->toUtf8();
        forEachReference(bytes, [&](QByteArrayView inner) {
            length = saturatingAdd(length, expansion(inner.toByteArray(), depth + 1));
        });
        m_expansions.insert(name, length);
        return length;
    }

private:
    QHash<QByteArray, QString> m_values;     // UTF-8 name -> replacement text
    QHash<QByteArray, qint64> m_expansions;
};

} // namespace

qint64 entityExpansionBound(QByteArrayView document, const QXmlStreamEntityDeclarations &declarations)
{
    Bound bound(declarations);
    if (bound.isEmpty())
        return 0;
    qint64 total = 0;
    forEachReference(document, [&](QByteArrayView name) {
        total = saturatingAdd(total, bound.expansion(name.toByteArray()));
    });
    return total;
}

} // namespace Lectern::Models
