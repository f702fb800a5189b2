// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli entities: every entity of the gazetteer found across the bundle, and suggestions.
#include "bundlearguments.h"
#include "bundlegazetteer.h"
#include "bundletexts.h"
#include "clicommands.h"
#include "clioutput.h"
#include "entityindex.h"
#include "entityjson.h"
#include "entitymatcher.h"
#include "storelocation.h"
#include "suggestionminer.h"

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

int entitiesCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(u"Find the gazetteer's entities in every document, with counts and positions; optionally suggest new ones."_s);
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, u"Print JSON (see docs/formats.md); offsets in code points, end exclusive."_s);
    const QCommandLineOption gazetteerOption(u"gazetteer"_s, u"Use this gazetteer instead of the one the manifest names."_s, u"FILE"_s);
    const QCommandLineOption suggest(u"suggest"_s, u"Add ranked candidate entities mined from the bundle."_s);
    const QCommandLineOption database(u"database"_s, u"Read the entity decisions from this database instead of the bundle's own."_s,
                                      u"FILE"_s);
    const QCommandLineOption ignoreDecisions(u"ignore-decisions"_s,
                                             u"Use the gazetteer file as it is, without the decisions made in the reader."_s);
    parser.addOption(json);
    parser.addOption(gazetteerOption);
    parser.addOption(suggest);
    parser.addOption(database);
    parser.addOption(ignoreDecisions);
    const BundleArguments arguments(parser);
    parser.process(argv);

    Models::Bundle bundle;
    Models::LoadOptions options;
    if (const int status = arguments.loadReadable(parser, bundle, options); status >= 0)
        return status;
    const QString gazetteerPath = parser.isSet(gazetteerOption) ? parser.value(gazetteerOption) : bundle.gazetteerPath;
    // The decisions made in the reader apply here too, so both list the same entities.
    const QList<Models::EntityDecision> decisions =
        parser.isSet(ignoreDecisions) ? QList<Models::EntityDecision>()
                                      : storedEntityDecisions(parser.isSet(database) ? parser.value(database)
                                                                                     : Models::StoreLocation::databasePathFor(bundle.indexPath),
                                                              u"entities"_s);
    Models::SuggestionDecisions decided;
    const Models::Gazetteer gazetteer = bundleGazetteer(gazetteerPath, decisions, &bundle.diagnostics, &decided);
    const QList<Models::SourceDocument> texts = readTexts(bundle, options);
    printDiagnostics(bundle.diagnostics);

    const Models::EntityMatcher matcher(gazetteer);
    Models::EntityIndex index(gazetteer.size());
    Models::SuggestionMiner miner;
    for (const Models::SourceDocument &document : texts) {
        index.merge(Models::EntityIndex::indexDocument(matcher, gazetteer.size(), document.id, document.text));
        if (parser.isSet(suggest))
            miner.addDocument(document.id, document.text);
    }
    Models::EntitySuggestions suggestions;
    if (parser.isSet(suggest))
        suggestions = miner.suggestions(decided, gazetteer);

    if (parser.isSet(json)) {
        writeJson(Models::EntityJson::report(gazetteer, index, parser.isSet(suggest) ? &suggestions : nullptr));
        return ExitOk;
    }
    for (qsizetype i = 0; i < gazetteer.size(); ++i) {
        const Models::EntityStatistics &statistics = index.entity(i);
        out() << gazetteer.at(i).name << '\t' << gazetteer.at(i).category << '\t' << statistics.mentionCount << " mention(s)\t"
              << statistics.documents.size() << " document(s)\n";
    }
    if (parser.isSet(suggest)) {
        out() << "\nSuggestions:\n";
        for (const Models::EntitySuggestion &s : std::as_const(suggestions))
            out() << s.text << '\t' << s.category << '\t' << s.mentionCount << " mention(s)\t" << s.documentCount << " document(s)\n";
    }
    out().flush();
    return ExitOk;
}

} // namespace Lectern::Cli
