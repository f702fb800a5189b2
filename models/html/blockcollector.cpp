// SPDX-License-Identifier: GPL-3.0-or-later
#include "blockcollector.h"

#include <QList>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

// What an element passes on to the text below it.
struct Context {
    BlockSemantic region = BlockSemantic::Unknown; ///< Navigation, Header, Footer, Aside or Form
    BlockSemantic kind = BlockSemantic::Unknown;   ///< Paragraph, Heading, ListItem, Caption or Quote
    int headingLevel = 0;
    bool listItem = false;
    bool link = false;
    bool preformatted = false;
    bool inSection = false; ///< inside an article, section or main: a <header> here is not the page's

    [[nodiscard]] bool sameBlockAs(const Context &other) const
    {
        return region == other.region && kind == other.kind && headingLevel == other.headingLevel
            && listItem == other.listItem && preformatted == other.preformatted;
    }
};

bool isDropped(DomNode element)
{
    switch (element.tag()) {
    case GUMBO_TAG_HEAD:
    case GUMBO_TAG_SCRIPT:
    case GUMBO_TAG_STYLE:
    case GUMBO_TAG_NOSCRIPT:
    case GUMBO_TAG_TEMPLATE:
    case GUMBO_TAG_SVG:
    case GUMBO_TAG_MATH:
    case GUMBO_TAG_IFRAME:
    case GUMBO_TAG_OBJECT:
    case GUMBO_TAG_EMBED:
    case GUMBO_TAG_CANVAS:
    case GUMBO_TAG_AUDIO:
    case GUMBO_TAG_VIDEO:
    case GUMBO_TAG_NOEMBED:
    case GUMBO_TAG_NOFRAMES:
    case GUMBO_TAG_TITLE:
    // Form controls: their labels and options are not the page's text.
    case GUMBO_TAG_SELECT:
    case GUMBO_TAG_OPTION:
    case GUMBO_TAG_OPTGROUP:
    case GUMBO_TAG_DATALIST:
    case GUMBO_TAG_TEXTAREA:
    case GUMBO_TAG_BUTTON:
    case GUMBO_TAG_INPUT:
        return true;
    case GUMBO_TAG_DIALOG:
        return !element.hasAttribute("open");
    default:
        return element.isHidden();
    }
}

bool isBlockLevel(GumboTag tag)
{
    switch (tag) {
    case GUMBO_TAG_HTML:
    case GUMBO_TAG_BODY:
    case GUMBO_TAG_ADDRESS:
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_BLOCKQUOTE:
    case GUMBO_TAG_CENTER:
    case GUMBO_TAG_DETAILS:
    case GUMBO_TAG_DIALOG:
    case GUMBO_TAG_DIR:
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_DL:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
    case GUMBO_TAG_FIELDSET:
    case GUMBO_TAG_LEGEND:
    case GUMBO_TAG_FIGURE:
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_FOOTER:
    case GUMBO_TAG_FORM:
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
    case GUMBO_TAG_HEADER:
    case GUMBO_TAG_HGROUP:
    case GUMBO_TAG_HR:
    case GUMBO_TAG_LI:
    case GUMBO_TAG_MAIN:
    case GUMBO_TAG_MENU:
    case GUMBO_TAG_NAV:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
    case GUMBO_TAG_P:
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_SUMMARY:
    case GUMBO_TAG_TABLE:
    case GUMBO_TAG_CAPTION:
    case GUMBO_TAG_THEAD:
    case GUMBO_TAG_TBODY:
    case GUMBO_TAG_TFOOT:
    case GUMBO_TAG_TR:
    case GUMBO_TAG_FRAMESET:
        return true;
    default:
        return false;
    }
}

// "comments", "comment-list", "commentlist", "comments_area": a comment
// thread's container, by the first word of one of its names.
bool namesComments(QByteArrayView names)
{
    qsizetype i = 0;
    while (i < names.size()) {
        while (i < names.size() && (names.at(i) == ' ' || names.at(i) == '\t' || names.at(i) == '\n'))
            ++i;
        qsizetype end = i;
        while (end < names.size() && names.at(end) != ' ' && names.at(end) != '\t' && names.at(end) != '\n')
            ++end;
        QByteArrayView word = names.sliced(i, end - i);
        const qsizetype dash = std::min(word.indexOf('-') < 0 ? word.size() : word.indexOf('-'),
                                        word.indexOf('_') < 0 ? word.size() : word.indexOf('_'));
        word = word.first(dash);
        if (word.compare("comment", Qt::CaseInsensitive) == 0 || word.compare("comments", Qt::CaseInsensitive) == 0
            || word.compare("commentlist", Qt::CaseInsensitive) == 0)
            return true;
        i = end;
    }
    return false;
}

