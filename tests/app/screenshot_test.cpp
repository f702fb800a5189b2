// SPDX-License-Identifier: GPL-3.0-or-later
// lectern --screenshot renders the loaded window to a PNG, as docs and users rely on.
#include <QImage>
#include <QProcess>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

class ScreenshotTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rendersTheLoadedWindow()
    {
        QTemporaryDir dir;
        const QString png = dir.filePath(u"shot.png"_s);
        QProcess lectern;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        env.insert(u"XDG_CONFIG_HOME"_s, dir.filePath(u"config"_s));
        lectern.setProcessEnvironment(env);
        lectern.start(QStringLiteral(LECTERN_GUI), {u"--screenshot"_s, png, QStringLiteral(LECTERN_TEST_DATA) + u"/forms/manifest.json"_s});
        QVERIFY(lectern.waitForFinished(120000));
        QCOMPARE(lectern.exitCode(), 0);
        QCOMPARE(QString::fromUtf8(lectern.readAllStandardOutput()).trimmed(), png);
        const QImage image(png);
        QVERIFY(!image.isNull());
        QVERIFY(image.width() >= 800 && image.height() >= 500);
        // A real window has many colours; a blank or failed render has one or two.
        QSet<QRgb> colours;
        for (int y = 0; y < image.height(); y += 7) {
            for (int x = 0; x < image.width(); x += 7)
                colours.insert(image.pixel(x, y));
        }
        QVERIFY2(colours.size() > 20, qPrintable(QString::number(colours.size())));
    }

    void unwritableTargetFails()
    {
        QProcess lectern;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        lectern.setProcessEnvironment(env);
        lectern.start(QStringLiteral(LECTERN_GUI), {u"--screenshot"_s, u"/nonexistent/dir/shot.png"_s});
        QVERIFY(lectern.waitForFinished(60000));
        QCOMPARE(lectern.exitCode(), 1);
        QVERIFY(QString::fromUtf8(lectern.readAllStandardError()).contains(u"could not write the screenshot"_s));
    }

    void unknownReadingModeIsRefused()
    {
        QProcess lectern;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        lectern.setProcessEnvironment(env);
        lectern.start(QStringLiteral(LECTERN_GUI), {u"--view"_s, u"sideways"_s, u"--screenshot"_s, u"shot.png"_s});
        QVERIFY(lectern.waitForFinished(60000));
        QCOMPARE(lectern.exitCode(), 2);
        QVERIFY(QString::fromUtf8(lectern.readAllStandardError()).contains(u"--view takes full, main or unique"_s));
    }
};

QTEST_GUILESS_MAIN(ScreenshotTest)
#include "screenshot_test.moc"
