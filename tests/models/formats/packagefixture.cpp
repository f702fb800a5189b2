// SPDX-License-Identifier: GPL-3.0-or-later
#include "packagefixture.h"

#include <QDateTime>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace PackageFixture {

namespace {

const QString wordNamespaces = u"xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\" "
                               "xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\" "
                               "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""_s;

const QString odfNamespaces = u"xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\" "
                              "xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" "
                              "xmlns:table=\"urn:oasis:names:tc:opendocument:xmlns:table:1.0\" "
                              "xmlns:draw=\"urn:oasis:names:tc:opendocument:xmlns:drawing:1.0\" "
                              "xmlns:dc=\"http://purl.org/dc/elements/1.1/\" "
                              "xmlns:meta=\"urn:oasis:names:tc:opendocument:xmlns:meta:1.0\" office:version=\"1.3\""_s;

QByteArray utf8(const QString &text)
{
    return text.toUtf8();
}

} // namespace

QByteArray zipOf(const QList<Part> &parts)
{
    QString error;
    const QByteArray bytes = QdaArchive::zip(parts, QDateTime(QDate(2026, 3, 1), QTime(9, 0)), &error);
    if (bytes.isEmpty())
        qWarning("zip: %s", qPrintable(error));
    return bytes;
}

QByteArray docx(const QString &body, const QList<Part> &extra)
{
    QList<Part> parts{
        {u"[Content_Types].xml"_s,
         utf8(u"<?xml version=\"1.0\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
              "<Default Extension=\"xml\" ContentType=\"application/xml\"/></Types>"_s)},
        {u"_rels/.rels"_s,
         utf8(u"<?xml version=\"1.0\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
              "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" "
              "Target=\"word/document.xml\"/></Relationships>"_s)},
        {u"word/document.xml"_s,
         utf8(u"<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<w:document %1><w:body>%2<w:sectPr/></w:body></w:document>"_s
                  .arg(wordNamespaces, body))},
    };
    parts.append(extra);
    return zipOf(parts);
}

Part wordNotes(const QString &kind, const QList<std::pair<int, QString>> &notes)
{
    QString xml = u"<?xml version=\"1.0\"?><w:%1s %2>"_s.arg(kind, wordNamespaces);
    xml += u"<w:%1 w:type=\"separator\" w:id=\"-1\"><w:p><w:r><w:separator/></w:r></w:p></w:%1>"_s.arg(kind);
    xml += u"<w:%1 w:type=\"continuationSeparator\" w:id=\"0\"><w:p><w:r><w:t>----</w:t></w:r></w:p></w:%1>"_s.arg(kind);
    for (const auto &[id, text] : notes) {
        xml += u"<w:%1 w:id=\"%2\"><w:p><w:r><w:%1Ref/></w:r><w:r><w:t xml:space=\"preserve\"> %3</w:t></w:r></w:p></w:%1>"_s.arg(kind)
                   .arg(id)
                   .arg(text);
    }
    xml += u"</w:%1s>"_s.arg(kind);
    return {u"word/%1s.xml"_s.arg(kind), utf8(xml)};
}

QByteArray odt(const QString &text, const QString &meta, const QList<Part> &extra)
{
    QList<Part> parts{
        {u"mimetype"_s, "application/vnd.oasis.opendocument.text"},
        {u"META-INF/manifest.xml"_s,
         utf8(u"<?xml version=\"1.0\"?><manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
              "<manifest:file-entry manifest:full-path=\"/\" manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
              "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/></manifest:manifest>"_s)},
        {u"content.xml"_s,
         utf8(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<office:document-content %1><office:automatic-styles/>"
              "<office:body><office:text>%2</office:text></office:body></office:document-content>"_s.arg(odfNamespaces, text))},
    };
    if (!meta.isEmpty()) {
        parts.append({u"meta.xml"_s,
                      utf8(u"<?xml version=\"1.0\"?><office:document-meta %1><office:meta>%2</office:meta></office:document-meta>"_s
                               .arg(odfNamespaces, meta))});
    }
    parts.append(extra);
    return zipOf(parts);
}

QByteArray epub(const QString &metadata, const QString &manifest, const QString &spine, const QList<Part> &pages,
                const QList<Part> &atRoot)
{
    QList<Part> parts{
        {u"mimetype"_s, "application/epub+zip"},
        {u"META-INF/container.xml"_s,
         utf8(u"<?xml version=\"1.0\"?><container version=\"1.0\" xmlns=\"urn:oasis:names:tc:opendocument:xmlns:container\">"
              "<rootfiles><rootfile full-path=\"OEBPS/book.opf\" media-type=\"application/oebps-package+xml\"/></rootfiles></container>"_s)},
        {u"OEBPS/book.opf"_s,
         utf8(u"<?xml version=\"1.0\"?><package xmlns=\"http://www.idpf.org/2007/opf\" version=\"3.0\" unique-identifier=\"id\">"
              "<metadata xmlns:dc=\"http://purl.org/dc/elements/1.1/\">%1</metadata><manifest>%2</manifest><spine>%3</spine></package>"_s
                  .arg(metadata, manifest, spine))},
    };
    for (const Part &page : pages)
        parts.append({u"OEBPS/"_s + page.name, page.data});
    parts.append(atRoot);
    return zipOf(parts);
}

QByteArray xhtml(const QString &title, const QString &body)
{
    return utf8(u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">"
                "<head><title>%1</title></head><body>%2</body></html>"_s.arg(title, body));
}

QStringList blockTexts(const PackagedText &document)
{
    QStringList texts;
    for (const TextBlock &block : document.blocks)
        texts.append(document.text.sliced(block.start, block.length()));
    return texts;
}

TextBlock blockStarting(const PackagedText &document, const QString &start)
{
    for (const TextBlock &block : document.blocks) {
        if (QStringView(document.text).sliced(block.start, block.length()).startsWith(start))
            return block;
    }
    qWarning("no block starts with \"%s\"", qPrintable(start));
    return {.start = -1};
}

} // namespace PackageFixture