bool isCommentContainer(DomNode element)
{
    switch (element.tag()) {
    case GUMBO_TAG_DIV:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_ASIDE:
    case GUMBO_TAG_OL:
    case GUMBO_TAG_UL:
        return namesComments(element.attribute("id")) || namesComments(element.attribute("class"));
    default:
        return false;
    }
}

BlockSemantic regionOf(DomNode element, const Context &parent)
{
    const GumboTag tag = element.tag();
    auto role = [&](const char *name) { return element.attributeHasWord("role", QByteArrayView(name)); };
    if (tag == GUMBO_TAG_NAV || tag == GUMBO_TAG_MENU || role("navigation") || role("menu") || role("menubar"))
        return BlockSemantic::Navigation;
    if ((tag == GUMBO_TAG_HEADER && !parent.inSection) || role("banner"))
        return BlockSemantic::Header;
    if (tag == GUMBO_TAG_FOOTER || role("contentinfo"))
        return BlockSemantic::Footer;
    if (tag == GUMBO_TAG_ASIDE || role("complementary"))
        return BlockSemantic::Aside;
    if (role("search") || isCommentContainer(element))
        return BlockSemantic::Form;
    if (tag == GUMBO_TAG_FORM && element.innerText(BlockCollector::LargeFormText).size() < BlockCollector::LargeFormText)
        return BlockSemantic::Form;
    return parent.region;
}

Context contextOf(DomNode element, const Context &parent)
{
    Context context = parent;
    context.region = regionOf(element, parent);
    const GumboTag tag = element.tag();
    switch (tag) {
    case GUMBO_TAG_H1:
    case GUMBO_TAG_H2:
    case GUMBO_TAG_H3:
    case GUMBO_TAG_H4:
    case GUMBO_TAG_H5:
    case GUMBO_TAG_H6:
        context.kind = BlockSemantic::Heading;
        context.headingLevel = 1 + int(tag - GUMBO_TAG_H1);
        break;
    case GUMBO_TAG_P:
        if (context.kind == BlockSemantic::Unknown)
            context.kind = BlockSemantic::Paragraph;
        break;
    case GUMBO_TAG_LI:
    case GUMBO_TAG_DT:
    case GUMBO_TAG_DD:
        context.kind = BlockSemantic::ListItem;
        context.listItem = true;
        break;
    case GUMBO_TAG_FIGCAPTION:
    case GUMBO_TAG_CAPTION:
        context.kind = BlockSemantic::Caption;
        break;
    case GUMBO_TAG_BLOCKQUOTE:
        context.kind = BlockSemantic::Quote;
        break;
    case GUMBO_TAG_PRE:
    case GUMBO_TAG_LISTING:
    case GUMBO_TAG_XMP:
    case GUMBO_TAG_PLAINTEXT:
        context.preformatted = true;
        break;
    case GUMBO_TAG_A:
        // An anchor without href (<a name=top/>, left open) is no link.
        context.link = context.link || element.hasAttribute("href");
        break;
    case GUMBO_TAG_ARTICLE:
    case GUMBO_TAG_SECTION:
    case GUMBO_TAG_MAIN:
        context.inSection = true;
        break;
    default:
        break;
    }
    if (element.attributeHasWord("role", "heading") && context.headingLevel == 0) {
        bool ok = false;
        const int level = element.attribute("aria-level").toInt(&ok);
        context.kind = BlockSemantic::Heading;
        context.headingLevel = ok && level >= 1 && level <= 6 ? level : 2;
    }
    if (element.attributeHasWord("role", "main"))
        context.inSection = true;
    return context;
}

class Collector
{
public:
    Collector(QString &text, TextBlocks &blocks)
        : m_text(text)
        , m_blocks(blocks)
    {
    }

