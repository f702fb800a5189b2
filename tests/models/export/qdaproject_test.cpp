// SPDX-License-Identifier: GPL-3.0-or-later
// REFI-QDA export and import: project.qde against the published schema (read
// from ../shared/refi-qda), its structure, GUIDs, code-point positions, the
// archive's sources, a round trip, bad input and another tool's projects.
#include "qdaarchive.h"
#include "qdaproject.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QTimeZone>
#include <QUuid>
#include <QXmlStreamReader>

#include <libxml/parser.h>
#include <libxml/xmlschemas.h>

#include <algorithm>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

namespace {

const QString projectNamespace = u"urn:QDA-XML:project:1.0"_s;
const QString codebookNamespace = u"urn:QDA-XML:codebook:1.0"_s;
const QString refiDir = QStringLiteral(LECTERN_SHARED_DIR) + u"/refi-qda"_s;
const QString projectSchema = refiDir + u"/Project-mrt2019.xsd"_s;

const QString idPricing = u"6f1c1c52-3d0e-4f57-9a51-1d2f0c7a9e01"_s;
const QString idQuoted = u"0a7d4b1e-52c4-4c4f-8f0e-3b6c2d9e7f02"_s;
const QString idBakery = u"d3e8f2a4-9b1c-4e6d-a5f7-c2b4e6d8f003"_s;

// The collector's signature changed between libxml2 releases (xmlErrorPtr, then
// const xmlError *); a template lets the compiler take whichever is declared.
template<typename ErrorPointer>
void collectError(void *errors, ErrorPointer error)
{
    static_cast<QStringList *>(errors)->append(
        u"line %1: %2"_s.arg(error->line).arg(QString::fromUtf8(error->message ? error->message : "").trimmed()));
}

/// What libxml2 finds wrong with @p xml under the schema at @p xsdPath; empty when it validates.
QStringList schemaErrors(const QString &xsdPath, const QByteArray &xml)
{
    QStringList errors;
    xmlSchemaParserCtxtPtr parser = xmlSchemaNewParserCtxt(QFile::encodeName(xsdPath).constData());
    xmlSchemaSetParserStructuredErrors(parser, collectError, &errors);
    xmlSchemaPtr schema = xmlSchemaParse(parser);
    xmlSchemaFreeParserCtxt(parser);
    if (!schema)
        return errors.isEmpty() ? QStringList{u"the schema could not be parsed"_s} : errors;
    xmlDocPtr document = xmlReadMemory(xml.constData(), int(xml.size()), "project.qde", nullptr, XML_PARSE_NONET);
    if (!document) {
        errors.append(u"not well-formed XML"_s);
    } else {
        xmlSchemaValidCtxtPtr validator = xmlSchemaNewValidCtxt(schema);
        xmlSchemaSetValidStructuredErrors(validator, collectError, &errors);
        if (xmlSchemaValidateDoc(validator, document) != 0 && errors.isEmpty())
            errors.append(u"invalid, without a message"_s);
        xmlSchemaFreeValidCtxt(validator);
        xmlFreeDoc(document);
    }
    xmlSchemaFree(schema);
    return errors;
}

qsizetype codePoints(QStringView text)
{
    return text.toUcs4().size();
}

/// The code points [start, end) of @p text, counted independently of the code under test.
QString codePointSlice(const QString &text, qsizetype start, qsizetype end)
{
    const QList<uint> ucs4 = text.toUcs4();
    return QString::fromUcs4(reinterpret_cast<const char32_t *>(ucs4.constData()) + start, end - start);
}

QDateTime utc(int day, int hour, int msec = 0)
{
    return QDateTime(QDate(2026, 11, day), QTime(hour, 0).addMSecs(msec), QTimeZone::UTC);
}

ExportItem item(const ExportSet &set, int document, const QString &id, const QString &quote, const QString &codeId)
{
    const QString &text = set.documents.at(document).text;
    const qsizetype at = text.indexOf(quote);
    Q_ASSERT(at >= 0);
    ExportItem item;
    Annotation &a = item.annotation;
    a.id = id;
    a.documentId = set.documents.at(document).id;
    a.start = at;
    a.end = at + quote.size();
    a.quote = quote;
    a.codeId = codeId;
    a.author = u"Ana Lima"_s;
    a.modifiedBy = u"Ana Lima"_s;
    a.created = utc(20, 9, 125);
    a.modified = utc(21, 10);
    a.version = 1;
    item.document = document;
    item.start = codePoints(QStringView(text).left(at));
    item.end = item.start + codePoints(quote);
    if (const Code *code = set.findCode(codeId)) {
        item.codeName = code->name;
        item.colour = code->colour;
        item.codePath = code->parentId.isEmpty() ? code->name : set.findCode(code->parentId)->name + u" / "_s + code->name;
    }
    return item;
}

/// Two documents (the first with an emoji and another character outside the
/// BMP before its annotations), a codebook of three codes in two levels, and
/// three annotations: labelled with a note, unlabelled with a note, labelled
/// without a note; the third is evidence for the first. The first title holds
/// "%1 %3" so that messages built from it must not substitute into it again.
ExportSet sampleSet()
{
    ExportSet set;
    set.bundleName = u"Préfecture pages"_s;
    set.bundleKey = ExportSet::keyForBundleName(set.bundleName);
    set.codes = {
        {u"claim"_s, {}, u"Claim"_s, u"#D04040"_s, u"Something a page asserts"_s, 0},
        {u"pricing"_s, u"claim"_s, u"Pricing"_s, u"#40A040"_s, u"Claims about prices & costs"_s, 0},
        {u"evidence"_s, {}, u"Evidence"_s, u"#4060D0"_s, {}, 1},
    };
    set.documents = {
        {u"2024/alpha"_s, u"Zürich prices up 5%1 %3"_s, u"https://example.org/alpha"_s, u"pages/alpha.html"_s, u"2024-03-01"_s,
         u"Grüße 😀 aus 𝔘ri: the price of bread rose by 5 € in Zürich.\nA second line with a “quoted” word.\n"_s},
        {u"beta"_s, {}, {}, u"pages/beta.txt"_s, {}, u"Plain text source.\nThe bakery confirmed the new price list on Monday.\n"_s},
    };
    ExportItem pricing = item(set, 0, idPricing, u"price of bread rose by 5 €"_s, u"pricing"_s);
    pricing.annotation.note = u"Compare with the bakery's list 😀\nSecond line <b>&</b>"_s;
    pricing.annotation.tags = {u"bread"_s, u"inflation, 2024"_s};
    pricing.annotation.claimStatus = ClaimStatus::Disputed;
    pricing.annotation.modifiedBy = u"Ben Okafor"_s;
    ExportItem quoted = item(set, 0, idQuoted, u"“quoted”"_s, QString());
    quoted.annotation.note = u"Odd quotation marks"_s;
    ExportItem bakery = item(set, 1, idBakery, u"The bakery confirmed the new price list"_s, u"evidence"_s);
    bakery.annotation.author = u"Ben Okafor"_s;
    bakery.annotation.modifiedBy = u"Ben Okafor"_s;
    set.items = {pricing, quoted, bakery};
    set.links = {{idPricing, idBakery, u"Ben Okafor"_s, utc(21, 11)}};
    return set;
}

/// The sample with its second document a PDF, its excerpt on page 2.
ExportSet pagedSet()
{
    ExportSet set = sampleSet();
    set.documents[1].paged = true;
    for (ExportItem &entry : set.items) {
        if (entry.document == 1)
            entry.page = 2;
    }
    return set;
}

/// The start tag's attributes and text of each element, found by a path of local names.
struct Element {
    QString name;
    QXmlStreamAttributes attributes;
    QString text;
    QStringList children;
    QString parent;
};

QList<Element> elements(const QByteArray &xml)
{
    QList<Element> all;
    QList<qsizetype> open;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement()) {
            Element element{reader.name().toString(), reader.attributes(), {}, {}, {}};
            if (!open.isEmpty()) {
                element.parent = all.at(open.last()).name;
                all[open.last()].children.append(element.name);
            }
            open.append(all.size());
            all.append(element);
        } else if (reader.isEndElement()) {
            open.removeLast();
        } else if (reader.isCharacters() && !reader.isWhitespace() && !open.isEmpty()) {
            all[open.last()].text += reader.text();
        }
    }
    Q_ASSERT(!reader.hasError());
    return all;
}

