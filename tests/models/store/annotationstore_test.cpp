// SPDX-License-Identifier: GPL-3.0-or-later
// The store on both back ends: every case runs on SQLite and on PostgreSQL.
#include "testdatabases.h"

#include "annotationstore.h"
#include "storeschema.h"

#include <QStandardPaths>

#include <algorithm>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

// Opens this case's fresh database on the row's back end as `store`.
#define OPEN_CASE(databases, store)                                                                                            \
    QFETCH(QString, backend);                                                                                                  \
    TestDatabases databases(backend, m_dir.path());                                                                            \
    if (!databases.isReady()) {                                                                                                \
        if (qEnvironmentVariableIsEmpty("LECTERN_TEST_POSTGRES"))                                                              \
            QSKIP(qPrintable(databases.why()));                                                                                \
        QFAIL(qPrintable(databases.why()));                                                                                    \
    }                                                                                                                          \
    auto opened_##store = databases.open();                                                                                    \
    QVERIFY2(opened_##store.ok(), qPrintable(opened_##store.ok() ? QString() : opened_##store.error().fullText()));            \
    std::unique_ptr<AnnotationStore> store = std::move(opened_##store).value();

namespace {

Annotation draft(const QString &document, qsizetype start, const QString &quote)
{
    Annotation a;
    a.documentId = document;
    a.start = start;
    a.end = start + quote.size();
    a.quote = quote;
    a.prefix = u"before "_s;
    a.suffix = u" after"_s;
    a.codeId = u"claim"_s;
    a.note = u"A **note** with *Markdown*."_s;
    a.tags = {u"economy"_s, u"2026"_s};
    a.claimStatus = ClaimStatus::Unverified;
    return a;
}

} // namespace

class AnnotationStoreTest final : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        QVERIFY(m_dir.isValid());
    }

    void createsTheSchemaWithTheDefaultCodebook_data() { TestDatabases::addBackendRows(); }
    void createsTheSchemaWithTheDefaultCodebook()
    {
        OPEN_CASE(databases, store);
        QCOMPARE(store->schemaVersion(), StoreSchema::CurrentVersion);
        QVERIFY(!store->isReadOnly());
        const auto codes = store->codes();
        QVERIFY(codes.ok());
        QStringList names;
        for (const Code &code : codes.value())
            names.append(code.name);
        QCOMPARE(names, (QStringList{u"Claim"_s, u"Evidence"_s, u"Question"_s}));
        for (const Code &code : codes.value())
            QVERIFY2(code.colour.size() == 7 && code.colour.startsWith(u'#'), qPrintable(code.colour));
        // Opening again migrates nothing and keeps the codebook as it is.
        store.reset();
        auto again = databases.open();
        QVERIFY(again.ok());
        QCOMPARE(again.value()->codes().value().size(), 3);
    }

    void storesAndReadsAnnotationsExactly_data() { TestDatabases::addBackendRows(); }
    void storesAndReadsAnnotationsExactly()
    {
        OPEN_CASE(databases, store);
        Annotation a = draft(u"harbour"_s, 10, u"Grüße aus Köln 🚢 — “quoted”"_s);
        a.author = u"ana"_s;
        const auto created = store->createAnnotation(a);
        QVERIFY2(created.ok(), qPrintable(created.ok() ? QString() : created.error().fullText()));
        const Annotation &stored = created.value();
        QVERIFY(!QUuid::fromString(stored.id).isNull());
        QCOMPARE(stored.version, 1);
        QCOMPARE(stored.author, u"ana"_s);
        QVERIFY(stored.created.isValid());
        QCOMPARE(stored.created, stored.modified);

        const auto read = store->annotation(stored.id);
        QVERIFY(read.ok());
        QCOMPARE(read.value(), stored);
        QCOMPARE(read.value().tags, (QStringList{u"economy"_s, u"2026"_s}));
        QCOMPARE(read.value().quote, u"Grüße aus Köln 🚢 — “quoted”"_s);

        QVERIFY(store->createAnnotation(draft(u"trains"_s, 0, u"Night trains"_s)).ok());
        QCOMPARE(store->annotations().value().size(), 2);
        QCOMPARE(store->annotationsOfDocument(u"trains"_s).value().size(), 1);
        QCOMPARE(store->annotationsOfDocument(u"nowhere"_s).value().size(), 0);
    }

    void refusesInvalidAnnotationsWithAMessage_data() { TestDatabases::addBackendRows(); }
    void refusesInvalidAnnotationsWithAMessage()
    {
        OPEN_CASE(databases, store);
        Annotation backwards = draft(u"harbour"_s, 10, u"x"_s);
        backwards.end = 5;
        auto refused = store->createAnnotation(backwards);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::InvalidInput);
        Annotation unknownLabel = draft(u"harbour"_s, 0, u"x"_s);
        unknownLabel.codeId = u"no-such-label"_s;
        refused = store->createAnnotation(unknownLabel);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::InvalidInput);
        QVERIFY2(refused.error().message.contains(u"label"_s), qPrintable(refused.error().message));
        QCOMPARE(store->annotations().value().size(), 0);
    }

    void updatesAndCountsVersions_data() { TestDatabases::addBackendRows(); }
    void updatesAndCountsVersions()
    {
        OPEN_CASE(databases, store);
        Annotation a = store->createAnnotation(draft(u"harbour"_s, 0, u"cranes"_s)).value();
        a.note = u"changed"_s;
        a.tags = {u"ports"_s};
        a.codeId = u"evidence"_s;
        a.claimStatus = ClaimStatus::Supported;
        const auto updated = store->updateAnnotation(a);
        QVERIFY(updated.ok());
        QCOMPARE(updated.value().version, 2);
        QCOMPARE(updated.value().note, u"changed"_s);
        QCOMPARE(updated.value().tags, QStringList{u"ports"_s});
        QCOMPARE(updated.value().created, a.created);
        QCOMPARE(store->annotation(a.id).value(), updated.value());
    }

    void reportsAConflictInsteadOfOverwriting_data() { TestDatabases::addBackendRows(); }
    void reportsAConflictInsteadOfOverwriting()
    {
        OPEN_CASE(databases, mine);
        StoreOptions asBea;
        asBea.author = u"bea"_s;
        auto opened = databases.open(asBea);
        QVERIFY(opened.ok());
        std::unique_ptr<AnnotationStore> theirs = std::move(opened).value();

        const Annotation original = mine->createAnnotation(draft(u"harbour"_s, 0, u"cranes"_s)).value();
        Annotation beaEdit = theirs->annotation(original.id).value();
        beaEdit.note = u"Bea's note"_s;
        QVERIFY(theirs->updateAnnotation(beaEdit).ok());

        Annotation myEdit = original; // still version 1
        myEdit.note = u"my note"_s;
        const auto refused = mine->updateAnnotation(myEdit);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::Conflict);
        QVERIFY(refused.error().conflict.has_value());
        QCOMPARE(refused.error().conflict->mine.note, u"my note"_s);
        QCOMPARE(refused.error().conflict->theirs.note, u"Bea's note"_s);
        QCOMPARE(refused.error().conflict->theirs.version, 2);
        QCOMPARE(refused.error().conflict->theirs.modifiedBy, u"bea"_s);
        QVERIFY2(refused.error().message.contains(u"bea"_s), qPrintable(refused.error().message));
        QCOMPARE(mine->annotation(original.id).value().note, u"Bea's note"_s);

        // Deleting from a stale version is refused too; from the current one it works.
        QCOMPARE(mine->removeAnnotation(original.id, 1).error().kind, StoreError::Kind::Conflict);
        QVERIFY(mine->removeAnnotation(original.id, 2).ok());
        QCOMPARE(theirs->updateAnnotation(beaEdit).error().kind, StoreError::Kind::NotFound);
    }

    void restoresADeletedAnnotationWithItsLinks_data() { TestDatabases::addBackendRows(); }
    void restoresADeletedAnnotationWithItsLinks()
    {
        OPEN_CASE(databases, store);
        const Annotation claim = store->createAnnotation(draft(u"harbour"_s, 0, u"The port grew"_s)).value();
        const Annotation evidence = store->createAnnotation(draft(u"trains"_s, 5, u"tonnage doubled"_s)).value();
        QVERIFY(store->addEvidenceLink(claim.id, evidence.id).ok());
        const QList<EvidenceLink> links = store->evidenceLinks().value();
        QCOMPARE(links.size(), 1);

        QVERIFY(store->removeAnnotation(evidence.id, evidence.version).ok());
        QCOMPARE(store->evidenceLinks().value().size(), 0); // cascaded
        QCOMPARE(store->annotation(evidence.id).error().kind, StoreError::Kind::NotFound);

        const auto restored = store->restoreAnnotation(evidence, links);
        QVERIFY(restored.ok());
        QCOMPARE(store->annotation(evidence.id).value(), evidence);
        QCOMPARE(store->evidenceLinks().value(), links);
        QCOMPARE(store->restoreAnnotation(evidence, links).error().kind, StoreError::Kind::InvalidInput);
    }

    void linksEvidenceAcrossDocuments_data() { TestDatabases::addBackendRows(); }
    void linksEvidenceAcrossDocuments()
    {
        OPEN_CASE(databases, store);
        const Annotation claim = store->createAnnotation(draft(u"harbour"_s, 0, u"claim"_s)).value();
        const Annotation evidence = store->createAnnotation(draft(u"trains"_s, 0, u"evidence"_s)).value();
        QCOMPARE(store->addEvidenceLink(claim.id, claim.id).error().kind, StoreError::Kind::InvalidInput);
        QCOMPARE(store->addEvidenceLink(claim.id, u"missing"_s).error().kind, StoreError::Kind::NotFound);
        const auto link = store->addEvidenceLink(claim.id, evidence.id);
        QVERIFY(link.ok());
        QCOMPARE(link.value().author, store->author());
        QCOMPARE(store->addEvidenceLink(claim.id, evidence.id).error().kind, StoreError::Kind::InvalidInput);
        QVERIFY(store->removeEvidenceLink(claim.id, evidence.id).ok());
        QCOMPARE(store->removeEvidenceLink(claim.id, evidence.id).error().kind, StoreError::Kind::NotFound);
    }

    void editsTheCodebook_data() { TestDatabases::addBackendRows(); }
    void editsTheCodebook()
    {
        OPEN_CASE(databases, store);
        Code source{{}, u"evidence"_s, u"Primary source"_s, u"#00aa00"_s, u"Seen first-hand"_s, 5};
        const auto created = store->createCode(source);
        QVERIFY(created.ok());
        QCOMPARE(created.value().colour, u"#00AA00"_s);
        Code recoloured = created.value();
        recoloured.colour = u"#123456"_s;
        QVERIFY(store->updateCode(recoloured).ok());
        QCOMPARE(store->codes().value().last().colour, u"#123456"_s);

        Code badColour = recoloured;
        badColour.colour = u"green"_s;
        QCOMPARE(store->updateCode(badColour).error().kind, StoreError::Kind::InvalidInput);
        const QList<Code> codes = store->codes().value();
        const auto evidence = std::find_if(codes.cbegin(), codes.cend(), [](const Code &c) { return c.id == u"evidence"_s; });
        QVERIFY(evidence != codes.cend());
        Code cycle = *evidence;
        cycle.parentId = recoloured.id;
        QCOMPARE(store->updateCode(cycle).error().kind, StoreError::Kind::InvalidInput);

        Annotation a = draft(u"harbour"_s, 0, u"x"_s);
        a.codeId = recoloured.id;
        a = store->createAnnotation(a).value();
        const auto inUse = store->removeCode(recoloured.id);
        QCOMPARE(inUse.error().kind, StoreError::Kind::InvalidInput);
        QVERIFY2(inUse.error().message.contains(u"1 annotation"_s), qPrintable(inUse.error().message));
        QCOMPARE(store->removeCode(u"evidence"_s).error().kind, StoreError::Kind::InvalidInput); // has a child
        QVERIFY(store->removeAnnotation(a.id, a.version).ok());
        QVERIFY(store->removeCode(recoloured.id).ok());
        QCOMPARE(store->codes().value().size(), 3);
    }

    void keepsSegmentOverridesAndEntityDecisions_data() { TestDatabases::addBackendRows(); }
    void keepsSegmentOverridesAndEntityDecisions()
    {
        OPEN_CASE(databases, store);
        QVERIFY(store->setSegmentOverride({u"harbour"_s, 0, 120, u"boilerplate"_s, {}, {}}).ok());
        QVERIFY(store->setSegmentOverride({u"harbour"_s, 0, 120, u"main"_s, {}, {}}).ok()); // replaces
        QVERIFY(store->setSegmentOverride({u"trains"_s, 40, 80, u"comments"_s, {}, {}}).ok());
        auto segments = store->segmentOverrides().value();
        QCOMPARE(segments.size(), 2);
        QCOMPARE(segments.first().kind, u"main"_s);
        QVERIFY(store->removeSegmentOverride(u"harbour"_s, 0, 120).ok());
        QCOMPARE(store->removeSegmentOverride(u"harbour"_s, 0, 120).error().kind, StoreError::Kind::NotFound);

        QVERIFY(store->setEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"organisation"_s, true)).ok());
        QVERIFY(store->setEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"organisation"_s, false)).ok());
        QVERIFY(store->setEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"place"_s, true)).ok());
        const auto decisions = store->entityDecisions().value();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.first().accepted, false);
        QVERIFY(store->removeEntityDecision(EntityDecision::decide(u"Port Authority"_s, u"place"_s, true)).ok());
        QCOMPARE(store->entityDecisions().value().size(), 1);
    }

    void keepsRenamesAndMergesBesideDecisions_data() { TestDatabases::addBackendRows(); }
    void keepsRenamesAndMergesBesideDecisions()
    {
        OPEN_CASE(databases, store);
        const EntityDecision category = EntityDecision::decide(u"CATL"_s, u"organisation"_s, true);
        EntityDecision rename = EntityDecision::rename(u"CATL"_s, u"CATL Group"_s, true);
        const EntityDecision merge = EntityDecision::merge(u"Contemporary Amperex"_s, u"CATL Group"_s);
        QVERIFY(store->setEntityDecision(category).ok());
        QVERIFY(store->setEntityDecision(rename).ok());
        QVERIFY(store->setEntityDecision(merge).ok());
        rename.target = u"CATL Limited"_s; // renaming again replaces the rename
        QVERIFY(store->setEntityDecision(rename).ok());
        EntityDecision nameless = rename;
        nameless.target = u"  "_s;
        QCOMPARE(store->setEntityDecision(nameless).error().kind, StoreError::Kind::InvalidInput);

        auto decisions = store->entityDecisions().value();
        QCOMPARE(decisions.size(), 3);
        const auto find = [&](EntityDecision::Action action) {
            return *std::find_if(decisions.cbegin(), decisions.cend(), [&](const EntityDecision &d) { return d.action == action; });
        };
        QCOMPARE(find(EntityDecision::Action::Rename).target, u"CATL Limited"_s);
        QVERIFY(find(EntityDecision::Action::Rename).accepted);
        QCOMPARE(find(EntityDecision::Action::Merge).candidateText, u"Contemporary Amperex"_s);
        QCOMPARE(find(EntityDecision::Action::Decide).category, u"organisation"_s);

        QVERIFY(store->removeEntityDecision(rename).ok());
        decisions = store->entityDecisions().value();
        QCOMPARE(decisions.size(), 2);
        QVERIFY(std::none_of(decisions.cbegin(), decisions.cend(),
                             [](const EntityDecision &d) { return d.action == EntityDecision::Action::Rename; }));
    }

    void upgradesAVersionOneDatabaseKeepingItsDecisions_data() { TestDatabases::addBackendRows(); }
    void upgradesAVersionOneDatabaseKeepingItsDecisions()
    {
        // Put the database back to schema 1 (the entity decisions of the
        // first release, keyed by text and category), then open it again.
        OPEN_CASE(databases, store);
        QVERIFY(store->createAnnotation(draft(u"harbour"_s, 0, u"kept"_s)).ok());
        store.reset();
        QVERIFY(databases.execRaw(u"DROP TABLE entity_decisions"_s));
        QVERIFY(databases.execRaw(u"CREATE TABLE entity_decisions (candidate_text TEXT NOT NULL, category TEXT NOT NULL,"
                                  " accepted INTEGER NOT NULL, author TEXT NOT NULL, modified_ms BIGINT NOT NULL,"
                                  " PRIMARY KEY (candidate_text, category))"_s));
        QVERIFY(databases.execRaw(u"INSERT INTO entity_decisions VALUES ('Kansas', 'place', 1, 'ana', 1700000000000),"
                                  " ('Arkansas', '', 0, 'ana', 1700000001000)"_s));
        QVERIFY(databases.execRaw(u"DELETE FROM lectern_schema WHERE version > 1"_s));

        auto reopened = databases.open();
        QVERIFY2(reopened.ok(), qPrintable(reopened.ok() ? QString() : reopened.error().message));
        store = std::move(reopened).value();
        QCOMPARE(store->schemaVersion(), StoreSchema::CurrentVersion);
        QCOMPARE(store->annotations().value().size(), 1);
        const auto decisions = store->entityDecisions().value();
        QCOMPARE(decisions.size(), 2);
        QCOMPARE(decisions.at(0).candidateText, u"Arkansas"_s);
        QVERIFY(!decisions.at(0).accepted);
        QCOMPARE(decisions.at(1).category, u"place"_s);
        QCOMPARE(decisions.at(1).author, u"ana"_s);
        QCOMPARE(decisions.at(1).action, EntityDecision::Action::Decide);
        // And the upgraded table takes the new actions.
        QVERIFY(store->setEntityDecision(EntityDecision::rename(u"Kansas"_s, u"State of Kansas"_s, true)).ok());
        QCOMPARE(store->entityDecisions().value().size(), 3);
    }

    void readOnlyStoresRefuseWritesWithAMessage_data() { TestDatabases::addBackendRows(); }
    void readOnlyStoresRefuseWritesWithAMessage()
    {
        OPEN_CASE(databases, writer);
        QVERIFY(writer->createAnnotation(draft(u"harbour"_s, 0, u"kept"_s)).ok());
        StoreOptions readOnly;
        readOnly.access = StoreOptions::Access::ReadOnly;
        auto opened = databases.open(readOnly);
        QVERIFY(opened.ok());
        const std::unique_ptr<AnnotationStore> reader = std::move(opened).value();
        QVERIFY(reader->isReadOnly());
        QCOMPARE(reader->annotations().value().size(), 1);
        const auto refused = reader->createAnnotation(draft(u"harbour"_s, 0, u"lost?"_s));
        QCOMPARE(refused.error().kind, StoreError::Kind::ReadOnly);
        QVERIFY2(refused.error().message.contains(u"Nothing was saved"_s), qPrintable(refused.error().message));
        QCOMPARE(writer->annotations().value().size(), 1);
    }

    void refusesADatabaseFromANewerLectern_data() { TestDatabases::addBackendRows(); }
    void refusesADatabaseFromANewerLectern()
    {
        OPEN_CASE(databases, store);
        QVERIFY(store->createAnnotation(draft(u"harbour"_s, 0, u"kept"_s)).ok());
        store.reset();
        QVERIFY(databases.execRaw(u"INSERT INTO lectern_schema (version, applied_ms, lectern) VALUES (99, 0, '9.0')"_s));
        const auto refused = databases.open();
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().kind, StoreError::Kind::NewerSchema);
        QVERIFY2(refused.error().message.contains(u"newer Lectern"_s), qPrintable(refused.error().message));
        QVERIFY2(refused.error().message.contains(u"99"_s), qPrintable(refused.error().message));
        // Untouched: removing the marker makes it open with its annotation.
        QVERIFY(databases.execRaw(u"DELETE FROM lectern_schema WHERE version = 99"_s));
        auto reopened = databases.open();
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->annotations().value().size(), 1);
    }

    void opensADatabaseWithAMissingTableReadOnly_data() { TestDatabases::addBackendRows(); }
    void opensADatabaseWithAMissingTableReadOnly()
    {
        OPEN_CASE(databases, store);
        QVERIFY(store->createAnnotation(draft(u"harbour"_s, 0, u"kept"_s)).ok());
        store.reset();
        QVERIFY(databases.execRaw(u"DROP TABLE evidence_links"_s));
        auto opened = databases.open();
        QVERIFY2(opened.ok(), qPrintable(opened.ok() ? QString() : opened.error().fullText()));
        const std::unique_ptr<AnnotationStore> damaged = std::move(opened).value();
        QVERIFY(damaged->isReadOnly());
        QVERIFY2(damaged->notice().contains(u"evidence_links"_s), qPrintable(damaged->notice()));
        QCOMPARE(damaged->annotations().value().size(), 1); // what is there can still be read
        QCOMPARE(damaged->evidenceLinks().value().size(), 0);
        QCOMPARE(damaged->createAnnotation(draft(u"harbour"_s, 0, u"x"_s)).error().kind, StoreError::Kind::ReadOnly);
    }

    void givesEachThreadItsOwnConnection_data() { TestDatabases::addBackendRows(); }
    void givesEachThreadItsOwnConnection()
    {
        OPEN_CASE(databases, store);
        QVERIFY(store->createAnnotation(draft(u"harbour"_s, 0, u"one"_s)).ok());
        const QString here = store->database().connectionName();
        std::pair<QString, qsizetype> elsewhere;
        std::unique_ptr<QThread> worker(QThread::create([&store, &elsewhere] {
            const QString name = store->database().connectionName();
            const auto created = store->createAnnotation(draft(u"trains"_s, 0, u"two"_s));
            elsewhere = {name, created.ok() ? store->annotations().value().size() : -1};
        }));
        worker->start();
        QVERIFY(worker->wait(30000));
        QVERIFY(elsewhere.first != here);
        QVERIFY2(elsewhere.first.contains(u"thread-"_s), qPrintable(elsewhere.first));
        QCOMPARE(elsewhere.second, 2);
        QCOMPARE(store->annotations().value().size(), 2);
    }
};

QTEST_GUILESS_MAIN(AnnotationStoreTest)
#include "annotationstore_test.moc"
