// SPDX-License-Identifier: GPL-3.0-or-later
// What each export format gives a researcher: the quotes exactly, positions
// in code points, labels, notes, tags, entities and a way back to the source.
#include "exportfixture.h"

#include "corpusexport.h"
#include "exporter.h"
#include "exportwriters.h"
#include "importplacer.h"
#include "documentreader.h"
#include "indexreader.h"
#include "qdaproject.h"
#include "webannotation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

/// The [start, end) code points of @p text.
QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    QList<uint> slice = ucs4.mid(start, end - start);
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(slice.constData()), slice.size());
}

const ExportItem *itemWithId(const ExportSet &set, const QString &id)
{
    for (const ExportItem &item : set.items) {
        if (item.annotation.id == id)
            return &item;
    }
    return nullptr;
}

QList<QStringList> parseCsv(const QByteArray &bytes)
{
    // A strict RFC 4180 reader: what a spreadsheet program does.
    QList<QStringList> rows;
    QStringList row;
    QString field;
    const QString text = QString::fromUtf8(bytes);
    bool quoted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"' && i + 1 < text.size() && text.at(i + 1) == u'"') {
                field += u'"';
                ++i;
            } else if (c == u'"') {
                quoted = false;
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
        } else if (c == u',') {
            row.append(field);
            field.clear();
        } else if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n') {
            row.append(field);
            rows.append(row);
            row.clear();
            field.clear();
            ++i;
        } else {
            field += c;
        }
    }
    return rows;
}

} // namespace

class ExportTest : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void positionsAreCodePointsOfTheLfText();
    void filtersSelectAnnotations();
    void markdownQuotesExactlyAndCites();
    void htmlIsSelfContained();
    void csvFollowsRfc4180();
    void webAnnotationHasSelectorsAndBodies();
    void webAnnotationRoundTripIsIdentical();
    void qdaProjectRoundTripIsIdentical();
    void importPlacesByUrlUrnAndQuote();
    void importReportsBadInput();
    void importReportsPositionsPastTheEnd();
    void importGivesUpOnOverlongQuotes();
    void importCutsLongNotes();
    void reportsAreOdtAndPdf();
    void corpusCollapsesDuplicates();
    void failedWriteLeavesNoFile();
};

void ExportTest::positionsAreCodePointsOfTheLfText()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const ExportSet set = fixture.exportSet();
    QCOMPARE(set.items.size(), 4);
    const ExportItem *claim = itemWithId(set, fixture.claim);
    QVERIFY(claim);
    const QString &text = set.documentOf(*claim).text;
    QVERIFY(!text.contains(u'\r'));
    // Two characters outside the BMP come before the quote: UTF-16 counts two more.
    QCOMPARE(claim->annotation.start - claim->start, 2);
    QCOMPARE(codePointSlice(text, claim->start, claim->end), u"The \u00C5land Board agreed"_s);

    // Every format that counts positions uses these numbers.
    const QJsonObject collection = QJsonDocument::fromJson(webAnnotationExport(set)).object();
    const QJsonArray items = collection.value(u"first"_s).toObject().value(u"items"_s).toArray();
    bool seen = false;
    for (const QJsonValue &value : items) {
        const QJsonObject annotation = value.toObject();
        if (annotation.value(u"id"_s).toString() != u"urn:uuid:"_s + fixture.claim)
            continue;
        seen = true;
        const QJsonArray selectors = annotation.value(u"target"_s).toObject().value(u"selector"_s).toArray();
        const QJsonObject position = selectors.at(1).toObject();
        QCOMPARE(position.value(u"type"_s).toString(), u"TextPositionSelector"_s);
        QCOMPARE(position.value(u"start"_s).toInteger(), claim->start);
        QCOMPARE(position.value(u"end"_s).toInteger(), claim->end);
    }
    QVERIFY(seen);
    const QList<QStringList> rows = parseCsv(csvExport(set, {}));
    bool csvSeen = false;
    for (const QStringList &row : rows) {
        if (row.value(5) == u"The \u00C5land Board agreed"_s) {
            csvSeen = true;
            QCOMPARE(row.value(3).toLongLong(), claim->start);
            QCOMPARE(row.value(4).toLongLong(), claim->end);
        }
    }
    QVERIFY(csvSeen);
}

