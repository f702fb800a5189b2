// SPDX-License-Identifier: GPL-3.0-or-later
// The CSV and TSV index forms (RFC 4180 quoting in both).
#include "indexbuilder.h"

#include <QCoreApplication>
#include <QHash>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

struct Record {
    QStringList fields;
    int line = 0;
};

// Splits delimited text into records. Returns false, with the line and column
// of the opening quote, when a quoted field never ends.
bool splitRecords(const QString &text, QChar separator, QList<Record> &records, int &badLine, int &badColumn)
{
    Record record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    int column = 0;
    int quoteLine = 0;
    int quoteColumn = 0;
    record.line = 1;
    auto endField = [&] {
        record.fields.append(field);
        field.clear();
        fieldStarted = false;
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        ++column;
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                    ++column;
                } else {
                    quoted = false;
                }
            } else {
                if (c == u'\n') {
                    ++line;
                    column = 0;
                }
                field += c;
            }
            continue;
        }
        if (c == u'"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
            quoteColumn = column;
        } else if (c == separator) {
            endField();
        } else if (c == u'\n') {
            endField();
            records.append(record);
            record = Record{};
            ++line;
            column = 0;
            record.line = line;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted) {
        badLine = quoteLine;
        badColumn = quoteColumn;
        return false;
    }
    if (fieldStarted || !record.fields.isEmpty()) {
        endField();
        records.append(record);
    }
    return true;
}

bool isBlank(const Record &record)
{
    return std::ranges::all_of(record.fields, [](const QString &f) { return f.trimmed().isEmpty(); });
}

} // namespace

void readDelimitedIndex(const QString &text, QChar separator, IndexBuilder &builder)
{
    const QString kind = separator == u',' ? u"CSV"_s : u"TSV"_s;
    QList<Record> records;
    int badLine = 0;
    int badColumn = 0;
    const bool complete = splitRecords(text, separator, records, badLine, badColumn);
    if (!complete)
        builder.error(
            badLine, IndexText::tr("a quoted field opened here is never closed; the rows from here on are ignored"), badColumn);

    qsizetype first = 0;
    while (first < records.size() && isBlank(records.at(first)))
        ++first;
    if (first == records.size()) {
        if (complete)
            builder.fail(
                0, IndexText::tr("the %1 index is empty; it needs a header row with a \u201Cpath\u201D column").arg(kind));
        else
            builder.fail(badLine, IndexText::tr("the %1 index has no usable header row").arg(kind));
        return;
    }

    const Record &header = records.at(first);
    QHash<QString, qsizetype> columns;
    for (qsizetype i = 0; i < header.fields.size(); ++i)
        columns.insert(header.fields.at(i).trimmed().toLower(), i);
    if (!columns.contains(u"path"_s)) {
        builder.fail(header.line,
            IndexText::tr("the %1 header row has no \u201Cpath\u201D column (it has: %2)")
                .arg(kind, header.fields.join(u", "_s)));
        return;
    }
    auto value = [&](const Record &record, const QString &name) {
        const qsizetype column = columns.value(name, -1);
        return column >= 0 && column < record.fields.size() ? record.fields.at(column).trimmed() : QString();
    };

    for (qsizetype r = first + 1; r < records.size(); ++r) {
        const Record &record = records.at(r);
        if (isBlank(record))
            continue;
        if (record.fields.size() != header.fields.size())
            builder.warning(record.line,
                IndexText::tr("this row has %1 field(s) where the header has %2")
                    .arg(record.fields.size())
                    .arg(header.fields.size()));
        DocumentEntry entry;
        entry.declaredPath = value(record, u"path"_s);
        entry.id = value(record, u"id"_s);
        entry.title = value(record, u"title"_s);
        entry.url = value(record, u"url"_s);
        entry.date = value(record, u"date"_s);
        entry.source = value(record, u"source"_s);
        entry.language = value(record, u"language"_s);
        entry.indexLine = record.line;
        builder.addFileEntry(std::move(entry));
    }
}

} // namespace Lectern::Models
