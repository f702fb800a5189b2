// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "packageddocument.h"
#include "qdaarchive.h"

#include <QList>
#include <QString>
#include <QStringList>

/// Word, OpenDocument and EPUB files built in memory from their parts, and
/// what the tests look at in what Lectern reads from them.
namespace PackageFixture {

using Part = Lectern::Models::QdaArchive::Entry;

/// A ZIP holding `parts` in their order.
QByteArray zipOf(const QList<Part> &parts);

/// A .docx whose body is `body` (the children of w:body, w: prefix bound);
/// `extra` parts are added as given (word/styles.xml, word/footnotes.xml, ...).
QByteArray docx(const QString &body, const QList<Part> &extra = {});
/// A w:footnotes or w:endnotes part (`kind` "footnote" or "endnote") with
/// Word's two separators and the notes in `notes` (id, text).
Part wordNotes(const QString &kind, const QList<std::pair<int, QString>> &notes);

/// An .odt whose office:text holds `text` (text:, table:, draw: bound);
/// `meta` is the content of office:meta, if any.
QByteArray odt(const QString &text, const QString &meta = {}, const QList<Part> &extra = {});

/// An EPUB whose OPF (OEBPS/book.opf) has `metadata`, `manifest` and
/// `spine` (their children, dc: bound) and holds `pages` under OEBPS/ and
/// `atRoot` beside META-INF/container.xml.
QByteArray epub(const QString &metadata, const QString &manifest, const QString &spine, const QList<Part> &pages,
                const QList<Part> &atRoot = {});
/// An XHTML page with `body`.
QByteArray xhtml(const QString &title, const QString &body);

QStringList blockTexts(const Lectern::Models::PackagedText &document);
/// The block whose text starts with `start`; fails the test when there is none.
Lectern::Models::TextBlock blockStarting(const Lectern::Models::PackagedText &document, const QString &start);

} // namespace PackageFixture