QList<Element> named(const QList<Element> &all, const QString &name)
{
    QList<Element> found;
    for (const Element &element : all) {
        if (element.name == name)
            found.append(element);
    }
    return found;
}

Element selection(const QList<Element> &all, const QString &guid)
{
    for (const Element &element : named(all, u"PlainTextSelection"_s)) {
        if (element.attributes.value(u"guid").toString() == guid)
            return element;
    }
    return {};
}

QByteArray zipped(const QList<QdaArchive::Entry> &entries)
{
    QString error;
    const QByteArray bytes = QdaArchive::zip(entries, utc(1, 0), &error);
    Q_ASSERT_X(!bytes.isEmpty(), "zip", qPrintable(error));
    return bytes;
}

/// The archive of @p set with project.qde replaced by @p qde.
QByteArray withProject(const ExportSet &set, const QByteArray &qde)
{
    QList<QdaArchive::Entry> entries{{u"project.qde"_s, qde}};
    for (const ExportDocument &document : set.documents)
        entries.append({u"sources/"_s + QdaProject::sourceGuid(set, document) + u".txt"_s, document.text.toUtf8()});
    return zipped(entries);
}

const ImportedAnnotation *findAnnotation(const ImportBatch &batch, const QString &id)
{
    for (const ImportedAnnotation &annotation : batch.annotations) {
        if (annotation.id == id)
            return &annotation;
    }
    return nullptr;
}

/// A project in another tool's form: one TextSource per entry of @p paths (a
/// path may come again), each with a selection of its first five characters.
QByteArray projectWithSources(const QStringList &paths)
{
    QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Many" origin="Some QDA tool"><Sources>)";
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const QByteArray number = QByteArray::number(i + 1);
        const QByteArray tail = number.rightJustified(12, '0');
        qde += "\n<TextSource guid=\"50000000-0000-4000-8000-" + tail + "\" name=\"Source " + number
            + "\" plainTextPath=\"internal://" + paths.at(i).toUtf8() + "\"><PlainTextSelection guid=\"5E100000-0000-4000-8000-"
            + tail + "\" startPosition=\"0\" endPosition=\"5\"/></TextSource>";
    }
    qde += "\n</Sources></Project>\n";
    return qde;
}

/// @p size bytes of letters that deflate compresses little, the same every run.
QByteArray lettersOf(qsizetype size, quint32 seed)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (char &c : bytes) {
        seed = seed * 1664525u + 1013904223u;
        c = char('a' + (seed >> 24) % 26);
    }
    return bytes;
}

bool mentions(const QStringList &problems, const QStringList &words)
{
    return std::any_of(problems.cbegin(), problems.cend(), [&](const QString &problem) {
        return std::all_of(words.cbegin(), words.cend(), [&](const QString &word) { return problem.contains(word); });
    });
}

} // namespace

class QdaProjectTest : public QObject
{
    Q_OBJECT

private:
    ExportSet m_set = sampleSet();

private Q_SLOTS:
    void projectValidatesAgainstSchema_data();
    void projectValidatesAgainstSchema();
    void codebookValidatesAgainstSchema();
    void codebookCodesValidateAsProjectCodes();
    void topLevelElementsInSchemaOrder();
    void noEmptyContainers_data();
    void noEmptyContainers();
    void positionsCountCodePoints();
    void guidsStableAcrossExportsAndDistinctWithin();
    void archiveHoldsSourcesByGuid();
    void codebookKeepsHierarchy();
    void roundTripKeepsEveryAnnotation();
    void aPdfIsAPdfSourceAndItsPagesTravel();
    void roundTripKeepsUnusedCodesAndLinks();
    void badArchives_data();
    void badArchives();
    void badSelectionIsNamed_data();
    void badSelectionIsNamed();
    void unknownCodeIsNamed();
    void missingSourceTextIsNamed();
    void otherToolsForms();
    void archiveLimitsNameTheEntry();
    void sharedEntryIsReadOnce();
    void entityExpansionIsBounded();
    void longNotesAreCutAndNamed();
    void atlasSampleReads();
};

