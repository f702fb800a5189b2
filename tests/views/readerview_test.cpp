// SPDX-License-Identifier: GPL-3.0-or-later
#include "findbar.h"
#include "readerdecorator.h"
#include "readerlayer.h"
#include "readerview.h"
#include "themeregistry.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTextBlock>
#include <QTextLayout>

using namespace Qt::StringLiterals;
using namespace Lectern::Views;

namespace {

// Marks every occurrence of a word with one format.
class WordLayer final : public ReaderLayer
{
public:
    WordLayer(const ReaderView *reader, QString word, QTextCharFormat format)
        : m_reader(reader)
        , m_word(std::move(word))
        , m_format(std::move(format))
    {
    }

    void collect(int from, int to, QList<ReaderSpan> &spans) const override
    {
        ++calls;
        const QString &text = m_reader->text();
        for (qsizetype at = text.indexOf(m_word, from); at >= 0 && at < to; at = text.indexOf(m_word, at + 1))
            spans.append({int(at), int(at + m_word.size()), m_format});
    }

    mutable int calls = 0;

private:
    const ReaderView *m_reader;
    QString m_word;
    QTextCharFormat m_format;
};

QTextCharFormat formatAt(const ReaderView &reader, int position)
{
    const QTextBlock block = reader.document()->findBlock(position);
    const int offset = position - block.position();
    QTextCharFormat merged;
    for (const QTextLayout::FormatRange &range : block.layout()->formats()) {
        if (offset >= range.start && offset < range.start + range.length)
            merged.merge(range.format);
    }
    return merged;
}

} // namespace

class ReaderViewTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void oneHugeWordIsShownAndWrapsAnywhere()
    {
        // Word-boundary wrapping of a 400,000-character run took half a
        // minute before the reader chose wrapping anywhere for it; shown,
        // laid out and painted, it must now end well within the test's time.
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.resize(800, 600);
        reader.show();
        const QString blob = u"Title\n\n"_s + QString(400000, u'x') + u"\nAfter the blob.\n"_s;
        reader.showDocument(blob);
        QCOMPARE(reader.wordWrapMode(), QTextOption::WrapAnywhere);
        (void)reader.grab();
        const QTextBlock huge = reader.document()->findBlockByNumber(2);
        QVERIFY(huge.layout()->lineCount() > 100); // wrapped to the window, not one endless line
        // The positions are the document's: a highlight after the run lands on its words.
        QCOMPARE(reader.document()->characterAt(int(blob.indexOf(u"After"_s))), u'A');
        // Ordinary prose keeps wrapping between words.
        reader.showDocument(u"Cranes at the quay. The quay reopens on Monday."_s);
        QCOMPARE(reader.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
        reader.showDocument(QString(30000, QChar(0x6E2F))); // Chinese breaks between characters anyway
        QCOMPARE(reader.wordWrapMode(), QTextOption::WrapAtWordBoundaryOrAnywhere);
    }

    void searchFindsPlainRegexAndCase()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.resize(800, 600);
        reader.show();
        reader.showDocument(u"Cranes at the quay.\nThe quay reopens; QUAY 7 stays shut.\nquays"_s);
        QSignalSpy results(&reader, &ReaderView::searchResult);

        reader.search({u"quay"_s, false, false});
        QCOMPARE(reader.searchHitCount(), 4);
        QCOMPARE(reader.currentSearchHit(), 0);
        QCOMPARE(results.last().at(1).toInt(), 4);
        QCOMPARE(reader.extraSelections().size(), 1);
        QCOMPARE(reader.extraSelections().constFirst().cursor.selectedText(), u"quay"_s);

        reader.search({u"quay"_s, false, true});
        QCOMPARE(reader.searchHitCount(), 3);

        reader.search({u"\\bquay\\b"_s, true, false});
        QCOMPARE(reader.searchHitCount(), 3);

        reader.search({u"QUAY [0-9]+"_s, true, true});
        QCOMPARE(reader.searchHitCount(), 1);
        QCOMPARE(reader.extraSelections().constFirst().cursor.selectedText(), u"QUAY 7"_s);
    }

    void nextAndPreviousWrapAround()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.showDocument(u"a b a b a"_s);
        reader.search({u"a"_s, false, true});
        QCOMPARE(reader.currentSearchHit(), 0);
        reader.findNext();
        reader.findNext();
        QCOMPARE(reader.currentSearchHit(), 2);
        reader.findNext();
        QCOMPARE(reader.currentSearchHit(), 0);
        reader.findPrevious();
        QCOMPARE(reader.currentSearchHit(), 2);
        QCOMPARE(reader.textCursor().position(), 8);
    }

    void badRegularExpressionSaysWhy()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.showDocument(u"text (with brackets)"_s);
        QSignalSpy results(&reader, &ReaderView::searchResult);
        reader.search({u"(with"_s, true, false});
        QCOMPARE(reader.searchHitCount(), 0);
        QVERIFY(!results.last().at(2).toString().isEmpty());
        QVERIFY(reader.extraSelections().isEmpty());
    }

    void searchStaysWhenTheDocumentChanges()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.showDocument(u"one grid here"_s);
        reader.search({u"grid"_s, false, false});
        QCOMPARE(reader.searchHitCount(), 1);
        reader.showDocument(u"grid, grid and grid"_s);
        QCOMPARE(reader.searchHitCount(), 3);
        reader.showPlaceholder(u"nothing"_s);
        QCOMPARE(reader.searchHitCount(), 0);
    }

    void findBarDrivesTheReaderByKeyboard()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        FindBar bar;
        QObject::connect(&bar, &FindBar::queryChanged, &reader, &ReaderView::search);
        QObject::connect(&bar, &FindBar::nextRequested, &reader, &ReaderView::findNext);
        QObject::connect(&bar, &FindBar::previousRequested, &reader, &ReaderView::findPrevious);
        reader.showDocument(u"port, port, port"_s);
        bar.show();
        auto *pattern = bar.findChild<QLineEdit *>();
        QTest::keyClicks(pattern, u"port"_s);
        QCOMPARE(reader.searchHitCount(), 3);
        QTest::keyClick(pattern, Qt::Key_Return);
        QCOMPARE(reader.currentSearchHit(), 1);
        QTest::keyClick(pattern, Qt::Key_Return, Qt::ShiftModifier);
        QCOMPARE(reader.currentSearchHit(), 0);
        QSignalSpy closed(&bar, &FindBar::closed);
        QTest::keyClick(pattern, Qt::Key_Escape);
        QCOMPARE(closed.count(), 1);
        QVERIFY(bar.isHidden());
    }

    void textColumnFollowsTheWidth()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        QSignalSpy column(&reader, &ReaderView::textColumnChanged);
        reader.resize(1600, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTRY_VERIFY(!column.isEmpty());
        const int wide = column.last().at(0).toInt();
        QVERIFY2(wide > 100, qPrintable(QString::number(wide)));
        reader.resize(500, 600);
        QTRY_COMPARE(column.last().at(0).toInt(), int(reader.document()->documentMargin()));
    }

    void layersComposeInOrder()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.resize(800, 600);
        reader.show();
        QTextCharFormat grey;
        grey.setForeground(Qt::gray);
        grey.setBackground(Qt::yellow);
        QTextCharFormat blue;
        blue.setBackground(Qt::blue);
        WordLayer dim(&reader, u"Kansas"_s, grey);
        WordLayer entity(&reader, u"Kansas"_s, blue);
        reader.decorator()->addLayer(&dim);
        reader.decorator()->addLayer(&entity);
        reader.showDocument(u"Plant in Kansas opens."_s);
        QTRY_VERIFY(reader.decorator()->decoratedBlockCount() == 1);
        const QTextCharFormat format = formatAt(reader, 10);
        QCOMPARE(format.background().color(), QColor(Qt::blue)); // the later layer wins where both set a property
        QCOMPARE(format.foreground().color(), QColor(Qt::gray)); // and the earlier one keeps the rest
        QVERIFY(!formatAt(reader, 2).hasProperty(QTextFormat::BackgroundBrush));
    }

    void onlyWhatIsOnScreenIsDecorated()
    {
        ThemeRegistry themes;
        ReaderView reader(&themes);
        reader.resize(800, 600);
        reader.show();
        QVERIFY(QTest::qWaitForWindowExposed(&reader));
        QTextCharFormat mark;
        mark.setBackground(Qt::green);
        WordLayer layer(&reader, u"storage"_s, mark);
        reader.decorator()->addLayer(&layer);
        QString text;
        for (int i = 0; i < 20000; ++i)
            text += u"Line %1 about grid storage and nothing else.\n"_s.arg(i);
        reader.showDocument(text);
        QTRY_VERIFY(reader.decorator()->decoratedBlockCount() > 0);
        const int decorated = reader.decorator()->decoratedBlockCount();
        QVERIFY2(decorated < 200, qPrintable(QString::number(decorated)));
        QVERIFY(!reader.document()->findBlockByNumber(0).layout()->formats().isEmpty());
        QVERIFY(reader.document()->lastBlock().previous().layout()->formats().isEmpty());

        reader.verticalScrollBar()->setValue(reader.verticalScrollBar()->maximum());
        QTRY_VERIFY(!reader.document()->lastBlock().previous().layout()->formats().isEmpty());
        QVERIFY(reader.decorator()->decoratedBlockCount() < 400);
    }
};

QTEST_MAIN(ReaderViewTest)
#include "readerview_test.moc"
