// SPDX-License-Identifier: GPL-3.0-or-later
#include "codedialog.h"

#include <QColorDialog>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

CodeDialog::CodeDialog(const QList<Models::Code> &codes, QWidget *parent)
    : QDialog(parent)
    , m_codes(codes)
    , m_name(new QLineEdit(this))
    , m_parent(new QComboBox(this))
    , m_colour(new QPushButton(this))
    , m_description(new QPlainTextEdit(this))
{
    setObjectName("CodeDialog"_L1);
    setWindowTitle(tr("Label"));
    m_name->setObjectName("nameEdit"_L1);
    m_parent->setObjectName("parentCombo"_L1);
    m_colour->setObjectName("colourButton"_L1);
    m_description->setObjectName("descriptionEdit"_L1);
    m_description->setTabChangesFocus(true);
    m_description->setPlaceholderText(tr("When to use this label (optional)"));
    m_description->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_name, &QLineEdit::textChanged, this,
        [buttons](const QString &text) { buttons->button(QDialogButtonBox::Ok)->setEnabled(!text.trimmed().isEmpty()); });
    connect(m_colour, &QPushButton::clicked, this, &CodeDialog::chooseColour);
    auto *form = new QFormLayout(this);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Below:"), m_parent);
    form->addRow(tr("&Colour:"), m_colour);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(buttons);
    setCode({});
}

void CodeDialog::setCode(const Models::Code &code)
{
    m_code = code;
    m_name->setText(code.name);
    m_description->setPlainText(code.description);
    setColour(code.colour.isEmpty() ? QColor(u"#8E44AD"_s) : QColor::fromString(code.colour));
    // Neither the code itself nor anything below it can become its parent.
    QStringList excluded { code.id };
    for (qsizetype i = 0; !code.id.isEmpty() && i < excluded.size(); ++i) {
        for (const Models::Code &other : m_codes) {
            if (other.parentId == excluded.at(i) && !excluded.contains(other.id))
                excluded.append(other.id);
        }
    }
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), QString());
    for (const Models::Code &other : std::as_const(m_codes)) {
        if (!code.id.isEmpty() && excluded.contains(other.id))
            continue;
        m_parent->addItem(other.name, other.id);
    }
    m_parent->setCurrentIndex(std::max(0, m_parent->findData(code.parentId)));
}

Models::Code CodeDialog::code() const
{
    Models::Code code = m_code;
    code.name = m_name->text().trimmed();
    code.parentId = m_parent->currentData().toString();
    code.colour = m_colour->property("colour").toString();
    code.description = m_description->toPlainText().trimmed();
    return code;
}

void CodeDialog::setColour(const QColor &colour)
{
    const QString name = colour.name(QColor::HexRgb).toUpper();
    m_colour->setProperty("colour", name);
    m_colour->setText(name);
    m_colour->setStyleSheet(
        u"QPushButton { background: %1; color: %2; }"_s.arg(name, colour.lightness() > 140 ? u"black"_s : u"white"_s));
}

void CodeDialog::chooseColour()
{
    const QColor chosen
        = QColorDialog::getColor(QColor::fromString(m_colour->property("colour").toString()), this, tr("Label Colour"));
    if (chosen.isValid())
        setColour(chosen);
}

} // namespace Lectern::Views
