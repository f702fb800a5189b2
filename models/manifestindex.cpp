// SPDX-License-Identifier: GPL-3.0-or-later
// The JSON manifest index form.
#include "indexbuilder.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

// Lines on which the elements of the top-level "documents" array start.
// QJsonDocument keeps no positions, so a small scanner finds them for messages.
QList<int> documentElementLines(QByteArrayView bytes)
{
    QList<int> lines;
    int line = 1;
    int depth = 0;
    bool inString = false;
    bool escaped = false;
    bool inDocuments = false;
    bool expectValue = false;
    QByteArray lastKey;
    qsizetype stringStart = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        const char c = bytes[i];
        if (c == '\n')
            ++line;
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"') {
                inString = false;
                if (depth == 1)
                    lastKey = bytes.sliced(stringStart, i - stringStart).toByteArray();
            }
            continue;
        }
        if (c == ' ' || c == '\t' || c == '\r' || c == '\n')
            continue;
        if (inDocuments && depth == 2 && expectValue && c != ']') {
            lines.append(line);
            expectValue = false;
        }
        switch (c) {
        case '"':
            inString = true;
            stringStart = i + 1;
            break;
        case '[':
        case '{':
            ++depth;
            if (c == '[' && depth == 2 && lastKey == "documents") {
                inDocuments = true;
                expectValue = true;
            }
            break;
        case ']':
        case '}':
            --depth;
            if (depth < 2)
                inDocuments = false;
            break;
        case ',':
            if (inDocuments && depth == 2)
                expectValue = true;
            break;
        default:
            break;
        }
    }
    return lines;
}

QString stringField(const QJsonObject &object, QLatin1StringView key)
{
    const QJsonValue value = object.value(key);
    if (value.isDouble())
        return QString::number(value.toDouble(), 'g', 15);
    return value.toString();
}

} // namespace

void readManifestIndex(QByteArrayView bytes, IndexBuilder &builder)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes.toByteArray(), &error);
    if (error.error != QJsonParseError::NoError) {
        const auto [line, column] = lineColumnAt(bytes, error.offset);
        builder.fail(line, IndexText::tr("this is not valid JSON: %1").arg(error.errorString()), column);
        return;
    }
    if (!document.isObject()) {
        builder.fail(1, IndexText::tr("a manifest must be a JSON object with a “documents” array"));
        return;
    }
    const QJsonObject root = document.object();
    const QString name = root.value("name"_L1).toString().trimmed();
    if (!name.isEmpty())
        builder.bundle().name = name;
    if (!root.value("documents"_L1).isArray()) {
        builder.fail(1, IndexText::tr("a manifest must have a “documents” array"));
        return;
    }
    if (const QJsonValue gazetteer = root.value("gazetteer"_L1); gazetteer.isString() && !gazetteer.toString().trimmed().isEmpty()) {
        if (const std::optional<QString> path = builder.resolve(gazetteer.toString().trimmed(), 1))
        {
            builder.bundle().gazetteerPath = *path;
            builder.bundle().gazetteerRoot = builder.options().allowOutsideRoot ? QString() : builder.bundle().rootDir;
        }
    } else if (!gazetteer.isUndefined() && !gazetteer.isNull()) {
        builder.warning(1, IndexText::tr("\u201Cgazetteer\u201D should name a file relative to the manifest; ignored"));
    }
    const QJsonArray documents = root.value("documents"_L1).toArray();
    const QList<int> lines = documentElementLines(bytes);
    for (qsizetype i = 0; i < documents.size(); ++i) {
        const int line = i < lines.size() ? lines.at(i) : 0;
        const QJsonValue value = documents.at(i);
        if (!value.isObject()) {
            builder.error(line, IndexText::tr("documents[%1] is not an object; skipped").arg(i));
            continue;
        }
        const QJsonObject object = value.toObject();
        if (!object.value("path"_L1).isString()) {
            builder.error(line, IndexText::tr("documents[%1] has no \u201Cpath\u201D string; skipped").arg(i));
            continue;
        }
        DocumentEntry entry;
        entry.declaredPath = object.value("path"_L1).toString();
        entry.id = stringField(object, "id"_L1);
        entry.title = stringField(object, "title"_L1);
        entry.url = stringField(object, "url"_L1);
        entry.date = stringField(object, "date"_L1);
        entry.source = stringField(object, "source"_L1);
        entry.language = stringField(object, "language"_L1);
        entry.indexLine = line;
        builder.addFileEntry(std::move(entry));
    }
}

} // namespace Lectern::Models