void QdaProjectTest::projectValidatesAgainstSchema_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::newRow("sample") << QdaProject::projectXml(m_set);

    ExportSet bare = m_set; // no codebook, notes, users or links: those containers must go, not stay empty
    bare.codes.clear();
    bare.links.clear();
    for (ExportItem &entry : bare.items) {
        entry.annotation.note.clear();
        entry.annotation.author.clear();
        entry.annotation.modifiedBy.clear();
    }
    QTest::newRow("no codes, notes or users") << QdaProject::projectXml(bare);

    QTest::newRow("a PDF") << QdaProject::projectXml(pagedSet());

    ExportSet empty;
    empty.bundleName = u"Empty"_s;
    QTest::newRow("nothing selected") << QdaProject::projectXml(empty);

    ExportSet control = m_set; // characters XML 1.0 cannot carry are dropped, not written
    control.codes[0].description = u"bell \u0007 here"_s;
    control.items[0].annotation.note = u"form\u000Cfeed"_s;
    control.items[1].annotation.note = u"\u0001"_s;
    control.items[1].annotation.tags = {u"\u0002"_s};
    QTest::newRow("control characters") << QdaProject::projectXml(control);
}

void QdaProjectTest::projectValidatesAgainstSchema()
{
    if (!QFile::exists(projectSchema))
        QSKIP(qPrintable(u"the REFI-QDA schema is not at %1 (../shared beside the checkout); "
                         "project.qde was NOT validated"_s.arg(projectSchema)));
    QFETCH(QByteArray, xml);
    const QStringList errors = schemaErrors(projectSchema, xml);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n') + u"\n\n"_s + QString::fromUtf8(xml)));
}

void QdaProjectTest::codebookValidatesAgainstSchema()
{
    const QStringList schemas = QDir(refiDir).entryList({u"*odebook*.xsd"_s}, QDir::Files);
    if (schemas.isEmpty())
        QSKIP(qPrintable(u"no codebook schema (*Codebook*.xsd) in %1; the .qdc was NOT validated against one "
                         "(codebookCodesValidateAsProjectCodes checks its codes)"_s.arg(refiDir)));
    const QByteArray xml = QdaProject::codebookXml(m_set);
    const QStringList errors = schemaErrors(refiDir + u'/' + schemas.first(), xml);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void QdaProjectTest::codebookCodesValidateAsProjectCodes()
{
    // The codebook schema's Code is the project schema's Code without NoteRef, so
    // the .qdc's <Codes>, moved into a project, must validate there too.
    if (!QFile::exists(projectSchema))
        QSKIP(qPrintable(u"the REFI-QDA schema is not at %1; the .qdc's codes were NOT validated"_s.arg(projectSchema)));
    const QByteArray qdc = QdaProject::codebookXml(m_set);
    const qsizetype from = qdc.indexOf("<Codes>");
    const qsizetype to = qdc.lastIndexOf("</Codes>");
    QVERIFY(from > 0 && to > from);
    const QByteArray project = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Project xmlns=\"urn:QDA-XML:project:1.0\" "
                               "name=\"codebook\"><CodeBook>"
        + qdc.mid(from, to + 8 - from) + "</CodeBook></Project>";
    const QStringList errors = schemaErrors(projectSchema, project);
    QVERIFY2(errors.isEmpty(), qPrintable(errors.join(u'\n')));
}

void QdaProjectTest::topLevelElementsInSchemaOrder()
{
    const QByteArray xml = QdaProject::projectXml(m_set);
    QXmlStreamReader reader(xml);
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name().toString(), u"Project"_s);
    QCOMPARE(reader.namespaceUri().toString(), projectNamespace);
    QCOMPARE(reader.attributes().value(u"name").toString(), u"Préfecture pages"_s);
    QCOMPARE(reader.attributes().value(u"origin").toString(), u"Lectern"_s);
    QStringList children;
    while (reader.readNextStartElement()) {
        QCOMPARE(reader.namespaceUri().toString(), projectNamespace);
        children.append(reader.name().toString());
        reader.skipCurrentElement();
    }
    QVERIFY(!reader.hasError());
    QCOMPARE(children, (QStringList{u"Users"_s, u"CodeBook"_s, u"Sources"_s, u"Notes"_s, u"Links"_s}));

    const QList<Element> all = elements(xml);
    const QStringList users = [&] {
        QStringList names;
        for (const Element &user : named(all, u"User"_s))
            names.append(user.attributes.value(u"name").toString());
        return names;
    }();
    QCOMPARE(users, (QStringList{u"Ana Lima"_s, u"Ben Okafor"_s}));
}

void QdaProjectTest::noEmptyContainers_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QStringList>("absent");
    QTest::newRow("sample") << QdaProject::projectXml(m_set) << QStringList();
    ExportSet bare = m_set;
    bare.codes.clear();
    bare.links.clear();
    for (ExportItem &entry : bare.items) {
        entry.annotation.note.clear();
        entry.annotation.tags.clear();
        entry.annotation.claimStatus = ClaimStatus::None;
        entry.annotation.author.clear();
        entry.annotation.modifiedBy.clear();
    }
    QTest::newRow("bare") << QdaProject::projectXml(bare)
                          << QStringList{u"Users"_s, u"CodeBook"_s, u"Notes"_s, u"Links"_s, u"Coding"_s, u"NoteRef"_s};
    ExportSet empty;
    empty.bundleName = u"Empty"_s;
    QTest::newRow("empty") << QdaProject::projectXml(empty) << QStringList{u"Sources"_s, u"CodeBook"_s, u"Users"_s};
    QTest::newRow("codebook") << QdaProject::codebookXml(m_set) << QStringList();
    ExportSet control = m_set;
    for (ExportItem &entry : control.items) {
        entry.annotation.note = u"\u0001\u0002"_s;
        entry.annotation.tags.clear();
        entry.annotation.claimStatus = ClaimStatus::None;
    }
    QTest::newRow("notes of control characters") << QdaProject::projectXml(control) << QStringList{u"Notes"_s, u"NoteRef"_s};
}

