// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdaarchive.h"

#include <QCoreApplication>

#include <zip.h>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

/// The context lupdate and QCoreApplication::translate share for this file's texts.
class QdaArchiveText
{
    Q_DECLARE_TR_FUNCTIONS(Lectern::Models::QdaArchive)
};

QString zipErrorText(zip_error_t *error)
{
    return QString::fromUtf8(zip_error_strerror(error));
}

/// Closes the archive and copies out the bytes its buffer source now holds.
std::optional<QByteArray> finish(zip_t *archive, zip_source_t *buffer, QString *error)
{
    if (zip_close(archive) != 0) {
        *error = zipErrorText(zip_get_error(archive));
        zip_discard(archive);
        return std::nullopt;
    }
    if (zip_source_is_deleted(buffer)) { // libzip writes nothing for an archive without entries
        *error = QdaArchiveText::tr("the archive would be empty");
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_source_stat(buffer, &stat) != 0 || zip_source_open(buffer) != 0) {
        *error = zipErrorText(zip_source_error(buffer));
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    const zip_int64_t read = zip_source_read(buffer, bytes.data(), stat.size);
    zip_source_close(buffer);
    if (read < 0 || zip_uint64_t(read) != stat.size) {
        *error = QdaArchiveText::tr("the archive could not be read back from memory");
        return std::nullopt;
    }
    return bytes;
}

} // namespace

QByteArray QdaArchive::zip(const QList<Entry> &entries, const QDateTime &modified, QString *error)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &zipError);
    if (!buffer) {
        *error = zipErrorText(&zipError);
        zip_error_fini(&zipError);
        return {};
    }
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &zipError);
    if (!archive) {
        *error = zipErrorText(&zipError);
        zip_error_fini(&zipError);
        zip_source_free(buffer);
        return {};
    }
    zip_error_fini(&zipError);
    zip_source_keep(buffer); // outlives zip_close, which writes into it

    const time_t mtime = modified.isValid() ? time_t(modified.toSecsSinceEpoch()) : time_t(946684800); // 2000-01-01
    bool failed = false;
    for (const Entry &entry : entries) {
        const QByteArray name = entry.name.toUtf8();
        zip_int64_t index = -1;
        if (entry.name.endsWith(u'/')) {
            index = zip_dir_add(archive, name.constData(), ZIP_FL_ENC_UTF_8);
        } else {
            // The entry's bytes stay alive in `entries` until zip_close has read them.
            zip_source_t *source = zip_source_buffer(archive, entry.data.constData(), zip_uint64_t(entry.data.size()), 0);
            if (source) {
                index = zip_file_add(archive, name.constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
                if (index < 0)
                    zip_source_free(source);
                else
                    zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9);
            }
        }
        if (index < 0 || zip_file_set_mtime(archive, zip_uint64_t(index), mtime, 0) != 0) {
            *error = QdaArchiveText::tr("%1: %2").arg(entry.name, zipErrorText(zip_get_error(archive)));
            failed = true;
            break;
        }
    }
    if (failed) {
        zip_discard(archive);
        zip_source_free(buffer);
        return {};
    }
    const std::optional<QByteArray> bytes = finish(archive, buffer, error);
    zip_source_free(buffer);
    return bytes.value_or(QByteArray());
}

QdaArchive::QdaArchive(const QByteArray &data, const ImportLimits &limits)
    : m_data(data)
    , m_limits(limits)
{
    zip_error_t zipError;
    zip_error_init(&zipError);
    zip_source_t *source = zip_source_buffer_create(m_data.constData(), zip_uint64_t(m_data.size()), 0, &zipError);
    if (source) {
        m_zip = zip_open_from_source(source, ZIP_RDONLY, &zipError);
        if (!m_zip)
            zip_source_free(source);
    }
    if (!m_zip)
        m_error = zipErrorText(&zipError);
    zip_error_fini(&zipError);
}

QdaArchive::~QdaArchive()
{
    if (m_zip)
        zip_discard(m_zip);
}

