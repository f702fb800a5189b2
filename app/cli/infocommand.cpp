// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlearguments.h"
#include "clicommands.h"
#include "clioutput.h"
#include "clitext.h"
#include "documentreader.h"

#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

int infoCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("List a bundle's documents and every problem found in it."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, CliText::tr("Print JSON (see docs/formats.md) instead of a table."));
    parser.addOption(json);
    const BundleArguments bundleArguments(parser);
    parser.process(arguments);

    Models::Bundle bundle;
    Models::LoadOptions options;
    if (!bundleArguments.load(parser, bundle, options))
        return ExitUsage;

    QJsonArray documents;
    QList<qsizetype> characters;
    QList<int> pages; // 0 for a format without pages
    for (Models::DocumentEntry &entry : bundle.documents) {
        qsizetype count = -1;
        int pageCount = 0;
        if (entry.status != Models::DocumentStatus::Error) {
            const Models::DocumentText text = Models::DocumentReader::read(entry, bundle.rootDir, options);
            bundle.diagnostics.append(text.diagnostics);
            entry.status = text.status;
            if (text.status != Models::DocumentStatus::Error) {
                count = codePointCount(text.text);
                pageCount = text.blocks.isEmpty() ? 0 : text.blocks.constLast().page;
            }
        }
        characters.append(count);
        pages.append(pageCount);
    }

    if (parser.isSet(json)) {
        for (qsizetype i = 0; i < bundle.documents.size(); ++i) {
            const Models::DocumentEntry &e = bundle.documents.at(i);
            documents.append(QJsonObject{{u"id"_s, e.id},
                                         {u"title"_s, e.title},
                                         {u"path"_s, e.declaredPath},
                                         {u"url"_s, e.url},
                                         {u"date"_s, e.date},
                                         {u"source"_s, e.source},
                                         {u"language"_s, e.language},
                                         {u"format"_s, Models::formatName(e.format)},
                                         {u"bytes"_s, double(e.size)},
                                         {u"characters"_s, double(characters.at(i))},
                                         {u"pages"_s, pages.at(i)},
                                         {u"status"_s, Models::statusName(e.status)}});
        }
        QJsonArray diagnostics;
        for (const Models::Diagnostic &d : std::as_const(bundle.diagnostics))
            diagnostics.append(diagnosticToJson(d));
        writeJson(QJsonObject{{u"name"_s, bundle.name},
                              {u"index"_s, bundle.indexPath},
                              {u"form"_s, Models::indexFormName(bundle.form)},
                              {u"loaded"_s, !bundle.failed},
                              {u"documents"_s, documents},
                              {u"diagnostics"_s, diagnostics}});
    } else {
        out() << CliText::tr("Bundle %1 (%2, %n document(s)) at %3", nullptr, int(bundle.documents.size()))
                     .arg(terminalText(bundle.name), Models::indexFormName(bundle.form), terminalText(bundle.indexPath))
              << '\n';
        for (qsizetype i = 0; i < bundle.documents.size(); ++i) {
            const Models::DocumentEntry &e = bundle.documents.at(i);
            writeRow({e.id, e.displayTitle(), characters.at(i) < 0 ? u"-"_s : QString::number(characters.at(i)),
                      Models::statusName(e.status), e.declaredPath, Models::formatName(e.format),
                      pages.at(i) > 0 ? QString::number(pages.at(i)) : u"-"_s});
        }
        out().flush();
        printDiagnostics(bundle.diagnostics);
    }
    if (bundle.failed) {
        err() << CliText::tr("lectern-cli: nothing could be loaded from %1").arg(terminalText(bundle.indexPath)) << '\n';
        err().flush();
        return ExitNothingLoaded;
    }
    return ExitOk;
}

} // namespace Lectern::Cli