void QdaProjectTest::noEmptyContainers()
{
    QFETCH(QByteArray, xml);
    QFETCH(QStringList, absent);
    static const QStringList containers{u"Users"_s, u"CodeBook"_s, u"Codes"_s, u"Sources"_s, u"Notes"_s, u"Links"_s,
                                        u"Coding"_s};
    static const QStringList texts{u"Description"_s, u"PlainTextContent"_s};
    const QList<Element> all = elements(xml);
    for (const Element &element : all) {
        if (containers.contains(element.name))
            QVERIFY2(!element.children.isEmpty(), qPrintable(u"empty <%1>"_s.arg(element.name)));
        if (texts.contains(element.name))
            QVERIFY2(!element.text.trimmed().isEmpty(), qPrintable(u"empty <%1> in <%2>"_s.arg(element.name, element.parent)));
        QVERIFY2(!element.attributes.isEmpty() || !element.children.isEmpty() || !element.text.isEmpty(),
                 qPrintable(u"<%1> has nothing"_s.arg(element.name)));
        QVERIFY2(!absent.contains(element.name), qPrintable(u"<%1> should be left out"_s.arg(element.name)));
    }
}

void QdaProjectTest::positionsCountCodePoints()
{
    const QList<Element> all = elements(QdaProject::projectXml(m_set));
    const Element pricing = selection(all, idPricing);
    const QString &text = m_set.documents.at(0).text;
    const qsizetype utf16Start = text.indexOf(u"price of bread"_s);
    // The emoji and 𝔘 before it are two UTF-16 units each and one code point each.
    QCOMPARE(qsizetype(pricing.attributes.value(u"startPosition").toLongLong()), utf16Start - 2);
    QCOMPARE(qsizetype(pricing.attributes.value(u"endPosition").toLongLong()), utf16Start - 2 + 26);
    const Element quoted = selection(all, idQuoted);
    const qsizetype start = quoted.attributes.value(u"startPosition").toLongLong();
    const qsizetype end = quoted.attributes.value(u"endPosition").toLongLong();
    QCOMPARE(codePointSlice(text, start, end), u"“quoted”"_s);
}

void QdaProjectTest::guidsStableAcrossExportsAndDistinctWithin()
{
    const auto guids = [](const QByteArray &xml) {
        QHash<QString, QString> byThing; // "<element> <name or target>" -> guid
        QStringList every;
        for (const Element &element : elements(xml)) {
            const QString guid = element.attributes.value(u"guid").toString();
            if (guid.isEmpty())
                continue;
            every.append(guid.toLower());
            if (!element.attributes.hasAttribute(u"name"_s))
                continue;
            byThing.insert(element.name + u' ' + element.attributes.value(u"name").toString(), guid);
        }
        return std::pair{byThing, every};
    };
    const auto [first, everyGuid] = guids(QdaProject::projectXml(m_set));
    QCOMPARE(QSet<QString>(everyGuid.cbegin(), everyGuid.cend()).size(), everyGuid.size());
    for (const QString &guid : everyGuid)
        QVERIFY2(!QUuid::fromString(guid).isNull(), qPrintable(guid));

    // A second export of less, in another order: what both hold keeps its GUIDs.
    ExportSet smaller = m_set;
    smaller.items = {m_set.items.at(0)};
    std::reverse(smaller.codes.begin(), smaller.codes.end());
    const auto [second, unused] = guids(QdaProject::projectXml(smaller));
    Q_UNUSED(unused)
    QCOMPARE(second.size(), 9); // 3 codes, 2 sources, 1 selection, its note, 2 users
    for (auto it = second.cbegin(); it != second.cend(); ++it)
        QCOMPARE(it.value(), first.value(it.key()));
    QCOMPARE(selection(elements(QdaProject::projectXml(smaller)), idPricing).attributes.value(u"guid").toString(), idPricing);
    QCOMPARE(QdaProject::projectXml(m_set), QdaProject::projectXml(m_set));
    QString error;
    QCOMPARE(QdaProject::projectArchive(m_set, &error), QdaProject::projectArchive(m_set, &error));
}

void QdaProjectTest::archiveHoldsSourcesByGuid()
{
    QString error;
    const QByteArray archive = QdaProject::projectArchive(m_set, &error);
    QVERIFY2(!archive.isEmpty(), qPrintable(error));
    QdaArchive zip(archive); // reading counts what it unpacks
    QVERIFY2(zip.isOpen(), qPrintable(zip.error()));
    const QList<Element> sources = named(elements(QdaProject::projectXml(m_set)), u"TextSource"_s);
    QCOMPARE(sources.size(), 2);
    QStringList expected{u"project.qde"_s, u"sources/"_s};
    for (qsizetype i = 0; i < sources.size(); ++i) {
        const QString guid = sources.at(i).attributes.value(u"guid").toString();
        QCOMPARE(sources.at(i).attributes.value(u"plainTextPath").toString(), u"internal://"_s + guid + u".txt"_s);
        QCOMPARE(sources.at(i).attributes.value(u"name").toString(), m_set.documents.at(i).displayTitle());
        const QString name = u"sources/"_s + guid + u".txt"_s;
        expected.append(name);
        const std::optional<QByteArray> bytes = zip.read(name, &error);
        QVERIFY2(bytes, qPrintable(error));
        QVERIFY(!bytes->startsWith("\xEF\xBB\xBF"));
        QCOMPARE(QString::fromUtf8(*bytes), m_set.documents.at(i).text);
    }
    QCOMPARE(zip.names(), expected);
}