void ExportTest::filtersSelectAnnotations()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const auto ids = [&](const ExportFilter &filter) {
        QStringList out;
        for (const ExportItem &item : fixture.exportSet(filter).items)
            out.append(item.annotation.id);
        std::sort(out.begin(), out.end());
        return out;
    };
    const auto sorted = [](QStringList list) {
        std::sort(list.begin(), list.end());
        return list;
    };
    ExportFilter byLabel;
    byLabel.codeId = u"claim"_s; // the subtree: Claim and Claim / Pricing
    QCOMPARE(ids(byLabel), sorted({fixture.claim, fixture.pricing}));
    ExportFilter byName;
    byName.codeName = u"pricing"_s;
    QCOMPARE(ids(byName), QStringList{fixture.pricing});
    ExportFilter byStatus;
    byStatus.statuses = {ClaimStatus::Supported};
    QCOMPARE(ids(byStatus), QStringList{fixture.claim});
    ExportFilter byTag;
    byTag.tags = {u"Q1"_s};
    QCOMPARE(ids(byTag), sorted({fixture.claim, fixture.pricing}));
    ExportFilter byDocument;
    byDocument.documentIds = {u"beta"_s};
    QCOMPARE(ids(byDocument), sorted({fixture.multiLine, fixture.pricing}));
    ExportFilter byEntity;
    byEntity.entity = u"the board"_s; // an alias finds the entity
    QCOMPARE(ids(byEntity), QStringList{fixture.claim});
    ExportFilter byText;
    byText.text = u"ISN'T"_s; // in a note
    QCOMPARE(ids(byText), QStringList{fixture.multiLine});

    // The evidence link survives only when both ends are exported.
    QCOMPARE(fixture.exportSet().links.size(), 1);
    QCOMPARE(fixture.exportSet(byStatus).links.size(), 0);
}

void ExportTest::markdownQuotesExactlyAndCites()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QString md = QString::fromUtf8(markdownExport(fixture.exportSet(), {}));
    QVERIFY2(md.contains(u"## Alpha report\n"_s), qPrintable(md));
    QVERIFY(md.contains(u"<https://example.test/alpha> · 2026-03-01"_s));
    QVERIFY(md.contains(u"> The \u00C5land Board agreed\n"_s));
    // A quote over two lines stays one block quote; its quotes and comma are kept.
    QVERIFY(md.contains(u"> a claim, with comma and \"quotes\"\n> across lines\n"_s));
    QVERIFY(md.contains(u"**Claim** · status: supported · tags: budget, q1 · entities: \u00C5land Board"_s));
    QVERIFY(md.contains(u"**Claim / Pricing**"_s));
    QVERIFY(md.contains(u"Check the **minutes**.\nSecond line \U0001F642"_s));
    QVERIFY(md.contains(u"— Alpha report, https://example.test/alpha, 2026-03-01, characters "_s));

    ExportOptions byLabel;
    byLabel.grouping = ExportGrouping::Label;
    const QString grouped = QString::fromUtf8(markdownExport(fixture.exportSet(), byLabel));
    QVERIFY(grouped.indexOf(u"## Claim\n"_s) < grouped.indexOf(u"## Claim / Pricing\n"_s));
    QVERIFY(grouped.contains(u"## Without a label\n"_s));
    ExportOptions byClaim;
    byClaim.grouping = ExportGrouping::Claim;
    const QString claims = QString::fromUtf8(markdownExport(fixture.exportSet(), byClaim));
    // The claim's heading, then the claim, then its evidence.
    const qsizetype heading = claims.indexOf(u"## The \u00C5land Board agreed\n"_s);
    QVERIFY(heading >= 0);
    QVERIFY(claims.indexOf(u"> spend \u20AC3 million"_s) > heading);
    QVERIFY(claims.indexOf(u"## Other excerpts"_s) > claims.indexOf(u"> spend \u20AC3 million"_s));
}

