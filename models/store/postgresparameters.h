// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace Lectern::Models {

/// Where a team's shared PostgreSQL store is. The store never writes any of
/// this anywhere; keeping the password (or not) is the caller's choice.
struct PostgresParameters {
    QString host = QStringLiteral("localhost");
    int port = 5432;
    QString database;
    QString user;
    QString password;
    int connectTimeoutSeconds = 10;
};

} // namespace Lectern::Models
