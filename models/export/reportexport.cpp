// SPDX-License-Identifier: GPL-3.0-or-later
// ODT and PDF reports, laid out by QTextDocument from the report HTML.
#include "exportwriters.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QFont>
#include <QGuiApplication>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>
#include <QTextDocumentWriter>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class ReportExportText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::ReportExport)
};

/// Laying text out needs fonts, which need a QGuiApplication.
bool canLayOut(QString *error)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return true;
    if (error)
        *error = ReportExportText::tr("ODT and PDF reports need the graphical part of Qt (run with a QGuiApplication).");
    return false;
}

void layOut(QTextDocument &document, const ExportSet &set, const ExportOptions &options)
{
    QFont font(u"DejaVu Sans"_s);
    font.setPointSizeF(10.0);
    document.setDefaultFont(font);
    document.setDocumentMargin(0);
    document.setHtml(reportHtml(set, options, true));
    document.setMetaInformation(QTextDocument::DocumentTitle, ReportExportText::tr("Excerpts from %1").arg(set.bundleName));
}

} // namespace

QByteArray odtExport(const ExportSet &set, const ExportOptions &options, QString *error)
{
    if (!canLayOut(error))
        return {};
    QTextDocument document;
    layOut(document, set, options);
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    QTextDocumentWriter writer(&buffer, "ODF");
    if (!writer.write(&document)) {
        if (error)
            *error = ReportExportText::tr("Qt could not write the OpenDocument file.");
        return {};
    }
    return buffer.data();
}

QByteArray pdfExport(const ExportSet &set, const ExportOptions &options, QString *error)
{
    if (!canLayOut(error))
        return {};
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    {
        QPdfWriter writer(&buffer);
        writer.setTitle(ReportExportText::tr("Excerpts from %1").arg(set.bundleName));
        writer.setCreator(u"Lectern"_s);
        writer.setResolution(300);
        // QTextDocument::print() keeps its own 2 cm margin on every side.
        writer.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(0, 0, 0, 0),
                                         QPageLayout::Millimeter));
        QTextDocument document;
        layOut(document, set, options);
        document.print(&writer);
    }
    return buffer.data();
}

} // namespace Lectern::Models