void ExportTest::htmlIsSelfContained()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QString html = QString::fromUtf8(htmlExport(fixture.exportSet(), {}));
    QVERIFY(html.startsWith(u"<!DOCTYPE html>"_s));
    QVERIFY(!html.contains(u"<link"_s));
    QVERIFY(!html.contains(u"src="_s));
    QVERIFY(!html.contains(u"@import"_s));
    // Table of contents with working anchors.
    QVERIFY(html.contains(u"<nav>"_s));
    QVERIFY(html.contains(u"<a href=\"#g1\">Alpha report</a>"_s));
    QVERIFY(html.contains(u"<section id=\"g1\">"_s));
    // The label's colour on the excerpt, the entity marked, text escaped.
    QVERIFY(html.contains(u"border-left-color:#aa5500"_s));
    QVERIFY(html.contains(u"<span class=\"entity\" title=\"\u00C5land Board (organisation)\">\u00C5land Board</span>"_s));
    QVERIFY(html.contains(u"&quot;quotes&quot;<br>across lines"_s));
    // The note's light Markdown is rendered.
    QVERIFY(html.contains(u"<p>Check the <strong>minutes</strong>.<br>Second line \U0001F642</p>"_s));
}

void ExportTest::csvFollowsRfc4180()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray csv = csvExport(fixture.exportSet(), {});
    QVERIFY(!csv.startsWith("\xEF\xBB\xBF"));
    QVERIFY(csv.endsWith("\r\n"));
    const QList<QStringList> rows = parseCsv(csv);
    QCOMPARE(rows.size(), 5);
    QCOMPARE(rows.constFirst(), (QStringList{u"document_id"_s, u"title"_s, u"url"_s, u"start"_s, u"end"_s, u"quote"_s,
                                             u"label"_s, u"tags"_s, u"note"_s, u"status"_s, u"author"_s, u"created"_s,
                                             u"modified"_s, u"page"_s}));
    for (const QStringList &row : rows) {
        QCOMPARE(row.size(), 14);
        // Text documents have no pages: the column is empty.
        if (row != rows.constFirst())
            QVERIFY(row.value(13).isEmpty());
    }
    bool seen = false;
    for (const QStringList &row : rows) {
        if (row.value(0) == u"beta"_s && row.value(6).isEmpty()) {
            seen = true;
            QCOMPARE(row.value(1), u"Beta, notes"_s);
            QCOMPARE(row.value(5), u"a claim, with comma and \"quotes\"\nacross lines"_s);
            QCOMPARE(row.value(8), u"Odd, isn't it?"_s);
            QVERIFY(row.value(11).endsWith(u'Z'));
        }
    }
    QVERIFY(seen);
    ExportOptions withBom;
    withBom.csvByteOrderMark = true;
    QVERIFY(csvExport(fixture.exportSet(), withBom).startsWith("\xEF\xBB\xBF" "document_id,"));
}

void ExportTest::webAnnotationHasSelectorsAndBodies()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const ExportSet set = fixture.exportSet();
    const QJsonObject collection = QJsonDocument::fromJson(webAnnotationExport(set)).object();
    QCOMPARE(collection.value(u"@context"_s).toString(), u"http://www.w3.org/ns/anno.jsonld"_s);
    QCOMPARE(collection.value(u"type"_s).toString(), u"AnnotationCollection"_s);
    QCOMPARE(collection.value(u"total"_s).toInt(), 4);
    const QJsonArray items = collection.value(u"first"_s).toObject().value(u"items"_s).toArray();
    QCOMPARE(items.size(), 4);
    QStringList sources;
    for (const QJsonValue &value : items) {
        const QJsonObject annotation = value.toObject();
        QCOMPARE(annotation.value(u"type"_s).toString(), u"Annotation"_s);
        const QJsonObject target = annotation.value(u"target"_s).toObject();
        sources.append(target.value(u"source"_s).toString());
        const QJsonObject quote = target.value(u"selector"_s).toArray().at(0).toObject();
        QCOMPARE(quote.value(u"type"_s).toString(), u"TextQuoteSelector"_s);
        QVERIFY(!quote.value(u"exact"_s).toString().isEmpty());
        if (annotation.value(u"id"_s).toString() == u"urn:uuid:"_s + fixture.claim) {
            const QJsonArray bodies = annotation.value(u"body"_s).toArray();
            QStringList purposes;
            for (const QJsonValue &body : bodies)
                purposes.append(body.toObject().value(u"purpose"_s).toString() + u'=' + body.toObject().value(u"value"_s).toString());
            QVERIFY(purposes.contains(u"commenting=Check the **minutes**.\nSecond line \U0001F642"_s));
            QVERIFY(purposes.contains(u"tagging=Claim"_s));
            QVERIFY(purposes.contains(u"tagging=budget"_s));
            QVERIFY(purposes.contains(u"assessing=supported"_s));
            QVERIFY(purposes.contains(u"linking="_s));
            QCOMPARE(quote.value(u"prefix"_s).toString().right(3), u"e.\n"_s);
        }
    }
    // The URL when the bundle gives one, else the URN of the bundle and document.
    QVERIFY(sources.contains(u"https://example.test/alpha"_s));
    QVERIFY(sources.contains(u"urn:lectern:export-fixture:beta"_s));
}

