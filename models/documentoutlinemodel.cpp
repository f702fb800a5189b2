// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentoutlinemodel.h"

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

constexpr qsizetype ExcerptChars = 70;

QString excerpt(const QString &text, const Segment &segment)
{
    const qsizetype length = std::min(segment.end, text.size()) - segment.start;
    if (length <= 0)
        return {};
    QString words = text.mid(segment.start, std::min(length, ExcerptChars + 1)).simplified();
    if (length > ExcerptChars)
        words = words.left(ExcerptChars) + u'\u2026';
    return words;
}

QStandardItem *makeItem(const QString &label, DocumentOutlineModel::Section section, qsizetype start, qsizetype end)
{
    auto *item = new QStandardItem(label);
    item->setEditable(false);
    item->setData(qlonglong(start), DocumentOutlineModel::StartRole);
    item->setData(qlonglong(end), DocumentOutlineModel::EndRole);
    item->setData(QVariant::fromValue(section), DocumentOutlineModel::SectionRole);
    return item;
}

bool isHeadingOf(const Segment &segment, int article)
{
    if (segment.article != article)
        return false;
    if (segment.kind == SegmentKind::Heading)
        return true;
    return segment.kind == SegmentKind::Trailer && segment.role == SegmentRole::Heading;
}

} // namespace

DocumentOutlineModel::DocumentOutlineModel(QObject *parent)
    : QStandardItemModel(parent)
{
}

QString DocumentOutlineModel::titleOf(const QString &documentId) const
{
    const QString title = m_titleOf ? m_titleOf(documentId) : QString();
    return title.isEmpty() ? documentId : title;
}

void DocumentOutlineModel::setDocument(const DocumentSegmentation &segmentation, const QString &text)
{
    clear();
    const Segments &segments = segmentation.segments;
    QStandardItem *root = invisibleRootItem();

    // The title of the main article.
    const auto title = std::ranges::find_if(segments, [](const Segment &s) { return s.kind == SegmentKind::Title && s.article == 0; });
    if (title != segments.end()) {
        QStandardItem *item = makeItem(tr("Title: %1").arg(excerpt(text, *title)), Section::Title, title->start, title->end);
        item->setToolTip(title->reason);
        root->appendRow(item);
    }

    // Articles, in the order they appear: the main one first, then the others.
    int articles = 0;
    for (const Segment &segment : segments)
        articles = std::max(articles, segment.article + 1);
    for (int article = 0; article < articles; ++article) {
        const Segment *first = nullptr;
        const Segment *headline = nullptr;
        int paragraphs = 0;
        for (const Segment &segment : segments) {
            if (segment.article != article || segment.isBlank())
                continue;
            if (!first)
                first = &segment;
            if (!headline && segment.role == SegmentRole::Title && article > 0)
                headline = &segment;
            if (segment.kind == SegmentKind::Body || (segment.kind == SegmentKind::Trailer && segment.role != SegmentRole::Title
                                                      && segment.role != SegmentRole::Heading && segment.role != SegmentRole::Caption))
                ++paragraphs;
        }
        if (!first)
            continue;
        QStandardItem *item = nullptr;
        if (article == 0) {
            item = makeItem(tr("Main article (%n paragraph(s))", nullptr, paragraphs), Section::MainArticle, first->start, first->end);
        } else {
            const Segment &named = headline ? *headline : *first;
            item = makeItem(tr("Another article: %1 (%n paragraph(s))", nullptr, paragraphs).arg(excerpt(text, named)), Section::OtherArticle,
                            first->start, first->end);
            // Why it is another article, in the segmenter's words.
            item->setToolTip(first->reason);
            if (!first->reason.isEmpty())
                item->setText(item->text() + u" \u2014 "_s + first->reason);
        }
        for (const Segment &segment : segments) {
            if (isHeadingOf(segment, article))
                item->appendRow(makeItem(excerpt(text, segment), Section::Heading, segment.start, segment.end));
        }
        root->appendRow(item);
    }

    // Boilerplate, folded: neighbouring boilerplate passages (only blank
    // space between them) make one run.
    struct Run {
        const Segment *first = nullptr;
        const Segment *last = nullptr;
        int passages = 0;
    };
    QList<Run> runs;
    Run open;
    int boilerplatePassages = 0;
    for (const Segment &segment : segments) {
        if (segment.isBlank())
            continue;
        if (segment.kind == SegmentKind::Boilerplate) {
            if (!open.first)
                open.first = &segment;
            open.last = &segment;
            ++open.passages;
            ++boilerplatePassages;
        } else if (open.first) {
            runs.append(open);
            open = {};
        }
    }
    if (open.first)
        runs.append(open);
    if (!runs.isEmpty()) {
        QStandardItem *group = makeItem(tr("Boilerplate (%n passage(s))", nullptr, boilerplatePassages),
                                        Section::Boilerplate, runs.constFirst().first->start, runs.constFirst().last->end);
        for (const Run &run : runs) {
            QStandardItem *item = makeItem(tr("%1 (%n passage(s))", nullptr, run.passages).arg(excerpt(text, *run.first)), Section::BoilerplateRun,
                                           run.first->start, run.last->end);
            item->setToolTip(run.first->reason);
            group->appendRow(item);
        }
        root->appendRow(group);
    }

    // Passages whose canonical copy is in another document.
    QStandardItem *copies = nullptr;
    for (const Segment &segment : segments) {
        if (!segment.duplicate.isValid() || segment.isBlank())
            continue;
        if (!copies)
            copies = makeItem(QString(), Section::Copies, segment.start, segment.end);
        const QString where = titleOf(segment.duplicate.documentId);
        QStandardItem *item = makeItem(tr("%1 \u2192 %2 (%3% alike)").arg(excerpt(text, segment), where).arg(qRound(segment.duplicate.similarity * 100)),
                                       Section::CopiedPassage, segment.start, segment.end);
        item->setData(segment.duplicate.documentId, CanonicalDocumentRole);
        item->setData(qlonglong(segment.duplicate.start), CanonicalStartRole);
        item->setData(qlonglong(segment.duplicate.end), CanonicalEndRole);
        item->setToolTip(tr("The canonical copy of this passage is in \u201C%1\u201D (%2).").arg(where, segment.duplicate.documentId));
        copies->appendRow(item);
    }
    if (copies) {
        copies->setText(tr("Copied from other documents (%n passage(s))", nullptr, copies->rowCount()));
        root->appendRow(copies);
    }
}

} // namespace Lectern::Models
