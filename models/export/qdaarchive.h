// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "importlimits.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QStringList>

#include <optional>

struct zip;

namespace Lectern::Models {

/// The ZIP container of a .qdpx, in memory (libzip): written whole, read
/// entry by entry so that media a project carries are never unpacked.
class QdaArchive final
{
public:
    struct Entry {
        QString name;    ///< a path inside the archive; a name ending in '/' is a folder
        QByteArray data;
    };

    /// A ZIP of @p entries in their order, deflated, each dated @p modified
    /// (so the same entries give the same bytes); empty with *error on failure.
    [[nodiscard]] static QByteArray zip(const QList<Entry> &entries, const QDateTime &modified, QString *error);

    /// Opens @p data for reading within @p limits (entry size, unpacked total,
    /// compression ratio); isOpen() is false, with error(), when it is no ZIP.
    explicit QdaArchive(const QByteArray &data, const ImportLimits &limits = {});
    ~QdaArchive();
    Q_DISABLE_COPY_MOVE(QdaArchive)

    [[nodiscard]] bool isOpen() const { return m_zip != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    /// Every entry's name, in archive order.
    [[nodiscard]] QStringList names() const;
    /// Whether an entry is named @p name, matched ignoring case.
    [[nodiscard]] bool contains(const QString &name) const;
    /// The entry named @p name, matched ignoring case; nothing, with *error, when
    /// it is missing, unreadable or over one of the limits (the error names the
    /// entry and the limit). What is unpacked counts against the archive's
    /// total each time: callers that need an entry again keep it.
    [[nodiscard]] std::optional<QByteArray> read(const QString &name, QString *error);
    /// Bytes unpacked by read() so far.
    [[nodiscard]] qint64 unpacked() const { return m_unpacked; }

private:
    QByteArray m_data; // libzip reads from it while the archive is open
    struct zip *m_zip = nullptr;
    QString m_error;
    ImportLimits m_limits;
    qint64 m_unpacked = 0;
};

} // namespace Lectern::Models
