// SPDX-License-Identifier: GPL-3.0-or-later
// The plain-list and directory index forms.
#include "indexbuilder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

} // namespace

void readPlainListIndex(const QString &text, IndexBuilder &builder)
{
    int lineNumber = 0;
    for (const QStringView line : QStringTokenizer(text, u'\n')) {
        ++lineNumber;
        const QStringView trimmed = line.trimmed();
        if (trimmed.isEmpty() || trimmed.startsWith(u'#'))
            continue;
        DocumentEntry entry;
        entry.declaredPath = trimmed.toString();
        entry.indexLine = lineNumber;
        builder.addFileEntry(std::move(entry));
    }
}

void readDirectoryIndex(const QString &path, IndexBuilder &builder)
{
    const QDir dir(path);
    if (!dir.isReadable()) {
        builder.fail(0, IndexText::tr("cannot list this folder (permission denied?)"));
        return;
    }
    QStringList names = dir.entryList(QDir::Files | QDir::Readable | QDir::Hidden | QDir::System, QDir::NoSort);
    std::ranges::sort(names);
    int skipped = 0;
    for (const QString &name : std::as_const(names)) {
        if (name.startsWith(u'.'))
            continue;
        if (!isSupportedDocumentPath(name)) {
            ++skipped;
            continue;
        }
        DocumentEntry entry;
        entry.declaredPath = name;
        builder.addFileEntry(std::move(entry));
    }
    if (skipped > 0)
        builder.warning(0,
            IndexText::tr("%1 file(s) in this folder are not documents Lectern reads (.txt, .md, .html, .pdf, .docx, .odt, "
                          ".epub, .warc) and were left out")
                .arg(skipped));
}

} // namespace Lectern::Models
