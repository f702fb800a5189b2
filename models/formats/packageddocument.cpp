// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageddocument.h"

#include <QCoreApplication>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

} // namespace

PackagedText PackagedDocument::read(const QByteArray &bytes, DocumentFormat format)
{
    if (const QString problem = signatureProblem(bytes, format); !problem.isEmpty()) {
        PackagedText refused;
        refused.error = problem;
        return refused;
    }
    switch (format) {
    case DocumentFormat::Pdf:
        return readPdfDocument(bytes);
    case DocumentFormat::Docx:
    case DocumentFormat::Odt:
        return readOfficeDocument(bytes, format);
    case DocumentFormat::Epub:
        return readEpubDocument(bytes);
    case DocumentFormat::PlainText:
    case DocumentFormat::Markdown:
    case DocumentFormat::Html:
        break;
    }
    PackagedText none;
    none.error = FormatText::tr("this is a text format, not read here");
    return none;
}

QString PackagedDocument::signatureProblem(QByteArrayView head, DocumentFormat format)
{
    if (format == DocumentFormat::Pdf) {
        // The header may follow a little junk; readers look in the first kilobyte.
        if (head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") < 0)
            return FormatText::tr("not a PDF file: it does not start with %PDF-");
        return {};
    }
    const QString kind
        = format == DocumentFormat::Docx ? FormatText::tr("a DOCX") : FormatText::tr("an %1").arg(formatName(format).toUpper());
    // Word keeps a password-protected document, and wrote its old .doc files, in an OLE compound file.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return FormatText::tr("not %1 file: it is an OLE compound file (a password-protected document, or an older .doc, .xls or "
                              ".ppt file), which Lectern cannot read")
            .arg(kind);
    if (!head.startsWith("PK\x03\x04"))
        return FormatText::tr("not %1 file: it is not a ZIP package").arg(kind);
    return {};
}

} // namespace Lectern::Models
