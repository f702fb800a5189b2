// SPDX-License-Identifier: GPL-3.0-or-later
#include "teamdatabasedialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

TeamDatabaseDialog::TeamDatabaseDialog(QWidget *parent)
    : QDialog(parent)
    , m_host(new QLineEdit(this))
    , m_port(new QSpinBox(this))
    , m_database(new QLineEdit(this))
    , m_user(new QLineEdit(this))
    , m_password(new QLineEdit(this))
{
    setObjectName("TeamDatabaseDialog"_L1);
    setWindowTitle(tr("Connect to Team Database"));
    setMinimumWidth(400);
    m_host->setObjectName("hostEdit"_L1);
    m_port->setObjectName("portSpin"_L1);
    m_port->setRange(1, 65535);
    m_database->setObjectName("databaseEdit"_L1);
    m_user->setObjectName("userEdit"_L1);
    m_password->setObjectName("passwordEdit"_L1);
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("empty: use ~/.pgpass"));
    auto *note = new QLabel(tr("The password is kept only while Lectern runs; it is never saved. "
                               "Leave it empty to use your ~/.pgpass file."),
        this);
    note->setWordWrap(true);
    note->setEnabled(false);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Connect"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto updateOk = [this, buttons] {
        buttons->button(QDialogButtonBox::Ok)
            ->setEnabled(!m_host->text().trimmed().isEmpty() && !m_database->text().trimmed().isEmpty());
    };
    connect(m_host, &QLineEdit::textChanged, this, updateOk);
    connect(m_database, &QLineEdit::textChanged, this, updateOk);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("&Port:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Pass&word:"), m_password);
    form->addRow(note);
    form->addRow(buttons);
    setParameters({});
    updateOk();
}

void TeamDatabaseDialog::setParameters(const Models::PostgresParameters &parameters)
{
    m_host->setText(parameters.host);
    m_port->setValue(parameters.port);
    m_database->setText(parameters.database);
    m_user->setText(parameters.user);
    m_password->setText(parameters.password);
}

Models::PostgresParameters TeamDatabaseDialog::parameters() const
{
    Models::PostgresParameters parameters;
    parameters.host = m_host->text().trimmed();
    parameters.port = m_port->value();
    parameters.database = m_database->text().trimmed();
    parameters.user = m_user->text().trimmed();
    parameters.password = m_password->text();
    return parameters;
}

} // namespace Lectern::Views
