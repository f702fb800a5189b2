// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli export, import and annotations: the bundle's annotations in and
// out of the formats other tools read (docs/formats.md).
#include "annotationstore.h"
#include "bundlearguments.h"
#include "bundlegazetteer.h"
#include "bundletexts.h"
#include "clicommands.h"
#include "clioutput.h"
#include "clitext.h"
#include "codepointmapper.h"
#include "corpusexport.h"
#include "documentreader.h"
#include "exporter.h"
#include "exportsetbuilder.h"
#include "importlimits.h"
#include "importplacer.h"
#include "inputfile.h"
#include "qdaproject.h"
#include "storelocation.h"
#include "webannotation.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

namespace {

/// The options naming the bundle's database.
struct StoreArguments {
    QCommandLineOption database { u"database"_s, CliText::tr("Use this SQLite database instead of the bundle's own."),
        CliText::tr("FILE") };

    void add(QCommandLineParser &parser) const { parser.addOption(database); }

    QString path(const QCommandLineParser &parser, const Models::Bundle &bundle) const
    {
        return parser.isSet(database) ? parser.value(database) : Models::StoreLocation::databasePathFor(bundle.indexPath);
    }
};

std::unique_ptr<Models::AnnotationStore> openStore(const QString &path, const QString &command, bool mustExist)
{
    if (mustExist && !QFileInfo::exists(path)) {
        err() << CliText::tr("lectern-cli %1: the bundle has no annotations yet (no database at %2)").arg(command, path) << '\n';
        err().flush();
        return {};
    }
    auto store = Models::AnnotationStore::openSqlite(path);
    if (!store) {
        err() << u"lectern-cli "_s << command << u": "_s << store.error().message << '\n';
        err().flush();
        return {};
    }
    if (!store.value()->notice().isEmpty())
        err() << u"lectern-cli "_s << command << u": "_s << store.value()->notice() << '\n';
    return std::move(store).value();
}

/// The result's value, or an empty one after printing why the store could not give it.
template<typename T>
T readOrReport(Models::StoreResult<T> result, const QString &command)
{
    if (!result) {
        err() << "lectern-cli " << command << ": " << result.error().message << "\n";
        return T{};
    }
    return std::move(result).value();
}

/// What the export set is built from: the store's contents, the texts read
/// on demand, the gazetteer (which must outlive the result).
Models::ExportSource exportSource(const Models::Bundle &bundle, const Models::LoadOptions &options,
                                  Models::AnnotationStore &store, const Models::Gazetteer &gazetteer, const QString &command)
{
    Models::ExportSource source;
    source.bundle = &bundle;
    source.annotations = readOrReport(store.annotations(), command);
    source.codes = readOrReport(store.codes(), command);
    source.links = readOrReport(store.evidenceLinks(), command);
    source.readSource = Models::ExportSetBuilder::fileSourceReader(bundle, options);
    source.gazetteer = &gazetteer;
    return source;
}

struct FilterOptions {
    QCommandLineOption document { u"document"_s, CliText::tr("Only this document (repeat for several)."), CliText::tr("ID") };
    QCommandLineOption label { u"label"_s, CliText::tr("Only this label and the labels below it."), CliText::tr("NAME") };
    QCommandLineOption status { u"status"_s,
        CliText::tr("Only claims with this status: unverified, supported, disputed, refuted (repeatable)."),
        CliText::tr("STATUS") };
    QCommandLineOption tag { u"tag"_s, CliText::tr("Only annotations with this tag (repeatable)."), CliText::tr("TAG") };
    QCommandLineOption entity { u"entity"_s, CliText::tr("Only excerpts that mention this entity."), CliText::tr("NAME") };
    QCommandLineOption text { u"text"_s, CliText::tr("Only annotations whose quote or note contains this."),
        CliText::tr("TEXT") };
    QCommandLineOption noOrphans { u"no-orphans"_s, CliText::tr("Leave out annotations whose quote is no longer found.") };

    void add(QCommandLineParser &parser) const
    {
        parser.addOptions({document, label, status, tag, entity, text, noOrphans});
    }

    std::optional<Models::ExportFilter> read(const QCommandLineParser &parser) const
    {
        Models::ExportFilter filter;
        filter.documentIds = parser.values(document);
        filter.codeName = parser.value(label);
        for (const QString &key : parser.values(status)) {
            const auto value = Models::claimStatusFromKey(key);
            if (!value) {
                err() << CliText::tr("lectern-cli: unknown status \u201C%1\u201D (unverified, supported, disputed, refuted)")
                             .arg(key)
                      << '\n';
                err().flush();
                return std::nullopt;
            }
            filter.statuses.append(*value);
        }
        filter.tags = parser.values(tag);
        filter.entity = parser.value(entity);
        filter.text = parser.value(text);
        filter.includeOrphans = !parser.isSet(noOrphans);
        return filter;
    }
};

} // namespace

int exportCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("Export the bundle's annotations (or, with --format jsonl, its clean corpus)."));
    parser.addHelpOption();
    const QCommandLineOption format(
        u"format"_s, CliText::tr("md, html, csv, jsonld, qdpx, qdc, odt, pdf or jsonl."), CliText::tr("FORMAT"));
    const QCommandLineOption output(
        u"out"_s, CliText::tr("The file to write; - writes a text format to standard output."), CliText::tr("FILE"));
    const QCommandLineOption group(u"group"_s, CliText::tr("Group excerpts by document, label or claim (md, html, odt, pdf)."),
        CliText::tr("BY"), u"document"_s);
    const QCommandLineOption bom(u"bom"_s, CliText::tr("Start a CSV file with a byte order mark (for spreadsheet programs)."));
    const QCommandLineOption csvRaw(u"csv-raw"_s,
        CliText::tr("Write CSV cells that start with = + - @ as they are, without the ' that keeps spreadsheet programs from "
                    "running them."));
    const QCommandLineOption gazetteerOption(
        u"gazetteer"_s, CliText::tr("Name entities from this gazetteer instead of the bundle's."), CliText::tr("FILE"));
    parser.addOptions({format, output, group, bom, csvRaw, gazetteerOption});
    const FilterOptions filters;
    filters.add(parser);
    const StoreArguments storeArguments;
    storeArguments.add(parser);
    const BundleArguments arguments(parser);

    Models::Bundle bundle;
    Models::LoadOptions options;
    parser.process(argv);
    if (const int status = arguments.loadReadable(parser, bundle, options); status >= 0)
        return status;
    const auto chosen = Models::exportFormatFromKey(parser.value(format));
    if (!chosen) {
        err() << CliText::tr(
            "lectern-cli export: name the format with --format (md, html, csv, jsonld, qdpx, qdc, odt, pdf, jsonl)")
              << '\n';
        err().flush();
        return ExitUsage;
    }
    if (!parser.isSet(output)) {
        err() << CliText::tr("lectern-cli export: name the file to write with --out FILE") << '\n';
        err().flush();
        return ExitUsage;
    }
    const auto grouping = Models::exportGroupingFromKey(parser.value(group));
    if (!grouping) {
        err() << CliText::tr("lectern-cli export: --group takes document, label or claim") << '\n';
        err().flush();
        return ExitUsage;
    }
    const auto filter = filters.read(parser);
    if (!filter)
        return ExitUsage;
    Models::ExportOptions exportOptions;
    exportOptions.grouping = *grouping;
    exportOptions.csvByteOrderMark = parser.isSet(bom);
    exportOptions.csvRawCells = parser.isSet(csvRaw);

    Models::ExportSet set;
    QStringList problems;
    if (*chosen == Models::ExportFormat::Jsonl) {
        const QList<Models::SourceDocument> texts = readTexts(bundle, options);
        printDiagnostics(bundle.diagnostics);
        Models::fillCorpus(set, bundle, texts, Models::BundleSegmenter::run(texts), filter->documentIds);
    } else {
        printDiagnostics(bundle.diagnostics);
        const auto store = openStore(storeArguments.path(parser, bundle), u"export"_s, true);
        if (!store)
            return ExitFailed;
        Models::Diagnostics gazetteerProblems;
        const Models::Gazetteer gazetteer =
            bundleGazetteer(bundle, parser.value(gazetteerOption),
                            readOrReport(store->entityDecisions(), u"export"_s), &gazetteerProblems);
        printDiagnostics(gazetteerProblems);
        set = Models::ExportSetBuilder::build(exportSource(bundle, options, *store, gazetteer, u"export"_s), *filter, &problems);
    }
    for (const QString &problem : std::as_const(problems))
        err() << "lectern-cli export: " << terminalText(problem) << "\n";

    QString error;
    const QByteArray bytes = Models::Exporter::render(set, *chosen, exportOptions, &error);
    if (!error.isEmpty()) {
        err() << "lectern-cli export: " << error << "\n";
        err().flush();
        return ExitFailed;
    }
    if (parser.value(output) == u"-"_s) {
        if (!Models::isTextExportFormat(*chosen)) {
            err()
                << CliText::tr("lectern-cli export: %1 is not text; name a file with --out").arg(Models::exportFormatKey(*chosen))
                << '\n';
            err().flush();
            return ExitUsage;
        }
        QFile stdoutFile;
        (void)stdoutFile.open(stdout, QIODevice::WriteOnly);
        stdoutFile.write(bytes);
        return ExitOk;
    }
    if (!Models::Exporter::writeFile(bytes, parser.value(output), &error)) {
        err() << "lectern-cli export: " << error << "\n";
        err().flush();
        return ExitFailed;
    }
    const qsizetype count = *chosen == Models::ExportFormat::Jsonl ? set.corpus.size() : set.items.size();
    err() << (*chosen == Models::ExportFormat::Jsonl
            ? CliText::tr("lectern-cli export: wrote %n document(s) to %1", nullptr, int(count))
            : CliText::tr("lectern-cli export: wrote %n annotation(s) to %1", nullptr, int(count)))
                 .arg(parser.value(output))
          << '\n';
    err().flush();
    return ExitOk;
}

int importCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Bring the annotations of a W3C Web Annotation (JSON-LD) or REFI-QDA (.qdpx) file into the bundle."));
    parser.addHelpOption();
    const StoreArguments storeArguments;
    storeArguments.add(parser);
    const BundleArguments arguments(parser, CliText::tr("FILE"), CliText::tr("The .jsonld/.json or .qdpx file."));
    const Models::ImportLimits defaults;
    const QCommandLineOption importSize(u"max-import-size"_s,
        CliText::tr("Refuse an archive that unpacks to more than this many megabytes (default %1).")
            .arg(defaults.maximumArchiveSize / Models::ImportLimits::MiB),
        CliText::tr("MB"), QString::number(defaults.maximumArchiveSize / Models::ImportLimits::MiB));
    const QCommandLineOption noteSize(u"max-note-size"_s,
        CliText::tr("Cut notes longer than this many thousand (1,024) characters, and say so (default %1).")
            .arg(defaults.maximumNoteSize / 1024),
        CliText::tr("K"), QString::number(defaults.maximumNoteSize / 1024));
    parser.addOptions({importSize, noteSize});

    Models::Bundle bundle;
    Models::LoadOptions options;
    parser.process(argv);
    if (const int status = arguments.loadReadable(parser, bundle, options); status >= 0)
        return status;
    printDiagnostics(bundle.diagnostics);
    const QString path = parser.positionalArguments().value(1);
    if (path.isEmpty()) {
        err() << CliText::tr("lectern-cli import: name the file to import after the index") << '\n';
        err().flush();
        return ExitUsage;
    }
    const Models::InputFile::Read file = Models::InputFile::read(path, {.root = {}, .maxBytes = Models::LoadOptions::MaxImportFileSize});
    if (!file.error.isEmpty()) {
        err() << CliText::tr("lectern-cli import: cannot read %1: %2").arg(path, file.error) << '\n';
        err().flush();
        return ExitFailed;
    }
    const QByteArray &bytes = file.bytes;
    const bool isZip = bytes.startsWith("PK");
    bool sizeOk = false, noteOk = false;
    const qint64 importMegabytes = parser.value(importSize).toLongLong(&sizeOk);
    const qint64 noteKilo = parser.value(noteSize).toLongLong(&noteOk);
    if (!sizeOk || !noteOk || importMegabytes < 1 || noteKilo < 1) {
        err() << CliText::tr("lectern-cli import: --max-import-size and --max-note-size need a positive whole number") << '\n';
        err().flush();
        return ExitUsage;
    }
    const Models::ImportLimits limits = Models::ImportLimits::sized(importMegabytes, noteKilo);
    const Models::ImportBatch batch = isZip ? Models::QdaProject::readArchive(bytes, limits) : Models::readWebAnnotations(bytes, limits);

    const auto store = openStore(storeArguments.path(parser, bundle), u"import"_s, false);
    if (!store)
        return ExitFailed;
    if (store->isReadOnly()) {
        err() << CliText::tr("lectern-cli import: the database is read-only; nothing was imported") << '\n';
        err().flush();
        return ExitFailed;
    }
    QSet<QString> existing;
    for (const Models::Annotation &a : readOrReport(store->annotations(), u"import"_s))
        existing.insert(a.id);
    const Models::ImportPlan plan = Models::ImportPlacer::place(batch, bundle, Models::ExportSetBuilder::fileReader(bundle, options),
                                                                readOrReport(store->codes(), u"import"_s), existing, limits);
    for (const QString &problem : plan.problems)
        err() << "lectern-cli import: " << terminalText(problem) << "\n";
    for (const Models::Code &code : plan.newCodes) {
        if (auto created = store->createCode(code); !created) {
            err() << "lectern-cli import: " << created.error().message << "\n";
            err().flush();
            return ExitFailed;
        }
    }
    if (!plan.annotations.isEmpty()) {
        if (auto stored = store->importAnnotations(plan.annotations); !stored) {
            err() << "lectern-cli import: " << stored.error().message << "\n";
            err().flush();
            return ExitFailed;
        }
    }
    for (const Models::EvidenceLink &link : plan.links) {
        if (auto linked = store->addEvidenceLink(link.claimId, link.evidenceId); !linked)
            err() << "lectern-cli import: " << linked.error().message << "\n";
    }
    err() << CliText::tr("lectern-cli import: imported %n annotation(s)", nullptr, int(plan.annotations.size()));
    if (plan.alreadyPresent > 0)
        err() << CliText::tr(", %n already in the bundle", nullptr, int(plan.alreadyPresent));
    if (plan.unplaced > 0)
        err() << CliText::tr(", %n could not be placed (listed above)", nullptr, int(plan.unplaced));
    err() << '\n';
    err().flush();
    return plan.unplaced > 0 ? ExitFailed : ExitOk;
}

int annotationsCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(CliText::tr("List the bundle's annotations; positions in code points, end exclusive."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, CliText::tr("Print JSON (see docs/formats.md)."));
    parser.addOption(json);
    const FilterOptions filters;
    filters.add(parser);
    const StoreArguments storeArguments;
    storeArguments.add(parser);
    const BundleArguments arguments(parser);

    Models::Bundle bundle;
    Models::LoadOptions options;
    parser.process(argv);
    if (const int status = arguments.loadReadable(parser, bundle, options); status >= 0)
        return status;
    printDiagnostics(bundle.diagnostics);
    const auto filter = filters.read(parser);
    if (!filter)
        return ExitUsage;
    const QString databasePath = storeArguments.path(parser, bundle);
    Models::ExportSet set;
    QStringList problems;
    if (QFileInfo::exists(databasePath)) {
        const auto store = openStore(databasePath, u"annotations"_s, true);
        if (!store)
            return ExitFailed;
        Models::Diagnostics gazetteerProblems;
        const Models::Gazetteer gazetteer = bundleGazetteer(
            bundle, {}, readOrReport(store->entityDecisions(), u"annotations"_s), &gazetteerProblems);
        printDiagnostics(gazetteerProblems);
        set = Models::ExportSetBuilder::build(exportSource(bundle, options, *store, gazetteer, u"annotations"_s), *filter,
                                              &problems);
    }
    for (const QString &problem : std::as_const(problems))
        err() << "lectern-cli annotations: " << terminalText(problem) << "\n";
    err().flush();

    if (parser.isSet(json)) {
        QJsonArray list;
        for (const Models::ExportItem &item : std::as_const(set.items)) {
            const Models::Annotation &a = item.annotation;
            list.append(QJsonObject{{u"id"_s, a.id},
                                    {u"document"_s, a.documentId},
                                    {u"start"_s, item.start},
                                    {u"end"_s, item.end},
                                    {u"quote"_s, a.quote},
                                    {u"label"_s, item.codePath},
                                    {u"tags"_s, QJsonArray::fromStringList(a.tags)},
                                    {u"note"_s, a.note},
                                    {u"status"_s, Models::claimStatusKey(a.claimStatus)},
                                    {u"orphaned"_s, a.orphaned},
                                    {u"author"_s, a.author},
                                    {u"evidence"_s, QJsonArray::fromStringList(set.evidenceFor(a.id))}});
        }
        out() << QString::fromUtf8(QJsonDocument(list).toJson(QJsonDocument::Indented));
    } else {
        for (const Models::ExportItem &item : std::as_const(set.items)) {
            const Models::Annotation &a = item.annotation;
            QString quote = a.quote.simplified();
            if (quote.size() > 60)
                quote = quote.left(59) + u'…';
            writeRow({a.documentId, QString::number(item.start) + u'-' + QString::number(item.end),
                      item.codePath.isEmpty() ? u"-"_s : item.codePath, quote});
        }
        err() << CliText::tr("%n annotation(s)", nullptr, int(set.items.size())) << '\n';
    }
    out().flush();
    err().flush();
    return ExitOk;
}

} // namespace Lectern::Cli
