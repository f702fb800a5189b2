// SPDX-License-Identifier: GPL-3.0-or-later
#include "storeerror.h"

using namespace Qt::StringLiterals;

namespace Lectern::Models {

StoreError StoreError::make(Kind kind, const QString &message, const QString &detail)
{
    StoreError error;
    error.kind = kind;
    error.message = message;
    error.detail = detail;
    return error;
}

QString StoreError::fullText() const
{
    return detail.isEmpty() ? message : message + u" ("_s + detail + u')';
}

} // namespace Lectern::Models