    void run(DomNode root)
    {
        struct Frame {
            DomNode node;
            unsigned next = 0;
            Context context;
            bool block = false;
        };
        QList<Frame> stack;
        stack.append(Frame{root, 0, contextOf(root, Context{}), true});
        while (!stack.isEmpty()) {
            Frame &top = stack.last();
            if (top.next >= top.node.childCount()) {
                if (top.block)
                    flush(top.context);
                stack.removeLast();
                continue;
            }
            const DomNode child = top.node.child(top.next++);
            const Context &context = top.context;
            if (child.isText()) {
                append(QString::fromUtf8(child.text()), context);
                continue;
            }
            if (!child.isElement() || isDropped(child))
                continue;
            const GumboTag tag = child.tag();
            if (tag == GUMBO_TAG_BR) {
                if (context.preformatted)
                    append(u"\n"_s, context);
                else
                    flush(context);
                continue;
            }
            if (tag == GUMBO_TAG_TD || tag == GUMBO_TAG_TH)
                separateCell();
            Context childContext = contextOf(child, context);
            const bool block = isBlockLevel(tag) || !childContext.sameBlockAs(context);
            if (block)
                flush(context);
            if (child.childCount() > 0 || block)
                stack.append(Frame{child, 0, childContext, block});
        }
        flush(Context{});
    }

private:
    void append(const QString &text, const Context &context)
    {
        for (const QChar c : text) {
            const char16_t unit = c.unicode();
            if (context.preformatted && (unit == u'\n' || unit == u' ' || unit == u'\t')) {
                if (unit == u'\n') {
                    m_pendingSpace = false;
                    m_line += u'\n';
                } else {
                    m_line += u' ';
                }
                continue;
            }
            // A non-breaking space is content (it binds "40 000" together), not layout.
            if (c.isSpace() && unit != 0x00A0 && unit != 0x202F && unit != 0x2007) {
                m_pendingSpace = !m_line.isEmpty();
                continue;
            }
            if (unit == 0x00AD || (c.category() == QChar::Other_Control))
                continue;
            if (m_pendingSpace)
                m_line += u' ';
            m_pendingSpace = false;
            m_line += c;
            ++m_characters;
            if (context.link)
                ++m_linkCharacters;
        }
    }

    void separateCell()
    {
        if (!m_line.isEmpty()) {
            m_line += u" | "_s;
            m_pendingSpace = false;
        }
    }

    // Preformatted text keeps its lines, but not blank ones: a blank line
    // is what separates blocks in the text.
    static QString tidyPreformatted(const QString &raw)
    {
        QString out;
        for (QStringView line : QStringView(raw).split(u'\n')) {
            qsizetype end = line.size();
            while (end > 0 && line.at(end - 1).isSpace())
                --end;
            if (end == 0)
                continue;
            if (!out.isEmpty())
                out += u'\n';
            out += line.first(end);
        }
        return out;
    }

    void flush(const Context &context)
    {
        QString line = std::exchange(m_line, {});
        const qsizetype characters = std::exchange(m_characters, 0);
        const qsizetype linkCharacters = std::exchange(m_linkCharacters, 0);
        m_pendingSpace = false;
        if (context.preformatted) {
            line = tidyPreformatted(line);
        } else {
            // Non-breaking spaces used as indentation or padding are not content at a block's edges.
            qsizetype first = 0;
            qsizetype last = line.size();
            while (first < last && line.at(first).isSpace())
                ++first;
            while (last > first && line.at(last - 1).isSpace())
                --last;
            if (first > 0 || last < line.size())
                line = line.sliced(first, last - first);
        }
        if (line.endsWith(u" | "_s))
            line.chop(3);
        if (line.isEmpty() || characters == 0)
            return;
        if (!m_text.isEmpty())
            m_text += u"\n\n"_s;
        TextBlock block;
        block.start = m_text.size();
        m_text += line;
        block.end = m_text.size();
        block.headingLevel = context.headingLevel;
        block.listItem = context.listItem;
        block.linkDensity = double(linkCharacters) / double(characters);
        block.semantic = context.region != BlockSemantic::Unknown ? context.region : context.kind;
        m_blocks.append(block);
    }

    QString &m_text;
    TextBlocks &m_blocks;
    QString m_line;
    qsizetype m_characters = 0;
    qsizetype m_linkCharacters = 0;
    bool m_pendingSpace = false;
};

} // namespace

void BlockCollector::collect(DomNode root, QString &text, TextBlocks &blocks)
{
    Collector(text, blocks).run(root);
}

} // namespace Lectern::Models
