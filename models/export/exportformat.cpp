// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportformat.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ExportFormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::ExportFormat)
};

} // namespace

QList<ExportFormat> allExportFormats()
{
    return {ExportFormat::Markdown, ExportFormat::Html,  ExportFormat::Csv, ExportFormat::JsonLd, ExportFormat::Qdpx,
            ExportFormat::Qdc,      ExportFormat::Odt,   ExportFormat::Pdf, ExportFormat::Jsonl};
}

QString exportFormatKey(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"md"_s;
    case ExportFormat::Html:
        return u"html"_s;
    case ExportFormat::Csv:
        return u"csv"_s;
    case ExportFormat::JsonLd:
        return u"jsonld"_s;
    case ExportFormat::Qdpx:
        return u"qdpx"_s;
    case ExportFormat::Qdc:
        return u"qdc"_s;
    case ExportFormat::Odt:
        return u"odt"_s;
    case ExportFormat::Pdf:
        return u"pdf"_s;
    case ExportFormat::Jsonl:
        return u"jsonl"_s;
    }
    return {};
}

std::optional<ExportFormat> exportFormatFromKey(const QString &key)
{
    const QString wanted = key.toLower();
    for (const ExportFormat format : allExportFormats()) {
        if (exportFormatKey(format) == wanted)
            return format;
    }
    if (wanted == u"markdown"_s)
        return ExportFormat::Markdown;
    if (wanted == u"json-ld"_s)
        return ExportFormat::JsonLd;
    return std::nullopt;
}

QString exportFormatName(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return ExportFormatText::tr("Markdown excerpts");
    case ExportFormat::Html:
        return ExportFormatText::tr("HTML report (one file)");
    case ExportFormat::Csv:
        return ExportFormatText::tr("CSV table");
    case ExportFormat::JsonLd:
        return ExportFormatText::tr("W3C Web Annotations (JSON-LD)");
    case ExportFormat::Qdpx:
        return ExportFormatText::tr("REFI-QDA project (.qdpx)");
    case ExportFormat::Qdc:
        return ExportFormatText::tr("REFI-QDA codebook (.qdc)");
    case ExportFormat::Odt:
        return ExportFormatText::tr("OpenDocument text report");
    case ExportFormat::Pdf:
        return ExportFormatText::tr("PDF report");
    case ExportFormat::Jsonl:
        return ExportFormatText::tr("Clean corpus (JSON Lines)");
    }
    return {};
}

QString exportFormatSuffix(ExportFormat format)
{
    return exportFormatKey(format);
}

QString exportFormatSyntax(ExportFormat format)
{
    switch (format) {
    case ExportFormat::Markdown:
        return u"Markdown"_s;
    case ExportFormat::Html:
        return u"HTML"_s;
    case ExportFormat::Csv:
        return u"CSV"_s;
    case ExportFormat::JsonLd:
        return u"JSON"_s;
    case ExportFormat::Qdc:
    case ExportFormat::Qdpx:
        return u"XML"_s;
    case ExportFormat::Jsonl:
        return u"JSON"_s;
    case ExportFormat::Odt:
    case ExportFormat::Pdf:
        return {};
    }
    return {};
}

bool isTextExportFormat(ExportFormat format)
{
    return format != ExportFormat::Odt && format != ExportFormat::Pdf && format != ExportFormat::Qdpx;
}

QString exportGroupingKey(ExportGrouping grouping)
{
    switch (grouping) {
    case ExportGrouping::Document:
        return u"document"_s;
    case ExportGrouping::Label:
        return u"label"_s;
    case ExportGrouping::Claim:
        return u"claim"_s;
    }
    return {};
}

std::optional<ExportGrouping> exportGroupingFromKey(const QString &key)
{
    for (const ExportGrouping grouping : {ExportGrouping::Document, ExportGrouping::Label, ExportGrouping::Claim}) {
        if (exportGroupingKey(grouping) == key.toLower())
            return grouping;
    }
    return std::nullopt;
}

} // namespace Lectern::Models