void ExportTest::webAnnotationRoundTripIsIdentical()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray first = webAnnotationExport(fixture.exportSet());

    // Import into an empty store for the same bundle, export again.
    const QString otherDatabase = fixture.folder() + u"/other.sqlite"_s;
    auto opened = AnnotationStore::openSqlite(otherDatabase);
    QVERIFY(opened);
    const std::unique_ptr<AnnotationStore> store = std::move(opened).value();
    const ImportBatch batch = readWebAnnotations(first);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), 4);
    ExportSource source = ExportFixture::sourceFor(fixture.bundle(), *store, &fixture.gazetteer());
    const ImportPlan plan = ImportPlacer::place(batch, fixture.bundle(), source.readText, store->codes().value(), {});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.annotations.size(), 4);
    QCOMPARE(plan.newCodes.size(), 1); // Pricing, under the existing Claim
    for (const Code &code : plan.newCodes)
        QVERIFY(store->createCode(code));
    QVERIFY(store->importAnnotations(plan.annotations));
    for (const EvidenceLink &link : plan.links)
        QVERIFY(store->addEvidenceLink(link.claimId, link.evidenceId));

    source = ExportFixture::sourceFor(fixture.bundle(), *store, &fixture.gazetteer());
    QStringList problems;
    const QByteArray second = webAnnotationExport(ExportSetBuilder::build(source, {}, &problems));
    QCOMPARE(QString::fromUtf8(second), QString::fromUtf8(first));

    // Importing the same file again adds nothing.
    QSet<QString> stored;
    const QList<Annotation> inStore = store->annotations().value();
    for (const Annotation &a : inStore)
        stored.insert(a.id);
    const ImportPlan again = ImportPlacer::place(batch, fixture.bundle(), source.readText, store->codes().value(), stored);
    QCOMPARE(again.annotations.size(), 0);
    QCOMPARE(again.alreadyPresent, 4);
}

void ExportTest::qdaProjectRoundTripIsIdentical()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    QString error;
    const QByteArray first = QdaProject::projectArchive(fixture.exportSet(), &error);
    QVERIFY2(!first.isEmpty(), qPrintable(error));

    auto opened = AnnotationStore::openSqlite(fixture.folder() + u"/from-qdpx.sqlite"_s);
    QVERIFY(opened);
    const std::unique_ptr<AnnotationStore> store = std::move(opened).value();
    const ImportBatch batch = QdaProject::readArchive(first);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    ExportSource source = ExportFixture::sourceFor(fixture.bundle(), *store, &fixture.gazetteer());
    const ImportPlan plan = ImportPlacer::place(batch, fixture.bundle(), source.readText, store->codes().value(), {});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.annotations.size(), 4);
    for (const Code &code : plan.newCodes)
        QVERIFY(store->createCode(code));
    QVERIFY(store->importAnnotations(plan.annotations));
    for (const EvidenceLink &link : plan.links)
        QVERIFY(store->addEvidenceLink(link.claimId, link.evidenceId));

    source = ExportFixture::sourceFor(fixture.bundle(), *store, &fixture.gazetteer());
    QStringList problems;
    const ExportSet again = ExportSetBuilder::build(source, {}, &problems);
    // Same GUIDs, positions, codes, notes and times: the same project.
    QCOMPARE(QString::fromUtf8(QdaProject::projectXml(again)), QString::fromUtf8(QdaProject::projectXml(fixture.exportSet())));
    QCOMPARE(QdaProject::projectArchive(again, &error), first);
}

