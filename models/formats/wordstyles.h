// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "textblock.h"

#include <QHash>
#include <QString>
#include <QXmlStreamReader>

namespace Lectern::Models {

/// The paragraph styles of a Word document (word/styles.xml), as far as they
/// say what a paragraph is: a heading of some level, a list item, a quote,
/// a caption.
class WordStyles final
{
public:
    struct Style {
        int headingLevel = 0; ///< 1..6, or 0
        bool listItem = false;
        BlockSemantic semantic = BlockSemantic::Paragraph;
    };

    /// Reads the w:style elements under the current element (w:styles).
    void read(QXmlStreamReader &xml);

    /// What a paragraph of style `styleId` is. The style's name decides
    /// ("heading 2", "Title", whatever the id), then its outline level, then
    /// the style it is based on; an id the document does not define is read
    /// as Word's own ("Heading2", "Title").
    [[nodiscard]] Style paragraphStyle(const QString &styleId) const;

private:
    struct Definition {
        QString name; ///< lower case
        QString basedOn;
        int outlineLevel = -1;
        bool numbered = false;
    };
    QHash<QString, Definition> m_styles;
};

/// "Heading3" or "heading 3" gives 3 (6 at most), "Title" 1, anything else 0.
[[nodiscard]] int headingLevelOfStyleName(QStringView name);

} // namespace Lectern::Models
