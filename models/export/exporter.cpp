// SPDX-License-Identifier: GPL-3.0-or-later
#include "exporter.h"

#include "exportwriters.h"
#include "outputfile.h"
#include "qdaproject.h"

#include <QCoreApplication>
#include <QDir>
#include <QLocale>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ExporterText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::Exporter)
};

} // namespace

QByteArray Exporter::render(const ExportSet &set, ExportFormat format, const ExportOptions &options, QString *error)
{
    switch (format) {
    case ExportFormat::Markdown:
        return markdownExport(set, options);
    case ExportFormat::Html:
        return htmlExport(set, options);
    case ExportFormat::Csv:
        return csvExport(set, options);
    case ExportFormat::JsonLd:
        return webAnnotationExport(set);
    case ExportFormat::Qdpx:
        return QdaProject::projectArchive(set, error);
    case ExportFormat::Qdc:
        return QdaProject::codebookXml(set);
    case ExportFormat::Odt:
        return odtExport(set, options, error);
    case ExportFormat::Pdf:
        return pdfExport(set, options, error);
    case ExportFormat::Jsonl:
        return corpusExport(set);
    }
    return {};
}

QString Exporter::preview(const ExportSet &set, ExportFormat format, const ExportOptions &options, qsizetype maxCharacters)
{
    QString text;
    switch (format) {
    case ExportFormat::Qdpx:
        text = QString::fromUtf8(QdaProject::projectXml(set));
        text.prepend(
            ExporterText::tr("A ZIP archive holding project.qde (below) and one text file per document in sources/.\n\n"));
        break;
    case ExportFormat::Odt:
    case ExportFormat::Pdf:
        text = reportHtml(set, options, true);
        text.prepend(ExporterText::tr("The report is laid out from this HTML:\n\n"));
        break;
    default: {
        QString error;
        text = QString::fromUtf8(render(set, format, options, &error));
        if (!error.isEmpty())
            return error;
        if (text.startsWith(QChar(0xFEFF)))
            text.remove(0, 1);
    }
    }
    if (text.size() > maxCharacters) {
        const qsizetype cut = text.lastIndexOf(u'\n', maxCharacters);
        text.truncate(cut > maxCharacters / 2 ? cut + 1 : maxCharacters);
        text += ExporterText::tr("… (the preview shows the beginning only)\n");
    }
    return text;
}

bool Exporter::writeFile(const QByteArray &bytes, const QString &path, QString *error)
{
    OutputFile file(path);
    if (!file.open()) {
        if (error)
            *error = ExporterText::tr("Cannot write %1: %2").arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    if (file.write(bytes) != bytes.size() || !file.commit()) {
        if (error)
            *error = ExporterText::tr("Writing %1 failed (%2); the file was left as it was.")
                         .arg(QDir::toNativeSeparators(path), file.errorString());
        return false;
    }
    return true;
}

} // namespace Lectern::Models
