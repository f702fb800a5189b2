// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlearguments.h"

#include "clioutput.h"
#include "clitext.h"
#include "documentreader.h"
#include "indexreader.h"

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

BundleArguments::BundleArguments(QCommandLineParser &parser, const QString &extraName, const QString &extraDescription)
    : m_extraName(extraName)
    , m_maxSize(u"max-document-size"_s, CliText::tr("Refuse documents larger than this many megabytes (default 256)."),
          CliText::tr("MB"))
    , m_allowOutside(u"allow-outside"_s, CliText::tr("Open documents whose paths lead outside the bundle's folder."))
{
    parser.addPositionalArgument(
        u"INDEX"_s, CliText::tr("The bundle: an index file (manifest, list, CSV, TSV, JSON Lines) or a folder."));
    if (!extraName.isEmpty())
        parser.addPositionalArgument(extraName, extraDescription);
    parser.addOption(m_maxSize);
    parser.addOption(m_allowOutside);
}

bool BundleArguments::load(const QCommandLineParser &parser, Models::Bundle &bundle, Models::LoadOptions &options) const
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != (m_extraName.isEmpty() ? 1 : 2)) {
        if (m_extraName.isEmpty())
            err() << CliText::tr("lectern-cli: name exactly one INDEX (an index file or a folder)") << '\n';
        else
            err() << CliText::tr("lectern-cli: name the INDEX (an index file or a folder), then %1").arg(m_extraName) << '\n';
        err().flush();
        return false;
    }
    if (parser.isSet(m_maxSize)) {
        bool ok = false;
        const qint64 megabytes = parser.value(m_maxSize).toLongLong(&ok);
        // A document is read into memory whole: more than a terabyte is no limit, and would overflow.
        constexpr qint64 MaxMegabytes = 1024 * 1024;
        if (!ok || megabytes <= 0 || megabytes > MaxMegabytes) {
            err() << CliText::tr("lectern-cli: --max-document-size needs a positive number of megabytes, at most %1")
                         .arg(MaxMegabytes)
                  << '\n';
            err().flush();
            return false;
        }
        options.maxFileSize = megabytes * 1024 * 1024;
    }
    options.allowOutsideRoot = parser.isSet(m_allowOutside);
    bundle = Models::IndexReader::read(positional.constFirst(), options);
    for (qsizetype row = 0; row < bundle.documents.size(); ++row) {
        Models::DocumentEntry &entry = bundle.documents[row];
        const Models::DocumentCheck check = Models::DocumentReader::check(entry, bundle.rootDir, options);
        entry.status = check.status;
        entry.size = check.size;
        entry.statusMessage = check.message;
        bundle.diagnostics.append(check.diagnostics);
    }
    return true;
}

int BundleArguments::loadReadable(const QCommandLineParser &parser, Models::Bundle &bundle, Models::LoadOptions &options) const
{
    if (!load(parser, bundle, options))
        return ExitUsage;
    if (bundle.failed) {
        printDiagnostics(bundle.diagnostics);
        err() << CliText::tr("lectern-cli: nothing could be loaded from %1").arg(bundle.indexPath) << '\n';
        err().flush();
        return ExitNothingLoaded;
    }
    return -1;
}

} // namespace Lectern::Cli
