// SPDX-License-Identifier: GPL-3.0-or-later
// EPUB books: META-INF/container.xml leads to the package document (OPF),
// whose spine lists the chapters in reading order; each is an XHTML page
// read by the HTML reader. docs/formats.md says what is read.
#include "blockwriter.h"
#include "htmlpage.h"
#include "legacyencoding.h"
#include "packageddocument.h"
#include "packageparts.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

/// Chapters skipped are each named in a note, up to this many.
constexpr int maximumNamedProblems = 10;

struct Item {
    QString path;
    QString mediaType;
};

struct Package {
    PageMetadata metadata;
    QHash<QString, Item> manifest; ///< by id
    QStringList spine;             ///< item ids in reading order
};

void readMetadata(QXmlStreamReader &xml, PageMetadata &metadata)
{
    while (xml.readNextStartElement()) {
        const QStringView name = xml.name();
        QString *field = name == u"title" ? &metadata.title
            : name == u"creator"          ? &metadata.author
            : name == u"date"             ? &metadata.published
            : name == u"language"         ? &metadata.language
                                          : nullptr;
        if (field && field->isEmpty())
            *field = PartXml::simplifiedText(xml);
        else
            xml.skipCurrentElement();
    }
}

void readPackage(QXmlStreamReader &xml, const QString &opf, Package &package)
{
    while (xml.readNextStartElement()) {
        const QStringView section = xml.name();
        if (section == u"metadata") {
            readMetadata(xml, package.metadata);
        } else if (section == u"manifest") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"item") {
                    const QString id = PartXml::attribute(xml, u"id");
                    if (!package.manifest.contains(id))
                        package.manifest.insert(id, {PartXml::resolve(opf, PartXml::attribute(xml, u"href")),
                                                     PartXml::attribute(xml, u"media-type").trimmed().toLower()});
                }
                xml.skipCurrentElement();
            }
        } else if (section == u"spine") {
            while (xml.readNextStartElement()) {
                if (xml.name() == u"itemref")
                    package.spine.append(PartXml::attribute(xml, u"idref"));
                xml.skipCurrentElement();
            }
        } else {
            xml.skipCurrentElement();
        }
    }
}

/// The parts META-INF/encryption.xml says are encrypted, other than fonts
/// obfuscated the way EPUB allows (which any reader can undo and we never read).
QSet<QString> encryptedParts(PackageParts &parts, QString *error)
{
    QSet<QString> encrypted;
    *error = parts.readXml(u"META-INF/encryption.xml"_s, [&](QXmlStreamReader &xml) {
        QString algorithm;
        int depth = 0;
        while (!xml.atEnd()) {
            const QXmlStreamReader::TokenType token = xml.readNext();
            if (token == QXmlStreamReader::EndElement && --depth < 0)
                break;
            if (token != QXmlStreamReader::StartElement)
                continue;
            ++depth;
            if (xml.name() == u"EncryptedData") {
                algorithm.clear();
            } else if (xml.name() == u"EncryptionMethod") {
                algorithm = PartXml::attribute(xml, u"Algorithm");
            } else if (xml.name() == u"CipherReference") {
                const bool fontObfuscation = algorithm == u"http://www.idpf.org/2008/embedding"
                    || algorithm == u"http://ns.adobe.com/pdf/enc#RC";
                const QString path = PartXml::resolve(QString(), PartXml::attribute(xml, u"URI"));
                if (!fontObfuscation && !path.isEmpty())
                    encrypted.insert(path.toLower());
            }
        }
    });
    return encrypted;
}

QString notEpub(const QString &why)
{
    return FormatText::tr("not an EPUB book: %1").arg(why);
}

} // namespace