void ExportTest::importPlacesByUrlUrnAndQuote()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray json = u"[\n"
        R"({"type":"Annotation","target":{"source":"https://example.test/alpha/","selector":{"type":"TextQuoteSelector","exact":"met again"}}},)"
        R"({"type":"Annotation","target":{"source":"urn:lectern:elsewhere:beta","selector":[{"type":"TextPositionSelector","start":0,"end":4}]}},)"
        R"({"type":"Annotation","body":"a plain note","target":{"source":"file:///somewhere/else.txt","selector":{"type":"TextQuoteSelector","exact":"Board agreed","prefix":"The \u00C5land "}}},)"
        R"({"type":"Annotation","target":{"source":"https://example.test/alpha","selector":[{"type":"TextQuoteSelector","exact":"Later the"},{"type":"TextPositionSelector","start":2,"end":11}]}})"
        u"\n]"_s.toUtf8();
    const ImportBatch batch = readWebAnnotations(json);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    const ExportSource source = fixture.source();
    const ImportPlan plan = ImportPlacer::place(batch, fixture.bundle(), source.readText, {}, {});
    QVERIFY2(plan.problems.isEmpty(), qPrintable(plan.problems.join(u'\n')));
    QCOMPARE(plan.annotations.size(), 4);
    QCOMPARE(plan.annotations.at(0).documentId, u"alpha"_s); // by URL, trailing slash ignored
    QCOMPARE(plan.annotations.at(1).documentId, u"beta"_s);  // by the URN's document id
    QCOMPARE(plan.annotations.at(1).quote, u"Beta"_s);       // positions alone give the quote
    QCOMPARE(plan.annotations.at(2).documentId, u"alpha"_s); // by finding the quote
    QCOMPARE(plan.annotations.at(2).note, u"a plain note"_s);
    QCOMPARE(plan.annotations.at(3).quote, u"Later the"_s);  // wrong positions: the quote wins
}

void ExportTest::importReportsBadInput()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const ImportBatch broken = readWebAnnotations("{\n  \"type\": \"Annotation\",\n  oops\n}");
    QCOMPARE(broken.annotations.size(), 0);
    QCOMPARE(broken.problems.size(), 1);
    QVERIFY2(broken.problems.constFirst().contains(u"line 3"_s), qPrintable(broken.problems.constFirst()));

    const ImportBatch notAnnotations = readWebAnnotations(R"({"type":"Person","name":"x"})");
    QVERIFY(notAnnotations.problems.constFirst().contains(u"not a Web Annotation"_s));

    const ImportBatch mixed = readWebAnnotations(
        R"([{"type":"Annotation","target":{"source":"https://example.test/alpha"}},)"
        R"({"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextQuoteSelector","exact":"not in the text at all"}}},)"
        R"(42,)"
        R"({"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextQuoteSelector","exact":"Intro"}}}])");
    QCOMPARE(mixed.annotations.size(), 2);
    QVERIFY(mixed.problems.join(u'\n').contains(u"annotation 1: neither"_s));
    QVERIFY(mixed.problems.join(u'\n').contains(u"annotation 3: not an object"_s));
    const ImportPlan plan = ImportPlacer::place(mixed, fixture.bundle(), fixture.source().readText, {}, {});
    QCOMPARE(plan.annotations.size(), 1);
    QCOMPARE(plan.unplaced, 1);
    QVERIFY(plan.problems.join(u'\n').contains(u"not found in the document alpha"_s));
}