void QdaProjectTest::codebookKeepsHierarchy()
{
    const QByteArray qdc = QdaProject::codebookXml(m_set);
    QXmlStreamReader reader(qdc);
    QVERIFY(reader.readNextStartElement());
    QCOMPARE(reader.name().toString(), u"CodeBook"_s);
    QCOMPARE(reader.namespaceUri().toString(), codebookNamespace);
    QCOMPARE(reader.attributes().value(u"origin").toString(), u"Lectern"_s);

    const QList<Element> all = elements(qdc);
    const QList<Element> codes = named(all, u"Code"_s);
    QCOMPARE(codes.size(), 3);
    QCOMPARE(codes.at(0).attributes.value(u"name").toString(), u"Claim"_s);
    QCOMPARE(codes.at(0).children, (QStringList{u"Description"_s, u"Code"_s}));
    QCOMPARE(codes.at(1).attributes.value(u"name").toString(), u"Pricing"_s);
    QCOMPARE(codes.at(1).parent, u"Code"_s);
    QCOMPARE(codes.at(1).attributes.value(u"color").toString(), u"#40A040"_s);
    QCOMPARE(codes.at(2).attributes.value(u"name").toString(), u"Evidence"_s);
    QCOMPARE(codes.at(2).parent, u"Codes"_s);
    for (const Element &code : codes)
        QCOMPARE(code.attributes.value(u"isCodable").toString(), u"true"_s);
    QCOMPARE(named(all, u"Description"_s).at(1).text, u"Claims about prices & costs"_s);
}

void QdaProjectTest::roundTripKeepsEveryAnnotation()
{
    QString error;
    const ImportBatch batch = QdaProject::readArchive(QdaProject::projectArchive(m_set, &error));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), m_set.items.size());
    for (const ExportItem &exported : std::as_const(m_set.items)) {
        const Annotation &a = exported.annotation;
        const ImportedAnnotation *imported = findAnnotation(batch, a.id);
        QVERIFY2(imported, qPrintable(a.id));
        const ExportDocument &document = m_set.documentOf(exported);
        QCOMPARE(imported->exact, a.quote);
        QCOMPARE(imported->start.value_or(-1), exported.start);
        QCOMPARE(imported->end.value_or(-1), exported.end);
        QCOMPARE(imported->sourceText, document.text);
        QCOMPARE(imported->source, m_set.sourceOf(document));
        QVERIFY(document.text.sliced(0, a.start).endsWith(imported->prefix));
        QVERIFY(document.text.sliced(a.end).startsWith(imported->suffix));
        QCOMPARE(imported->labelPath, exported.codePath.isEmpty() ? QStringList() : exported.codePath.split(u" / "_s));
        QCOMPARE(imported->labelColour, exported.colour);
        QCOMPARE(imported->note, a.note);
        QCOMPARE(imported->tags, a.tags);
        QCOMPARE(imported->claimStatus, a.claimStatus);
        QCOMPARE(imported->author, a.author);
        QCOMPARE(imported->created, a.created);
        QCOMPARE(imported->modified, a.modified);
    }
    const ImportedAnnotation *pricing = findAnnotation(batch, idPricing);
    QCOMPARE(pricing->prefix, u"Grüße 😀 aus 𝔘ri: the "_s); // fewer than 32 code points precede it
    QCOMPARE(codePoints(pricing->suffix), qsizetype(32));
    QVERIFY(pricing->suffix.startsWith(u" in Zürich.\nA second"_s));
    QCOMPARE(pricing->labelDescription, u"Claims about prices & costs"_s);
    QCOMPARE(findAnnotation(batch, idBakery)->source, u"urn:lectern:préfecture-pages:beta"_s);
}

void QdaProjectTest::aPdfIsAPdfSourceAndItsPagesTravel()
{
    const ExportSet set = pagedSet();
    const QList<Element> all = elements(QdaProject::projectXml(set));
    QStringList sources;
    for (const Element &element : all) {
        if (element.parent == u"Sources"_s)
            sources.append(element.name);
    }
    // The text stays a TextSource; the PDF is a PDFSource holding its text as a representation.
    QCOMPARE(sources, (QStringList{u"TextSource"_s, u"PDFSource"_s}));
    const auto pdf = std::find_if(all.cbegin(), all.cend(), [](const Element &e) { return e.name == u"PDFSource"_s; });
    QCOMPARE(pdf->children, QStringList{u"Representation"_s});
    bool pageSaid = false;
    for (const Element &element : all) {
        if (element.name == u"Description"_s && element.parent == u"PlainTextSelection"_s && element.text.contains(u"Page: 2"_s))
            pageSaid = true;
    }
    QVERIFY(pageSaid);

    // Read back, the PDF's excerpt is the same annotation at the same place, and the page is not taken for a note.
    QString error;
    const ImportBatch batch = QdaProject::readArchive(QdaProject::projectArchive(set, &error));
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), set.items.size());
    const ImportedAnnotation *bakery = findAnnotation(batch, idBakery);
    QVERIFY(bakery);
    QCOMPARE(bakery->exact, u"The bakery confirmed the new price list"_s);
    QCOMPARE(bakery->note, QString());
    QCOMPARE(bakery->source, u"urn:lectern:préfecture-pages:beta"_s);
}

void QdaProjectTest::roundTripKeepsUnusedCodesAndLinks()
{
    ExportSet set = m_set;
    set.codes.append({u"question"_s, u"claim"_s, u"Open question"_s, u"#AABBCC"_s, {}, 2});
    QString error;
    const ImportBatch batch = QdaProject::readArchive(QdaProject::projectArchive(set, &error));
    QCOMPARE(batch.codes.size(), 4);
    QCOMPARE(batch.codes.at(0).path, QStringList{u"Claim"_s});
    QCOMPARE(batch.codes.at(1).path, (QStringList{u"Claim"_s, u"Pricing"_s}));
    QCOMPARE(batch.codes.at(2).path, (QStringList{u"Claim"_s, u"Open question"_s}));
    QCOMPARE(batch.codes.at(2).colour, u"#AABBCC"_s);
    QCOMPARE(batch.codes.at(3).path, QStringList{u"Evidence"_s});
    QCOMPARE(batch.codes.at(0).description, u"Something a page asserts"_s);
    QCOMPARE(findAnnotation(batch, idPricing)->evidenceIds, QStringList{idBakery});
    QVERIFY(findAnnotation(batch, idBakery)->evidenceIds.isEmpty());
}