PackagedText readEpubDocument(const QByteArray &bytes)
{
    PackagedText result;
    PackageParts parts(bytes);
    if (!parts.isOpen()) {
        result.error = notEpub(FormatText::tr("the ZIP package cannot be opened (%1)").arg(parts.error()));
        return result;
    }
    const QString container = u"META-INF/container.xml"_s;
    if (!parts.contains(container)) {
        result.error = notEpub(FormatText::tr("the package holds no %1").arg(container));
        return result;
    }
    QString opf;
    QString error = parts.readXml(container, [&](QXmlStreamReader &xml) {
        while (!xml.atEnd() && opf.isEmpty()) {
            if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == u"rootfile")
                opf = PartXml::resolve(QString(), PartXml::attribute(xml, u"full-path"));
        }
    });
    if (!error.isEmpty() || opf.isEmpty()) {
        result.error = error.isEmpty() ? notEpub(FormatText::tr("%1 names no package document").arg(container)) : error;
        return result;
    }
    if (!parts.contains(opf)) {
        result.error = FormatText::tr("the book's package document %1 is missing").arg(opf);
        return result;
    }
    Package package;
    error = parts.readXml(opf, [&](QXmlStreamReader &xml) { readPackage(xml, opf, package); });
    if (!error.isEmpty()) {
        result.error = error;
        return result;
    }
    result.metadata = package.metadata;
    if (package.spine.isEmpty()) {
        result.error = FormatText::tr("the book lists no chapters (its spine in %1 is empty)").arg(opf);
        return result;
    }

    if (parts.contains(u"META-INF/encryption.xml"_s)) {
        const QSet<QString> encrypted = encryptedParts(parts, &error);
        qsizetype locked = 0;
        for (const QString &id : std::as_const(package.spine)) {
            if (encrypted.contains(package.manifest.value(id).path.toLower()))
                ++locked;
        }
        if (locked > 0) {
            result.error
                = FormatText::tr("the book is encrypted (DRM): %1 of its %2 chapters cannot be read without the seller's key, "
                                 "and Lectern does not remove DRM")
                      .arg(locked)
                      .arg(package.spine.size());
            return result;
        }
        if (!error.isEmpty())
            result.notes.append(error);
    }

    BlockWriter writer;
    QStringList skipped;
    int read = 0;
    for (const QString &id : std::as_const(package.spine)) {
        const auto item = package.manifest.constFind(id);
        if (item == package.manifest.constEnd()) {
            skipped.append(FormatText::tr("the spine names an item \"%1\" the manifest does not list").arg(id));
            continue;
        }
        if (item->path.isEmpty()) {
            skipped.append(FormatText::tr("the item \"%1\" does not lead to a part of the book").arg(id));
            continue;
        }
        if (item->mediaType != u"application/xhtml+xml" && item->mediaType != u"text/html") {
            skipped.append(
                FormatText::tr("%1 is %2, not a page")
                    .arg(item->path, item->mediaType.isEmpty() ? FormatText::tr("of no media type") : item->mediaType));
            continue;
        }
        if (!parts.contains(item->path)) {
            skipped.append(FormatText::tr("%1 is missing from the book").arg(item->path));
            continue;
        }
        const std::optional<QByteArray> page = parts.read(item->path, &error);
        if (!page) {
            skipped.append(error);
            continue;
        }
        const DecodedText decoded = TextDecoder::decode(*page, item->path, LegacyEncoding::declaredInHtml(*page));
        if (decoded.binary) {
            skipped.append(FormatText::tr("%1 is not text").arg(item->path));
            continue;
        }
        const HtmlPage html = HtmlPage::read(decoded.text);
        for (const TextBlock &block : html.blocks)
            writer.add(QStringView(html.text).sliced(block.start, block.length()), block);
        for (const QString &note : html.notes)
            result.notes.append(u"%1: %2"_s.arg(item->path, note));
        ++read;
    }
    for (qsizetype i = 0; i < std::min<qsizetype>(skipped.size(), maximumNamedProblems); ++i)
        result.notes.append(FormatText::tr("a chapter was skipped: %1").arg(skipped.at(i)));
    if (skipped.size() > maximumNamedProblems)
        result.notes.append(FormatText::tr("%1 more chapters were skipped").arg(skipped.size() - maximumNamedProblems));
    if (read == 0 || writer.text().isEmpty()) {
        result.error = skipped.isEmpty()
            ? FormatText::tr("the book's chapters hold no text")
            : FormatText::tr("the book has no chapter that could be read (%1)").arg(skipped.constFirst());
        result.notes.clear();
        return result;
    }
    result.text = writer.takeText();
    result.blocks = writer.takeBlocks();
    return result;
}

} // namespace Lectern::Models
