// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as a bundle's index, in each form Lectern reads (the first byte
// picks the form), then every listed document checked as the reader does.
#include "documentreader.h"
#include "fuzzsupport.h"
#include "indexreader.h"

#include <QDir>
#include <QFile>

using namespace Qt::StringLiterals;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    using namespace Lectern::Models;
    Lectern::Fuzz::ensureApplication();
    if (size == 0)
        return 0;
    static const QStringList names{u"bundle.json"_s, u"list.txt"_s, u"index.csv"_s, u"index.tsv"_s, u"corpus.jsonl"_s};
    const QString &name = names.at(data[0] % names.size());
    const QDir dir(Lectern::Fuzz::scratch().path());
    static bool documentsMade = false;
    if (!documentsMade) {
        // Documents the indexes may name.
        for (const QString &document : {u"a.txt"_s, u"b.md"_s, u"c.html"_s}) {
            QFile file(dir.filePath(document));
            if (file.open(QIODevice::WriteOnly))
                file.write("A document.\n\nWith two paragraphs.\n");
        }
        documentsMade = true;
    }
    const QString path = dir.filePath(name);
    {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate))
            return 0;
        file.write(reinterpret_cast<const char *>(data) + 1, qint64(size) - 1);
    }
    LoadOptions options;
    options.maxFileSize = 1024 * 1024;
    const Bundle bundle = IndexReader::read(path, options);
    for (const DocumentEntry &entry : bundle.documents) {
        const DocumentCheck check = DocumentReader::check(entry, bundle.rootDir, options);
        if (check.status != DocumentStatus::Error)
            (void)DocumentReader::read(entry, bundle.rootDir, options);
    }
    return 0;
}
