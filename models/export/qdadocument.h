// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

#include <optional>

namespace Lectern::Models {

/// A REFI-QDA project.qde as read, before references between its parts are
/// resolved: users, codes, text sources with their selections, notes, links.
/// GUIDs that are looked up are normalised (QdaGuid::normalised).
struct QdaDocument {
    struct Code {
        QString guid;   // normalised
        QString parent; // normalised GUID, empty at the top
        QString name;
        QString colour;
        QString description;
    };

    struct Selection {
        QString guid; // as written, braces dropped
        QString start;
        QString end;
        QString description;
        QStringList codeRefs; // normalised GUIDs
        QStringList noteRefs;
        QString creatingUser;
        QString creationDateTime;
        QString modifiedDateTime;
        qint64 line = 0; // in project.qde
    };

    /// A TextSource, a PDF source's text Representation or a Note: text with a
    /// name, given inline or as a file of the archive.
    struct Text {
        QString guid;
        QString name;
        QString description;
        QString plainTextPath;
        std::optional<QString> content;
        QList<Selection> selections;
    };

    struct Link {
        QString name;
        QString origin;
        QString target;
    };

    QString origin;
    QHash<QString, QString> users; ///< normalised GUID -> name
    QList<Code> codes;             ///< codebook order, parents before children
    QList<Text> sources;
    QHash<QString, Text> notes;    ///< by normalised GUID
    QList<Link> links;
    int otherSources = 0;          ///< pictures, audio, video, PDFs without a text representation

    /// Whether Lectern wrote it (its origin), so its own conventions can be read back.
    [[nodiscard]] bool isLectern() const;

    /// Reads @p qde; what is not well-formed, or expands entities past the
    /// limit, ends the reading with a message in @p problems; notes and
    /// descriptions over the limit are cut, and the cut reported there.
    [[nodiscard]] static QdaDocument parse(const QByteArray &qde, QStringList &problems, const ImportLimits &limits = {});
};

} // namespace Lectern::Models
