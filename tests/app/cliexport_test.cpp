// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli export, import and annotations as a script uses them.
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QByteArray out;
    QString err;
};

Run runCli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(LECTERN_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), process.readAllStandardOutput(), QString::fromUtf8(process.readAllStandardError())};
}

bool copySample(const QTemporaryDir &dir)
{
    const QDir sample(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s);
    for (const QString &name : sample.entryList(QDir::Files)) {
        if (!name.contains(u".sqlite"_s) && !QFile::copy(sample.filePath(name), dir.filePath(name)))
            return false;
    }
    return true;
}

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

// newsroom-annotations.jsonld: two annotations on the sample's Ohio story, a
// claim with a note, a tag and a status, and its evidence.
QByteArray testData(const QString &name)
{
    QFile file(QStringLiteral(LECTERN_TEST_DATA) + u"/export/"_s + name);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}


/// A bundle a stranger made: formulas and terminal escapes in its metadata,
/// its text and (once imported) its annotations. Returns the index path.
QString writeHostileBundle(const QTemporaryDir &dir)
{
    const QJsonObject document{{u"id"_s, u"evil"_s},
                               {u"path"_s, u"evil.txt"_s},
                               {u"title"_s, u"Title \u001b[31mred\u001b[0m"_s},
                               {u"url"_s, u"javascript:alert(1)"_s}};
    const QJsonObject manifest{{u"name"_s, u"Hostile\u001b[2J"_s}, {u"documents"_s, QJsonArray{document}}};
    const QByteArray text = "Intro. =HYPERLINK(\"http://evil.test\") then \x1b[2J cleared.\n";
    const auto annotation = [](const QString &uuid, const QString &quote, const QJsonArray &bodies) {
        return QJsonObject{{u"id"_s, QString(u"urn:uuid:"_s + uuid)},
                           {u"type"_s, u"Annotation"_s},
                           {u"body"_s, bodies},
                           {u"target"_s, QJsonObject{{u"source"_s, u"urn:lectern:x:evil"_s},
                                                     {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                                 {u"exact"_s, quote}}}}}};
    };
    const auto body = [](const QString &purpose, const QString &value) {
        return QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
    };
    const QJsonArray items{
        annotation(u"1a0f3c1e-9a55-4d8e-8d3f-1c2b3a4d5e6f"_s, u"=HYPERLINK(\"http://evil.test\")"_s,
                   {body(u"commenting"_s, u"=cmd|' /C calc'!A0"_s), body(u"tagging"_s, u"@SUM(1)"_s)}),
        annotation(u"2b1f3c1e-9a55-4d8e-8d3f-1c2b3a4d5e6f"_s, u"\u001b[2J cleared"_s,
                   {body(u"commenting"_s, u"\u001b]0;owned\u0007"_s)})};
    const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, items}};
    const QString index = dir.filePath(u"bundle.json"_s);
    if (!writeFile(index, QJsonDocument(manifest).toJson()) || !writeFile(dir.filePath(u"evil.txt"_s), text)
        || !writeFile(dir.filePath(u"in.jsonld"_s), QJsonDocument(page).toJson()))
        return {};
    return index;
}

} // namespace

class CliExportTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void importListExport()
    {
        QTemporaryDir dir;
        QVERIFY(copySample(dir));
        const QString index = dir.filePath(u"bundle.json"_s);
        const QString file = dir.filePath(u"in.jsonld"_s);
        QVERIFY(writeFile(file, testData(u"newsroom-annotations.jsonld"_s)));

        // Before anything is imported there is nothing to export.
        const Run empty = runCli({u"annotations"_s, index});
        QCOMPARE(empty.exitCode, 0);
        QVERIFY(empty.err.contains(u"0 annotations"_s));
        const Run nothing = runCli({u"export"_s, index, u"--format"_s, u"md"_s, u"--out"_s, dir.filePath(u"x.md"_s)});
        QCOMPARE(nothing.exitCode, 3);
        QVERIFY(nothing.err.contains(u"no annotations yet"_s));

        const Run imported = runCli({u"import"_s, index, file});
        QCOMPARE(imported.exitCode, 0);
        QVERIFY2(imported.err.contains(u"imported 2 annotations"_s), qPrintable(imported.err));

        const Run listed = runCli({u"annotations"_s, index, u"--json"_s});
        QCOMPARE(listed.exitCode, 0);
        const QJsonArray list = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(list.size(), 2);
        const QJsonObject claim = list.at(0).toObject();
        QCOMPARE(claim.value(u"quote"_s).toString(), u"She set a goal of 600 billion yen"_s);
        QCOMPARE(claim.value(u"label"_s).toString(), u"Claim"_s);
        QCOMPARE(claim.value(u"status"_s).toString(), u"unverified"_s);
        QCOMPARE(claim.value(u"tags"_s).toArray().at(0).toString(), u"targets"_s);
        QCOMPARE(claim.value(u"evidence"_s).toArray().size(), 1);
        QCOMPARE(claim.value(u"end"_s).toInt() - claim.value(u"start"_s).toInt(), 33);

        // Markdown to standard output, filtered by label.
        const Run md = runCli({u"export"_s, index, u"--format"_s, u"md"_s, u"--out"_s, u"-"_s, u"--label"_s, u"claim"_s});
        QCOMPARE(md.exitCode, 0);
        const QString markdown = QString::fromUtf8(md.out);
        QVERIFY(markdown.contains(u"> She set a goal of 600 billion yen"_s));
        QVERIFY(!markdown.contains(u"Cost per cycle"_s));
        QVERIFY(markdown.contains(u"Check the report \U0001F4C8"_s));

        // Every format writes a file of its kind.
        const QHash<QString, QByteArray> magic{{u"html"_s, "<!DOCTYPE html>"}, {u"csv"_s, "document_id,"},
                                               {u"jsonld"_s, "{"},                {u"odt"_s, "PK"},
                                               {u"pdf"_s, "%PDF-"},              {u"jsonl"_s, "{\"absorbed\""},
                                               {u"qdpx"_s, "PK"},                {u"qdc"_s, "<?xml"}};
        for (auto it = magic.cbegin(); it != magic.cend(); ++it) {
            const QString out = dir.filePath(u"out."_s + it.key());
            const Run run = runCli({u"export"_s, index, u"--format"_s, it.key(), u"--out"_s, out});
            QVERIFY2(run.exitCode == 0, qPrintable(it.key() + u": "_s + run.err));
            QFile written(out);
            QVERIFY(written.open(QIODevice::ReadOnly));
            QVERIFY2(written.readAll().startsWith(it.value()), qPrintable(it.key()));
        }

        // Exporting and importing into a fresh copy of the bundle gives the same annotations.
        QTemporaryDir other;
        QVERIFY(copySample(other));
        const Run again = runCli({u"import"_s, other.filePath(u"bundle.json"_s), dir.filePath(u"out.jsonld"_s)});
        QCOMPARE(again.exitCode, 0);
        const Run relisted = runCli({u"annotations"_s, other.filePath(u"bundle.json"_s), u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(relisted.out), QJsonDocument::fromJson(listed.out));

        // The same through a REFI-QDA project.
        QTemporaryDir third;
        QVERIFY(copySample(third));
        const Run fromQda = runCli({u"import"_s, third.filePath(u"bundle.json"_s), dir.filePath(u"out.qdpx"_s)});
        QVERIFY2(fromQda.exitCode == 0, qPrintable(fromQda.err));
        const Run qdaListed = runCli({u"annotations"_s, third.filePath(u"bundle.json"_s), u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(qdaListed.out), QJsonDocument::fromJson(listed.out));
    }

    void badInputSaysWhatAndWhere()
    {
        QTemporaryDir dir;
        QVERIFY(copySample(dir));
        const QString index = dir.filePath(u"bundle.json"_s);
        const Run noFormat = runCli({u"export"_s, index, u"--out"_s, dir.filePath(u"x"_s)});
        QCOMPARE(noFormat.exitCode, 2);
        QVERIFY(noFormat.err.contains(u"--format"_s));
        const Run badFormat = runCli({u"export"_s, index, u"--format"_s, u"docx"_s, u"--out"_s, dir.filePath(u"x"_s)});
        QCOMPARE(badFormat.exitCode, 2);
        const Run missing = runCli({u"import"_s, index, dir.filePath(u"nope.jsonld"_s)});
        QCOMPARE(missing.exitCode, 3);
        QVERIFY(missing.err.contains(u"nope.jsonld"_s));
        const Run noFile = runCli({u"import"_s, index});
        QCOMPARE(noFile.exitCode, 2);

        QVERIFY(writeFile(dir.filePath(u"broken.jsonld"_s), "{\n\"type\": \"AnnotationPage\",\n\"items\": [,]\n}"));
        const Run broken = runCli({u"import"_s, index, dir.filePath(u"broken.jsonld"_s)});
        QVERIFY2(broken.err.contains(u"line 3"_s), qPrintable(broken.err));

        QVERIFY(QFile::copy(QStringLiteral(LECTERN_TEST_DATA) + u"/export/stray-annotation.jsonld"_s, dir.filePath(u"stray.jsonld"_s)));
        const Run stray = runCli({u"import"_s, index, dir.filePath(u"stray.jsonld"_s)});
        QCOMPARE(stray.exitCode, 3);
        QVERIFY(stray.err.contains(u"words no document holds"_s));
        QVERIFY(stray.err.contains(u"1 could not be placed"_s));

        // A database file that is not Lectern's is refused, and left as it was.
        const QString notADatabase = dir.filePath(u"notes.sqlite"_s);
        QVERIFY(writeFile(notADatabase, "these are my notes, not a database"));
        const Run refused = runCli({u"import"_s, index, dir.filePath(u"stray.jsonld"_s), u"--database"_s, notADatabase});
        QCOMPARE(refused.exitCode, 3);
        QFile kept(notADatabase);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("these are my notes, not a database"));
    }

    void importBudgetsAreTheUsersToSet()
    {
        QTemporaryDir dir;
        const QString index = writeHostileBundle(dir);
        QVERIFY(!index.isEmpty());
        // One annotation whose note is 3,000 characters long.
        const QJsonObject annotation{
            {u"id"_s, u"urn:uuid:3c2f3c1e-9a55-4d8e-8d3f-1c2b3a4d5e6f"_s},
            {u"type"_s, u"Annotation"_s},
            {u"body"_s, QJsonArray{QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, u"commenting"_s}, {u"value"_s, QString(3000, u'n')}}}},
            {u"target"_s, QJsonObject{{u"source"_s, u"urn:lectern:x:evil"_s},
                                      {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, u"Intro."_s}}}}}};
        QVERIFY(writeFile(dir.filePath(u"long.jsonld"_s),
                          QJsonDocument(QJsonObject{{u"type"_s, u"AnnotationPage"_s}, {u"items"_s, QJsonArray{annotation}}}).toJson()));

        const Run bad = runCli({u"import"_s, index, dir.filePath(u"long.jsonld"_s), u"--max-note-size"_s, u"0"_s});
        QCOMPARE(bad.exitCode, 2);
        QVERIFY2(bad.err.contains(u"--max-note-size"_s), qPrintable(bad.err));

        const Run cut = runCli({u"import"_s, index, dir.filePath(u"long.jsonld"_s), u"--max-note-size"_s, u"2"_s});
        QVERIFY2(cut.exitCode == 0, qPrintable(cut.err));
        QVERIFY2(cut.err.contains(u"3000"_s) || cut.err.contains(u"3,000"_s), qPrintable(cut.err));
        const Run listed = runCli({u"annotations"_s, index, u"--json"_s});
        const QJsonArray items = QJsonDocument::fromJson(listed.out).array();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(u"note"_s).toString(), QString(2048, u'n'));
    }

    void csvExportNeutralisesFormulasUnlessRaw()
    {
        QTemporaryDir dir;
        const QString index = writeHostileBundle(dir);
        QVERIFY(!index.isEmpty());
        const Run imported = runCli({u"import"_s, index, dir.filePath(u"in.jsonld"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        // By default a spreadsheet program shows the formulas as text.
        const Run safe = runCli({u"export"_s, index, u"--format"_s, u"csv"_s, u"--out"_s, u"-"_s});
        QVERIFY2(safe.exitCode == 0, qPrintable(safe.err));
        QVERIFY2(safe.out.contains(",'=cmd|' /C calc'!A0,"), safe.out.constData());
        QVERIFY(safe.out.contains(",'@SUM(1),"));
        QVERIFY(safe.out.contains(",\"'=HYPERLINK(\"\"http://evil.test\"\")\","));
        QVERIFY(!safe.out.contains(",=cmd|"));

        // --csv-raw writes the cells as they are, for tools that want them.
        const Run raw = runCli({u"export"_s, index, u"--format"_s, u"csv"_s, u"--csv-raw"_s, u"--out"_s, u"-"_s});
        QVERIFY2(raw.exitCode == 0, qPrintable(raw.err));
        QVERIFY2(raw.out.contains(",=cmd|' /C calc'!A0,"), raw.out.constData());
        QVERIFY(raw.out.contains(",\"=HYPERLINK(\"\"http://evil.test\"\")\","));
    }

    void terminalShowsControlCharactersEscaped()
    {
        QTemporaryDir dir;
        const QString index = writeHostileBundle(dir);
        QVERIFY(!index.isEmpty());
        const Run imported = runCli({u"import"_s, index, dir.filePath(u"in.jsonld"_s)});
        QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

        // No escape sequence reaches the terminal: each control shows as \x1b.
        const Run info = runCli({u"info"_s, index});
        QCOMPARE(info.exitCode, 0);
        QVERIFY2(!info.out.contains('\x1b'), info.out.constData());
        QVERIFY2(info.out.contains("Title \\x1b[31mred\\x1b[0m"), info.out.constData());
        QVERIFY(info.out.contains("Hostile\\x1b[2J"));
        const Run listed = runCli({u"annotations"_s, index});
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(!listed.out.contains('\x1b'), listed.out.constData());
        QVERIFY2(listed.out.contains("\\x1b[2J cleared"), listed.out.constData());
        // JSON output escapes them already, and keeps the text exact.
        const Run json = runCli({u"annotations"_s, index, u"--json"_s});
        QVERIFY(!json.out.contains('\x1b'));
        QVERIFY(QString::fromUtf8(json.out).contains(u"\\u001b[2J cleared"_s));
    }

    void everyCommandEscapesWhatTheBundleSays()
    {
        QTemporaryDir dir;
        // A document id, a gazetteer name and a file name, each with a control sequence in it.
        const QJsonObject document{{u"id"_s, u"evil\u001b[2J"_s}, {u"path"_s, u"evil.txt"_s}};
        const QJsonObject manifest{{u"name"_s, u"Hostile"_s}, {u"gazetteer"_s, u"names.tsv"_s}, {u"documents"_s, QJsonArray{document}}};
        QVERIFY(writeFile(dir.filePath(u"bundle.json"_s), QJsonDocument(manifest).toJson()));
        QVERIFY(writeFile(dir.filePath(u"evil.txt"_s),
                          "Kestrel\x1b]0;owned\x07 Research said on Monday that its plant would open next year, and the city agreed.\n"));
        QVERIFY(writeFile(dir.filePath(u"names.tsv"_s), "Kestrel\x1b]0;owned\x07 Research\torganisation\texact\n"));
        const QString index = dir.filePath(u"bundle.json"_s);

        const Run segmented = runCli({u"segment"_s, index});
        QCOMPARE(segmented.exitCode, 0);
        QVERIFY2(!segmented.out.contains('\x1b') && !segmented.err.contains(u'\x1b'), segmented.out.constData());
        QVERIFY2(segmented.out.contains("== evil\\x1b[2J"), segmented.out.constData());

        const Run entities = runCli({u"entities"_s, index});
        QCOMPARE(entities.exitCode, 0);
        QVERIFY2(!entities.out.contains('\x1b') && !entities.out.contains('\x07'), entities.out.constData());
        QVERIFY2(entities.out.contains("Kestrel\\x1b]0;owned\\x07 Research\torganisation\t1 mention"), entities.out.constData());

        // An error quoting a path the user typed shows its controls too.
        const Run missing = runCli({u"info"_s, dir.filePath(u"gone\u001b[31m.json"_s)});
        QVERIFY(missing.exitCode != 0);
        QVERIFY2(!missing.err.contains(u'\x1b'), qPrintable(missing.err));
        QVERIFY2(missing.err.contains(u"gone\\x1b[31m.json"_s), qPrintable(missing.err));
    }
};

QTEST_MAIN(CliExportTest)
#include "cliexport_test.moc"
