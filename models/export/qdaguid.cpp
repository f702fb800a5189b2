// SPDX-License-Identifier: GPL-3.0-or-later
#include "qdaguid.h"

#include <QUuid>

using namespace Qt::StringLiterals;

namespace Lectern::Models {

namespace {

// Fixed for good: changing it would change every GUID Lectern has exported.
constexpr QUuid lecternNamespace{0x8cfa01d3, 0x9ba5, 0x4afb, 0xa3, 0x1c, 0x7d, 0x35, 0x96, 0xad, 0x29, 0x58};

} // namespace

QString QdaGuid::derive(QStringView kind, QStringView id)
{
    const QString name = kind.toString() + u':' + id;
    return QUuid::createUuidV5(lecternNamespace, name).toString(QUuid::WithoutBraces);
}

QString QdaGuid::keepOrDerive(QStringView kind, QStringView id)
{
    const QStringView trimmed = id.trimmed();
    if (QUuid::fromString(trimmed).isNull())
        return derive(kind, id);
    // Kept as written (case included), so an annotation id comes back unchanged.
    return trimmed.startsWith(u'{') ? trimmed.sliced(1, trimmed.size() - 2).toString() : trimmed.toString();
}

QString QdaGuid::normalised(QStringView guid)
{
    const QUuid uuid = QUuid::fromString(guid.trimmed());
    return uuid.isNull() ? guid.trimmed().toString().toLower() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace Lectern::Models
