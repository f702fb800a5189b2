// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli entities: every entity of the gazetteer found across the bundle, and suggestions.
#include "bundlearguments.h"
#include "bundlegazetteer.h"
#include "bundletexts.h"
#include "clicommands.h"
#include "clioutput.h"
#include "clitext.h"
#include "entitycategory.h"
#include "entityindex.h"
#include "entityjson.h"
#include "entitymatcher.h"
#include "storelocation.h"
#include "suggestionminer.h"

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

namespace {

/// The --accept, --reject, --rename and --merge options as decisions, in that
/// order; no value (after saying why) when one is malformed.
std::optional<QList<Models::EntityDecision>> requestedDecisions(const QCommandLineParser &parser, const QCommandLineOption &accept,
                                                                const QCommandLineOption &reject, const QCommandLineOption &rename,
                                                                const QCommandLineOption &merge)
{
    QList<Models::EntityDecision> decisions;
    bool ok = true;
    // NAME=VALUE, split at the last '=', both sides non-empty.
    const auto pair = [&](const QString &value, const QString &option) -> std::pair<QString, QString> {
        const qsizetype at = value.lastIndexOf(u'=');
        const QString left = at > 0 ? value.left(at).trimmed() : QString();
        const QString right = at > 0 ? value.mid(at + 1).trimmed() : QString();
        if (left.isEmpty() || right.isEmpty()) {
            err()
                << CliText::tr("lectern-cli entities: --%1 takes two names joined by '=', not \u201C%2\u201D").arg(option, value)
                << '\n';
            ok = false;
        }
        return {left, right};
    };
    for (const QString &value : parser.values(accept)) {
        const auto [name, category] = pair(value, u"accept"_s);
        const QString normalised = Models::EntityCategory::normalised(category);
        if (ok && normalised.isEmpty()) {
            err() << CliText::tr("lectern-cli entities: \u201C%1\u201D is not a category name").arg(category) << '\n';
            ok = false;
        }
        decisions.append(Models::EntityDecision::decide(name, normalised, true));
    }
    for (const QString &value : parser.values(reject)) {
        if (value.trimmed().isEmpty()) {
            err() << CliText::tr("lectern-cli entities: --reject needs a name") << '\n';
            ok = false;
        }
        decisions.append(Models::EntityDecision::decide(value.trimmed(), QString(), false));
    }
    for (const QString &value : parser.values(rename)) {
        const auto [from, to] = pair(value, u"rename"_s);
        decisions.append(Models::EntityDecision::rename(from, to, true));
    }
    for (const QString &value : parser.values(merge)) {
        const auto [name, into] = pair(value, u"merge"_s);
        decisions.append(Models::EntityDecision::merge(name, into));
    }
    err().flush();
    if (!ok)
        return std::nullopt;
    return decisions;
}

} // namespace

int entitiesCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Find the gazetteer's entities in every document, with counts and positions; optionally suggest new ones."));
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, CliText::tr("Print JSON (see docs/formats.md); offsets in code points, end exclusive."));
    const QCommandLineOption gazetteerOption(
        u"gazetteer"_s, CliText::tr("Use this gazetteer instead of the one the manifest names."), CliText::tr("FILE"));
    const QCommandLineOption suggest(u"suggest"_s, CliText::tr("Add ranked candidate entities mined from the bundle."));
    const QCommandLineOption database(u"database"_s,
        CliText::tr("Read the entity decisions from this database instead of the bundle's own."), CliText::tr("FILE"));
    const QCommandLineOption ignoreDecisions(
        u"ignore-decisions"_s, CliText::tr("Use the gazetteer file as it is, without the decisions made in the reader."));
    // Decisions as the reader makes them, kept in the bundle's database.
    const QCommandLineOption accept(u"accept"_s,
        CliText::tr("Make NAME an entity of CATEGORY, or give the entity NAME that category (repeatable)."),
        CliText::tr("NAME=CATEGORY"));
    const QCommandLineOption reject(u"reject"_s,
        CliText::tr("Stop highlighting the entity NAME, or never suggest NAME again (repeatable)."), CliText::tr("NAME"));
    const QCommandLineOption rename(
        u"rename"_s, CliText::tr("Call the entity OLD by NEW; OLD stays an alias (repeatable)."), CliText::tr("OLD=NEW"));
    const QCommandLineOption merge(u"merge"_s,
        CliText::tr("Make the entity NAME and its aliases aliases of the entity INTO (repeatable)."), CliText::tr("NAME=INTO"));
    parser.addOptions({accept, reject, rename, merge});
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
    const QString databasePath =
        parser.isSet(database) ? parser.value(database) : Models::StoreLocation::databasePathFor(bundle.indexPath);
    const auto requested = requestedDecisions(parser, accept, reject, rename, merge);
    if (!requested)
        return ExitUsage;
    if (!requested->isEmpty()) {
        if (parser.isSet(ignoreDecisions)) {
            err() << CliText::tr("lectern-cli entities: --ignore-decisions cannot be combined with decisions to keep") << '\n';
            return ExitUsage;
        }
        if (!keepEntityDecisions(databasePath, *requested, u"entities"_s))
            return ExitFailed;
    }
    // The decisions made in the reader apply here too, so both list the same entities.
    const QList<Models::EntityDecision> decisions =
        parser.isSet(ignoreDecisions) ? QList<Models::EntityDecision>() : storedEntityDecisions(databasePath, u"entities"_s);
    Models::SuggestionDecisions decided;
    const Models::Gazetteer gazetteer = bundleGazetteer(bundle, parser.value(gazetteerOption), decisions, &bundle.diagnostics, &decided);
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
        writeRow({gazetteer.at(i).name, gazetteer.at(i).category, CliText::tr("%n mention(s)", nullptr, int(statistics.mentionCount)),
                  CliText::tr("%n document(s)", nullptr, int(statistics.documents.size()))});
    }
    if (parser.isSet(suggest)) {
        out() << '\n' << CliText::tr("Suggestions:") << '\n';
        for (const Models::EntitySuggestion &s : std::as_const(suggestions))
            writeRow({s.text, s.category, CliText::tr("%n mention(s)", nullptr, int(s.mentionCount)),
                      CliText::tr("%n document(s)", nullptr, int(s.documentCount))});
    }
    out().flush();
    return ExitOk;
}

} // namespace Lectern::Cli
