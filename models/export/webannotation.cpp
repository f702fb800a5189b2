// SPDX-License-Identifier: GPL-3.0-or-later
// W3C Web Annotation (Recommendation of 2017) export and import.
#include "webannotation.h"

#include "exportgroups.h"
#include "exportwriters.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

const QString context = u"http://www.w3.org/ns/anno.jsonld"_s;
const QString codeIdPrefix = u"urn:lectern:code:"_s;

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class WebAnnotationText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::WebAnnotation)
};

QJsonObject textualBody(const QString &purpose, const QString &value)
{
    return QJsonObject{{u"type"_s, u"TextualBody"_s}, {u"purpose"_s, purpose}, {u"value"_s, value}};
}

QJsonObject annotationObject(const ExportSet &set, const ExportItem &item)
{
    const Annotation &a = item.annotation;
    const ExportDocument &document = set.documentOf(item);
    QJsonArray bodies;
    if (!a.note.isEmpty()) {
        QJsonObject note = textualBody(u"commenting"_s, a.note);
        note.insert(u"format"_s, u"text/markdown"_s);
        bodies.append(note);
    }
    if (!item.codePath.isEmpty()) {
        QJsonObject label = textualBody(u"tagging"_s, item.codePath);
        label.insert(u"id"_s, QString(codeIdPrefix + a.codeId));
        bodies.append(label);
    }
    for (const QString &tag : a.tags)
        bodies.append(textualBody(u"tagging"_s, tag));
    if (a.claimStatus != ClaimStatus::None)
        bodies.append(textualBody(u"assessing"_s, claimStatusKey(a.claimStatus)));
    for (const QString &evidence : set.evidenceFor(a.id))
        bodies.append(QJsonObject{{u"type"_s, u"SpecificResource"_s},
                                  {u"purpose"_s, u"linking"_s},
                                  {u"source"_s, QString(u"urn:uuid:"_s + evidence)}});

    QJsonObject quote{{u"type"_s, u"TextQuoteSelector"_s}, {u"exact"_s, a.quote}};
    if (!a.prefix.isEmpty())
        quote.insert(u"prefix"_s, a.prefix);
    if (!a.suffix.isEmpty())
        quote.insert(u"suffix"_s, a.suffix);
    const QJsonObject position{{u"type"_s, u"TextPositionSelector"_s}, {u"start"_s, item.start}, {u"end"_s, item.end}};
    QJsonArray selectors{quote, position};
    // A PDF's page, as RFC 3778 fragments name it (#page=N).
    if (item.page > 0)
        selectors.append(QJsonObject{{u"type"_s, u"FragmentSelector"_s},
                                     {u"conformsTo"_s, u"http://tools.ietf.org/rfc/rfc3778"_s},
                                     {u"value"_s, u"page=%1"_s.arg(item.page)}});
    const QJsonObject target{{u"source"_s, set.sourceOf(document)}, {u"selector"_s, selectors}};

    QJsonObject object{{u"id"_s, QString(u"urn:uuid:"_s + a.id)},
                       {u"type"_s, u"Annotation"_s},
                       {u"motivation"_s, a.note.isEmpty() ? u"highlighting"_s : u"commenting"_s},
                       {u"target"_s, target}};
    if (!bodies.isEmpty())
        object.insert(u"body"_s, bodies);
    if (!a.author.isEmpty())
        object.insert(u"creator"_s, QJsonObject{{u"type"_s, u"Person"_s}, {u"name"_s, a.author}});
    if (a.created.isValid())
        object.insert(u"created"_s, isoTime(a.created));
    if (a.modified.isValid())
        object.insert(u"modified"_s, isoTime(a.modified));
    return object;
}

QString stripUuid(const QString &id)
{
    QString bare = id;
    if (bare.startsWith(u"urn:uuid:"_s))
        bare = bare.mid(9);
    const QUuid uuid = QUuid::fromString(bare);
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QString stringOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isObject())
        return value.toObject().value(u"id"_s).toString(value.toObject().value(u"name"_s).toString());
    return {};
}

QJsonArray asArray(const QJsonValue &value)
{
    if (value.isArray())
        return value.toArray();
    if (value.isUndefined() || value.isNull())
        return {};
    return QJsonArray{value};
}

QDateTime timeOf(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (time.isValid())
        time = time.toUTC();
    return time;
}

