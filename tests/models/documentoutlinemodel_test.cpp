// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutlinemodel.h"
#include "uilanguage.h"

#include <QCoreApplication>

#include <QAbstractItemModelTester>
#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;
using Section = DocumentOutlineModel::Section;

namespace {

// A page as the segmenter leaves it: passages laid end to end with one
// blank line between, each with its kind and article.
struct PageBuilder {
    QString text;
    Segments segments;

    Segment &add(const QString &passage, SegmentKind kind, int article, SegmentRole role = SegmentRole::None)
    {
        if (!text.isEmpty()) {
            segments.append({text.size(), text.size() + 2, SegmentKind::Blank, SegmentRole::None, -1, {}, {}, false});
            text += u"\n\n"_s;
        }
        Segment segment;
        segment.start = text.size();
        text += passage;
        segment.end = text.size();
        segment.kind = kind;
        segment.role = role;
        segment.article = article;
        segments.append(segment);
        return segments.last();
    }
};

QModelIndex topOf(const QAbstractItemModel &model, Section section)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        const QModelIndex index = model.index(row, 0);
        if (index.data(DocumentOutlineModel::SectionRole).value<Section>() == section)
            return index;
    }
    return {};
}

} // namespace

class DocumentOutlineModelTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        // The counts read as the English interface writes them ("3 paragraphs").
        Lectern::Translations::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
    }

    void showsTheStructureNotEveryParagraph()
    {
        PageBuilder page;
        page.add(u"Ferry timetable changes in May"_s, SegmentKind::Title, 0, SegmentRole::Title);
        page.add(u"The ferry company publishes a new timetable."_s, SegmentKind::Body, 0);
        page.add(u"What changes for commuters"_s, SegmentKind::Heading, 0, SegmentRole::Heading);
        page.add(u"Morning sailings move forward by ten minutes."_s, SegmentKind::Body, 0);
        page.add(u"Share this article"_s, SegmentKind::Boilerplate, -1).reason = u"a sharing line"_s;
        page.add(u"Subscribe to our newsletter"_s, SegmentKind::Boilerplate, -1);
        Segment &copied = page.add(u"Evening sailings stay as they are."_s, SegmentKind::Body, 0);
        copied.duplicate = {u"harbour-news"_s, 40, 75, 40, 75, 0.92};
        page.add(u"Read more"_s, SegmentKind::Boilerplate, -1);
        page.add(u"Library opens a reading garden"_s, SegmentKind::Trailer, 1, SegmentRole::Title).reason = u"a new headline and other words"_s;
        page.add(u"The city library opens its garden to readers."_s, SegmentKind::Trailer, 1, SegmentRole::Paragraph);

        DocumentSegmentation segmentation;
        segmentation.documentId = u"ferry"_s;
        segmentation.segments = page.segments;
        DocumentOutlineModel model;
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setTitleLookup([](const QString &id) { return id == u"harbour-news"_s ? u"Harbour news of the week"_s : QString(); });
        model.setDocument(segmentation, page.text);

        // Five rows for ten passages: title, main article, the other article, boilerplate, copies.
        QCOMPARE(model.rowCount(), 5);
        QCOMPARE(model.index(0, 0).data().toString(), u"Title: Ferry timetable changes in May"_s);

        const QModelIndex main = topOf(model, Section::MainArticle);
        QCOMPARE(main.data().toString(), u"Main article (3 paragraphs)"_s);
        QCOMPARE(model.rowCount(main), 1); // its heading
        QCOMPARE(model.index(0, 0, main).data().toString(), u"What changes for commuters"_s);
        QCOMPARE(model.index(0, 0, main).data(DocumentOutlineModel::StartRole).toLongLong(), page.text.indexOf(u"What changes"_s));

        const QModelIndex other = topOf(model, Section::OtherArticle);
        QVERIFY(other.data().toString().startsWith(u"Another article: Library opens a reading garden (1 paragraph)"_s));
        QVERIFY(other.data().toString().contains(u"a new headline and other words"_s));
        QCOMPARE(other.data(DocumentOutlineModel::StartRole).toLongLong(), page.text.indexOf(u"Library opens"_s));

        // Neighbouring boilerplate folds into one run; a body passage between two starts another.
        const QModelIndex boilerplate = topOf(model, Section::Boilerplate);
        QCOMPARE(boilerplate.data().toString(), u"Boilerplate (3 passages)"_s);
        QCOMPARE(model.rowCount(boilerplate), 2);
        const QModelIndex run = model.index(0, 0, boilerplate);
        QCOMPARE(run.data().toString(), u"Share this article (2 passages)"_s);
        QCOMPARE(run.data(DocumentOutlineModel::StartRole).toLongLong(), page.text.indexOf(u"Share"_s));
        QCOMPARE(run.data(DocumentOutlineModel::EndRole).toLongLong(), page.text.indexOf(u"newsletter"_s) + 10);

        // A copied passage names where its canonical copy is, by title.
        const QModelIndex copies = topOf(model, Section::Copies);
        QCOMPARE(copies.data().toString(), u"Copied from other documents (1 passage)"_s);
        const QModelIndex copy = model.index(0, 0, copies);
        QVERIFY(copy.data().toString().contains(u"Harbour news of the week (92% alike)"_s));
        QCOMPARE(copy.data(DocumentOutlineModel::CanonicalDocumentRole).toString(), u"harbour-news"_s);
        QCOMPARE(copy.data(DocumentOutlineModel::CanonicalStartRole).toLongLong(), 40);
    }

    void aPlainPageHasOnlyItsArticle()
    {
        PageBuilder page;
        page.add(u"One paragraph and nothing else."_s, SegmentKind::Body, 0);
        DocumentSegmentation segmentation;
        segmentation.segments = page.segments;
        DocumentOutlineModel model;
        model.setDocument(segmentation, page.text);
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.index(0, 0).data().toString(), u"Main article (1 paragraph)"_s);
        model.clear();
        QCOMPARE(model.rowCount(), 0);
    }

    void headlineAndCopiedShare()
    {
        PageBuilder page;
        page.add(u"  Ferry   timetable\nchanges "_s, SegmentKind::Title, 0, SegmentRole::Title);
        page.add(u"First."_s, SegmentKind::Body, 0).duplicate = {u"x"_s, 0, 6, 0, 6, 1.0};
        page.add(u"Second."_s, SegmentKind::Body, 0);
        page.add(u"Menu"_s, SegmentKind::Boilerplate, -1).duplicate = {u"x"_s, 0, 4, 0, 4, 1.0};
        DocumentSegmentation segmentation;
        segmentation.segments = page.segments;
        QCOMPARE(segmentation.headlineIn(page.text), u"Ferry timetable changes"_s);
        // Boilerplate is not a passage a reader reads: 1 of 3 copied.
        QCOMPARE(segmentation.copiedPassages().total, 3);
        QCOMPARE(segmentation.copiedPassages().copied, 1);
    }
};

QTEST_GUILESS_MAIN(DocumentOutlineModelTest)
#include "documentoutlinemodel_test.moc"
