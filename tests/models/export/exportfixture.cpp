// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportfixture.h"

#include "documentreader.h"
#include "indexreader.h"
#include "reanchorer.h"

#include <QFile>

using namespace Lectern::Models;
using namespace Qt::StringLiterals;

namespace {

const QString alphaText = u"Intro \U0001F600 line with \U0001D518nicode.\r\nThe \u00C5land Board agreed, \"firmly\", to spend \u20AC3 million.\r\n\r\nLater the \u00C5land Board met again.\r\n"_s;
const QString betaText = u"Beta text: a claim, with comma and \"quotes\"\nacross lines.\n"_s;

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(bytes) == bytes.size();
}

} // namespace

ExportFixture::ExportFixture()
{
    if (!m_dir.isValid())
        return;
    const QByteArray manifest = R"({
  "name": "Export fixture",
  "documents": [
    {"id": "alpha", "path": "alpha.txt", "title": "Alpha report", "url": "https://example.test/alpha", "date": "2026-03-01"},
    {"id": "beta", "path": "beta.txt", "title": "Beta, notes"}
  ]
})";
    if (!writeFile(indexPath(), manifest) || !writeFile(m_dir.filePath(u"alpha.txt"_s), alphaText.toUtf8())
        || !writeFile(m_dir.filePath(u"beta.txt"_s), betaText.toUtf8()))
        return;
    m_bundle = IndexReader::read(indexPath(), {});
    if (m_bundle.failed)
        return;
    auto opened = AnnotationStore::openSqlite(databasePath());
    if (!opened)
        return;
    m_store = std::move(opened).value();

    Code code;
    code.parentId = u"claim"_s;
    code.name = u"Pricing"_s;
    code.colour = u"#AA5500"_s;
    auto created = m_store->createCode(code);
    if (!created)
        return;
    pricingCode = created.value().id;

    const auto add = [this](const QString &documentId, const QString &text, const QString &quote, auto &&fill) -> QString {
        const qsizetype start = text.indexOf(quote);
        if (start < 0)
            return {};
        Annotation draft;
        draft.documentId = documentId;
        draft.setAnchor(Reanchorer::capture(text, start, start + quote.size()));
        fill(draft);
        auto stored = m_store->createAnnotation(draft);
        return stored ? stored.value().id : QString();
    };
    QString alpha = alphaText;
    alpha.replace(u"\r\n"_s, u"\n"_s);
    claim = add(u"alpha"_s, alpha, u"The \u00C5land Board agreed"_s, [](Annotation &a) {
        a.codeId = u"claim"_s;
        a.claimStatus = ClaimStatus::Supported;
        a.tags = {u"budget"_s, u"q1"_s};
        a.note = u"Check the **minutes**.\nSecond line \U0001F642"_s;
    });
    evidence = add(u"alpha"_s, alpha, u"spend \u20AC3 million"_s, [](Annotation &a) { a.codeId = u"evidence"_s; });
    multiLine = add(u"beta"_s, betaText, u"a claim, with comma and \"quotes\"\nacross lines"_s,
                    [](Annotation &a) { a.note = u"Odd, isn't it?"_s; });
    pricing = add(u"beta"_s, betaText, u"Beta text"_s, [this](Annotation &a) {
        a.codeId = pricingCode;
        a.tags = {u"q1"_s};
    });
    if (claim.isEmpty() || evidence.isEmpty() || multiLine.isEmpty() || pricing.isEmpty())
        return;
    if (!m_store->addEvidenceLink(claim, evidence))
        return;
    m_gazetteer.append(Entity{u"\u00C5land Board"_s, u"organisation"_s, {u"the Board"_s}, Qt::CaseInsensitive});
    m_valid = true;
}

QString ExportFixture::indexPath() const
{
    return m_dir.filePath(u"bundle.json"_s);
}

QString ExportFixture::databasePath() const
{
    return m_dir.filePath(u"bundle.json.lectern.sqlite"_s);
}

ExportSource ExportFixture::sourceFor(const Bundle &bundle, AnnotationStore &store, const Gazetteer *gazetteer)
{
    ExportSource source;
    source.bundle = &bundle;
    source.annotations = store.annotations().value();
    source.codes = store.codes().value();
    source.links = store.evidenceLinks().value();
    source.gazetteer = gazetteer;
    source.readText = ExportSetBuilder::fileReader(bundle, {});
    return source;
}

ExportSource ExportFixture::source() const
{
    return sourceFor(m_bundle, *m_store, &m_gazetteer);
}

ExportSet ExportFixture::exportSet(const ExportFilter &filter) const
{
    QStringList problems;
    return ExportSetBuilder::build(source(), filter, &problems);
}
