// SPDX-License-Identifier: GPL-3.0-or-later
#include "packageddocument.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

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
    none.error = u"this is a text format, not read here"_s;
    return none;
}

QString PackagedDocument::signatureProblem(QByteArrayView head, DocumentFormat format)
{
    if (format == DocumentFormat::Pdf) {
        // The header may follow a little junk; readers look in the first kilobyte.
        if (head.first(std::min<qsizetype>(head.size(), 1024)).indexOf("%PDF-") < 0)
            return u"not a PDF file: it does not start with %PDF-"_s;
        return {};
    }
    const QString kind = format == DocumentFormat::Docx ? u"a DOCX"_s : u"an %1"_s.arg(formatName(format).toUpper());
    // Word keeps a password-protected document, and wrote its old .doc files, in an OLE compound file.
    if (head.startsWith("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1"))
        return u"not %1 file: it is an OLE compound file (a password-protected document, or an older .doc, .xls or "
               ".ppt file), which Lectern cannot read"_s.arg(kind);
    if (!head.startsWith("PK\x03\x04"))
        return u"not %1 file: it is not a ZIP package"_s.arg(kind);
    return {};
}

} // namespace Lectern::Models
