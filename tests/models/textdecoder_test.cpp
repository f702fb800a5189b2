// SPDX-License-Identifier: GPL-3.0-or-later
#include "textdecoder.h"

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

    void invalidUtf8IsReplacedAndLocated()
    {
        const QByteArray bytes("first line\nsecond \xE9t\xE9 here\nthird\n");
        const DecodedText decoded = TextDecoder::decode(bytes, u"latin1.txt"_s);
        QVERIFY(!decoded.binary);
        QCOMPARE(decoded.text, u"first line\nsecond \uFFFDt\uFFFD here\nthird\n"_s);
        QCOMPARE(decoded.diagnostics.size(), 1);
        const Diagnostic &d = decoded.diagnostics.constFirst();
        QCOMPARE(d.severity, Severity::Warning);
        QCOMPARE(d.file, u"latin1.txt"_s);
        QCOMPARE(d.line, 2);
        QCOMPARE(d.column, 8);
        QVERIFY(d.message.contains(u"2 byte(s)"_s));
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
