// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"
#include "documententry.h"

#include <QList>
#include <QMetaType>
#include <QString>

namespace Lectern::Models {

/// The shapes an index can take (docs/formats.md describes each).
enum class IndexForm { Manifest, PlainList, Csv, Tsv, Directory, JsonLines, Warc };

[[nodiscard]] QString indexFormName(IndexForm form);

/// A bundle: an index and the documents it lists, with every problem found
/// while reading the index.
struct Bundle {
    QString name;
    QString indexPath; ///< absolute path of the index file or directory
    QString rootDir;   ///< folder document paths are relative to; nothing may escape it unless allowed
    IndexForm form = IndexForm::PlainList;
    QList<DocumentEntry> documents;
    Diagnostics diagnostics;
    QString gazetteerPath; ///< absolute path of the bundle's gazetteer (manifest "gazetteer"); empty when none
    /// The folder the gazetteer must stay in once links are followed: the
    /// bundle's, or empty when paths outside it were allowed.
    QString gazetteerRoot;

    /// True when the index itself could not be read at all.
    bool failed = false;

    [[nodiscard]] int indexOfId(const QString &id) const;
};

} // namespace Lectern::Models

Q_DECLARE_METATYPE(Lectern::Models::Bundle)
