// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// What the GUI tests share: a sample bundle copied out of the source tree,
// and a way to act inside a modal dialog.

#include <QApplication>
#include <QDialog>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTimer>

#include <functional>

namespace GuiTest {

// A copy of a sample bundle folder, so that what the test stores stays out of the source tree.
inline QString copyBundle(const QTemporaryDir &dir, const QString &sourceFolder, const QString &indexName)
{
    const QDir source(sourceFolder);
    for (const QFileInfo &file : source.entryInfoList(QDir::Files)) {
        if (!file.fileName().contains(QStringLiteral(".lectern.sqlite")))
            QFile::copy(file.absoluteFilePath(), dir.filePath(file.fileName()));
    }
    return dir.filePath(indexName);
}

// Runs @p fill on the next modal dialog of type D once it is open (dialogs
// run their own event loop, so the test cannot act after exec()).
template<typename D>
inline void whenDialogOpens(std::function<void(D *)> fill)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    // Gives up after 20 seconds, so that a dialog that never came cannot catch a later test's.
    QObject::connect(timer, &QTimer::timeout, timer, [timer, fill, ticks = 0]() mutable {
        auto *dialog = qobject_cast<D *>(QApplication::activeModalWidget());
        if (dialog || ++ticks > 1000) {
            timer->stop();
            timer->deleteLater();
        }
        if (!dialog)
            return;
        fill(dialog);
        // A dialog the test's keys did not close fails the test instead of hanging it.
        if (auto *modal = qobject_cast<QDialog *>(dialog)) {
            QTimer::singleShot(15000, modal, [modal] {
                if (modal->isVisible()) {
                    qWarning("a dialog stayed open after the test acted on it; closing it");
                    modal->reject();
                }
            });
        }
    });
    timer->start();
}

} // namespace GuiTest