void QdaProjectTest::badArchives_data()
{
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("not a ZIP") << QByteArray("<Project/> is not a zip") << QStringList{u"not a REFI-QDA project"_s};
    QTest::newRow("empty file") << QByteArray() << QStringList{u"empty"_s};
    QTest::newRow("no project.qde") << zipped({{u"readme.txt"_s, "hello"}}) << QStringList{u"project.qde"_s};
    QTest::newRow("other root") << zipped({{u"project.qde"_s, "<CodeBook/>"}}) << QStringList{u"<CodeBook>"_s};
    QTest::newRow("not XML") << zipped({{u"project.qde"_s, "<Project name='x'><Users>"}})
                             << QStringList{u"not well-formed"_s, u"line 1"_s};
}

void QdaProjectTest::badArchives()
{
    QFETCH(QByteArray, archive);
    QFETCH(QStringList, words);
    const ImportBatch batch = QdaProject::readArchive(archive);
    QVERIFY(batch.annotations.isEmpty());
    QVERIFY2(mentions(batch.problems, words), qPrintable(batch.problems.join(u'\n')));
}

void QdaProjectTest::badSelectionIsNamed_data()
{
    QTest::addColumn<QString>("endPosition");
    QTest::addColumn<QStringList>("words");
    QTest::newRow("past the end") << u"100000"_s << QStringList{u"100000"_s, u"past the end"_s};
    QTest::newRow("before its start") << u"3"_s << QStringList{u"not a range"_s};
    QTest::newRow("not a number") << u"end"_s << QStringList{u"not a range"_s};
}

void QdaProjectTest::badSelectionIsNamed()
{
    QFETCH(QString, endPosition);
    QFETCH(QStringList, words);
    QString qde = QString::fromUtf8(QdaProject::projectXml(m_set));
    const QRegularExpression quotedEnd(u"guid=\"%1\"[^>]*endPosition=\"(\\d+)\""_s.arg(idQuoted));
    const QRegularExpressionMatch match = quotedEnd.match(qde);
    QVERIFY(match.hasMatch());
    qde.replace(match.capturedStart(1), match.capturedLength(1), endPosition);
    const ImportBatch batch = QdaProject::readArchive(withProject(m_set, qde.toUtf8()));
    QCOMPARE(batch.problems.size(), 1);
    QVERIFY2(mentions(batch.problems, words + QStringList{idQuoted, u"\"Zürich prices up 5%1 %3\", selection"_s}), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), 2);
    QVERIFY(findAnnotation(batch, idPricing));
    QVERIFY(findAnnotation(batch, idBakery));
}

void QdaProjectTest::unknownCodeIsNamed()
{
    const QString evidenceGuid = named(elements(QdaProject::projectXml(m_set)), u"Code"_s).at(2).attributes.value(u"guid").toString();
    const QString stranger = u"11111111-2222-3333-4444-555555555555"_s;
    QString qde = QString::fromUtf8(QdaProject::projectXml(m_set));
    qde.replace(u"<CodeRef targetGUID=\""_s + evidenceGuid, u"<CodeRef targetGUID=\""_s + stranger);
    const ImportBatch batch = QdaProject::readArchive(withProject(m_set, qde.toUtf8()));
    QVERIFY2(mentions(batch.problems, {idBakery, stranger, u"not in the codebook"_s}), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), 3);
    QVERIFY(findAnnotation(batch, idBakery)->labelPath.isEmpty());
    QCOMPARE(findAnnotation(batch, idPricing)->labelPath, (QStringList{u"Claim"_s, u"Pricing"_s}));
}

void QdaProjectTest::missingSourceTextIsNamed()
{
    const QString alphaFile = u"sources/"_s + QdaProject::sourceGuid(m_set, m_set.documents.at(0)) + u".txt"_s;
    const QByteArray archive = zipped({{u"project.qde"_s, QdaProject::projectXml(m_set)}, {alphaFile, m_set.documents.at(0).text.toUtf8()}});
    const ImportBatch batch = QdaProject::readArchive(archive);
    const QString betaFile = QdaProject::sourceGuid(m_set, m_set.documents.at(1)) + u".txt"_s;
    QVERIFY2(mentions(batch.problems, {u"\"beta\""_s, betaFile}), qPrintable(batch.problems.join(u'\n')));
    QVERIFY2(mentions(batch.problems, {u"\"beta\""_s, u"1 selection"_s, u"left out"_s}), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), 2);
    QVERIFY(!findAnnotation(batch, idBakery));
    QCOMPARE(findAnnotation(batch, idPricing)->evidenceIds, QStringList());
}

