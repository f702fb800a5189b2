// SPDX-License-Identifier: GPL-3.0-or-later
// Web archives (WARC) as bundles: every capture that reads as a document
// becomes an entry, whether the archive is the index or is listed in one.
#include "indexbuilder.h"
#include "inputfile.h"
#include "warcarchive.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QUrl>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

/// An id a reader recognises: the page's host and path ("example.org/news/a-story").
QString captureId(const WarcCapture &capture)
{
    const QUrl url(capture.targetUri);
    QString id = url.host() + url.path();
    if (url.hasQuery())
        id += u'?' + url.query();
    while (id.endsWith(u'/'))
        id.chop(1);
    if (id.size() > 160)
        id = id.first(160);
    return id.isEmpty() ? u"record-%1"_s.arg(capture.record) : id;
}

} // namespace

void addWarcEntries(const QString &path, IndexBuilder &builder, const DocumentEntry &listing)
{
    Bundle &bundle = builder.bundle();
    const QString shownPath = listing.declaredPath.isEmpty() ? QFileInfo(path).fileName() : listing.declaredPath;
    auto refuse = [&](const QString &message) {
        if (bundle.form == IndexForm::Warc)
            builder.fail(0, message);
        else
            builder.error(listing.indexLine, IndexText::tr("%1: %2").arg(shownPath, message));
    };
    QString openError;
    InputFile::Rules rules;
    if (!builder.options().allowOutsideRoot)
        rules.root = bundle.rootDir;
    const std::unique_ptr<QFile> file = InputFile::open(path, rules, &openError);
    if (!file) {
        refuse(IndexText::tr("cannot read the web archive: %1").arg(openError));
        return;
    }
    const WarcListing found = WarcArchive::list(*file, builder.options().maxFileSize);
    if (!found.error.isEmpty()) {
        refuse(found.error);
        return;
    }
    for (const QString &problem : found.problems)
        bundle.diagnostics.append(Diagnostic::warning(path, 0, problem));
    if (found.problemCount > found.problems.size())
        bundle.diagnostics.append(Diagnostic::warning(
            path, 0, IndexText::tr("%n more broken record(s) passed over", nullptr, found.problemCount - int(found.problems.size()))));
    const std::pair<int, QString> skipped[] = {
        {found.revisits, IndexText::tr("%n revisit record(s) (a capture the crawler found unchanged) skipped", nullptr, found.revisits)},
        {found.duplicates, IndexText::tr("%n duplicate record(s) (a record id or payload seen before) skipped", nullptr, found.duplicates)},
        {found.redirects, IndexText::tr("%n redirect(s) skipped", nullptr, found.redirects)},
        {found.otherStatus, IndexText::tr("%n response(s) with an HTTP status other than 200 skipped", nullptr, found.otherStatus)},
        {found.nonText, IndexText::tr("%n capture(s) that are not HTML or text (images, scripts, style sheets...) skipped", nullptr, found.nonText)},
        {found.oversized, IndexText::tr("%n capture(s) over the limit for one document skipped (the limit is a setting)", nullptr, found.oversized)},
    };
    for (const auto &[count, message] : skipped) {
        if (count > 0)
            bundle.diagnostics.append(Diagnostic{.severity = Severity::Info, .file = path, .line = 0, .column = 0, .message = message});
    }
    if (found.captures.isEmpty()) {
        refuse(IndexText::tr("the web archive holds no HTML or text page (%n record(s) read)", nullptr, found.records));
        return;
    }
    QHash<QString, int> taken;
    const QString prefix = listing.id.trimmed().isEmpty() ? QString() : listing.id.trimmed() + u'/';
    for (const WarcCapture &capture : found.captures) {
        DocumentEntry entry;
        entry.id = prefix + captureId(capture);
        if (const int seen = taken.value(entry.id); seen > 0)
            entry.id += u'~' + QString::number(seen + 1); // the same page captured again
        taken[prefix + captureId(capture)] += 1;

        entry.url = capture.targetUri;
        entry.date = listing.date.isEmpty() ? capture.date : listing.date;
        entry.source = listing.source.isEmpty() ? QUrl(capture.targetUri).host() : listing.source;
        entry.language = listing.language;
        entry.path = path;
        entry.declaredPath = shownPath + u'#' + QString::number(capture.record);
        entry.format = capture.format;
        entry.container = DocumentContainer::WarcRecord;
        entry.inlineOffset = capture.ref.offset;
        entry.inlineSkip = capture.ref.skip;
        entry.inlineLength = capture.ref.length;
        entry.indexLine = listing.indexLine;
        entry.size = capture.blockBytes;
        builder.addInlineEntry(std::move(entry));
    }
}

} // namespace Lectern::Models