QStringList QdaArchive::names() const
{
    QStringList names;
    if (!m_zip)
        return names;
    const zip_int64_t count = zip_get_num_entries(m_zip, 0);
    for (zip_int64_t i = 0; i < count; ++i) {
        if (const char *name = zip_get_name(m_zip, zip_uint64_t(i), ZIP_FL_ENC_GUESS))
            names.append(QString::fromUtf8(name));
    }
    return names;
}

bool QdaArchive::contains(const QString &name) const
{
    return m_zip && zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS) >= 0;
}

std::optional<QByteArray> QdaArchive::read(const QString &name, QString *error)
{
    if (!m_zip) {
        *error = m_error;
        return std::nullopt;
    }
    const zip_int64_t index = zip_name_locate(m_zip, name.toUtf8().constData(), ZIP_FL_NOCASE | ZIP_FL_ENC_GUESS);
    if (index < 0) {
        *error = QdaArchiveText::tr("the archive holds no %1").arg(name);
        return std::nullopt;
    }
    zip_stat_t stat;
    zip_stat_init(&stat);
    if (zip_stat_index(m_zip, zip_uint64_t(index), 0, &stat) != 0 || !(stat.valid & ZIP_STAT_SIZE)) {
        *error = QdaArchiveText::tr("%1: %2").arg(name, zipErrorText(zip_get_error(m_zip)));
        return std::nullopt;
    }
    // The sizes are what the archive declares; no more than that is ever read.
    const QString size = QString::number(stat.size);
    if (stat.size > zip_uint64_t(std::max<qint64>(0, m_limits.maximumEntrySize))) {
        *error = QdaArchiveText::tr("%1 is too large (%2 bytes unpacked, over the limit of %3 bytes for one entry)")
                     .arg(name, size, QString::number(m_limits.maximumEntrySize));
        return std::nullopt;
    }
    if ((stat.valid & ZIP_STAT_COMP_SIZE) && stat.size > zip_uint64_t(std::max<qint64>(0, m_limits.compressionRatioFloor))
        && stat.size / std::max<zip_uint64_t>(1, stat.comp_size) >= zip_uint64_t(std::max<qint64>(1, m_limits.maximumCompressionRatio))) {
        *error = QdaArchiveText::tr(
            "%1 unpacks to %2 bytes from %3, %4 times its packed size or more (the limit against ZIP bombs); it was "
            "not unpacked")
                     .arg(name, size, QString::number(stat.comp_size), QString::number(m_limits.maximumCompressionRatio));
        return std::nullopt;
    }
    if (stat.size > zip_uint64_t(std::max<qint64>(0, m_limits.maximumArchiveSize - m_unpacked))) {
        *error = QdaArchiveText::tr(
            "%1 (%2 bytes) would take what is unpacked from this archive over the limit of %3 bytes; it was not "
            "unpacked")
                     .arg(name, size, QString::number(m_limits.maximumArchiveSize));
        return std::nullopt;
    }
    zip_file_t *file = zip_fopen_index(m_zip, zip_uint64_t(index), 0);
    if (!file) {
        *error = QdaArchiveText::tr("%1: %2").arg(name, zipErrorText(zip_get_error(m_zip)));
        return std::nullopt;
    }
    QByteArray bytes(qsizetype(stat.size), Qt::Uninitialized);
    zip_int64_t done = 0;
    while (done < zip_int64_t(stat.size)) {
        const zip_int64_t got = zip_fread(file, bytes.data() + done, stat.size - zip_uint64_t(done));
        if (got <= 0)
            break;
        done += got;
    }
    m_unpacked += done;
    const bool complete = done == zip_int64_t(stat.size);
    if (!complete)
        *error = QdaArchiveText::tr("%1: %2").arg(name, zipErrorText(zip_file_get_error(file)));
    zip_fclose(file);
    if (!complete)
        return std::nullopt;
    return bytes;
}

} // namespace Lectern::Models
