// SPDX-License-Identifier: GPL-3.0-or-later
#include "metadatareader.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QList>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

QString collapsed(const QString &value)
{
    return value.simplified().left(MetadataReader::MaxValueLength);
}

QString fromAttribute(QByteArrayView value)
{
    return collapsed(QString::fromUtf8(value));
}

// What JSON-LD blocks say, the article's entry first.
struct LinkedData {
    QString author;
    QString published;
};

bool isArticleType(const QJsonValue &type)
{
    auto articleName = [](const QString &name) {
        return name.contains("Article"_L1) || name == "BlogPosting"_L1 || name == "Report"_L1 || name == "LiveBlogPosting"_L1;
    };
    if (type.isString())
        return articleName(type.toString());
    const QJsonArray types = type.toArray();
    return std::any_of(types.begin(), types.end(), [&](const QJsonValue &each) { return articleName(each.toString()); });
}

class LinkedDataReader
{
public:
    void add(QByteArrayView json)
    {
        const QJsonDocument document = QJsonDocument::fromJson(json.toByteArray());
        QJsonArray items = document.isArray() ? document.array() : QJsonArray{document.object()};
        for (const QJsonValue &item : std::as_const(items)) {
            const QJsonObject object = item.toObject();
            m_items.append(object);
            const QJsonArray graph = object.value("@graph"_L1).toArray();
            for (const QJsonValue &node : graph)
                m_items.append(node.toObject());
        }
    }

    [[nodiscard]] LinkedData result() const
    {
        LinkedData data;
        for (const bool articlesOnly : {true, false}) {
            for (const QJsonObject &item : m_items) {
                if (articlesOnly && !isArticleType(item.value("@type"_L1)))
                    continue;
                if (data.author.isEmpty())
                    data.author = authorOf(item.value("author"_L1));
                if (data.published.isEmpty())
                    data.published = collapsed(item.value("datePublished"_L1).toString());
            }
        }
        return data;
    }

private:
    // A name, a Person or Organization (possibly by @id), or a list of those.
    [[nodiscard]] QString authorOf(const QJsonValue &value) const
    {
        if (value.isString())
            return collapsed(value.toString());
        QStringList names;
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &each : list) {
            if (each.isString()) {
                names.append(each.toString());
                continue;
            }
            QJsonObject person = each.toObject();
            if (!person.contains("name"_L1) && person.contains("@id"_L1))
                person = byId(person.value("@id"_L1).toString());
            const QJsonValue name = person.value("name"_L1);
            if (name.isString() && !name.toString().trimmed().isEmpty())
                names.append(name.toString());
        }
        return collapsed(names.join(u", "_s));
    }

    [[nodiscard]] QJsonObject byId(const QString &id) const
    {
        for (const QJsonObject &item : m_items) {
            if (item.value("@id"_L1).toString() == id)
                return item;
        }
        return {};
    }

    QList<QJsonObject> m_items;
};

class Reader
{
public:
    void visit(DomNode node)
    {
        switch (node.tag()) {
        case GUMBO_TAG_HTML:
            if (m_language.isEmpty())
                m_language = fromAttribute(node.attribute("lang"));
            break;
        case GUMBO_TAG_TITLE:
            if (m_title.isEmpty())
                m_title = collapsed(node.innerText(MetadataReader::MaxValueLength));
            break;
        case GUMBO_TAG_H1:
            if (m_heading.isEmpty() && !node.isHidden())
                m_heading = collapsed(node.innerText(MetadataReader::MaxValueLength));
            break;
        case GUMBO_TAG_META:
            meta(node);
            break;
        case GUMBO_TAG_LINK:
            if (m_canonical.isEmpty() && node.attributeHasWord("rel", "canonical"))
                m_canonical = fromAttribute(node.attribute("href"));
            break;
        case GUMBO_TAG_TIME:
            time(node);
            break;
        case GUMBO_TAG_SCRIPT:
            if (node.attribute("type").trimmed().compare("application/ld+json", Qt::CaseInsensitive) == 0) {
                QByteArray json;
                for (unsigned i = 0; i < node.childCount(); ++i)
                    json += node.child(i).text();
                m_linkedData.add(json);
            }
            break;
        default:
            break;
        }
    }

    [[nodiscard]] PageMetadata result() const
    {
        const LinkedData linked = m_linkedData.result();
        auto first = [](std::initializer_list<QString> candidates) {
            for (const QString &candidate : candidates) {
                if (!candidate.isEmpty())
                    return candidate;
            }
            return QString();
        };
        PageMetadata metadata;
        metadata.title = first({m_ogTitle, m_title, m_heading});
        metadata.author = first({m_metaAuthor, linked.author});
        metadata.published = first({m_metaPublished, linked.published, m_markedTime, m_firstTime});
        metadata.canonicalUrl = first({m_canonical, m_ogUrl});
        metadata.language = first({m_language, m_contentLanguage});
        return metadata;
    }

private:
    void meta(DomNode node)
    {
        const QString content = fromAttribute(node.attribute("content"));
        if (content.isEmpty())
            return;
        const QByteArrayView key = node.hasAttribute("property") ? node.attribute("property") : node.attribute("name");
        auto is = [&](const char *name) { return key.trimmed().compare(QByteArrayView(name), Qt::CaseInsensitive) == 0; };
        auto setOnce = [&](QString &field) {
            if (field.isEmpty())
                field = content;
        };
        if (is("og:title"))
            setOnce(m_ogTitle);
        else if (is("og:url"))
            setOnce(m_ogUrl);
        else if (is("author"))
            setOnce(m_metaAuthor);
        else if (is("article:published_time"))
            setOnce(m_metaPublished);
        if (node.attribute("itemprop").compare("datePublished", Qt::CaseInsensitive) == 0)
            setOnce(m_markedTime);
        if (node.attribute("http-equiv").trimmed().compare("content-language", Qt::CaseInsensitive) == 0)
            setOnce(m_contentLanguage);
    }

    void time(DomNode node)
    {
        const QString when = fromAttribute(node.attribute("datetime"));
        if (when.isEmpty())
            return;
        if (m_markedTime.isEmpty()
            && (node.hasAttribute("pubdate") || node.attribute("itemprop").compare("datePublished", Qt::CaseInsensitive) == 0))
            m_markedTime = when;
        if (m_firstTime.isEmpty())
            m_firstTime = when;
    }

    QString m_language;
    QString m_contentLanguage;
    QString m_title;
    QString m_ogTitle;
    QString m_heading;
    QString m_metaAuthor;
    QString m_metaPublished;
    QString m_markedTime;
    QString m_firstTime;
    QString m_canonical;
    QString m_ogUrl;
    LinkedDataReader m_linkedData;
};

} // namespace

PageMetadata MetadataReader::read(DomNode document)
{
    Reader reader;
    QList<DomNode> pending{document};
    while (!pending.isEmpty()) {
        const DomNode node = pending.takeLast();
        if (!node.isElement() && node.get()->type != GUMBO_NODE_DOCUMENT)
            continue;
        reader.visit(node);
        for (unsigned i = node.childCount(); i > 0; --i)
            pending.append(node.child(i - 1));
    }
    return reader.result();
}

} // namespace Lectern::Models
