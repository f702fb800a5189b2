// SPDX-License-Identifier: GPL-3.0-or-later
#include "corpusexport.h"

#include "exportwriters.h"
#include "segmentationjson.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

void fillCorpus(ExportSet &set, const Bundle &bundle, const QList<SourceDocument> &texts,
                const BundleSegmentation &segmentation, const QStringList &documentIds)
{
    set.corpus.clear();
    set.bundleName = bundle.name;
    set.bundleKey = ExportSet::keyForBundleName(bundle.name);
    const qsizetype count = std::min(texts.size(), segmentation.documents.size());
    QHash<int, QStringList> absorbed;
    for (int i = 0; i < count; ++i) {
        const int canonical = segmentation.profile.canonicalOf(i);
        if (canonical != i && canonical >= 0)
            absorbed[canonical].append(texts.at(i).id);
    }
    for (int i = 0; i < count; ++i) {
        const SourceDocument &text = texts.at(i);
        if (!documentIds.isEmpty() && !documentIds.contains(text.id))
            continue;
        const int canonical = segmentation.profile.canonicalOf(i);
        if (canonical != i && canonical >= 0)
            continue;
        const int entry = bundle.indexOfId(text.id);
        const DocumentEntry *document = entry >= 0 ? &bundle.documents.at(entry) : nullptr;
        CorpusDocument corpus;
        corpus.id = text.id;
        if (document) {
            corpus.title = document->title;
            corpus.url = document->url;
            corpus.date = document->date;
            corpus.path = document->declaredPath;
            corpus.language = document->language;
        }
        const DocumentSegmentation &segments = segmentation.documents.at(i);
        corpus.text = segments.mainArticleText(text.text);
        corpus.absorbed = absorbed.value(i);
        corpus.segments = SegmentationJson::document(segments, text.text, false).value(u"segments"_s).toArray();
        set.corpus.append(corpus);
    }
}

QByteArray corpusExport(const ExportSet &set)
{
    QByteArray out;
    for (const CorpusDocument &document : set.corpus) {
        QJsonObject line{{u"id"_s, document.id}, {u"text"_s, document.text}};
        const auto optional = [&line](const QString &key, const QString &value) {
            if (!value.isEmpty())
                line.insert(key, value);
        };
        optional(u"title"_s, document.title);
        optional(u"url"_s, document.url);
        optional(u"date"_s, document.date);
        optional(u"path"_s, document.path);
        optional(u"language"_s, document.language);
        line.insert(u"absorbed"_s, QJsonArray::fromStringList(document.absorbed));
        line.insert(u"segments"_s, document.segments);
        out += QJsonDocument(line).toJson(QJsonDocument::Compact);
        out += '\n';
    }
    return out;
}

} // namespace Lectern::Models
