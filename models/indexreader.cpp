// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexreader.h"

#include "indexbuilder.h"
#include "inputfile.h"
#include "textdecoder.h"
#include "warcarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

using namespace Qt::StringLiterals;

Q_LOGGING_CATEGORY(lcIndex, "lectern.models.index", QtInfoMsg)

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

} // namespace

IndexForm IndexReader::detectForm(const QString &path)
{
    const QFileInfo info(path);
    if (info.isDir())
        return IndexForm::Directory;
    if (WarcArchive::isWarcPath(path))
        return IndexForm::Warc;
    const QString suffix = info.suffix().toLower();
    if (suffix == "json"_L1)
        return IndexForm::Manifest;
    if (suffix == "jsonl"_L1 || suffix == "ndjson"_L1)
        return IndexForm::JsonLines;
    if (suffix == "csv"_L1)
        return IndexForm::Csv;
    if (suffix == "tsv"_L1 || suffix == "tab"_L1)
        return IndexForm::Tsv;
    return IndexForm::PlainList;
}

Bundle IndexReader::read(const QString &path, const LoadOptions &options)
{
    Bundle bundle;
    const QFileInfo info(path);
    bundle.indexPath = info.absoluteFilePath();
    bundle.form = detectForm(path);
    bundle.rootDir = bundle.form == IndexForm::Directory ? bundle.indexPath : info.absolutePath();
    bundle.name = bundle.form == IndexForm::Directory ? info.fileName()
                  : bundle.form == IndexForm::Warc    ? WarcArchive::archiveStem(bundle.indexPath)
                                                      : info.completeBaseName();
    IndexBuilder builder(bundle, options);

    if (!info.exists()) {
        builder.fail(0, IndexText::tr("there is no file or folder here"));
        return bundle;
    }
    qCDebug(lcIndex) << "reading" << bundle.indexPath << "as" << indexFormName(bundle.form);

    switch (bundle.form) {
    case IndexForm::Directory:
        readDirectoryIndex(bundle.indexPath, builder);
        break;
    case IndexForm::JsonLines:
        readJsonLinesIndex(bundle.indexPath, builder);
        break;
    case IndexForm::Warc:
        addWarcEntries(bundle.indexPath, builder, {});
        break;
    case IndexForm::Manifest:
    case IndexForm::PlainList:
    case IndexForm::Csv:
    case IndexForm::Tsv: {
        // An index lists documents; the limit for one document is ample for it.
        const InputFile::Read read = InputFile::read(bundle.indexPath, {.root = {}, .maxBytes = options.maxFileSize});
        if (!read.error.isEmpty()) {
            builder.fail(0, IndexText::tr("cannot read the index: %1").arg(read.error));
            return bundle;
        }
        const QByteArray &bytes = read.bytes;
        if (bundle.form == IndexForm::Manifest && TextDecoder::binaryReason(bytes).isEmpty() && !bytes.startsWith("\xFF\xFE")
            && !bytes.startsWith("\xFE\xFF")) {
            // UTF-8 JSON goes to the parser as it is: no decode and re-encode of a large manifest.
            readManifestIndex(bytes.startsWith("\xEF\xBB\xBF") ? QByteArrayView(bytes).sliced(3) : QByteArrayView(bytes), builder);
            break;
        }
        DecodedText decoded = TextDecoder::decode(bytes, bundle.indexPath);
        bundle.diagnostics.append(decoded.diagnostics);
        if (decoded.binary) {
            bundle.failed = true;
            return bundle;
        }
        if (bundle.form == IndexForm::Manifest)
            readManifestIndex(decoded.text.toUtf8(), builder);
        else if (bundle.form == IndexForm::PlainList)
            readPlainListIndex(decoded.text, builder);
        else
            readDelimitedIndex(decoded.text, bundle.form == IndexForm::Csv ? u',' : u'\t', builder);
        break;
    }
    }
    builder.finish();
    return bundle;
}

} // namespace Lectern::Models
