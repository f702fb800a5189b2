// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportescaping.h"
#include "exportgroups.h"
#include "exportwriters.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// One RFC 4180 field: quoted when it holds a comma, a quote or a line break.
QString field(const QString &value)
{
    if (!value.contains(u',') && !value.contains(u'"') && !value.contains(u'\n') && !value.contains(u'\r'))
        return value;
    QString quoted = value;
    quoted.replace(u'"', u"\"\""_s);
    return u'"' + quoted + u'"';
}

void row(QString &out, const QStringList &fields)
{
    for (qsizetype i = 0; i < fields.size(); ++i) {
        if (i > 0)
            out += u',';
        out += field(fields.at(i));
    }
    out += u"\r\n"_s;
}

} // namespace

QByteArray csvExport(const ExportSet &set, const ExportOptions &options)
{
    // Text from the bundle and the store; the numbers, times and status keys
    // Lectern writes itself are never formulas and stay as they are.
    const auto text = [&options](const QString &value) {
        return options.csvRawCells ? value : ExportEscaping::csvTextCell(value);
    };
    QString out;
    row(out, {u"document_id"_s, u"title"_s, u"url"_s, u"start"_s, u"end"_s, u"quote"_s, u"label"_s, u"tags"_s,
              u"note"_s, u"status"_s, u"author"_s, u"created"_s, u"modified"_s, u"page"_s});
    for (const ExportItem &item : set.items) {
        const Annotation &a = item.annotation;
        const ExportDocument &document = set.documentOf(item);
        row(out, {text(document.id), text(document.title), text(document.url), QString::number(item.start),
                  QString::number(item.end), text(a.quote), text(item.codePath), text(a.tags.join(u"; "_s)),
                  text(a.note), a.claimStatus == ClaimStatus::None ? QString() : claimStatusKey(a.claimStatus),
                  text(a.author), isoTime(a.created), isoTime(a.modified), item.page > 0 ? QString::number(item.page) : QString()});
    }
    QByteArray bytes = ExportEscaping::replacingControls(out).toUtf8();
    if (options.csvByteOrderMark)
        bytes.prepend("\xEF\xBB\xBF");
    return bytes;
}

} // namespace Lectern::Models
