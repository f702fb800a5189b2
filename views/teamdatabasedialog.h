// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "postgresparameters.h"

#include <QDialog>

class QLineEdit;
class QSpinBox;

namespace Lectern::Views {

/// Where the team's PostgreSQL database is. The password field is only ever
/// held in memory; left empty, libpq looks in the user's ~/.pgpass.
class TeamDatabaseDialog final : public QDialog
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(TeamDatabaseDialog)

public:
    explicit TeamDatabaseDialog(QWidget *parent = nullptr);

    void setParameters(const Models::PostgresParameters &parameters);
    [[nodiscard]] Models::PostgresParameters parameters() const;

private:
    QLineEdit *m_host;
    QSpinBox *m_port;
    QLineEdit *m_database;
    QLineEdit *m_user;
    QLineEdit *m_password;
};

} // namespace Lectern::Views
