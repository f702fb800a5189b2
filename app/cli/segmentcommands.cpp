// SPDX-License-Identifier: GPL-3.0-or-later
// lectern-cli segment, extract and duplicates: the segmentation core, scriptable.
#include "bundlearguments.h"
#include "bundletexts.h"
#include "clicommands.h"
#include "clioutput.h"
#include "clitext.h"
#include "codepointoffsets.h"
#include "outputfile.h"
#include "segmentationjson.h"
#include "segmentkind.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>

using namespace Qt::StringLiterals;

namespace Lectern::Cli {

namespace {

struct Segmented {
    Models::Bundle bundle;
    QList<Models::SourceDocument> texts;
    Models::BundleSegmentation result;
};

// Parses the shared arguments, reads and segments the bundle. Returns an exit
// status when the command cannot go on, else -1.
int segmentBundle(QCommandLineParser &parser, const BundleArguments &arguments, const QStringList &argv, Segmented &out)
{
    parser.process(argv);
    Models::LoadOptions options;
    if (const int status = arguments.loadReadable(parser, out.bundle, options); status >= 0)
        return status;
    out.texts = readTexts(out.bundle, options);
    printDiagnostics(out.bundle.diagnostics);
    out.result = Models::BundleSegmenter::run(out.texts);
    return -1;
}

// A file name for a document id: path separators, characters file systems
// refuse and a leading dot replaced, and kept within a file name's length.
QString fileNameFor(const QString &id)
{
    QString name = id;
    for (QChar &c : name) {
        if (QStringView(u"/\\:<>\"|?*").contains(c) || c.category() == QChar::Other_Control)
            c = u'_';
    }
    if (name.startsWith(u'.') || name.isEmpty())
        name.prepend(u'_');
    // File names hold 255 bytes on most file systems; room is left for "-N.txt".
    if (name.size() > 240)
        name.truncate(name.at(239).isHighSurrogate() ? 239 : 240);
    while (name.toUtf8().size() > 240)
        name.chop(name.size() > 1 && name.at(name.size() - 1).isLowSurrogate() ? 2 : 1);
    return name + u".txt"_s;
}

} // namespace

int segmentCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Segment every document: titles, body, boilerplate, trailers, duplicated passages."));
    parser.addHelpOption();
    const QCommandLineOption json(
        u"json"_s, CliText::tr("Print JSON (see docs/formats.md); offsets in code points, end exclusive."));
    const QCommandLineOption noBlank(u"no-blank"_s, CliText::tr("Leave out the white space between blocks."));
    parser.addOption(json);
    parser.addOption(noBlank);
    const BundleArguments arguments(parser);
    Segmented s;
    if (const int status = segmentBundle(parser, arguments, argv, s); status >= 0)
        return status;

    if (parser.isSet(json)) {
        QJsonArray documents;
        for (qsizetype i = 0; i < s.texts.size(); ++i)
            documents.append(Models::SegmentationJson::document(s.result.documents.at(i), s.texts.at(i).text, !parser.isSet(noBlank)));
        writeJson(QJsonObject{{u"bundle"_s, s.bundle.name}, {u"documents"_s, documents}});
        return ExitOk;
    }
    for (qsizetype i = 0; i < s.texts.size(); ++i) {
        const Models::DocumentSegmentation &doc = s.result.documents.at(i);
        const Models::CodePointOffsets offsets(s.texts.at(i).text);
        out() << "== " << terminalText(doc.documentId);
        if (doc.duplicateOf.isValid())
            out() << " (" << terminalText(doc.duplicateReason) << ")";
        out() << '\n';
        for (const Models::Segment &segment : doc.segments) {
            if (segment.isBlank())
                continue;
            writeRow({QString::number(offsets.toCodePoints(segment.start)) + u'-' + QString::number(offsets.toCodePoints(segment.end)),
                      Models::kindName(segment.kind), segment.article < 0 ? u"-"_s : QString::number(segment.article), segment.reason});
        }
    }
    out().flush();
    return ExitOk;
}

int extractCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("Write each document's main article body to DIR/<id>.txt (no title, boilerplate or trailer)."));
    parser.addHelpOption();
    const QCommandLineOption outDir(u"out"_s, CliText::tr("Folder to write into (made when missing)."), CliText::tr("DIR"));
    parser.addOption(outDir);
    const BundleArguments arguments(parser);
    Segmented s;
    if (const int status = segmentBundle(parser, arguments, argv, s); status >= 0)
        return status;
    if (!parser.isSet(outDir)) {
        err() << CliText::tr("lectern-cli extract: name the folder to write into with --out DIR") << '\n';
        err().flush();
        return ExitUsage;
    }
    const QDir dir(parser.value(outDir));
    if (!dir.mkpath(u"."_s)) {
        err() << CliText::tr("lectern-cli extract: cannot make the folder %1").arg(dir.absolutePath()) << '\n';
        err().flush();
        return ExitFailed;
    }
    int written = 0;
    int failed = 0;
    // Ids that differ only in characters a file name cannot hold ("a/b",
    // "a_b") get distinct names, said out loud; names are compared as a
    // case-insensitive file system would.
    QHash<QString, QString> idOfName;
    for (qsizetype i = 0; i < s.texts.size(); ++i) {
        const QString &id = s.texts.at(i).id;
        const QString base = fileNameFor(id);
        QString name = base;
        for (int n = 2; idOfName.contains(name.toCaseFolded()); ++n)
            name = base.chopped(4) + u'-' + QString::number(n) + u".txt"_s;
        if (name != base)
            err() << CliText::tr("lectern-cli extract: \"%1\" and \"%2\" share the file name %3; writing %4")
                         .arg(id, idOfName.value(base.toCaseFolded()), base, name)
                  << '\n';
        idOfName.insert(name.toCaseFolded(), id);
        Models::OutputFile file(dir.filePath(name));
        const QByteArray body = s.result.documents.at(i).mainArticleText(s.texts.at(i).text).toUtf8();
        if (!file.open() || file.write(body) != body.size() || !file.commit()) {
            err() << CliText::tr("lectern-cli extract: %1: %2").arg(file.fileName(), file.errorString()) << '\n';
            ++failed;
            continue;
        }
        ++written;
    }
    err() << CliText::tr("lectern-cli extract: wrote %n file(s) to %1", nullptr, written).arg(dir.absolutePath());
    if (failed > 0)
        err() << CliText::tr("; %n could not be written (see above)", nullptr, failed);
    err() << '\n';
    err().flush();
    return failed > 0 ? ExitFailed : ExitOk;
}

int duplicatesCommand(const QStringList &argv)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        CliText::tr("List clusters of near-duplicate documents and of repeated passages, with their canonical copies."));
    parser.addHelpOption();
    const QCommandLineOption json(u"json"_s, CliText::tr("Print JSON (see docs/formats.md)."));
    const QCommandLineOption minWords(
        u"min-words"_s, CliText::tr("Leave out repeated passages shorter than N words (default 1)."), CliText::tr("N"), u"1"_s);
    parser.addOption(json);
    parser.addOption(minWords);
    const BundleArguments arguments(parser);
    parser.process(argv);
    Models::Bundle bundle;
    Models::LoadOptions options;
    if (const int status = arguments.loadReadable(parser, bundle, options); status >= 0)
        return status;
    const QList<Models::SourceDocument> texts = readTexts(bundle, options);
    printDiagnostics(bundle.diagnostics);
    // Clusters need the fingerprints and the profile, not every document segmented.
    const Models::BundleProfile profile = Models::BundleSegmenter::profile(texts);
    const QJsonObject clusters = Models::SegmentationJson::clusters(profile, std::max(1, parser.value(minWords).toInt()));
    if (parser.isSet(json)) {
        writeJson(clusters);
        return ExitOk;
    }
    for (const QJsonValue &cluster : clusters.value(u"documents"_s).toArray()) {
        const QJsonObject c = cluster.toObject();
        out() << "canonical " << terminalText(c.value(u"canonical"_s).toString()) << ':';
        for (const QJsonValue &member : c.value(u"members"_s).toArray()) {
            const QJsonObject m = member.toObject();
            out() << ' ' << terminalText(m.value(u"id"_s).toString()) << " (" << qRound(m.value(u"similarity"_s).toDouble() * 100) << "%)";
        }
        out() << '\n';
    }
    out() << CliText::tr(
        "%n repeated passage(s); --json lists them", nullptr, int(clusters.value(u"passages"_s).toArray().size()))
          << '\n';
    out().flush();
    return ExitOk;
}

} // namespace Lectern::Cli
