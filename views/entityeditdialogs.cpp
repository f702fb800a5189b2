// SPDX-License-Identifier: GPL-3.0-or-later
#include "entityeditdialogs.h"

#include "entitycategory.h"
#include "namefolding.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCompleter>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace Lectern::Views {

namespace {

// A dialog with a form, a line for the reason OK is off, and OK/Cancel.
struct Frame {
    QDialog dialog;
    QFormLayout *form = nullptr;
    QLabel *problem = nullptr;
    QPushButton *ok = nullptr;

    Frame(QWidget *parent, const QString &title, const QString &objectName)
        : dialog(parent)
    {
        dialog.setWindowTitle(title);
        dialog.setObjectName(objectName);
        auto *layout = new QVBoxLayout(&dialog);
        form = new QFormLayout;
        layout->addLayout(form);
        problem = new QLabel(&dialog);
        problem->setWordWrap(true);
        problem->setObjectName(QStringLiteral("problem"));
        layout->addWidget(problem);
        auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        ok = buttons->button(QDialogButtonBox::Ok);
        layout->addWidget(buttons);
        QObject::connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        QObject::connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
    }

    void refuse(const QString &why)
    {
        problem->setText(why);
        problem->setVisible(!why.isEmpty());
        ok->setEnabled(why.isEmpty());
    }
};

} // namespace

std::optional<EntityEditDialogs::Rename> EntityEditDialogs::askRename(QWidget *parent, const Models::Gazetteer &gazetteer, qsizetype entity)
{
    if (entity < 0 || entity >= gazetteer.size())
        return std::nullopt;
    const QString oldName = gazetteer.at(entity).name;
    Frame frame(parent, tr("Rename Entity"), QStringLiteral("RenameEntityDialog"));
    auto *name = new QLineEdit(oldName, &frame.dialog);
    name->selectAll();
    auto *keep = new QCheckBox(tr("Keep \u201C%1\u201D as an alias, so its mentions stay highlighted").arg(oldName), &frame.dialog);
    keep->setChecked(true);
    frame.form->addRow(tr("&New name:"), name);
    frame.form->addRow(QString(), keep);
    const auto check = [&] {
        const QString wanted = Models::NameFolding::tidy(name->text());
        const qsizetype owner = gazetteer.indexOfName(wanted);
        if (wanted.isEmpty())
            frame.refuse(tr("Type the new name."));
        else if (wanted == oldName)
            frame.refuse(QString());
        else if (owner >= 0 && owner != entity)
            frame.refuse(tr("\u201C%1\u201D already names %2; merge the two entities instead.")
                             .arg(wanted, gazetteer.at(owner).name));
        else
            frame.refuse(QString());
    };
    QObject::connect(name, &QLineEdit::textChanged, &frame.dialog, check);
    check();
    if (frame.dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString wanted = Models::NameFolding::tidy(name->text());
    if (wanted == oldName)
        return std::nullopt; // nothing changed: no undo step
    return Rename{wanted, keep->isChecked()};
}

std::optional<QString> EntityEditDialogs::askCategory(QWidget *parent, const Models::Gazetteer &gazetteer, qsizetype entity)
{
    if (entity < 0 || entity >= gazetteer.size())
        return std::nullopt;
    const Models::Entity &current = gazetteer.at(entity);
    Frame frame(parent, tr("Change Category"), QStringLiteral("EntityCategoryDialog"));
    auto *category = new QComboBox(&frame.dialog);
    category->setEditable(true);
    category->addItems(gazetteer.categories());
    category->setCurrentText(current.category);
    category->setAccessibleName(tr("Category"));
    frame.form->addRow(tr("\u201C%1\u201D is &a:").arg(current.name), category);
    const auto check = [&] {
        frame.refuse(Models::EntityCategory::normalised(category->currentText()).isEmpty()
                         ? tr("A category is a word or two, such as organisation or vessel.")
                         : QString());
    };
    QObject::connect(category, &QComboBox::currentTextChanged, &frame.dialog, check);
    check();
    if (frame.dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    const QString chosen = Models::EntityCategory::normalised(category->currentText());
    if (chosen == current.category)
        return std::nullopt;
    return chosen;
}

std::optional<QString> EntityEditDialogs::askMergeTarget(QWidget *parent, const Models::Gazetteer &gazetteer, qsizetype entity)
{
    if (entity < 0 || entity >= gazetteer.size() || gazetteer.size() < 2)
        return std::nullopt;
    const Models::Entity &absorbed = gazetteer.at(entity);
    QStringList others;
    for (qsizetype i = 0; i < gazetteer.size(); ++i) {
        if (i != entity)
            others.append(gazetteer.at(i).name);
    }
    others.sort(Qt::CaseInsensitive);
    Frame frame(parent, tr("Merge Entities"), QStringLiteral("MergeEntityDialog"));
    auto *target = new QComboBox(&frame.dialog);
    target->setEditable(true);
    target->addItems(others);
    target->setCurrentIndex(-1);
    target->completer()->setCompletionMode(QCompleter::PopupCompletion);
    target->completer()->setFilterMode(Qt::MatchContains);
    target->setAccessibleName(tr("Entity to merge into"));
    frame.form->addRow(tr("Merge \u201C%1\u201D &into:").arg(absorbed.name), target);
    auto *explain = new QLabel(
        tr("\u201C%1\u201D and its aliases become aliases of the chosen entity, which keeps its name and category.")
            .arg(absorbed.name),
        &frame.dialog);
    explain->setWordWrap(true);
    frame.form->addRow(explain);
    const auto check = [&] {
        const qsizetype kept = gazetteer.indexOfName(Models::NameFolding::tidy(target->currentText()));
        if (kept < 0)
            frame.refuse(tr("Choose one of the bundle's entities."));
        else if (kept == entity)
            frame.refuse(tr("An entity cannot be merged into itself."));
        else
            frame.refuse(QString());
    };
    QObject::connect(target, &QComboBox::currentTextChanged, &frame.dialog, check);
    check();
    if (frame.dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return gazetteer.at(gazetteer.indexOfName(Models::NameFolding::tidy(target->currentText()))).name;
}

} // namespace Lectern::Views
