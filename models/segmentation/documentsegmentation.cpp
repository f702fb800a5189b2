// SPDX-License-Identifier: GPL-3.0-or-later
#include "documentsegmentation.h"

#include "segmenttext.h"

#include <QRegularExpression>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

int DocumentSegmentation::segmentAt(qsizetype position) const
{
    const auto it = std::upper_bound(segments.cbegin(), segments.cend(), position,
                                     [](qsizetype pos, const Segment &segment) { return pos < segment.start; });
    if (it == segments.cbegin())
        return -1;
    const auto index = int(std::distance(segments.cbegin(), it)) - 1;
    return position < segments.at(index).end ? index : -1;
}

bool DocumentSegmentation::hasTrailer() const
{
    return std::any_of(segments.cbegin(), segments.cend(), [](const Segment &s) { return s.kind == SegmentKind::Trailer; });
}

double DocumentSegmentation::boilerplateShare() const
{
    qsizetype total = 0;
    qsizetype boilerplate = 0;
    for (const Segment &segment : segments) {
        if (segment.isBlank())
            continue;
        total += segment.end - segment.start;
        if (segment.kind == SegmentKind::Boilerplate)
            boilerplate += segment.end - segment.start;
    }
    return total > 0 ? double(boilerplate) / double(total) : 0.0;
}

QString DocumentSegmentation::headlineIn(QStringView text) const
{
    constexpr qsizetype MaxHeadline = 300;
    for (const Segment &segment : segments) {
        if (segment.kind == SegmentKind::Title && segment.article == 0 && segment.end <= text.size()) {
            QString line = text.mid(segment.start, std::min(segment.end - segment.start, MaxHeadline + 1)).toString().simplified();
            // A Markdown heading's marks are not part of its words.
            if (line.startsWith(u'#')) {
                qsizetype marks = 0;
                while (marks < line.size() && line.at(marks) == u'#')
                    ++marks;
                if (marks < line.size() && line.at(marks) == u' ')
                    line = line.mid(marks + 1);
            }
            if (segment.end - segment.start > MaxHeadline)
                line = line.left(MaxHeadline) + u'\u2026';
            return line;
        }
    }
    return {};
}

DocumentSegmentation::PassageCount DocumentSegmentation::copiedPassages() const
{
    PassageCount count;
    for (const Segment &segment : segments) {
        if (!segment.isContent())
            continue;
        ++count.total;
        if (segment.duplicate.isValid())
            ++count.copied;
    }
    return count;
}

QString DocumentSegmentation::withoutLinkMarkup(QString extracted, QStringView document)
{
    // A text browser numbers every link where it stands ("the [12]port
    // authority"), and a Markdown dump writes "[port authority](https://...)".
    // Neither is the article's text. Only a document that does it throughout
    // is touched, so a bracketed citation in an ordinary text stays.
    static const QRegularExpression numbered(uR"(\[\d{1,4}\](?=[^\s\d]))"_s);
    static const QRegularExpression markdown(uR"(\[([^\]\n]{1,300})\]\((?:https?://|/|#|mailto:)[^)\s]*\))"_s);
    const auto throughout = [&](const QRegularExpression &pattern) {
        int seen = 0;
        for (auto it = pattern.globalMatchView(document); it.hasNext() && seen < 3; it.next())
            ++seen;
        return seen >= 3;
    };
    if (extracted.contains(u'[') && throughout(numbered))
        extracted.remove(numbered);
    if (extracted.contains(u"]("_s) && throughout(markdown))
        extracted.replace(markdown, u"\\1"_s);
    return extracted;
}

QString DocumentSegmentation::mainArticleText(QStringView text) const
{
    QString out;
    for (const Segment &segment : segments) {
        if ((segment.kind != SegmentKind::Body && segment.kind != SegmentKind::Heading) || segment.article != 0)
            continue;
        if (!out.isEmpty())
            out += u"\n\n"_s;
        // A paragraph wrapped over several lines is written as one line.
        const QStringView paragraph = text.mid(segment.start, segment.end - segment.start);
        if (!paragraph.contains(u'\n')) {
            out += paragraph;
            continue;
        }
        bool space = false;
        for (const QChar c : paragraph) {
            if (c == u'\n' || (space && c.isSpace())) {
                space = true;
                continue;
            }
            if (space) {
                if (!out.endsWith(u' '))
                    out += u' ';
                space = false;
            }
            out += c;
        }
    }
    if (!out.isEmpty())
        out += u'\n';
    return withoutLinkMarkup(out, text);
}

QList<int> DocumentSegmentation::uniqueSegments(double minSimilarity) const
{
    QList<int> unique;
    for (int i = 0; i < segments.size(); ++i) {
        const Segment &segment = segments.at(i);
        if (!segment.isContent())
            continue;
        if (segment.duplicate.isValid() && segment.duplicate.similarity >= minSimilarity)
            continue;
        unique.append(i);
    }
    return unique;
}

int DocumentSegmentation::applyOverrides(const QList<RelabelOverride> &overrides)
{
    int applied = 0;
    for (const RelabelOverride &change : overrides) {
        if (change.documentId != documentId)
            continue;
        for (Segment &segment : segments) {
            if (segment.start != change.start || segment.isBlank())
                continue;
            const bool wasArticle = segment.article >= 0;
            segment.kind = change.kind;
            segment.overridden = true;
            segment.reason = SegmentText::tr("relabelled by the user");
            if (change.article != RelabelOverride::KeepArticle)
                segment.article = change.article;
            else if (change.kind == SegmentKind::Boilerplate || change.kind == SegmentKind::Blank)
                segment.article = -1;
            else if (!wasArticle)
                segment.article = change.kind == SegmentKind::Trailer ? 1 : 0;
            ++applied;
            break;
        }
    }
    return applied;
}

} // namespace Lectern::Models
