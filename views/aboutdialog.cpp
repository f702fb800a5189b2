// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "libraryversions.h"

#include <ksyntaxhighlighting_version.h>

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

namespace {

QList<Models::LibraryVersion> allLibraries()
{
    QList<Models::LibraryVersion> all = Models::libraryVersions();
    all.insert(std::min<qsizetype>(1, all.size()),
               {u"KSyntaxHighlighting"_s, QStringLiteral(KSYNTAXHIGHLIGHTING_VERSION_STRING), AboutDialog::tr("colour themes, source view")});
    return all;
}

} // namespace

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setWindowTitle(tr("About Lectern"));
    auto *intro = new QLabel(this);
    intro->setTextFormat(Qt::RichText);
    intro->setWordWrap(true);
    intro->setOpenExternalLinks(true);
    intro->setText(tr("<h3>Lectern %1</h3><p>Read source bundles once, with duplicates and boilerplate out of the way, "
                      "annotate claims and carry every excerpt back to its source.</p>"
                      "<p>Lectern is free software under the GNU General Public License, version 3 or later.</p>")
                       .arg(QStringLiteral(LECTERN_VERSION_STRING)));

    auto *libraries = new QTreeWidget(this);
    libraries->setColumnCount(3);
    libraries->setHeaderLabels({tr("Library"), tr("Version"), tr("Used for")});
    libraries->setRootIsDecorated(false);
    libraries->setAccessibleName(tr("Libraries and their versions"));
    for (const Models::LibraryVersion &library : allLibraries())
        new QTreeWidgetItem(libraries, {library.name, library.version, library.purpose});
    libraries->header()->setSectionResizeMode(QHeaderView::ResizeToContents);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Versions"), QDialogButtonBox::ActionRole);
    connect(copy, &QPushButton::clicked, this, [] { QApplication::clipboard()->setText(versionsText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(libraries, 1);
    layout->addWidget(buttons);
    resize(560, 420);
}

QString AboutDialog::versionsText()
{
    QStringList lines{u"Lectern "_s + QStringLiteral(LECTERN_VERSION_STRING)};
    for (const Models::LibraryVersion &library : allLibraries())
        lines.append(library.name + u' ' + library.version);
    return lines.join(u'\n');
}

} // namespace Lectern::Views
