// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentreader.h"

#include "htmlpage.h"
#include "inputfile.h"
#include "legacyencoding.h"
#include "packageddocument.h"
#include "textdecoder.h"
#include "warcarchive.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

#include <optional>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class DocumentReaderText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentReader)
};

QString humanSize(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

DocumentCheck failure(const DocumentEntry &entry, const QString &message)
{
    DocumentCheck check;
    check.status = DocumentStatus::Error;
    check.message = message;
    check.size = entry.size;
    check.diagnostics.append(Diagnostic::error(entry.path, 0, message));
    return check;
}

InputFile::Rules inputRules(const QString &rootDir, const LoadOptions &options)
{
    InputFile::Rules rules;
    if (!options.allowOutsideRoot)
        rules.root = rootDir;
    rules.maxBytes = options.maxFileSize;
    return rules;
}

// The checks that need only the file's metadata; an empty result means fine.
std::optional<DocumentCheck> metadataProblem(const DocumentEntry &entry, const QFileInfo &info, const QString &rootDir,
                                             const LoadOptions &options)
{
    if (!info.exists())
        return failure(entry, DocumentReaderText::tr("the file does not exist"));
    if (info.isDir())
        return failure(entry, DocumentReaderText::tr("this is a folder, not a document"));
    if (const QString kind = InputFile::notRegularReason(entry.path); !kind.isEmpty())
        return failure(entry, DocumentReaderText::tr("this is %1, not a document; not read").arg(kind));
    if (!options.allowOutsideRoot && !InputFile::isInside(entry.path, rootDir))
        return failure(entry,
            DocumentReaderText::tr("the file is a link that leads outside the bundle's folder; refused (allow paths outside the "
                                   "bundle to open it)"));
    if (info.size() > options.maxFileSize)
        return failure(entry,
            DocumentReaderText::tr("the file is %1, over the %2 limit for one document; not read (the limit is a setting)")
                .arg(humanSize(info.size()), humanSize(options.maxFileSize)));
    return std::nullopt;
}

} // namespace

DocumentCheck DocumentReader::check(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options)
{
    if (entry.isInline()) {
        DocumentCheck check;
        check.size = entry.size;
        return check;
    }
    const QFileInfo info(entry.path);
    if (auto problem = metadataProblem(entry, info, rootDir, options))
        return *problem;
    const InputFile::Read prefix = InputFile::readPrefix(entry.path, 8192, inputRules(rootDir, options));
    if (!prefix.error.isEmpty())
        return failure(entry, prefix.error);
    const QString binary = isPackagedFormat(entry.format) ? PackagedDocument::signatureProblem(prefix.bytes, entry.format)
                                                          : TextDecoder::binaryReason(prefix.bytes);
    if (!binary.isEmpty())
        return failure(entry,
            isPackagedFormat(entry.format) ? binary
                                           : DocumentReaderText::tr("not a text document: this looks like %1").arg(binary));
    DocumentCheck check;
    check.size = info.size();
    return check;
}

