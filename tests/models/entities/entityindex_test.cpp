// SPDX-License-Identifier: GPL-3.0-or-later
// EntityIndex: counts, documents, context, paragraphs, co-occurrence, merging.
#include "entityindex.h"
#include "gazetteerreader.h"

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class EntityIndexTest final : public QObject
{
    Q_OBJECT

private:
    Gazetteer m_gazetteer = GazetteerReader::parse("Toledo\tplace\nHaixin Power\torganisation\tany\tHaixin\nOsaka\tplace\n",
        u"t.tsv"_s, nullptr);
    EntityMatcher m_matcher{m_gazetteer};

private Q_SLOTS:
    void paragraphs_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("one per line without blank lines") << u"a b\nc\n\nd"_s.remove(u"\n\nd"_s) << QStringList{u"a b"_s, u"c"_s};
        QTest::newRow("blank-line blocks") << u"a\nb\n\n  \nc\n"_s << QStringList{u"a\nb"_s, u"c"_s};
        QTest::newRow("empty") << QString() << QStringList{};
    }

    void paragraphs()
    {
        QFETCH(QString, text);
        QFETCH(QStringList, expected);
        QStringList found;
        for (const auto &[start, end] : EntityIndex::paragraphs(text))
            found.append(text.mid(start, end - start));
        QCOMPARE(found, expected);
    }

    void countsMentionsDocumentsAndContext()
    {
        const QString text = u"\U0001F50B Haixin Power opened a line near Toledo.\nToledo cheered; Osaka did not.\n"_s;
        const EntityIndex index = EntityIndex::indexDocument(m_matcher, m_gazetteer.size(), u"doc-1"_s, text);
        QCOMPARE(index.documents(), QStringList{u"doc-1"_s});
        QCOMPARE(index.entity(0).mentionCount, 2);
        QCOMPARE(index.entity(0).documents, QStringList{u"doc-1"_s});
        const IndexedMention &first = index.entity(1).mentions.first();
        QCOMPARE(first.start, 3);
        QCOMPARE(first.codePointStart, 2); // the battery emoji is two code units, one code point
        QCOMPARE(first.codePointEnd, 14);
        QCOMPARE(first.context.sliced(first.contextStart, first.end - first.start), u"Haixin Power"_s);
        QVERIFY(!first.context.contains(u'\n')); // context stays in its paragraph
        // Lines are paragraphs here: Haixin-Toledo share line 1, Toledo-Osaka line 2.
        QCOMPARE(index.cooccurrences(0, 1), 1);
        QCOMPARE(index.cooccurrences(2, 0), 1);
        QCOMPARE(index.cooccurrences(1, 2), 0);
        QCOMPARE(index.cooccurrences(0, 0), 0);
    }

    void mergesDocumentByDocument()
    {
        EntityIndex total(m_gazetteer.size());
        total.merge(EntityIndex::indexDocument(m_matcher, m_gazetteer.size(), u"a"_s, u"Toledo and Osaka.\n\nHaixin."_s));
        total.merge(EntityIndex::indexDocument(m_matcher, m_gazetteer.size(), u"b"_s, u"Osaka, then Toledo, Toledo."_s));
        total.merge(EntityIndex::indexDocument(m_matcher, m_gazetteer.size(), u"c"_s, u"Nothing here."_s));
        QCOMPARE(total.documents(), (QStringList{u"a"_s, u"b"_s, u"c"_s}));
        QCOMPARE(total.entity(0).mentionCount, 3);
        QCOMPARE(total.entity(0).documents, (QStringList{u"a"_s, u"b"_s}));
        QCOMPARE(total.entity(1).documents, QStringList{u"a"_s});
        QCOMPARE(total.cooccurrences(0, 2), 2);
        QCOMPARE(total.cooccurrences(0, 1), 0);
    }

    void listsAtMostTheLimit()
    {
        EntityIndexOptions options;
        options.maxMentionsPerEntity = 2;
        const EntityIndex index = EntityIndex::indexDocument(m_matcher, m_gazetteer.size(), u"a"_s, u"Osaka Osaka Osaka"_s, options);
        QCOMPARE(index.entity(2).mentionCount, 3);
        QCOMPARE(index.entity(2).mentions.size(), 2);
    }
};

QTEST_GUILESS_MAIN(EntityIndexTest)
#include "entityindex_test.moc"
