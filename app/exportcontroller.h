// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exportdialog.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QAction;
class QAbstractItemModel;
class QWidget;

namespace Lectern::Models {
class AnnotationWorkspace;
class DocumentListModel;
} // namespace Lectern::Models

namespace Lectern::App {

/// File > Export… and File > Import Annotations…: gathers what the export
/// dialog needs from the open bundle, and brings a JSON-LD or REFI-QDA file's
/// annotations into the bundle's store.
class ExportController final : public QObject
{
    Q_OBJECT

public:
    struct Sources {
        Models::DocumentListModel *documents = nullptr;
        Models::AnnotationWorkspace *annotations = nullptr;
        QAbstractItemModel *visibleNotes = nullptr; ///< the notes panel's filtered rows
        Views::ThemeRegistry *themes = nullptr;
        std::function<Models::Gazetteer()> gazetteer;
        std::function<Models::LoadOptions()> loadOptions;
        std::function<QString()> currentDocumentId;
        std::function<QStringList()> visibleDocumentIds; ///< the document list under its filter
    };

    ExportController(Sources sources, QWidget *window);

    [[nodiscard]] QAction *exportAction() const { return m_export; }
    [[nodiscard]] QAction *importAction() const { return m_import; }
    /// The open export dialog, if any (tests drive it).
    [[nodiscard]] Views::ExportDialog *dialog() const { return m_dialog; }

    void showExportDialog();
    /// Imports @p path; returns what happened, in words for the status bar.
    QString importFile(const QString &path);

Q_SIGNALS:
    void message(const QString &text);

private:
    [[nodiscard]] Views::ExportContext context() const;

    Sources m_sources;
    QWidget *m_window;
    QAction *m_export;
    QAction *m_import;
    QPointer<Views::ExportDialog> m_dialog;
};

} // namespace Lectern::App
