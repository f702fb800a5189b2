// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "uilanguage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QFileInfo>
#include <QTimer>

#include <cstdio>

using namespace Qt::StringLiterals;

namespace {

bool hasDisplay()
{
    return !qEnvironmentVariableIsEmpty("DISPLAY") || !qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY");
}

bool wantsScreenshot(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--screenshot") == 0 || qstrncmp(argv[i], "--screenshot=", 13) == 0)
            return true;
    }
    return false;
}

// The value of --language CODE (or --language=CODE) when given: the
// catalogues must be in place before the parser's own texts are made.
QString languageArgument(int argc, char **argv)
{
    for (int i = 1; i < argc; ++i) {
        if (qstrcmp(argv[i], "--language") == 0 && i + 1 < argc)
            return QString::fromLocal8Bit(argv[i + 1]);
        if (qstrncmp(argv[i], "--language=", 11) == 0)
            return QString::fromLocal8Bit(argv[i] + 11);
    }
    return {};
}

// Renders the window to a PNG once the bundle has loaded and its first
// document is on screen, then quits.
void scheduleScreenshot(Lectern::App::MainWindow &window, const QString &file)
{
    auto save = [&window, file] {
        const QImage image = window.grab().toImage();
        if (image.isNull() || !image.save(file, "PNG")) {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "lectern: could not write the screenshot to %1")
                               .arg(QDir::toNativeSeparators(file))));
            QApplication::exit(1);
            return;
        }
        std::printf("%s\n", qPrintable(QFileInfo(file).absoluteFilePath()));
        QApplication::exit(0);
    };
    QObject::connect(&window, &Lectern::App::MainWindow::settled, &window, [save] { QTimer::singleShot(150, save); },
                     Qt::SingleShotConnection);
    QTimer::singleShot(120'000, &window, [] {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate(
                "main", "lectern: the bundle did not finish loading within two minutes; no screenshot taken")));
        QApplication::exit(3);
    });
}

} // namespace

int main(int argc, char *argv[])
{
    // Without a display a screenshot is still possible: render offscreen.
    if (wantsScreenshot(argc, argv) && !hasDisplay() && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");

    QApplication app(argc, argv);
    QApplication::setApplicationName(u"Lectern"_s);
    QApplication::setOrganizationName(u"Lectern"_s);
    QApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
    QApplication::setDesktopFileName(u"org.lectern.Lectern"_s);
    // --language for this session, else the language chosen in Settings, else the system's.
    const QString requestedLanguage = languageArgument(argc, argv);
    const bool languageKnown = requestedLanguage.isEmpty() || Lectern::Translations::isUiLanguage(requestedLanguage);
    const QString language
        = !requestedLanguage.isEmpty() && languageKnown ? requestedLanguage : Lectern::Translations::savedUiLanguage();
    const QLocale locale = Lectern::Translations::uiLocale(language);
    if (!language.isEmpty())
        QLocale::setDefault(locale);
    Lectern::Translations::installTranslators(app, locale);

    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate("main", "Read and annotate source bundles."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption screenshot(u"screenshot"_s, QApplication::translate("main", "Render the window to a PNG after loading, then exit."),
                                        QApplication::translate("main", "file"));
    parser.addOption(screenshot);
    const QCommandLineOption theme(u"theme"_s, QApplication::translate("main", "Use this colour theme for this session (see Settings for the names)."),
                                   QApplication::translate("main", "name"));
    parser.addOption(theme);
    const QCommandLineOption document(u"document"_s, QApplication::translate("main", "Show this document of the bundle first."),
                                      QApplication::translate("main", "id"));
    parser.addOption(document);
    const QCommandLineOption view(u"view"_s,
        QApplication::translate("main", "Read in this mode for this session: full, main (the main article) or unique."),
        QApplication::translate("main", "mode"));
    parser.addOption(view);
    const QCommandLineOption source(u"source"_s,
        QApplication::translate("main", "Show the first document's Source view (View \u203A Show Source) for this session."));
    parser.addOption(source);
    const QCommandLineOption languageOption(u"language"_s,
        QApplication::translate("main", "Show Lectern in this language for this session: en, de or ja."),
        QApplication::translate("main", "code"));
    parser.addOption(languageOption);
    parser.addPositionalArgument(u"bundle"_s, QApplication::translate("main", "Index file or folder of the bundle to open."),
        QApplication::translate("main", "[bundle]"));
    parser.process(app);

    if (!languageKnown) {
        std::fprintf(stderr, "%s\n",
            qPrintable(QApplication::translate("main", "lectern: --language takes en, de or ja, not %1").arg(requestedLanguage)));
        return 2;
    }

    Lectern::App::MainWindow window;
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(theme))
        window.useTheme(parser.value(theme));
    if (parser.isSet(document))
        window.openAtDocument(parser.value(document));
    if (parser.isSet(view)) {
        const QString mode = parser.value(view);
        if (mode == u"main"_s)
            window.useReadingMode(Lectern::Views::ReadingMode::MainArticle);
        else if (mode == u"unique"_s)
            window.useReadingMode(Lectern::Views::ReadingMode::UniqueContent);
        else if (mode == u"full"_s)
            window.useReadingMode(Lectern::Views::ReadingMode::FullText);
        else {
            std::fprintf(stderr, "%s\n",
                qPrintable(QApplication::translate("main", "lectern: --view takes full, main or unique, not %1").arg(mode)));
            return 2;
        }
    }
    if (parser.isSet(source))
        window.useSourceView();
    if (parser.isSet(screenshot))
        scheduleScreenshot(window, parser.value(screenshot));
    window.show();
    if (!positional.isEmpty())
        window.openBundle(positional.constFirst());
    else if (parser.isSet(screenshot))
        QTimer::singleShot(0, &window, &Lectern::App::MainWindow::settled);
    return QApplication::exec();
}
