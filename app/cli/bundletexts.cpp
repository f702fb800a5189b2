// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundletexts.h"

#include "documentreader.h"

namespace Lectern::Cli {

QList<Models::SourceDocument> readTexts(Models::Bundle &bundle, const Models::LoadOptions &options)
{
    QList<Models::SourceDocument> documents;
    documents.reserve(bundle.documents.size());
    for (Models::DocumentEntry &entry : bundle.documents) {
        if (entry.status == Models::DocumentStatus::Error)
            continue;
        Models::DocumentText text = Models::DocumentReader::read(entry, bundle.rootDir, options);
        bundle.diagnostics.append(text.diagnostics);
        entry.status = text.status;
        if (text.status == Models::DocumentStatus::Error)
            continue;
        const QString title = Models::documentTitle(entry, text);
        documents.append({entry.id, std::move(text.text), std::move(text.blocks), title});
    }
    return documents;
}

} // namespace Lectern::Cli