void ExportTest::importReportsPositionsPastTheEnd()
{
    // Positions a file gives that the text cannot have are reported, as the
    // REFI-QDA import reports them, never moved to the end of the text.
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QByteArray json = R"([
{"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextPositionSelector","start":1000000000000000,"end":1000000000000004}}},
{"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextPositionSelector","start":2,"end":900}}},
{"type":"Annotation","target":{"source":"https://example.test/alpha","selector":[{"type":"TextQuoteSelector","exact":"met again"},{"type":"TextPositionSelector","start":5000,"end":5009}]}},
{"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextPositionSelector","start":2.5,"end":4}}},
{"type":"Annotation","target":{"source":"https://example.test/alpha","selector":{"type":"TextPositionSelector","start":1e300,"end":1e301}}}
])";
    const ImportBatch batch = readWebAnnotations(json);
    const QString read = batch.problems.join(u'\n');
    QVERIFY2(read.contains(u"annotation 4: a TextPositionSelector without a valid start and end"_s), qPrintable(read));
    QVERIFY2(read.contains(u"annotation 5: a TextPositionSelector without a valid start and end"_s), qPrintable(read));
    const ImportPlan plan = ImportPlacer::place(batch, fixture.bundle(), fixture.source().readText, {}, {});
    const QString problems = plan.problems.join(u'\n');
    QVERIFY2(problems.contains(u"annotation 1: it ends at 1000000000000004, past the end of the document alpha (116 characters); "
                               "it was left out."_s),
             qPrintable(problems));
    QVERIFY2(problems.contains(u"annotation 2: it ends at 900, past the end of the document alpha (116 characters)"_s),
             qPrintable(problems));
    // With a quote, the quote is still looked for, and the positions reported.
    QVERIFY2(problems.contains(u"\u201Cmet again\u201D: it ends at 5009, past the end of the document alpha (116 characters); "
                               "the quote was looked for instead."_s),
             qPrintable(problems));
    QCOMPARE(plan.annotations.size(), 1);
    QCOMPARE(plan.annotations.at(0).quote, u"met again"_s);
    QCOMPARE(plan.unplaced, 2); // 1 and 2; 4 and 5, with neither positions nor a quote left, were skipped when read
}

void ExportTest::importGivesUpOnOverlongQuotes()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    // A quote far longer than any approximate search takes (12,000 characters,
    // not in the text): refused with the reason, within the default limits.
    QString longQuote;
    while (longQuote.size() < 12'000)
        longQuote += u"Board agreed "_s;
    longQuote.truncate(12'000);
    const auto annotation = [](const QString &quote) {
        return QJsonObject{{u"type"_s, u"Annotation"_s},
                           {u"target"_s, QJsonObject{{u"source"_s, u"https://example.test/alpha"_s},
                                                     {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, quote}}}}}};
    };
    const QByteArray json = QJsonDocument(QJsonArray{annotation(longQuote), annotation(u"The \u00C5land Bord agreed"_s)}).toJson();
    const ImportBatch batch = readWebAnnotations(json);
    QCOMPARE(batch.annotations.size(), 2);
    const ImportPlan plan = ImportPlacer::place(batch, fixture.bundle(), fixture.source().readText, {}, {});
    QString problems = plan.problems.join(u'\n');
    QVERIFY2(problems.contains(u"\u201CBoard agreed Board agreed Board agreed B\u201D: not in the document alpha as it is, "
                               "and its quote (12000 characters) is longer than the 10000 looked for approximately; not imported."_s),
             qPrintable(problems));
    QCOMPARE(plan.annotations.size(), 1); // the misspelt one is found approximately
    QCOMPARE(plan.annotations.at(0).quote, u"The \u00C5land Board agreed"_s);

    // A search that would spend more than the budget is given up and says so.
    ImportLimits limits;
    limits.reanchoring.fuzzyBudget = 100;
    const ImportPlan stingy = ImportPlacer::place(batch, fixture.bundle(), fixture.source().readText, {}, {}, limits);
    problems = stingy.problems.join(u'\n');
    QVERIFY2(problems.contains(u"\u201CThe \u00C5land Bord agreed\u201D: not in the document alpha as it is, and looking for it "
                               "approximately would take more than 100 character comparisons (the limit for one quote); "
                               "not imported."_s),
             qPrintable(problems));
    QCOMPARE(stingy.annotations.size(), 0);
    QCOMPARE(stingy.unplaced, 2);
}