void readAnnotation(const QJsonObject &object, int number, const ImportLimits &limits, ImportBatch &batch)
{
    const QString where = WebAnnotationText::tr("annotation %1").arg(number);
    ImportedAnnotation imported;
    imported.id = stripUuid(object.value(u"id"_s).toString());

    // The target: the first one with a source we can read.
    QJsonObject target;
    for (const QJsonValue &value : asArray(object.value(u"target"_s))) {
        if (value.isObject() && value.toObject().contains(u"source"_s)) {
            target = value.toObject();
            break;
        }
        if (value.isString()) {
            target = QJsonObject{{u"source"_s, value}};
            break;
        }
    }
    imported.source = stringOf(target.value(u"source"_s));
    if (imported.source.isEmpty()) {
        batch.problems.append(WebAnnotationText::tr("%1: no target source; skipped.").arg(where));
        return;
    }
    bool hasQuote = false;
    for (const QJsonValue &value : asArray(target.value(u"selector"_s))) {
        const QJsonObject selector = value.toObject();
        const QString type = selector.value(u"type"_s).toString();
        if (type == u"TextQuoteSelector"_s) {
            imported.exact = selector.value(u"exact"_s).toString();
            imported.prefix = selector.value(u"prefix"_s).toString();
            imported.suffix = selector.value(u"suffix"_s).toString();
            hasQuote = true;
        } else if (type == u"TextPositionSelector"_s) {
            // A position must be a whole number a qint64 holds (else toInteger gives -1).
            const qint64 start = selector.value(u"start"_s).toInteger(-1);
            const qint64 end = selector.value(u"end"_s).toInteger(-1);
            if (start >= 0 && end >= start) {
                imported.start = start;
                imported.end = end;
            } else {
                batch.problems.append(
                    WebAnnotationText::tr("%1: a TextPositionSelector without a valid start and end; positions ignored.")
                        .arg(where));
            }
        }
    }
    if (!hasQuote && !imported.start) {
        batch.problems.append(
            WebAnnotationText::tr("%1: neither a TextQuoteSelector nor a TextPositionSelector; skipped.").arg(where));
        return;
    }

    for (const QJsonValue &value : asArray(object.value(u"body"_s))) {
        if (value.isString()) { // a body that is just a string is a note
            imported.note = value.toString();
            continue;
        }
        const QJsonObject body = value.toObject();
        const QString purpose = body.value(u"purpose"_s).toString();
        const QString text = body.value(u"value"_s).toString();
        if (purpose == u"linking"_s) {
            const QString evidence = stripUuid(stringOf(body.value(u"source"_s)));
            if (!evidence.isEmpty())
                imported.evidenceIds.append(evidence);
        } else if (purpose == u"tagging"_s || purpose == u"classifying"_s) {
            const QString bodyId = body.value(u"id"_s).toString();
            if (bodyId.startsWith(codeIdPrefix) || purpose == u"classifying"_s) {
                if (bodyId.startsWith(codeIdPrefix))
                    imported.labelId = bodyId.mid(codeIdPrefix.size());
                imported.labelPath = text.split(u" / "_s, Qt::SkipEmptyParts);
                for (QString &part : imported.labelPath)
                    part = part.trimmed();
            } else if (!text.trimmed().isEmpty()) {
                imported.tags.append(text.trimmed());
            }
        } else if (purpose == u"assessing"_s) {
            imported.claimStatus = claimStatusFromKey(text).value_or(ClaimStatus::None);
        } else if (body.value(u"type"_s).toString() == u"TextualBody"_s || body.contains(u"value"_s)) {
            imported.note = imported.note.isEmpty() ? text : imported.note + u"\n\n"_s + text;
        }
    }
    if (const qsizetype size = imported.note.size(); limits.cutNote(imported.note))
        batch.problems.append(
            WebAnnotationText::tr("%1: its note has %2 characters, more than the limit of %3; the first %4 were kept.")
                .arg(where, QString::number(size), QString::number(limits.maximumNoteSize),
                    QString::number(imported.note.size())));
    imported.author = stringOf(object.value(u"creator"_s));
    imported.created = timeOf(object.value(u"created"_s));
    imported.modified = timeOf(object.value(u"modified"_s));
    batch.annotations.append(imported);
}

} // namespace

QByteArray webAnnotationExport(const ExportSet &set)
{
    QJsonArray items;
    for (const ExportItem &item : set.items)
        items.append(annotationObject(set, item));
    const QJsonObject page{{u"type"_s, u"AnnotationPage"_s}, {u"startIndex"_s, 0}, {u"items"_s, items}};
    const QJsonObject collection { { u"@context"_s, context },
        { u"id"_s, QString(u"urn:lectern:"_s + set.bundleKey + u":annotations"_s) }, { u"type"_s, u"AnnotationCollection"_s },
        { u"label"_s, WebAnnotationText::tr("Annotations of %1").arg(set.bundleName) }, { u"total"_s, items.size() },
        { u"first"_s, page } };
    return QJsonDocument(collection).toJson(QJsonDocument::Indented);
}

ImportBatch readWebAnnotations(const QByteArray &json, const ImportLimits &limits)
{
    ImportBatch batch;
    QJsonParseError error;
    const QJsonDocument document = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError) {
        // Report a line and column, which is what a user can find in an editor.
        const QByteArray before = json.left(error.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = error.offset - (before.lastIndexOf('\n') + 1) + 1;
        batch.problems.append(
            WebAnnotationText::tr("Not valid JSON at line %1, column %2: %3").arg(line).arg(column).arg(error.errorString()));
        return batch;
    }
    QJsonArray items;
    if (document.isArray()) {
        items = document.array();
    } else {
        const QJsonObject root = document.object();
        const QString type = root.value(u"type"_s).toString();
        if (type == u"AnnotationCollection"_s)
            items = root.value(u"first"_s).toObject().value(u"items"_s).toArray();
        else if (type == u"AnnotationPage"_s)
            items = root.value(u"items"_s).toArray();
        else if (type == u"Annotation"_s)
            items = QJsonArray{root};
        else
            batch.problems.append(WebAnnotationText::tr(
                "The file is JSON but not a Web Annotation, an AnnotationPage or an AnnotationCollection."));
    }
    int number = 0;
    for (const QJsonValue &value : std::as_const(items)) {
        ++number;
        if (!value.isObject() || value.toObject().value(u"type"_s).toString() != u"Annotation"_s) {
            batch.problems.append(WebAnnotationText::tr("annotation %1: not an object of type Annotation; skipped.").arg(number));
            continue;
        }
        readAnnotation(value.toObject(), number, limits, batch);
    }
    return batch;
}

} // namespace Lectern::Models
