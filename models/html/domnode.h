// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

#include <gumbo.h>

namespace Lectern::Models {

/// A read-only view of one node of gumbo's tree with the few questions the
/// HTML readers ask of it. Cheap to copy; valid while the tree lives.
class DomNode final
{
public:
    explicit DomNode(const GumboNode *node)
        : m_node(node)
    {
    }

    [[nodiscard]] bool isElement() const { return m_node->type == GUMBO_NODE_ELEMENT; }
    [[nodiscard]] bool isText() const
    {
        return m_node->type == GUMBO_NODE_TEXT || m_node->type == GUMBO_NODE_WHITESPACE || m_node->type == GUMBO_NODE_CDATA;
    }
    /// The element's tag; GUMBO_TAG_UNKNOWN for text and for elements outside the HTML namespace.
    [[nodiscard]] GumboTag tag() const;

    [[nodiscard]] unsigned childCount() const;
    [[nodiscard]] DomNode child(unsigned index) const;

    /// A text node's characters (UTF-8).
    [[nodiscard]] QByteArrayView text() const;

    [[nodiscard]] bool hasAttribute(const char *name) const;
    /// The attribute's value (UTF-8, references decoded); empty when absent.
    [[nodiscard]] QByteArrayView attribute(const char *name) const;
    /// Whether a space-separated attribute (class, rel, role) holds `word`, ignoring case.
    [[nodiscard]] bool attributeHasWord(const char *name, QByteArrayView word) const;
    /// Whether the markup hides the element: hidden, aria-hidden="true", an
    /// inline style of display: none or visibility: hidden.
    [[nodiscard]] bool isHidden() const;

    /// Every character of text below this node, white space collapsed, walked
    /// without recursion; at most `limit` UTF-16 units.
    [[nodiscard]] QString innerText(qsizetype limit = 4096) const;

    [[nodiscard]] const GumboNode *get() const { return m_node; }

private:
    const GumboNode *m_node;
};

} // namespace Lectern::Models
