// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

#include "legacyencoding.h"

#include <QStringEncoder>

#include <QTest>

using namespace Qt::StringLiterals;
using namespace Lectern::Models;

class TextDecoderTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void decodes_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<QString>("expected");
        const QString text = u"Caf\u00E9 \u2014 50\u00A0km \U0001F50B\nsecond line\n"_s;
        QTest::newRow("utf-8") << text.toUtf8() << text;
        QTest::newRow("utf-8 with bom") << QByteArray("\xEF\xBB\xBF") + text.toUtf8() << text;
        QStringEncoder le(QStringConverter::Utf16LE);
        QStringEncoder be(QStringConverter::Utf16BE);
        QTest::newRow("utf-16le with bom") << QByteArray("\xFF\xFE") + QByteArray(le.encode(text)) << text;
        QTest::newRow("utf-16be with bom") << QByteArray("\xFE\xFF") + QByteArray(be.encode(text)) << text;
        QTest::newRow("crlf") << QByteArray("one\r\ntwo\r\n") << u"one\ntwo\n"_s;
        QTest::newRow("cr") << QByteArray("one\rtwo\r") << u"one\ntwo\n"_s;
        QTest::newRow("mixed") << QByteArray("a\r\nb\rc\nd") << u"a\nb\nc\nd"_s;
        QTest::newRow("empty") << QByteArray() << QString();
    }

    void decodes()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(QString, expected);
        const DecodedText decoded = TextDecoder::decode(bytes, u"doc.txt"_s);
        QVERIFY(!decoded.binary);
        QCOMPARE(decoded.diagnostics, Diagnostics{});
        QCOMPARE(decoded.text, expected);
    }

    void strayBytesInUtf8AreReplacedAndLocated()
    {
        // Mostly UTF-8 (a dash and an accent) with two stray Latin-1 bytes.
        const QByteArray bytes("first line \xE2\x80\x94 caf\xC3\xA9\nsecond \xE9t\xE9 here\nthird\n");
        const DecodedText decoded = TextDecoder::decode(bytes, u"mixed.txt"_s);
        QVERIFY(!decoded.binary);
        QCOMPARE(decoded.text, u"first line \u2014 caf\u00E9\nsecond \uFFFDt\uFFFD here\nthird\n"_s);
        QCOMPARE(decoded.diagnostics.size(), 1);
        const Diagnostic &d = decoded.diagnostics.constFirst();
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.file, u"mixed.txt"_s);
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 8);
        QVERIFY(d.message.contains(u"2 byte(s)"_s));
    }

    void textInALegacyEncodingIsReadInIt()
    {
        // No UTF-8 at all: the web's usual legacy encoding, said in a warning.
        const QByteArray bytes("first line\nsecond \xE9t\xE9 here, it doesn\x92t matter\nthird\n");
        const DecodedText decoded = TextDecoder::decode(bytes, u"latin1.txt"_s);
        QCOMPARE(decoded.text, u"first line\nsecond \u00E9t\u00E9 here, it doesn\u2019t matter\nthird\n"_s);
        QCOMPARE(decoded.diagnostics.size(), 1);
        QVERIFY2(decoded.diagnostics.constFirst().message.contains(u"windows-1252"_s), qPrintable(decoded.diagnostics.constFirst().message));

        // Russian in windows-1251, long enough for its letters to tell.
        const QString russian = u"Портовое управление заказало четыре новых крана для контейнерного терминала. Это крупнейшая "
                                "покупка порта за десять лет, и краны должны заработать весной, сообщили в управлении."_s;
        QStringEncoder cp1251("windows-1251");
        if (!cp1251.isValid())
            QSKIP("this Qt has no windows-1251 encoder to make the test's bytes");
        const QByteArray legacy = cp1251.encode(russian);
        QCOMPARE(TextDecoder::decode(legacy, u"ru.txt"_s).text, russian);
    }

    void anHtmlPageIsReadInTheEncodingItDeclares()
    {
        QCOMPARE(LegacyEncoding::declaredInHtml("<html><head><META CHARSET='ISO-8859-1'>"), QByteArray("windows-1252"));
        QCOMPARE(LegacyEncoding::declaredInHtml(
                     "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\"><title>x</title>"),
                 QByteArray("gb18030"));
        QCOMPARE(LegacyEncoding::declaredInHtml("<meta name=viewport content=width=device-width><p>x"), QByteArray());
        QStringEncoder gbk("GB18030");
        if (!gbk.isValid())
            QSKIP("this Qt has no GB18030 encoder to make the test's bytes");
        const QString chinese = u"港口管理局订购了四台新起重机。"_s;
        const QByteArray page = "<meta charset=gb2312><p>" + QByteArray(gbk.encode(chinese)) + "</p>";
        const DecodedText decoded = TextDecoder::decode(page, u"page.html"_s, LegacyEncoding::declaredInHtml(page));
        QCOMPARE(decoded.text, u"<meta charset=gb2312><p>"_s + chinese + u"</p>"_s);
        QCOMPARE(decoded.diagnostics, Diagnostics{});
    }

    void aWrongDeclarationDoesNotMakeMojibake()
    {
        // Declared windows-1252, written in UTF-8: read as UTF-8.
        const QString text = u"<p>Caf\u00E9 \u2014 the harbour\u2019s new cranes</p>"_s;
        DecodedText decoded = TextDecoder::decode(text.toUtf8(), u"page.html"_s, "windows-1252");
        QCOMPARE(decoded.text, text);
        QCOMPARE(decoded.diagnostics.size(), 1);
        QVERIFY(decoded.diagnostics.constFirst().message.contains(u"but is UTF-8"_s));
        // Declared UTF-8, written in windows-1252: read as windows-1252.
        decoded = TextDecoder::decode("<p>It doesn\x92t solve the problem \x96 yet.</p>", u"page.html"_s, "utf-8");
        QCOMPARE(decoded.text, u"<p>It doesn\u2019t solve the problem \u2013 yet.</p>"_s);
        QVERIFY(decoded.diagnostics.constFirst().message.contains(u"declares UTF-8 but is not"_s));
    }

    void truncatedAndOverlongSequencesAreInvalid_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        QTest::addColumn<qsizetype>("first");
        QTest::newRow("valid") << QByteArray("caf\xC3\xA9 \xF0\x9F\x94\x8B") << qsizetype(-1);
        QTest::newRow("truncated at end") << QByteArray("ab\xE2\x82") << qsizetype(2);
        QTest::newRow("overlong slash") << QByteArray("a\xC0\xAF") << qsizetype(1);
        QTest::newRow("surrogate") << QByteArray("a\xED\xA0\x80") << qsizetype(1);
        QTest::newRow("stray continuation") << QByteArray("abc\x80") << qsizetype(3);
    }

    void truncatedAndOverlongSequencesAreInvalid()
    {
        QFETCH(QByteArray, bytes);
        QFETCH(qsizetype, first);
        QCOMPARE(TextDecoder::firstInvalidUtf8(bytes), first);
    }

    void binaryIsRefused()
    {
        const DecodedText decoded = TextDecoder::decode(QByteArray("\x7F" "ELF\x02\x01\x01\0", 8), u"prog"_s);
        QVERIFY(decoded.binary);
        QVERIFY(decoded.text.isEmpty());
        QCOMPARE(decoded.diagnostics.size(), 1);
        QCOMPARE(decoded.diagnostics.constFirst().severity, Severity::Error);
        QVERIFY(decoded.diagnostics.constFirst().message.contains(u"a program"_s));
    }

    void utf16WithoutBomLooksBinary()
    {
        QStringEncoder le(QStringConverter::Utf16LE);
        const QByteArray bytes = le.encode(u"plain words"_s);
        QVERIFY(!TextDecoder::binaryReason(bytes).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TextDecoderTest)
#include "textdecoder_test.moc"
