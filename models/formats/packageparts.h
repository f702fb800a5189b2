// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"
#include "qdaarchive.h"

#include <QByteArray>
#include <QString>
#include <QXmlStreamReader>

#include <functional>
#include <optional>

namespace Lectern::Models {

/// The parts of a ZIP package (Word, OpenDocument, EPUB), unpacked within
/// the limits a document gets, and read as XML without letting a part
/// expand beyond itself. Every message names the part it is about.
class PackageParts final
{
public:
    /// The limits for one document's package: a part, all parts together,
    /// the compression ratio past which a part is taken for a ZIP bomb, and
    /// what internal XML entities may add.
    [[nodiscard]] static ImportLimits limits();

    explicit PackageParts(const QByteArray &bytes);

    /// False, with error(), when the bytes are no ZIP archive libzip can open.
    [[nodiscard]] bool isOpen() const { return m_archive.isOpen(); }
    [[nodiscard]] QString error() const { return m_archive.error(); }
    [[nodiscard]] bool contains(const QString &name) const { return m_archive.contains(name); }
    [[nodiscard]] QStringList names() const { return m_archive.names(); }

    /// The part named `name` (matched ignoring case), or nothing with *error.
    [[nodiscard]] std::optional<QByteArray> read(const QString &name, QString *error);

    /// Reads the part `name` as XML: `read` is called with the reader at
    /// its root element. Returns what went wrong (the part missing, over a
    /// limit, malformed anywhere), or an empty string.
    [[nodiscard]] QString readXml(const QString &name, const std::function<void(QXmlStreamReader &)> &read);

private:
    QdaArchive m_archive;
};

/// Helpers for reading a part's XML with QXmlStreamReader.
namespace PartXml {

/// Moves `xml` (reading `bytes`, the part `part`) to its root element. False,
/// with *error, when there is none, when the XML is malformed before it, or
/// when the entities its DTD declares would expand past the limit. External
/// entities are never fetched (QXmlStreamReader does not).
[[nodiscard]] bool toRoot(QXmlStreamReader &xml, const QByteArray &bytes, const QString &part, QString *error);

/// "word/document.xml is not well-formed XML (line 3, column 7: ...)".
[[nodiscard]] QString malformed(const QXmlStreamReader &xml, const QString &part);

/// The value of the attribute with local name `name`, in any namespace.
[[nodiscard]] QString attribute(const QXmlStreamReader &xml, QStringView name);

/// The text of the current element and all its descendants, white space
/// collapsed; leaves `xml` at its end element.
[[nodiscard]] QString simplifiedText(QXmlStreamReader &xml);

/// `href` (as written in the part `from`: relative, percent-encoded, maybe
/// with a fragment) as a path inside the package; empty when it leads out
/// of the package or is not a relative reference.
[[nodiscard]] QString resolve(const QString &from, const QString &href);

} // namespace PartXml

/// "1 embedded object was not read", "3 embedded objects were not read".
[[nodiscard]] QString embeddedObjectsNote(int count);

/// Elements nested deeper than this in a document's body are skipped (with
/// a note), so that no reader recurses without bound.
inline constexpr int MaximumNesting = 200;

} // namespace Lectern::Models
