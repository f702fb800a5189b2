// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

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

    /// Opens @p data for reading; isOpen() is false, with error(), when it is no ZIP.
    explicit QdaArchive(const QByteArray &data);
    ~QdaArchive();
    Q_DISABLE_COPY_MOVE(QdaArchive)

    [[nodiscard]] bool isOpen() const { return m_zip != nullptr; }
    [[nodiscard]] QString error() const { return m_error; }
    /// Every entry's name, in archive order.
    [[nodiscard]] QStringList names() const;
    /// The entry named @p name, matched ignoring case; nothing, with *error, when
    /// it is missing, too large or unreadable.
    [[nodiscard]] std::optional<QByteArray> read(const QString &name, QString *error) const;

    /// Entries larger than this are refused when read (a guard against ZIP bombs).
    static constexpr qint64 maximumEntrySize = qint64(512) * 1024 * 1024;

private:
    QByteArray m_data; // libzip reads from it while the archive is open
    struct zip *m_zip = nullptr;
    QString m_error;
};

} // namespace Lectern::Models
