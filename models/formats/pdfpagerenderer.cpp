// SPDX-License-Identifier: GPL-3.0-or-later
#include "pdfpagerenderer.h"

#include "inputfile.h"

#include <QCoreApplication>

#include <poppler-qt6.h>

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

} // namespace

PdfPageRenderer::PdfPageRenderer() = default;
PdfPageRenderer::~PdfPageRenderer() = default;

bool PdfPageRenderer::open(const QString &path, const QString &rootDir, const LoadOptions &options)
{
    if (m_document && path == m_path)
        return true;
    close();
    m_path = path;
    InputFile::Rules rules;
    if (!options.allowOutsideRoot)
        rules.root = rootDir;
    rules.maxBytes = options.maxFileSize;
    InputFile::Read read = InputFile::read(path, rules);
    if (!read.error.isEmpty() || read.tooLarge) {
        m_error = read.tooLarge ? FormatText::tr("the file is over the limit for one document") : read.error;
        return false;
    }
    m_bytes = std::move(read.bytes);
    m_document = Poppler::Document::loadFromData(m_bytes);
    if (!m_document || m_document->isLocked()) {
        m_document.reset();
        m_error = FormatText::tr("Poppler cannot open this PDF to draw its pages");
        return false;
    }
    m_document->setRenderHint(Poppler::Document::Antialiasing);
    m_document->setRenderHint(Poppler::Document::TextAntialiasing);
    return true;
}

void PdfPageRenderer::close()
{
    m_document.reset();
    m_bytes.clear();
    m_path.clear();
    m_error.clear();
}

int PdfPageRenderer::pageCount() const
{
    return m_document ? m_document->numPages() : 0;
}

double PdfPageRenderer::pageWidthInches(int page) const
{
    if (!m_document || page < 1 || page > m_document->numPages())
        return 0;
    const std::unique_ptr<Poppler::Page> one = m_document->page(page - 1);
    return one ? one->pageSizeF().width() / 72.0 : 0; // points
}

QImage PdfPageRenderer::render(int page, double dotsPerInch) const
{
    if (!m_document || page < 1 || page > m_document->numPages())
        return {};
    const std::unique_ptr<Poppler::Page> one = m_document->page(page - 1);
    return one ? one->renderToImage(dotsPerInch, dotsPerInch) : QImage();
}

} // namespace Lectern::Models
