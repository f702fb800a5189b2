// SPDX-License-Identifier: GPL-3.0-or-later
#include "domnode.h"

#include <QList>

namespace Lectern::Models {

namespace {

const GumboVector *childrenOf(const GumboNode *node)
{
    switch (node->type) {
    case GUMBO_NODE_DOCUMENT:
        return &node->v.document.children;
    case GUMBO_NODE_ELEMENT:
    case GUMBO_NODE_TEMPLATE:
        return &node->v.element.children;
    default:
        return nullptr;
    }
}

bool isSpaceByte(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f';
}

QByteArray compacted(QByteArrayView value)
{
    QByteArray out;
    out.reserve(value.size());
    for (const char c : value) {
        if (!isSpaceByte(c))
            out += char(c >= 'A' && c <= 'Z' ? c + ('a' - 'A') : c);
    }
    return out;
}

} // namespace

GumboTag DomNode::tag() const
{
    if (m_node->type != GUMBO_NODE_ELEMENT && m_node->type != GUMBO_NODE_TEMPLATE)
        return GUMBO_TAG_UNKNOWN;
    if (m_node->v.element.tag_namespace != GUMBO_NAMESPACE_HTML && m_node->v.element.tag != GUMBO_TAG_SVG
        && m_node->v.element.tag != GUMBO_TAG_MATH)
        return GUMBO_TAG_UNKNOWN;
    return m_node->v.element.tag;
}

unsigned DomNode::childCount() const
{
    const GumboVector *children = childrenOf(m_node);
    return children ? children->length : 0;
}

DomNode DomNode::child(unsigned index) const
{
    return DomNode(static_cast<const GumboNode *>(childrenOf(m_node)->data[index]));
}

QByteArrayView DomNode::text() const
{
    if (!isText() || !m_node->v.text.text)
        return {};
    return QByteArrayView(m_node->v.text.text);
}

bool DomNode::hasAttribute(const char *name) const
{
    return (m_node->type == GUMBO_NODE_ELEMENT || m_node->type == GUMBO_NODE_TEMPLATE)
        && gumbo_get_attribute(&m_node->v.element.attributes, name) != nullptr;
}

QByteArrayView DomNode::attribute(const char *name) const
{
    if (m_node->type != GUMBO_NODE_ELEMENT && m_node->type != GUMBO_NODE_TEMPLATE)
        return {};
    const GumboAttribute *attribute = gumbo_get_attribute(&m_node->v.element.attributes, name);
    return attribute && attribute->value ? QByteArrayView(attribute->value) : QByteArrayView();
}

bool DomNode::attributeHasWord(const char *name, QByteArrayView word) const
{
    const QByteArrayView value = attribute(name);
    qsizetype i = 0;
    while (i < value.size()) {
        while (i < value.size() && isSpaceByte(value.at(i)))
            ++i;
        qsizetype end = i;
        while (end < value.size() && !isSpaceByte(value.at(end)))
            ++end;
        if (end > i && value.sliced(i, end - i).compare(word, Qt::CaseInsensitive) == 0)
            return true;
        i = end;
    }
    return false;
}

bool DomNode::isHidden() const
{
    if (!isElement())
        return false;
    if (hasAttribute("hidden"))
        return true;
    if (attribute("aria-hidden").compare("true", Qt::CaseInsensitive) == 0)
        return true;
    const QByteArrayView style = attribute("style");
    if (style.isEmpty())
        return false;
    const QByteArray declarations = compacted(style);
    return declarations.contains("display:none") || declarations.contains("visibility:hidden");
}

QString DomNode::innerText(qsizetype limit) const
{
    QString out;
    bool space = false;
    QList<DomNode> pending{*this};
    while (!pending.isEmpty() && out.size() < limit) {
        const DomNode node = pending.takeLast();
        if (node.isText()) {
            for (const QChar c : QString::fromUtf8(node.text())) {
                if (c.isSpace()) {
                    space = !out.isEmpty();
                } else {
                    if (space)
                        out += u' ';
                    space = false;
                    out += c;
                }
            }
            space = space || node.m_node->type == GUMBO_NODE_WHITESPACE;
            continue;
        }
        const GumboTag tag = node.tag();
        if (tag == GUMBO_TAG_BR)
            space = !out.isEmpty();
        if (tag == GUMBO_TAG_SCRIPT || tag == GUMBO_TAG_STYLE || tag == GUMBO_TAG_TEMPLATE || node.isHidden())
            continue;
        for (unsigned i = node.childCount(); i > 0; --i)
            pending.append(node.child(i - 1));
    }
    return out.left(limit);
}

} // namespace Lectern::Models