void QdaProjectTest::otherToolsForms()
{
    // Forms other tools write: braced upper-case GUIDs, text inline or behind a
    // path without internal://, a byte order mark, #RGB colours, two codings,
    // the passage's comment in its Description, a picture Lectern cannot read.
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Other" origin="Some QDA tool 3.1">
 <Users><User guid="{AAAAAAAA-0000-4000-8000-000000000001}" name="Dana"/></Users>
 <CodeBook><Codes>
  <Code guid="{C0DE0000-0000-4000-8000-000000000001}" name="Topics" isCodable="false">
   <Code guid="{C0DE0000-0000-4000-8000-000000000002}" name="Food" isCodable="true" color="#f80"><Description>About food</Description></Code>
  </Code>
  <Code guid="C0DE0000-0000-4000-8000-000000000003" name="Mood" isCodable="true"/>
  <Code guid="C0DE0000-0000-4000-8000-000000000004" name="Unused" isCodable="true" color="#123456"/>
 </Codes></CodeBook>
 <Sources>
  <TextSource guid="50000000-0000-4000-8000-000000000001" name="Inline.txt">
   <PlainTextContent>Breakfast: porridge 🥣 and tea.</PlainTextContent>
   <PlainTextSelection guid="{5E100000-0000-4000-8000-000000000001}" startPosition="11" endPosition="21"
     creatingUser="aaaaaaaa-0000-4000-8000-000000000001" creationDateTime="2023-08-16T15:49:36Z">
    <Description>why porridge?</Description>
    <Coding guid="C0D10000-0000-4000-8000-000000000001"><CodeRef targetGUID="c0de0000-0000-4000-8000-000000000002"/></Coding>
    <Coding guid="C0D10000-0000-4000-8000-000000000002"><CodeRef targetGUID="{C0DE0000-0000-4000-8000-000000000003}"/></Coding>
    <NoteRef targetGUID="{A0000000-0000-4000-8000-000000000001}"/>
   </PlainTextSelection>
  </TextSource>
  <TextSource guid="50000000-0000-4000-8000-000000000002" name="Interview" plainTextPath="Interview.txt">
   <PlainTextSelection guid="5E100000-0000-4000-8000-000000000002" startPosition="0" endPosition="5"/>
  </TextSource>
  <PictureSource guid="50000000-0000-4000-8000-000000000003" name="Photo" path="internal://photo.jpg"/>
 </Sources>
 <Notes>
  <Note guid="A0000000-0000-4000-8000-000000000001" name="memo"><PlainTextContent>Ask about tea.</PlainTextContent></Note>
 </Notes>
</Project>
)";
    const QByteArray interview = "\xEF\xBB\xBF\xC3\x89t\xC3\xA9 2023, at home.";
    const ImportBatch batch = QdaProject::readArchive(zipped({{u"project.qde"_s, qde}, {u"sources/Interview.txt"_s, interview}}));
    QCOMPARE(batch.annotations.size(), 2);
    QCOMPARE(batch.codes.size(), 4);
    QCOMPARE(batch.codes.at(1).path, (QStringList{u"Topics"_s, u"Food"_s}));
    QCOMPARE(batch.codes.at(1).colour, u"#FF8800"_s);
    QCOMPARE(batch.codes.at(3).path, QStringList{u"Unused"_s});

    const ImportedAnnotation &porridge = batch.annotations.at(0);
    QCOMPARE(porridge.id, u"5E100000-0000-4000-8000-000000000001"_s);
    QCOMPARE(porridge.source, u"Inline.txt"_s);
    QCOMPARE(porridge.exact, u"porridge 🥣"_s);
    QCOMPARE(porridge.prefix, u"Breakfast: "_s);
    QCOMPARE(porridge.suffix, u" and tea."_s);
    QCOMPARE(porridge.labelPath, (QStringList{u"Topics"_s, u"Food"_s}));
    QCOMPARE(porridge.labelColour, u"#FF8800"_s);
    QCOMPARE(porridge.labelDescription, u"About food"_s);
    QCOMPARE(porridge.tags, QStringList{u"Mood"_s});
    QCOMPARE(porridge.note, u"why porridge?\n\nAsk about tea."_s);
    QCOMPARE(porridge.author, u"Dana"_s);
    QCOMPARE(porridge.created, QDateTime(QDate(2023, 8, 16), QTime(15, 49, 36), QTimeZone::UTC));

    const ImportedAnnotation &interviewQuote = batch.annotations.at(1);
    QCOMPARE(interviewQuote.exact, u"Été 2"_s);
    QCOMPARE(interviewQuote.sourceText, u"Été 2023, at home."_s);
    QVERIFY(interviewQuote.labelPath.isEmpty());

    QVERIFY2(mentions(batch.problems, {u"more than one code"_s}), qPrintable(batch.problems.join(u'\n')));
    QVERIFY2(mentions(batch.problems, {u"not text"_s}), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.problems.size(), 2);
}