void ExportTest::importCutsLongNotes()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    const QJsonObject annotation{{u"type"_s, u"Annotation"_s},
                                 {u"body"_s, QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"value"_s, QString(5000, u'n')}}},
                                 {u"target"_s, QJsonObject{{u"source"_s, u"https://example.test/alpha"_s},
                                                           {u"selector"_s, QJsonObject{{u"type"_s, u"TextQuoteSelector"_s},
                                                                                       {u"exact"_s, u"met again"_s}}}}}};
    ImportLimits limits;
    limits.maximumNoteSize = 1000;
    const ImportBatch batch = readWebAnnotations(QJsonDocument(QJsonArray{annotation}).toJson(), limits);
    QCOMPARE(batch.annotations.size(), 1);
    QCOMPARE(batch.annotations.at(0).note, QString(1000, u'n'));
    QVERIFY2(batch.problems.join(u'\n').contains(u"annotation 1: its note has 5000 characters, more than the limit of 1000; "
                                                  "the first 1000 were kept."_s),
             qPrintable(batch.problems.join(u'\n')));
}

void ExportTest::reportsAreOdtAndPdf()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    QString error;
    const QByteArray odt = odtExport(fixture.exportSet(), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(odt.startsWith("PK"));
    QVERIFY(odt.contains("application/vnd.oasis.opendocument.text"));
    const QByteArray pdf = pdfExport(fixture.exportSet(), {}, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pdf.startsWith("%PDF-"));
    QVERIFY(pdf.size() > 2000);
    // The report's HTML carries the label colours for QTextDocument.
    const QString html = reportHtml(fixture.exportSet(), {}, true);
    QVERIFY(html.contains(u"background-color:#aa5500"_s));
}

void ExportTest::corpusCollapsesDuplicates()
{
    // The sample bundle holds the same story from two sites.
    Bundle bundle = IndexReader::read(QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s, {});
    QVERIFY(!bundle.failed);
    QList<SourceDocument> texts;
    for (const DocumentEntry &entry : std::as_const(bundle.documents)) {
        const DocumentText text = DocumentReader::read(entry, bundle.rootDir, {});
        QVERIFY(text.status != DocumentStatus::Error);
        texts.append({entry.id, text.text, {}});
    }
    ExportSet set;
    fillCorpus(set, bundle, texts, BundleSegmenter::run(texts));
    const QByteArray lines = corpusExport(set);
    const QList<QByteArray> split = lines.trimmed().split('\n');
    QCOMPARE(split.size(), set.corpus.size());
    QVERIFY(set.corpus.size() < bundle.documents.size());
    QStringList ids;
    QStringList absorbed;
    for (const QByteArray &line : split) {
        const QJsonObject object = QJsonDocument::fromJson(line).object();
        ids.append(object.value(u"id"_s).toString());
        for (const QJsonValue &value : object.value(u"absorbed"_s).toArray())
            absorbed.append(value.toString());
        QVERIFY(!object.value(u"text"_s).toString().isEmpty());
        QVERIFY(!object.value(u"segments"_s).toArray().isEmpty());
        // No boilerplate in the clean text.
        QVERIFY(!object.value(u"text"_s).toString().contains(u"Source link"_s, Qt::CaseInsensitive));
    }
    QVERIFY(!absorbed.isEmpty());
    for (const QString &id : std::as_const(absorbed))
        QVERIFY2(!ids.contains(id), qPrintable(id));
    QCOMPARE(ids.size() + absorbed.size(), bundle.documents.size());
}

void ExportTest::failedWriteLeavesNoFile()
{
    ExportFixture fixture;
    QVERIFY(fixture.isValid());
    QString error;
    const QString missingFolder = fixture.folder() + u"/no/such/folder/out.csv"_s;
    QVERIFY(!Exporter::writeFile("x", missingFolder, &error));
    QVERIFY2(error.contains(u"out.csv"_s), qPrintable(error));
    QVERIFY(!QFile::exists(missingFolder));

    // A good write replaces the old file whole.
    const QString path = fixture.folder() + u"/out.md"_s;
    QVERIFY(Exporter::writeFile(QByteArray(10000, 'a'), path, &error));
    QVERIFY(Exporter::writeFile("short", path, &error));
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("short"));
}

QTEST_MAIN(ExportTest)
#include "export_test.moc"
