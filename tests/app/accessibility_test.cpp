// SPDX-License-Identifier: GPL-3.0-or-later
// What a screen reader hears: every control a user can reach in the main
// window, its panels and its dialogs has a name, and Lectern's own widgets
// (the reader, the header, the copy banner, the panels) say what they are.
#include "aboutdialog.h"
#include "annotationworkspace.h"
#include "copybanner.h"
#include "documentheader.h"
#include "guitesthelpers.h"
#include "mainwindow.h"
#include "preferencesdialog.h"
#include "readerview.h"
#include "reanchorer.h"
#include "shortcutsdialog.h"
#include "themeregistry.h"
#include "uilanguage.h"

#include <QAbstractButton>
#include <cmath>
#include <QAccessible>
#include <QDockWidget>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <KSyntaxHighlighting/Theme>
#include <QToolTip>

using namespace Qt::StringLiterals;
using Lectern::App::MainWindow;

namespace {

// WCAG's contrast ratio of two colours: 1 (none) to 21 (black on white).
double contrast(const QColor &a, const QColor &b)
{
    const auto luminance = [](const QColor &c) {
        const auto channel = [](double v) { return v <= 0.03928 ? v / 12.92 : std::pow((v + 0.055) / 1.055, 2.4); };
        return 0.2126 * channel(c.redF()) + 0.7152 * channel(c.greenF()) + 0.0722 * channel(c.blueF());
    };
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

// With LECTERN_SCREENSHOT_DIR set, @p widget as NAME.png there, to look at.
void keepScreenshot(QWidget &widget, const QString &name)
{
    if (const QString dir = qEnvironmentVariable("LECTERN_SCREENSHOT_DIR"); !dir.isEmpty())
        widget.grab().save(dir + u'/' + name + u".png"_s);
}

// The name assistive technology gets for @p widget: its own, its label's,
// or its text.
QString accessibleNameOf(QWidget *widget)
{
    QAccessibleInterface *face = QAccessible::queryAccessibleInterface(widget);
    return face ? face->text(QAccessible::Name).trimmed() : QString();
}

// Every visible widget under @p root that takes keyboard focus and has no name.
QStringList namelessControls(QWidget *root)
{
    QStringList nameless;
    const QList<QWidget *> widgets = root->findChildren<QWidget *>();
    for (QWidget *widget : widgets) {
        if (!widget->isVisibleTo(root) || !(widget->focusPolicy() & Qt::TabFocus))
            continue;
        // The viewport or editor inside a named view speaks for the view.
        if (QWidget *parent = widget->parentWidget();
            parent && (parent->focusProxy() == widget || parent->inherits("QAbstractSpinBox") || parent->inherits("QComboBox")))
            continue;
        if (accessibleNameOf(widget).isEmpty())
            nameless.append(QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName() + u" in "_s
                            + QString::fromLatin1(widget->parentWidget()->metaObject()->className()) + u' '
                            + widget->parentWidget()->objectName());
    }
    return nameless;
}

// The sample bundle, copied to @p dir, open in @p window once it has settled.
bool openSample(const QTemporaryDir &dir, MainWindow &window)
{
    const QString index = GuiTest::copyBundle(dir, QStringLiteral(LECTERN_SOURCE_DIR) + u"/resources/samples/newsroom"_s, u"bundle.json"_s);
    window.resize(1400, 900);
    window.show();
    QSignalSpy settled(&window, &MainWindow::settled);
    window.openBundle(index);
    return settled.wait(20000);
}

} // namespace

class AccessibilityTest final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        Lectern::Translations::installTranslators(*QCoreApplication::instance(), QLocale(QLocale::English));
        QApplication::setOrganizationName(u"LecternTests"_s);
        QApplication::setApplicationName(u"accessibility_test"_s);
        QSettings().clear();
    }

    void everyControlOfTheWindowHasAName()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        // Every panel shown, the ones that start hidden too.
        for (QDockWidget *dock : window.findChildren<QDockWidget *>())
            dock->show();
        QTest::qWait(50);
        const QStringList nameless = namelessControls(&window);
        QVERIFY2(nameless.isEmpty(), qPrintable(nameless.join(u", "_s)));

        // Lectern's own widgets say what they hold, not only what they are.
        auto *reader = window.findChild<Lectern::Views::ReaderView *>();
        QVERIFY(reader);
        QVERIFY(!accessibleNameOf(reader).isEmpty());
        QAccessibleInterface *readerFace = QAccessible::queryAccessibleInterface(reader);
        QVERIFY2(!readerFace->text(QAccessible::Description).isEmpty(), "the reader has no description");
        auto *header = window.findChild<Lectern::Views::DocumentHeader *>();
        QVERIFY(header);
        QVERIFY2(!QAccessible::queryAccessibleInterface(header)->text(QAccessible::Name).isEmpty(), "the document header has no name");
    }

    void theReaderSaysInWordsWhatItsColoursMean()
    {
        QTemporaryDir dir;
        MainWindow window;
        QVERIFY(openSample(dir, window));
        auto *reader = window.findChild<Lectern::Views::ReaderView *>();
        QVERIFY(reader);
        // An entity of the sample's gazetteer, in the first document shown,
        // inside a passage annotated as a claim.
        const QString text = reader->toPlainText();
        const int at = int(text.indexOf(u"Tsurugawa"_s));
        QVERIFY(at >= 0);
        auto *workspace = window.findChild<Lectern::Models::AnnotationWorkspace *>();
        QVERIFY(workspace);
        Lectern::Models::Annotation draft;
        draft.documentId = u"ledger-ohio"_s;
        draft.setAnchor(Lectern::Models::Reanchorer::capture(text, at, at + 20));
        draft.codeId = u"claim"_s;
        draft.note = u"check the figure"_s;
        QVERIFY(!workspace->addAnnotation(draft).isEmpty());
        QTest::qWait(50);
        QTextCursor cursor(reader->document());
        cursor.setPosition(at + 2);
        reader->setTextCursor(cursor);
        reader->ensureCursorVisible();
        const QPoint point = reader->cursorRect(cursor).center();
        QHelpEvent help(QEvent::ToolTip, point, reader->viewport()->mapToGlobal(point));
        QApplication::sendEvent(reader->viewport(), &help);
        QTRY_VERIFY(QToolTip::isVisible());
        // The tint's meaning, and the passage's kind, in words.
        QVERIFY2(QToolTip::text().contains(u"(entity: organisation)"_s), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(u"main article"_s), qPrintable(QToolTip::text()));
        QVERIFY2(QToolTip::text().contains(u"Claim: check the figure"_s), qPrintable(QToolTip::text()));
        QToolTip::hideText();
    }

    void aHighContrastThemeIsOffered()
    {
        using KSyntaxHighlighting::Theme;
        Lectern::Views::ThemeRegistry themes;
        QVERIFY2(themes.themeNames().contains(u"Lectern High Contrast"_s), qPrintable(themes.themeNames().join(u", "_s)));
        themes.setThemeName(u"Lectern High Contrast"_s);
        const Theme &theme = themes.theme();
        QCOMPARE(theme.name(), u"Lectern High Contrast"_s);
        const QColor page = QColor::fromRgba(theme.editorColor(Theme::BackgroundColor));
        // Text at WCAG AAA; every colour the reader borrows for entity
        // categories and the search hit at least AA against the page.
        QVERIFY(contrast(QColor::fromRgba(theme.textColor(Theme::Normal)), page) >= 7.0);
        for (const Theme::TextStyle style : {Theme::Keyword, Theme::Function, Theme::DataType, Theme::DecVal, Theme::String, Theme::Import}) {
            const QColor colour = QColor::fromRgba(theme.textColor(style));
            QVERIFY2(contrast(colour, page) >= 4.5, qPrintable(colour.name()));
        }
        // Selected text stays readable.
        QVERIFY(contrast(QColor::fromRgba(theme.selectedTextColor(Theme::Normal)), QColor::fromRgba(theme.editorColor(Theme::TextSelection))) >= 7.0);
    }

    void everyDialogControlHasAName()
    {
        Lectern::Views::ThemeRegistry themes;
        Lectern::Views::PreferencesDialog preferences(&themes, {});
        preferences.show();
        QStringList nameless = namelessControls(&preferences);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"Settings: "_s + nameless.join(u", "_s)));

        MainWindow window;
        Lectern::Views::ShortcutsDialog shortcuts(window.menuBar());
        shortcuts.show();
        keepScreenshot(shortcuts, u"shortcuts"_s);
        nameless = namelessControls(&shortcuts);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"Keyboard Shortcuts: "_s + nameless.join(u", "_s)));

        Lectern::Views::AboutDialog about;
        about.show();
        keepScreenshot(about, u"about"_s);
        nameless = namelessControls(&about);
        QVERIFY2(nameless.isEmpty(), qPrintable(u"About: "_s + nameless.join(u", "_s)));
    }
};

QTEST_MAIN(AccessibilityTest)
#include "accessibility_test.moc"
