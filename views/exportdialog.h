// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "annotation.h"
#include "bundle.h"
#include "code.h"
#include "evidencelink.h"
#include "exportfilter.h"
#include "exportformat.h"
#include "gazetteer.h"
#include "loadoptions.h"

#include <QDialog>
#include <QFutureWatcher>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace Lectern::Views {

class SourceView;
class ThemeRegistry;

/// What an export starts from: copies, so the work can run on a worker
/// while the user goes on reading and annotating.
struct ExportContext {
    Models::Bundle bundle;
    Models::LoadOptions loadOptions;
    QList<Models::Annotation> annotations;
    QList<Models::Code> codes;
    QList<Models::EvidenceLink> links;
    Models::Gazetteer gazetteer;
    QStringList visibleAnnotationIds; ///< the notes panel's rows under its current filter
    QString currentDocumentId;
    QStringList visibleDocumentIds; ///< the document list's rows under its current filter
};

/// File > Export: choose a format, what to export and how, see the start of
/// the output highlighted in that format's syntax, then write it. The work
/// (reading texts, building, writing) runs on a worker with progress and
/// Cancel; a failed write leaves no half-written file.
class ExportDialog final : public QDialog
{
    Q_OBJECT

public:
    ExportDialog(ExportContext context, ThemeRegistry *themes, QWidget *parent = nullptr);
    ~ExportDialog() override;

    [[nodiscard]] Models::ExportFormat format() const;
    void setFormat(Models::ExportFormat format);
    [[nodiscard]] Models::ExportFilter filter() const;
    [[nodiscard]] Models::ExportOptions options() const;
    /// The preview as shown (for tests and screenshots).
    [[nodiscard]] QString previewText() const;
    /// Writes the export to @p path on a worker; finished() reports.
    void exportTo(const QString &path);

    enum Scope { AllAnnotations, NotesPanelFilter, CurrentDocument, ListedDocuments };
    void setScope(Scope scope);

Q_SIGNALS:
    /// The preview for the current choices is on screen.
    void previewReady();
    /// An export finished: @p message says what was written, or why not.
    void exported(bool ok, const QString &message);

private:
    struct Outcome {
        QString text;       // the preview, or what was written
        QString error;
        qsizetype count = 0;
        bool cancelled = false;
    };

    void schedulePreview();
    void startPreview();
    void onPreviewDone();
    void chooseFileAndExport();
    void onExportDone();
    void updateOptionState();
    [[nodiscard]] static Outcome run(const ExportContext &context, Models::ExportFormat format,
                                     const Models::ExportFilter &filter, const Models::ExportOptions &options,
                                     const QString &path, const std::atomic_bool *cancel,
                                     const std::function<void(int, int)> &progress);

    ExportContext m_context;
    QComboBox *m_format;
    QComboBox *m_scope;
    QComboBox *m_label;
    QComboBox *m_status;
    QLineEdit *m_entity;
    QComboBox *m_grouping;
    QCheckBox *m_bom;
    QCheckBox *m_csvRaw;
    QLabel *m_summary;
    SourceView *m_preview;
    QProgressBar *m_progress;
    QPushButton *m_exportButton;
    QPushButton *m_cancelButton;
    QTimer *m_previewTimer;
    QFutureWatcher<Outcome> m_previewWatcher;
    QFutureWatcher<Outcome> m_exportWatcher;
    std::shared_ptr<std::atomic_bool> m_cancelExport;
    bool m_previewAgain = false;
    QString m_target;
};

} // namespace Lectern::Views
