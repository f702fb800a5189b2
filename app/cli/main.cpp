// SPDX-License-Identifier: GPL-3.0-or-later
#include "clicommands.h"
#include "clioutput.h"
#include "clitext.h"
#include "uilanguage.h"

#include <QGuiApplication>
#include <QLoggingCategory>

#include <functional>
#include <map>

using namespace Qt::StringLiterals;

namespace {

struct Command {
    std::function<int(const QStringList &)> run;
    const char *summary;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table {
        { u"info"_s, { Lectern::Cli::infoCommand, QT_TRANSLATE_NOOP("Lectern::Cli", "list a bundle's documents and problems") } },
        { u"segment"_s,
            { Lectern::Cli::segmentCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli", "label every passage: title, body, boilerplate, trailer, duplicate") } },
        { u"entities"_s,
            { Lectern::Cli::entitiesCommand,
                QT_TRANSLATE_NOOP(
                    "Lectern::Cli", "find the gazetteer's entities across the bundle; --suggest mines new ones") } },
        { u"extract"_s,
            { Lectern::Cli::extractCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli", "write each document's main article text to a folder") } },
        { u"export"_s,
            { Lectern::Cli::exportCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli",
                    "write annotations as md, html, csv, jsonld, qdpx, qdc, odt, pdf; jsonl writes the clean corpus") } },
        { u"import"_s,
            { Lectern::Cli::importCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli", "bring a W3C JSON-LD or REFI-QDA .qdpx file's annotations into the bundle") } },
        { u"annotations"_s,
            { Lectern::Cli::annotationsCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli", "list the bundle's annotations (--json for positions, labels, notes)") } },
        { u"duplicates"_s,
            { Lectern::Cli::duplicatesCommand,
                QT_TRANSLATE_NOOP("Lectern::Cli", "list near-duplicate documents and repeated passages") } },
    };
    return table;
}

void printUsage()
{
    using Lectern::Cli::CliText;
    using Lectern::Cli::out;
    out() << CliText::tr("Usage: lectern-cli COMMAND INDEX [options]") << "\n\n"
          << CliText::tr("Lectern's headless tool: every job the reader does, scriptable.") << "\n\n"
          << CliText::tr("Commands:") << '\n';
    for (const auto &[name, command] : commands())
        out() << "  " << name.leftJustified(12) << CliText::tr(command.summary) << '\n';
    out() << '\n'
          << CliText::tr("lectern-cli COMMAND --help describes a command's options.") << '\n'
          << CliText::tr("Options: --help, --version") << '\n';
    out().flush();
}

} // namespace

int main(int argc, char *argv[])
{
    // ODT and PDF reports lay text out, which takes fonts and so a
    // QGuiApplication; a command line tool needs no display for that.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    // Standard error is for what the user must know; Lectern's own progress
    // notes show only when QT_LOGGING_RULES asks for them.
    if (!qEnvironmentVariableIsSet("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(u"lectern.*.info=false\nlectern.*.debug=false"_s);
    QCoreApplication::setApplicationName(u"lectern-cli"_s);
    QCoreApplication::setOrganizationName(u"Lectern"_s);
    QCoreApplication::setApplicationVersion(QStringLiteral(LECTERN_VERSION_STRING));
    // Messages and --help follow the system's language (LANGUAGE, LC_ALL, LC_MESSAGES, LANG).
    Lectern::Translations::installTranslators(app, QLocale::system());

    QStringList arguments = QCoreApplication::arguments();
    const QString first = arguments.value(1);
    if (first.isEmpty() || first == "--help"_L1 || first == "-h"_L1 || first == "help"_L1) {
        printUsage();
        return first.isEmpty() ? Lectern::Cli::ExitUsage : Lectern::Cli::ExitOk;
    }
    if (first == "--version"_L1 || first == "-v"_L1) {
        Lectern::Cli::out() << "lectern-cli " << QCoreApplication::applicationVersion() << '\n';
        Lectern::Cli::out().flush();
        return Lectern::Cli::ExitOk;
    }
    const auto command = commands().find(first);
    if (command == commands().end()) {
        Lectern::Cli::err() << Lectern::Cli::CliText::tr(
            "lectern-cli: unknown command \u201C%1\u201D; lectern-cli --help lists the commands")
                                   .arg(first)
                            << '\n';
        Lectern::Cli::err().flush();
        return Lectern::Cli::ExitUsage;
    }
    // The command's parser sees "lectern-cli COMMAND args...", with COMMAND as its program name.
    arguments.removeAt(0);
    arguments[0] = u"lectern-cli "_s + first;
    return command->second.run(arguments);
}
