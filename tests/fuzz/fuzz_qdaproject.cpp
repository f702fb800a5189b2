// SPDX-License-Identifier: GPL-3.0-or-later
// Any bytes as the project.qde of a REFI-QDA archive, with one source text
// beside it: the XML reader behind the archive, mutated directly.
#include "fuzzsupport.h"
#include "qdaproject.h"

#include <zip.h>

namespace {

QByteArray archiveHolding(const QByteArray &projectXml)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    zip_t *archive = buffer ? zip_open_from_source(buffer, ZIP_TRUNCATE, &error) : nullptr;
    QByteArray result;
    if (!archive) {
        if (buffer)
            zip_source_free(buffer);
        zip_error_fini(&error);
        return result;
    }
    zip_source_keep(buffer);
    static const char source[] = "A short source text for the codings to point into.\n";
    zip_source_t *xml = zip_source_buffer(archive, projectXml.constData(), zip_uint64_t(projectXml.size()), 0);
    zip_source_t *text = zip_source_buffer(archive, source, sizeof(source) - 1, 0);
    if (xml && zip_file_add(archive, "project.qde", xml, ZIP_FL_OVERWRITE) < 0)
        zip_source_free(xml);
    if (text && zip_file_add(archive, "sources/source.txt", text, ZIP_FL_OVERWRITE) < 0)
        zip_source_free(text);
    if (zip_close(archive) == 0 && zip_source_open(buffer) == 0) {
        zip_source_seek(buffer, 0, SEEK_END);
        const zip_int64_t length = zip_source_tell(buffer);
        zip_source_seek(buffer, 0, SEEK_SET);
        if (length > 0) {
            result.resize(qsizetype(length));
            zip_source_read(buffer, result.data(), zip_uint64_t(length));
        }
        zip_source_close(buffer);
    } else if (archive) {
        zip_discard(archive);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return result;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Lectern::Fuzz::ensureApplication();
    const QByteArray archive = archiveHolding(Lectern::Fuzz::bytesOf(data, size));
    if (!archive.isEmpty())
        (void)Lectern::Models::QdaProject::readArchive(archive);
    return 0;
}
