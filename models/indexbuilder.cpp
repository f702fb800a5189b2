// SPDX-License-Identifier: GPL-3.0-or-later
#include "indexbuilder.h"

#include "warcarchive.h"

#include <QCoreApplication>
#include <QDir>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's messages.
class IndexText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::IndexReader)
};

} // namespace

IndexBuilder::IndexBuilder(Bundle &bundle, const LoadOptions &options)
    : m_bundle(bundle)
    , m_options(options)
    , m_cleanRoot(QDir::cleanPath(bundle.rootDir))
{
}

std::pair<int, int> lineColumnAt(QByteArrayView bytes, qsizetype offset)
{
    int line = 1;
    qsizetype lineStart = 0;
    const qsizetype end = std::min(offset, bytes.size());
    for (qsizetype i = 0; i < end; ++i) {
        if (bytes[i] == '\n') {
            ++line;
            lineStart = i + 1;
        }
    }
    // Columns count characters, not bytes: skip UTF-8 continuation bytes.
    int column = 1;
    for (qsizetype i = lineStart; i < end; ++i) {
        if ((static_cast<unsigned char>(bytes[i]) & 0xC0) != 0x80)
            ++column;
    }
    return {line, column};
}

void IndexBuilder::error(int line, const QString &message, int column)
{
    m_bundle.diagnostics.append(Diagnostic::error(m_bundle.indexPath, line, message, column));
}

void IndexBuilder::warning(int line, const QString &message, int column)
{
    m_bundle.diagnostics.append(Diagnostic::warning(m_bundle.indexPath, line, message, column));
}

void IndexBuilder::fail(int line, const QString &message, int column)
{
    error(line, message, column);
    m_bundle.failed = true;
}

bool IndexBuilder::claimId(DocumentEntry &entry)
{
    entry.id = entry.id.trimmed();
    if (entry.id.isEmpty())
        entry.id = fileStem(entry.declaredPath);
    if (entry.id.isEmpty()) {
        error(entry.indexLine, IndexText::tr("this entry has neither an id nor a path to take one from; skipped"));
        return false;
    }
    const auto previous = m_idLines.constFind(entry.id);
    if (previous != m_idLines.constEnd()) {
        const QString where = *previous > 0 ? IndexText::tr(" (first used on line %1)").arg(*previous) : QString();
        error(
            entry.indexLine, IndexText::tr("duplicate document id \u201C%1\u201D%2; this entry is skipped").arg(entry.id, where));
        return false;
    }
    m_idLines.insert(entry.id, entry.indexLine);
    return true;
}

std::optional<QString> IndexBuilder::resolve(const QString &declared, int line)
{
    const QString &root = m_cleanRoot;
    QString resolved = QDir::isAbsolutePath(declared) ? declared : root + u'/' + declared;
    // cleanPath is the costly part of this function: only paths that need it go through it.
    if (resolved.contains(u"/."_s) || resolved.contains(u"//"_s) || resolved.contains(u'\\'))
        resolved = QDir::cleanPath(QDir::fromNativeSeparators(resolved));
    const bool inside = resolved.startsWith(root + u'/') || (root == u"/"_s && resolved.startsWith(u'/'));
    if (!inside && !m_options.allowOutsideRoot) {
        error(line,
            IndexText::tr("the path \u201C%1\u201D leads outside the bundle's folder %2; refused (allow paths outside the bundle "
                          "to open it)")
                .arg(declared, root));
        return std::nullopt;
    }
    return resolved;
}

void IndexBuilder::addFileEntry(DocumentEntry entry)
{
    entry.declaredPath = entry.declaredPath.trimmed();
    if (entry.declaredPath.isEmpty()) {
        error(entry.indexLine, IndexText::tr("this entry has no path; skipped"));
        return;
    }
    const std::optional<QString> resolved = resolve(entry.declaredPath, entry.indexLine);
    if (!resolved)
        return;
    if (WarcArchive::isWarcPath(*resolved)) {
        addWarcEntries(*resolved, *this, entry);
        return;
    }
    entry.path = *resolved;
    entry.format = formatForPath(*resolved);
    if (!claimId(entry))
        return;
    m_bundle.documents.append(std::move(entry));
}

void IndexBuilder::addInlineEntry(DocumentEntry entry)
{
    if (entry.path.isEmpty())
        entry.path = m_bundle.indexPath;
    if (!claimId(entry))
        return;
    m_bundle.documents.append(std::move(entry));
}

void IndexBuilder::finish()
{
    if (!m_bundle.failed && m_bundle.documents.isEmpty()) {
        const bool hadProblems = hasErrors(m_bundle.diagnostics);
        fail(0,
            hadProblems ? IndexText::tr("no document of this index could be used")
                        : IndexText::tr("the index lists no documents"));
    }
}

} // namespace Lectern::Models
