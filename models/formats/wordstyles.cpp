// SPDX-License-Identifier: GPL-3.0-or-later
#include "wordstyles.h"

#include "packageparts.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

constexpr int maximumInheritance = 16;

} // namespace

int headingLevelOfStyleName(QStringView name)
{
    QString compact = name.toString().toLower();
    compact.remove(u' ');
    if (compact == u"title")
        return 1;
    if (!compact.startsWith(u"heading") || compact.size() == 7)
        return 0;
    bool ok = false;
    const int level = QStringView(compact).sliced(7).toInt(&ok);
    return ok && level > 0 ? std::min(level, 6) : 0;
}

void WordStyles::read(QXmlStreamReader &xml)
{
    while (xml.readNextStartElement()) {
        if (xml.name() != u"style" || PartXml::attribute(xml, u"type") != u"paragraph") {
            xml.skipCurrentElement();
            continue;
        }
        const QString id = PartXml::attribute(xml, u"styleId");
        Definition style;
        while (xml.readNextStartElement()) {
            const QStringView name = xml.name();
            if (name == u"name") {
                style.name = PartXml::attribute(xml, u"val").toLower();
            } else if (name == u"basedOn") {
                style.basedOn = PartXml::attribute(xml, u"val");
            } else if (name == u"pPr") {
                while (xml.readNextStartElement()) {
                    if (xml.name() == u"outlineLvl") {
                        bool ok = false;
                        const int level = PartXml::attribute(xml, u"val").toInt(&ok);
                        style.outlineLevel = ok ? level : -1;
                    } else if (xml.name() == u"numPr") {
                        style.numbered = true;
                        while (xml.readNextStartElement()) {
                            if (xml.name() == u"numId")
                                style.numbered = PartXml::attribute(xml, u"val").trimmed() != u"0";
                            xml.skipCurrentElement();
                        }
                        continue;
                    }
                    xml.skipCurrentElement();
                }
                continue;
            }
            xml.skipCurrentElement();
        }
        if (!id.isEmpty() && !m_styles.contains(id))
            m_styles.insert(id, style);
    }
}

WordStyles::Style WordStyles::paragraphStyle(const QString &styleId) const
{
    Style style;
    bool levelKnown = false;
    bool semanticKnown = false;
    QString id = styleId;
    for (int i = 0; i < maximumInheritance && !id.isEmpty(); ++i) {
        const auto found = m_styles.constFind(id);
        if (found == m_styles.constEnd()) {
            if (!levelKnown)
                style.headingLevel = headingLevelOfStyleName(id);
            break;
        }
        const Definition &definition = *found;
        if (!levelKnown) {
            if (const int level = headingLevelOfStyleName(definition.name); level > 0) {
                style.headingLevel = level;
                levelKnown = true;
            } else if (definition.outlineLevel >= 0 && definition.outlineLevel < 9) {
                style.headingLevel = std::min(definition.outlineLevel + 1, 6);
                levelKnown = true;
            }
        }
        if (!semanticKnown) {
            if (definition.name == u"quote" || definition.name == u"intense quote") {
                style.semantic = BlockSemantic::Quote;
                semanticKnown = true;
            } else if (definition.name == u"caption") {
                style.semantic = BlockSemantic::Caption;
                semanticKnown = true;
            }
        }
        style.listItem = style.listItem || definition.numbered;
        id = definition.basedOn;
    }
    return style;
}

} // namespace Lectern::Models
