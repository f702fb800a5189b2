// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlegazetteer.h"

#include "annotationstore.h"
#include "clioutput.h"
#include "clitext.h"
#include "entityoverlay.h"
#include "gazetteerreader.h"

#include <QFileInfo>

namespace Lectern::Cli {

QList<Models::EntityDecision> storedEntityDecisions(const QString &databasePath, const QString &command)
{
    if (databasePath.isEmpty() || !QFileInfo::exists(databasePath))
        return {};
    auto store = Models::AnnotationStore::openSqlite(databasePath);
    if (!store) {
        err() << CliText::tr("lectern-cli %1: the entity decisions were not applied: %2").arg(command, store.error().message)
              << '\n';
        err().flush();
        return {};
    }
    auto decisions = store.value()->entityDecisions();
    if (!decisions) {
        err() << CliText::tr("lectern-cli %1: the entity decisions were not applied: %2").arg(command, decisions.error().message)
              << '\n';
        err().flush();
        return {};
    }
    return decisions.value();
}

bool keepEntityDecisions(const QString &databasePath, const QList<Models::EntityDecision> &decisions, const QString &command)
{
    auto store = Models::AnnotationStore::openSqlite(databasePath);
    if (!store) {
        err() << CliText::tr("lectern-cli %1: no decision was kept: %2").arg(command, store.error().message) << '\n';
        err().flush();
        return false;
    }
    for (const Models::EntityDecision &decision : decisions) {
        if (auto kept = store.value()->setEntityDecision(decision); !kept) {
            err() << "lectern-cli " << command << ": " << kept.error().message << "\n";
            err().flush();
            return false;
        }
    }
    err() << CliText::tr("lectern-cli %1: kept %n entity decision(s) in %2", nullptr, int(decisions.size()))
                 .arg(command, databasePath)
          << '\n';
    err().flush();
    return true;
}

Models::Gazetteer bundleGazetteer(const Models::Bundle &bundle, const QString &chosen,
                                  const QList<Models::EntityDecision> &decisions, Models::Diagnostics *problems,
                                  Models::SuggestionDecisions *suggestions)
{
    Models::Gazetteer gazetteer;
    if (!chosen.isEmpty()) {
        gazetteer = Models::GazetteerReader::read(chosen, problems);
    } else if (!bundle.gazetteerPath.isEmpty()) {
        Models::InputFile::Rules rules = Models::GazetteerReader::defaultRules();
        rules.root = bundle.gazetteerRoot;
        gazetteer = Models::GazetteerReader::read(bundle.gazetteerPath, problems, rules);
    }
    return Models::EntityOverlay::apply(gazetteer, decisions, suggestions);
}

} // namespace Lectern::Cli
