// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON Lines corpus index form: texts inline, one document a line.
#include "indexbuilder.h"
#include "inputfile.h"
#include "textdecoder.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

QString scalar(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

void readJsonLinesIndex(const QString &path, IndexBuilder &builder)
{
    QString openError;
    const std::unique_ptr<QFile> opened = InputFile::open(path, {}, &openError);
    if (!opened) {
        builder.fail(0, IndexText::tr("cannot read the index: %1").arg(openError));
        return;
    }
    QFile &file = *opened;
    // A line is one document: the document size limit holds for each.
    const qint64 maxLine = builder.options().maxFileSize;
    QByteArray piece(64 * 1024, Qt::Uninitialized);
    const QString binary = TextDecoder::binaryReason(file.peek(8192));
    if (!binary.isEmpty()) {
        builder.fail(0, IndexText::tr("not a JSON Lines file: this looks like %1").arg(binary));
        return;
    }
    const QString fileName = QFileInfo(path).fileName();
    int lineNumber = 0;
    qint64 offset = 0;
    while (!file.atEnd()) {
        const qint64 lineOffset = offset;
        ++lineNumber;
        // Read in pieces so that an overlong line is skipped without being kept.
        QByteArray line;
        qint64 length = 0;
        while (true) {
            const qint64 got = file.readLine(piece.data(), piece.size());
            if (got <= 0)
                break;
            length += got;
            if (length <= maxLine)
                line.append(piece.constData(), got);
            if (piece.at(got - 1) == '\n')
                break;
        }
        if (length > maxLine) {
            offset += length;
            builder.error(lineNumber,
                IndexText::tr("this line holds %1, over the %2 limit for one document; skipped (the limit is a setting)")
                    .arg(QLocale::c().formattedDataSize(length, 1, QLocale::DataSizeTraditionalFormat),
                        QLocale::c().formattedDataSize(maxLine, 1, QLocale::DataSizeTraditionalFormat)));
            continue;
        }
        offset += line.size();
        QByteArrayView content(line);
        if (lineNumber == 1 && content.startsWith("\xEF\xBB\xBF"))
            content = content.sliced(3);
        if (content.trimmed().isEmpty())
            continue;
        QJsonParseError error{};
        const QJsonDocument document = QJsonDocument::fromJson(content.toByteArray(), &error);
        if (error.error != QJsonParseError::NoError) {
            builder.error(lineNumber, IndexText::tr("this line is not valid JSON (%1); skipped").arg(error.errorString()),
                int(error.offset) + 1);
            continue;
        }
        if (!document.isObject()) {
            builder.error(lineNumber, IndexText::tr("this line is not a JSON object; skipped"));
            continue;
        }
        const QJsonObject object = document.object();
        if (!object.value("text"_L1).isString()) {
            builder.error(lineNumber, IndexText::tr("this line has no \u201Ctext\u201D string; skipped"));
            continue;
        }
        DocumentEntry entry;
        entry.id = scalar(object, "id"_L1);
        if (entry.id.trimmed().isEmpty())
            entry.id = u"line-%1"_s.arg(lineNumber);
        entry.title = scalar(object, "title"_L1);
        entry.url = scalar(object, "url"_L1);
        entry.date = scalar(object, "date"_L1);
        entry.source = scalar(object, "source"_L1);
        entry.language = scalar(object, "language"_L1);
        const QString format = object.value("format"_L1).toString().toLower();
        entry.format = format == "html"_L1       ? DocumentFormat::Html
                       : format == "markdown"_L1 ? DocumentFormat::Markdown
                                                 : DocumentFormat::PlainText;
        entry.declaredPath = fileName + u':' + QString::number(lineNumber);
        entry.indexLine = lineNumber;
        entry.container = DocumentContainer::JsonLine;
        entry.inlineOffset = lineOffset;
        entry.inlineLength = line.size();
        entry.size = line.size();
        builder.addInlineEntry(std::move(entry));
    }
}

} // namespace Lectern::Models