void QdaProjectTest::archiveLimitsNameTheEntry()
{
    // A small archive that unpacks to much more (here 300 KB of one letter):
    // refused by its compression ratio when that limit is set low, naming the entry.
    const QByteArray bomb = zipped({{u"project.qde"_s, projectWithSources({u"bomb.txt"_s})},
                                    {u"sources/bomb.txt"_s, QByteArray(300'000, 'a')}});
    QVERIFY(bomb.size() < 10'000);
    ImportLimits limits;
    limits.compressionRatioFloor = 64 * 1024;
    limits.maximumCompressionRatio = 100;
    const ImportBatch refused = QdaProject::readArchive(bomb, limits);
    QVERIFY2(mentions(refused.problems, {u"\"Source 1\""_s, u"sources/bomb.txt"_s, u"300000 bytes"_s, u"100 times"_s}),
             qPrintable(refused.problems.join(u'\n')));
    QVERIFY(refused.annotations.isEmpty());
    // Under the default limits it is small enough to be read.
    QCOMPARE(QdaProject::readArchive(bomb).annotations.size(), 1);

    // The bytes unpacked from one archive in all: the third source's text
    // would pass the limit, so it is refused by name; the other two are read.
    const QByteArray three = zipped({{u"project.qde"_s, projectWithSources({u"a.txt"_s, u"b.txt"_s, u"c.txt"_s})},
                                     {u"sources/a.txt"_s, lettersOf(40'000, 1)},
                                     {u"sources/b.txt"_s, lettersOf(40'000, 2)},
                                     {u"sources/c.txt"_s, lettersOf(40'000, 3)}});
    limits = {};
    limits.maximumArchiveSize = 100'000;
    const ImportBatch partly = QdaProject::readArchive(three, limits);
    QCOMPARE(partly.annotations.size(), 2);
    QVERIFY2(mentions(partly.problems, {u"\"Source 3\""_s, u"sources/c.txt"_s, u"100000 bytes"_s, u"unpacked"_s}),
             qPrintable(partly.problems.join(u'\n')));
    QVERIFY2(mentions(partly.problems, {u"\"Source 3\""_s, u"1 selection"_s, u"left out"_s}),
             qPrintable(partly.problems.join(u'\n')));
}

void QdaProjectTest::sharedEntryIsReadOnce()
{
    // Twenty sources naming one text: it is unpacked once (the total limit
    // would not allow twenty) and the twenty annotations share one copy of it.
    const QStringList paths(20, u"shared.txt"_s);
    const QByteArray archive = zipped({{u"project.qde"_s, projectWithSources(paths)}, {u"sources/shared.txt"_s, lettersOf(40'000, 7)}});
    ImportLimits limits;
    limits.maximumArchiveSize = 100'000;
    const ImportBatch batch = QdaProject::readArchive(archive, limits);
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    QCOMPARE(batch.annotations.size(), 20);
    for (const ImportedAnnotation &annotation : batch.annotations) {
        QCOMPARE(annotation.sourceText.size(), 40'000);
        QCOMPARE(annotation.sourceText.constData(), batch.annotations.at(0).sourceText.constData());
    }
}

void QdaProjectTest::entityExpansionIsBounded()
{
    // One internal entity of 100 characters, referenced 1,000 times in a note:
    // 100,000 characters from a file of 6 KB. With the limit at 10,000 the
    // project is refused before anything is expanded, and says why.
    QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE Project [<!ENTITY big ")" + QByteArray(100, 'x') + R"(">]>
<Project xmlns="urn:QDA-XML:project:1.0" name="Entities" origin="Some QDA tool"><Sources>
<TextSource guid="50000000-0000-4000-8000-000000000001" name="Inline"><PlainTextContent>Hello there.</PlainTextContent>
<PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="0" endPosition="5"><NoteRef targetGUID="A0000000-0000-4000-8000-000000000001"/></PlainTextSelection>
</TextSource></Sources>
<Notes><Note guid="A0000000-0000-4000-8000-000000000001" name="memo"><PlainTextContent>)" + QByteArray("&big;").repeated(1000) + R"(</PlainTextContent></Note></Notes>
</Project>
)";
    const QByteArray archive = zipped({{u"project.qde"_s, qde}});
    ImportLimits limits;
    limits.maximumEntityExpansion = 10'000;
    const ImportBatch batch = QdaProject::readArchive(archive, limits);
    QVERIFY2(mentions(batch.problems, {u"project.qde"_s, u"entities"_s, u"100000 characters"_s, u"10000 characters"_s}),
             qPrintable(batch.problems.join(u'\n')));
    QVERIFY(batch.annotations.isEmpty());
    // Within the default limit the same file reads whole.
    const ImportBatch whole = QdaProject::readArchive(archive);
    QVERIFY2(whole.problems.isEmpty(), qPrintable(whole.problems.join(u'\n')));
    QCOMPARE(whole.annotations.at(0).note, QString(100'000, u'x'));
}

void QdaProjectTest::longNotesAreCutAndNamed()
{
    const QByteArray qde = R"(<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Notes" origin="Some QDA tool"><Sources>
<TextSource guid="50000000-0000-4000-8000-000000000001" name="Inline"><PlainTextContent>Hello there.</PlainTextContent>
<PlainTextSelection guid="5E100000-0000-4000-8000-000000000001" startPosition="0" endPosition="5">
<Description>)" + QByteArray(3000, 'd') + R"(</Description>
<NoteRef targetGUID="A0000000-0000-4000-8000-000000000001"/></PlainTextSelection>
</TextSource></Sources>
<Notes><Note guid="A0000000-0000-4000-8000-000000000001" name="memo"><PlainTextContent>)" + QByteArray(5000, 'n') + R"(</PlainTextContent></Note></Notes>
</Project>
)";
    ImportLimits limits;
    limits.maximumNoteSize = 1000;
    const ImportBatch batch = QdaProject::readArchive(zipped({{u"project.qde"_s, qde}}), limits);
    QCOMPARE(batch.annotations.size(), 1);
    const QString &note = batch.annotations.at(0).note;
    QVERIFY2(note.size() <= 1000, qPrintable(QString::number(note.size())));
    QVERIFY(note.startsWith(QString(1000, u'd')));
    const QString problems = batch.problems.join(u'\n');
    QVERIFY2(mentions(batch.problems, {u"Note \"memo\""_s, u"5000 characters"_s, u"first 1000"_s}), qPrintable(problems));
    QVERIFY2(mentions(batch.problems, {u"5E100000-0000-4000-8000-000000000001"_s, u"description"_s, u"3000 characters"_s, u"first 1000"_s}),
             qPrintable(problems));
    QVERIFY2(mentions(batch.problems, {u"5E100000-0000-4000-8000-000000000001"_s, u"note"_s, u"first 1000"_s}), qPrintable(problems));
}

void QdaProjectTest::atlasSampleReads()
{
    QFile file(refiDir + u"/sample-atlas-project.qdpx"_s);
    if (!file.open(QIODevice::ReadOnly))
        QSKIP(qPrintable(u"the ATLAS.ti sample is not at %1 (../shared beside the checkout); it was NOT read"_s.arg(file.fileName())));
    const ImportBatch batch = QdaProject::readArchive(file.readAll());
    QVERIFY2(batch.problems.isEmpty(), qPrintable(batch.problems.join(u'\n')));
    QVERIFY(!batch.codes.isEmpty());
    QCOMPARE(batch.codes.at(0).path, QStringList{u"Commits"_s});
    for (qsizetype i = 1; i < batch.codes.size(); ++i) {
        QCOMPARE(batch.codes.at(i).path.size(), 2);
        QCOMPARE(batch.codes.at(i).path.first(), u"Commits"_s);
    }
    for (const ImportedAnnotation &annotation : batch.annotations)
        QCOMPARE(annotation.exact, codePointSlice(annotation.sourceText, *annotation.start, *annotation.end));
    if (batch.annotations.isEmpty())
        qInfo("the ATLAS.ti sample holds a codebook only (no sources, no selections): %lld codes read",
              qlonglong(batch.codes.size()));
}

QTEST_GUILESS_MAIN(QdaProjectTest)
#include "qdaproject_test.moc"