DocumentText DocumentReader::read(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options)
{
    DocumentText result;
    auto fail = [&](const Diagnostics &diagnostics) {
        result.status = DocumentStatus::Error;
        result.diagnostics = diagnostics;
        return result;
    };

    QString sourceHeader; // what the Source view shows above a page's markup (a WARC record's headers)
    QString notePath = entry.path; // the file problems name
    if (entry.container == DocumentContainer::WarcRecord) {
        QString error;
        InputFile::Rules rules = inputRules(rootDir, options);
        rules.maxBytes = -1; // the limit is for the record, not for the archive that holds it
        const std::unique_ptr<QFile> file = InputFile::open(entry.path, rules, &error);
        if (!file)
            return fail({Diagnostic::error(entry.path, 0, DocumentReaderText::tr("cannot read the web archive: %1").arg(error))});
        const WarcPayload payload = WarcArchive::read(
            *file, {.offset = entry.inlineOffset, .skip = entry.inlineSkip, .length = entry.inlineLength}, options.maxFileSize);
        // Problems name the record: "crawl.warc.gz#12".
        notePath = entry.path + u'#' + entry.declaredPath.section(u'#', -1);
        if (!payload.error.isEmpty())
            return fail({Diagnostic::error(notePath, 0, payload.error)});
        result.bytes = payload.body.size();
        if (!payload.note.isEmpty())
            result.diagnostics.append(Diagnostic::warning(notePath, 0, payload.note));
        // Browsers take a BOM first, then the HTTP header's charset, then the page's own declaration.
        QByteArray declared = payload.charset;
        if (declared.isEmpty() && entry.format == DocumentFormat::Html)
            declared = LegacyEncoding::declaredInHtml(payload.body);
        DecodedText decoded = TextDecoder::decode(payload.body, notePath, declared);
        if (decoded.binary)
            return fail(decoded.diagnostics);
        result.text = std::move(decoded.text);
        result.diagnostics.append(decoded.diagnostics);
        if (!result.diagnostics.isEmpty())
            result.status = DocumentStatus::Warning;
        sourceHeader = QString::fromUtf8(payload.headers);
        TextDecoder::normaliseLineEndings(sourceHeader);
        if (entry.format != DocumentFormat::Html) {
            result.source = sourceHeader + result.text;
            result.sourceSyntax = entry.format == DocumentFormat::Markdown ? u"Markdown"_s : QString();
        }
    } else if (entry.isInline()) {
        QString error;
        const std::unique_ptr<QFile> file = InputFile::open(entry.path, {}, &error);
        if (file && !file->seek(entry.inlineOffset))
            error = file->errorString();
        if (!error.isEmpty())
            return fail({ Diagnostic::error(
                entry.path, entry.indexLine, DocumentReaderText::tr("cannot read the corpus: %1").arg(error)) });
        const QByteArray line = file->read(entry.inlineLength);
        QByteArrayView json(line);
        if (json.startsWith("\xEF\xBB\xBF"))
            json = json.sliced(3);
        const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
        if (!document.isObject() || !document.object().value("text"_L1).isString())
            return fail({ Diagnostic::error(entry.path, entry.indexLine,
                DocumentReaderText::tr("this line changed since the corpus was opened; reopen the bundle")) });
        result.text = document.object().value("text"_L1).toString();
        result.source = QString::fromUtf8(json.trimmed());
        result.sourceSyntax = u"JSON"_s;
        result.bytes = line.size();
        TextDecoder::normaliseLineEndings(result.text);
    } else {
        if (auto problem = metadataProblem(entry, QFileInfo(entry.path), rootDir, options))
            return fail(problem->diagnostics);
        InputFile::Read read = InputFile::read(entry.path, inputRules(rootDir, options));
        if (read.tooLarge)
            return fail({ Diagnostic::error(entry.path, 0,
                DocumentReaderText::tr(
                    "the file holds more than %1, the limit for one document; not read (the limit is a setting)")
                    .arg(humanSize(options.maxFileSize))) });
        if (!read.error.isEmpty())
            return fail({Diagnostic::error(entry.path, 0, read.error)});
        const QByteArray bytes = std::move(read.bytes);
        if (isPackagedFormat(entry.format)) {
            PackagedText packaged = PackagedDocument::read(bytes, entry.format);
            result.bytes = bytes.size();
            if (!packaged.error.isEmpty())
                return fail({Diagnostic::error(entry.path, 0, packaged.error)});
            result.text = std::move(packaged.text);
            result.blocks = std::move(packaged.blocks);
            result.metadata = std::move(packaged.metadata);
            for (const QString &note : std::as_const(packaged.notes))
                result.diagnostics.append(Diagnostic::warning(entry.path, 0, note));
            if (!result.diagnostics.isEmpty())
                result.status = DocumentStatus::Warning;
            return result;
        }
        result.bytes = bytes.size();
        const QByteArray declared = entry.format == DocumentFormat::Html ? LegacyEncoding::declaredInHtml(bytes) : QByteArray();
        DecodedText decoded = TextDecoder::decode(bytes, entry.path, declared);
        if (decoded.binary)
            return fail(decoded.diagnostics);
        result.text = std::move(decoded.text);
        result.diagnostics = std::move(decoded.diagnostics);
        if (!result.diagnostics.isEmpty())
            result.status = DocumentStatus::Warning;
    }
    if (entry.format == DocumentFormat::Html) {
        if (entry.container != DocumentContainer::JsonLine) {
            result.source = sourceHeader + result.text;
            result.sourceSyntax = u"HTML"_s;
        }
        HtmlPage page = HtmlPage::read(result.text);
        result.text = std::move(page.text);
        result.blocks = std::move(page.blocks);
        result.metadata = std::move(page.metadata);
        for (const QString &note : std::as_const(page.notes))
            result.diagnostics.append(
                Diagnostic::warning(notePath, entry.container == DocumentContainer::JsonLine ? entry.indexLine : 0, note));
        if (!page.notes.isEmpty() && result.status == DocumentStatus::Ok)
            result.status = DocumentStatus::Warning;
    } else if (entry.format == DocumentFormat::Markdown && !entry.isInline()) {
        result.sourceSyntax = u"Markdown"_s;
    }
    return result;
}

} // namespace Lectern::Models
