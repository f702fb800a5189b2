// SPDX-License-Identifier: GPL-3.0-or-later
// The programs speak the reader's language: lectern-cli the system's,
// lectern the one --language names.
#include <QProcess>
#include <QProcessEnvironment>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run run(const QString &program, const QStringList &arguments, const QString &locale)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name : { u"LANGUAGE"_s, u"LC_ALL"_s, u"LC_MESSAGES"_s })
        environment.remove(name);
    environment.insert(u"LANG"_s, locale);
    environment.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    if (!process.waitForFinished(60000))
        return {};
    return { process.exitCode(), QString::fromUtf8(process.readAllStandardOutput()),
        QString::fromUtf8(process.readAllStandardError()) };
}

} // namespace

class LanguageTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cliFollowsTheSystemLanguage_data()
    {
        QTest::addColumn<QString>("locale");
        QTest::addColumn<QString>("usage");
        QTest::addColumn<QString>("commands");
        QTest::newRow("English") << u"C.UTF-8"_s << u"Usage: lectern-cli COMMAND INDEX [options]"_s << u"Commands:"_s;
        QTest::newRow("German") << u"de_DE.UTF-8"_s << u"Aufruf: lectern-cli BEFEHL INDEX [Optionen]"_s << u"Befehle:"_s;
        QTest::newRow("Japanese") << u"ja_JP.UTF-8"_s << u"使い方: lectern-cli COMMAND INDEX [オプション]"_s << u"コマンド:"_s;
    }

    void cliFollowsTheSystemLanguage()
    {
        QFETCH(QString, locale);
        QFETCH(QString, usage);
        QFETCH(QString, commands);
        const Run help = run(QStringLiteral(LECTERN_CLI), { u"--help"_s }, locale);
        QCOMPARE(help.exitCode, 0);
        QVERIFY2(help.out.contains(usage), qPrintable(help.out));
        QVERIFY2(help.out.contains(commands), qPrintable(help.out));
    }

    void cliErrorsAreTranslated()
    {
        const Run german = run(QStringLiteral(LECTERN_CLI), { u"frobnicate"_s }, u"de_DE.UTF-8"_s);
        QCOMPARE(german.exitCode, 2);
        QVERIFY2(german.err.contains(u"lectern-cli: unbekannter Befehl „frobnicate“"_s), qPrintable(german.err));
    }

    void segmentReasonsAreInTheReadersLanguage()
    {
        // The sample bundle, read in place: segment writes nothing.
        const QString index = QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom/bundle.json"_s;
        const Run german = run(QStringLiteral(LECTERN_CLI), { u"segment"_s, index }, u"de_DE.UTF-8"_s);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(u"Fließtext im Artikel: "_s), qPrintable(german.out.left(2000)));
        QVERIFY(!german.out.contains(u"prose inside the article"_s));
        const Run japanese = run(QStringLiteral(LECTERN_CLI), { u"segment"_s, index }, u"ja_JP.UTF-8"_s);
        QVERIFY2(japanese.out.contains(u"記事内の本文: "_s), qPrintable(japanese.out.left(2000)));
        const Run english = run(QStringLiteral(LECTERN_CLI), { u"segment"_s, index }, u"en_GB.UTF-8"_s);
        QVERIFY2(english.out.contains(u"words, sentence-shaped"_s), qPrintable(english.out.left(2000)));
    }

    void languageOptionOverridesTheSystem()
    {
        // --help is written before any window opens, in the language asked for.
        const Run japanese = run(QStringLiteral(LECTERN_GUI), { u"--language"_s, u"ja"_s, u"--help"_s }, u"de_DE.UTF-8"_s);
        QCOMPARE(japanese.exitCode, 0);
        QVERIFY2(japanese.out.contains(u"ソースバンドルを読み、注釈を付けます。"_s), qPrintable(japanese.out));
        const Run german = run(QStringLiteral(LECTERN_GUI), { u"--language=de"_s, u"--help"_s }, u"C.UTF-8"_s);
        QCOMPARE(german.exitCode, 0);
        QVERIFY2(german.out.contains(u"Quellenbündel lesen und annotieren."_s), qPrintable(german.out));
    }

    void unknownLanguageIsAUsageError()
    {
        const Run refused = run(QStringLiteral(LECTERN_GUI), { u"--language"_s, u"tlh"_s }, u"C.UTF-8"_s);
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.err.contains(u"--language takes en, de or ja, not tlh"_s), qPrintable(refused.err));
    }
};

QTEST_GUILESS_MAIN(LanguageTest)
#include "language_test.moc"
