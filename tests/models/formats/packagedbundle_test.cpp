// SPDX-License-Identifier: GPL-3.0-or-later
// Word, OpenDocument and EPUB files in a folder bundle read like any other document.
#include "documentreader.h"
#include "indexreader.h"
#include "packagefixture.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using namespace PackageFixture;

namespace {

bool write(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

class PackagedBundleTest : public QObject
{
    Q_OBJECT

private slots:
    void aFolderOfOfficeFilesReads()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString minutes = u"<w:p><w:pPr><w:pStyle w:val=\"Heading1\"/></w:pPr><w:r><w:t>Tenants' meeting</w:t></w:r></w:p>"
                                "<w:p><w:r><w:t>The lift is to be repaired before winter.</w:t></w:r></w:p>"_s;
        const Part core{u"docProps/core.xml"_s,
                        "<cp:coreProperties xmlns:cp=\"http://schemas.openxmlformats.org/package/2006/metadata/core-properties\" "
                        "xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><dc:title>Minutes, 4 March</dc:title></cp:coreProperties>"};
        QVERIFY(write(dir.filePath(u"a-minutes.docx"_s), docx(minutes, {core})));
        QVERIFY(write(dir.filePath(u"b-letter.odt"_s), odt(u"<text:p>Dear neighbours, the lift works again.</text:p>"_s)));
        QVERIFY(write(dir.filePath(u"c-broken.docx"_s), zipOf({{u"word/document.xml"_s, "<w:document>"}})));
        QVERIFY(write(dir.filePath(u"d-notes.txt"_s), "Plain notes stay plain.\n"));

        const Bundle bundle = IndexReader::read(dir.path());
        QCOMPARE(bundle.documents.size(), 4);
        const DocumentEntry &entry = bundle.documents.at(bundle.indexOfId(u"a-minutes"_s));
        QCOMPARE(entry.format, DocumentFormat::Docx);
        QCOMPARE(DocumentReader::check(entry, bundle.rootDir, {}).status, DocumentStatus::Ok);

        const DocumentText minutesText = DocumentReader::read(entry, bundle.rootDir, {});
        QCOMPARE(minutesText.status, DocumentStatus::Ok);
        QCOMPARE(minutesText.text, u"Tenants' meeting\n\nThe lift is to be repaired before winter."_s);
        QCOMPARE(minutesText.blocks.size(), 2);
        QCOMPARE(minutesText.blocks.constFirst().headingLevel, 1);
        QCOMPARE(minutesText.metadata.title, u"Minutes, 4 March"_s);

        const DocumentText letter = DocumentReader::read(bundle.documents.at(bundle.indexOfId(u"b-letter"_s)), bundle.rootDir, {});
        QCOMPARE(letter.status, DocumentStatus::Ok);
        QCOMPARE(letter.text, u"Dear neighbours, the lift works again."_s);

        // A broken one is refused with what is wrong; the rest of the bundle reads.
        const DocumentText broken = DocumentReader::read(bundle.documents.at(bundle.indexOfId(u"c-broken"_s)), bundle.rootDir, {});
        QCOMPARE(broken.status, DocumentStatus::Error);
        QCOMPARE(broken.diagnostics.size(), 1);
        QVERIFY2(broken.diagnostics.constFirst().message.contains(u"word/document.xml is not well-formed XML"_s),
                 qPrintable(broken.diagnostics.constFirst().message));
        const DocumentText notes = DocumentReader::read(bundle.documents.at(bundle.indexOfId(u"d-notes"_s)), bundle.rootDir, {});
        QCOMPARE(notes.status, DocumentStatus::Ok);
    }
};

QTEST_GUILESS_MAIN(PackagedBundleTest)
#include "packagedbundle_test.moc"
