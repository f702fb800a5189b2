// SPDX-License-Identifier: GPL-3.0-or-later
#include "htmlpage.h"

#include "blockcollector.h"
#include "metadatareader.h"
#include "nestingguard.h"

#include <QCoreApplication>
#include <QLocale>
#include <QLoggingCategory>

#include <memory>

Q_LOGGING_CATEGORY(lcHtmlPage, "lectern.models.htmlpage", QtInfoMsg)

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class FormatText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::DocumentFormats)
};

struct OutputDeleter {
    void operator()(GumboOutput *output) const { gumbo_destroy_output(&kGumboDefaultOptions, output); }
};

// The largest prefix of at most `limit` bytes that does not split a UTF-8 sequence.
qsizetype utf8Prefix(const QByteArray &utf8, qsizetype limit)
{
    qsizetype end = std::min(limit, utf8.size());
    while (end > 0 && end < utf8.size() && (quint8(utf8.at(end)) & 0xC0) == 0x80)
        --end;
    return end;
}

QString humanSize(qsizetype bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

} // namespace

HtmlPage HtmlPage::read(QStringView html)
{
    HtmlPage page;
    QByteArray utf8 = html.toUtf8();
    if (utf8.size() > MaxSourceBytes) {
        page.notes.append(
            FormatText::tr("the page is %1; only its first %2 were read").arg(humanSize(utf8.size()), humanSize(MaxSourceBytes)));
        utf8.truncate(utf8Prefix(utf8, MaxSourceBytes));
    }
    if (const qsizetype flattened = NestingGuard::flatten(utf8); flattened > 0) {
        page.notes.append(
            FormatText::tr("the page nests elements more than %1 deep; %2 of them were read as plain text inside their parent")
                .arg(NestingGuard::DefaultMaxDepth)
                .arg(flattened));
    }

    GumboOptions options = kGumboDefaultOptions;
    // The parse errors are not shown; recording them costs memory on junk.
    options.max_errors = 0;
    const std::unique_ptr<GumboOutput, OutputDeleter> output(
        gumbo_parse_with_options(&options, utf8.constData(), size_t(utf8.size())));
    if (!output || !output->root) {
        page.notes.append(FormatText::tr("the page could not be parsed as HTML"));
        return page;
    }
    BlockCollector::collect(DomNode(output->root), page.text, page.blocks);
    page.metadata = MetadataReader::read(DomNode(output->document));
    qCDebug(lcHtmlPage) << "read" << utf8.size() << "bytes into" << page.blocks.size() << "blocks";
    return page;
}

} // namespace Lectern::Models
