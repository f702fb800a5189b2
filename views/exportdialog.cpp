// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportdialog.h"

#include "bundlesegmenter.h"
#include "corpusexport.h"
#include "exporter.h"
#include "exportsetbuilder.h"
#include "sourceview.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMetaObject>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QTimer>
#include <QVBoxLayout>
#include <QtConcurrent/QtConcurrentRun>

using namespace Qt::StringLiterals;

namespace Lectern::Views {

namespace {

constexpr int PreviewItems = 40;

} // namespace

ExportDialog::ExportDialog(ExportContext context, ThemeRegistry *themes, QWidget *parent)
    : QDialog(parent)
    , m_context(std::move(context))
    , m_format(new QComboBox(this))
    , m_scope(new QComboBox(this))
    , m_label(new QComboBox(this))
    , m_status(new QComboBox(this))
    , m_entity(new QLineEdit(this))
    , m_grouping(new QComboBox(this))
    , m_bom(new QCheckBox(tr("Start with a byte order mark (for spreadsheet programs)"), this))
    , m_csvRaw(new QCheckBox(tr("Keep cells that start with = + - @ as written (for tools, not spreadsheets)"), this))
    , m_summary(new QLabel(this))
    , m_preview(new SourceView(themes, this))
    , m_progress(new QProgressBar(this))
    , m_exportButton(new QPushButton(tr("&Export…"), this))
    , m_cancelButton(new QPushButton(tr("Cancel"), this))
    , m_previewTimer(new QTimer(this))
{
    setWindowTitle(tr("Export annotations"));
    for (const Models::ExportFormat format : Models::allExportFormats())
        m_format->addItem(Models::exportFormatName(format), QVariant::fromValue(int(format)));
    m_scope->addItem(tr("All annotations (%n)", nullptr, int(m_context.annotations.size())), AllAnnotations);
    m_scope->addItem(tr("As the notes panel shows them (%n)", nullptr, int(m_context.visibleAnnotationIds.size())),
                     NotesPanelFilter);
    m_scope->addItem(tr("The current document only"), CurrentDocument);
    m_scope->addItem(tr("Of the documents the list shows (%n)", nullptr, int(m_context.visibleDocumentIds.size())),
                     ListedDocuments);
    m_label->addItem(tr("Any label"), QString());
    for (const Models::Code &code : std::as_const(m_context.codes)) {
        QString indent;
        for (QString above = code.parentId; !above.isEmpty() && indent.size() < 20;) {
            indent += u"    "_s;
            const auto it = std::find_if(m_context.codes.cbegin(), m_context.codes.cend(),
                                         [&](const Models::Code &c) { return c.id == above; });
            above = it == m_context.codes.cend() ? QString() : it->parentId;
        }
        m_label->addItem(indent + code.name, code.id);
    }
    m_status->addItem(tr("Any status"), -1);
    for (const Models::ClaimStatus status : {Models::ClaimStatus::Unverified, Models::ClaimStatus::Supported,
                                             Models::ClaimStatus::Disputed, Models::ClaimStatus::Refuted})
        m_status->addItem(Models::claimStatusKey(status), int(status));
    m_entity->setPlaceholderText(tr("Entity name or alias; empty for any"));
    m_entity->setClearButtonEnabled(true);
    m_grouping->addItem(tr("By document"), int(Models::ExportGrouping::Document));
    m_grouping->addItem(tr("By label"), int(Models::ExportGrouping::Label));
    m_grouping->addItem(tr("By claim, with its evidence"), int(Models::ExportGrouping::Claim));
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_summary->setWordWrap(true);
    m_preview->setAccessibleName(tr("Export preview"));
    m_preview->setMinimumHeight(260);

    auto *form = new QFormLayout;
    form->addRow(tr("&Format:"), m_format);
    form->addRow(tr("&Annotations:"), m_scope);
    form->addRow(tr("&Label:"), m_label);
    form->addRow(tr("Claim &status:"), m_status);
    form->addRow(tr("E&ntity:"), m_entity);
    form->addRow(tr("&Group:"), m_grouping);
    form->addRow(QString(), m_bom);
    form->addRow(QString(), m_csvRaw);
    m_csvRaw->setObjectName(u"csvRawCells"_s);
    // Off for every new export: a spreadsheet program runs such cells as formulas.
    m_csvRaw->setToolTip(tr("A spreadsheet program runs a cell that starts with =, +, - or @ as a formula. "
                            "Lectern writes such cells with a leading ' unless this is checked."));

    auto *buttons = new QDialogButtonBox(this);
    buttons->addButton(m_exportButton, QDialogButtonBox::AcceptRole);
    buttons->addButton(m_cancelButton, QDialogButtonBox::ActionRole);
    buttons->addButton(QDialogButtonBox::Close);
    m_cancelButton->setVisible(false); // only while an export runs
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::chooseFileAndExport);
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        if (m_cancelExport)
            m_cancelExport->store(true);
    });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    auto *previewLabel = new QLabel(tr("Preview:"), this);
    previewLabel->setBuddy(m_preview);
    layout->addWidget(previewLabel);
    layout->addWidget(m_preview, 1);
    layout->addWidget(m_summary);
    layout->addWidget(m_progress);
    layout->addWidget(buttons);
    resize(760, 640);

    m_previewTimer->setSingleShot(true);
    m_previewTimer->setInterval(150);
    connect(m_previewTimer, &QTimer::timeout, this, &ExportDialog::startPreview);
    connect(&m_previewWatcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onPreviewDone);
    connect(&m_exportWatcher, &QFutureWatcher<Outcome>::finished, this, &ExportDialog::onExportDone);
    for (QComboBox *box : {m_format, m_scope, m_label, m_status, m_grouping})
        connect(box, &QComboBox::currentIndexChanged, this, &ExportDialog::schedulePreview);
    connect(m_entity, &QLineEdit::textChanged, this, &ExportDialog::schedulePreview);
    connect(m_bom, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);
    connect(m_csvRaw, &QCheckBox::toggled, this, &ExportDialog::schedulePreview);

    const QSettings settings;
    const auto remembered = Models::exportFormatFromKey(settings.value(u"export/format"_s).toString());
    setFormat(remembered.value_or(Models::ExportFormat::Markdown));
    m_grouping->setCurrentIndex(std::max(0, m_grouping->findData(
        int(Models::exportGroupingFromKey(settings.value(u"export/group"_s).toString()).value_or(Models::ExportGrouping::Document)))));
    m_bom->setChecked(settings.value(u"export/csvBom"_s, false).toBool());
    updateOptionState();
    schedulePreview();
}

ExportDialog::~ExportDialog()
{
    if (m_cancelExport)
        m_cancelExport->store(true);
    m_previewWatcher.waitForFinished();
    m_exportWatcher.waitForFinished();
}

Models::ExportFormat ExportDialog::format() const
{
    return Models::ExportFormat(m_format->currentData().toInt());
}

void ExportDialog::setFormat(Models::ExportFormat format)
{
    m_format->setCurrentIndex(std::max(0, m_format->findData(int(format))));
}

void ExportDialog::setScope(Scope scope)
{
    m_scope->setCurrentIndex(std::max(0, m_scope->findData(int(scope))));
}

Models::ExportFilter ExportDialog::filter() const
{
    Models::ExportFilter filter;
    switch (Scope(m_scope->currentData().toInt())) {
    case AllAnnotations:
        break;
    case NotesPanelFilter:
        filter.annotationIds = m_context.visibleAnnotationIds;
        if (filter.annotationIds.isEmpty())
            filter.annotationIds = {u"-"_s}; // nothing is shown, so nothing is exported
        break;
    case CurrentDocument:
        filter.documentIds = {m_context.currentDocumentId};
        break;
    case ListedDocuments:
        filter.documentIds = m_context.visibleDocumentIds;
        if (filter.documentIds.isEmpty())
            filter.documentIds = {QString()}; // the list shows none
        break;
    }
    filter.codeId = m_label->currentData().toString();
    if (const int status = m_status->currentData().toInt(); status >= 0)
        filter.statuses = {Models::ClaimStatus(status)};
    filter.entity = m_entity->text().trimmed();
    return filter;
}

Models::ExportOptions ExportDialog::options() const
{
    Models::ExportOptions options;
    options.grouping = Models::ExportGrouping(m_grouping->currentData().toInt());
    options.csvByteOrderMark = m_bom->isChecked();
    options.csvRawCells = m_csvRaw->isChecked();
    return options;
}

QString ExportDialog::previewText() const
{
    return m_preview->toPlainText();
}

void ExportDialog::updateOptionState()
{
    const Models::ExportFormat chosen = format();
    const bool report = chosen == Models::ExportFormat::Markdown || chosen == Models::ExportFormat::Html
        || chosen == Models::ExportFormat::Odt || chosen == Models::ExportFormat::Pdf;
    const bool corpus = chosen == Models::ExportFormat::Jsonl;
    m_grouping->setEnabled(report);
    m_bom->setVisible(chosen == Models::ExportFormat::Csv);
    m_csvRaw->setVisible(chosen == Models::ExportFormat::Csv);
    // The corpus is about documents, not annotations.
    for (QWidget *widget : std::initializer_list<QWidget *>{m_label, m_status, m_entity})
        widget->setEnabled(!corpus);
    m_scope->setEnabled(true);
    setWindowTitle(corpus ? tr("Export the clean corpus") : tr("Export annotations"));
}

void ExportDialog::schedulePreview()
{
    updateOptionState();
    m_previewTimer->start();
}

ExportDialog::Outcome ExportDialog::run(const ExportContext &context, Models::ExportFormat format,
                                        const Models::ExportFilter &filter, const Models::ExportOptions &options,
                                        const QString &path, const std::atomic_bool *cancel,
                                        const std::function<void(int, int)> &progress)
{
    Outcome outcome;
    const bool preview = path.isEmpty();
    Models::ExportSet set;
    QStringList problems;
    if (format == Models::ExportFormat::Jsonl) {
        const auto readSource = Models::ExportSetBuilder::fileSourceReader(context.bundle, context.loadOptions);
        QList<Models::SourceDocument> texts;
        const int total = int(context.bundle.documents.size());
        int done = 0;
        for (const Models::DocumentEntry &entry : context.bundle.documents) {
            if (cancel && cancel->load()) {
                outcome.cancelled = true;
                return outcome;
            }
            if (progress)
                progress(done, total);
            ++done;
            if (!filter.documentIds.isEmpty() && !filter.documentIds.contains(entry.id))
                continue;
            QString error;
            if (auto document = readSource(entry, &error))
                texts.append(std::move(*document));
            if (preview && texts.size() >= 12)
                break;
        }
        Models::fillCorpus(set, context.bundle, texts, Models::BundleSegmenter::run(texts));
    } else {
        Models::ExportSource source;
        source.bundle = &context.bundle;
        source.annotations = context.annotations;
        source.codes = context.codes;
        source.links = context.links;
        source.readSource = Models::ExportSetBuilder::fileSourceReader(context.bundle, context.loadOptions);
        source.gazetteer = &context.gazetteer;
        Models::ExportFilter limited = filter;
        if (preview) {
            // The preview shows the beginning: the first annotations that pass.
            const QStringList codeIds = Models::ExportSetBuilder::codeIdsFor(filter, context.codes);
            QStringList first;
            for (const Models::Annotation &a : context.annotations) {
                if (Models::ExportSetBuilder::accepts(filter, a, codeIds))
                    first.append(a.id);
            }
            outcome.count = first.size();
            if (filter.entity.isEmpty() && first.size() > PreviewItems) {
                first.resize(PreviewItems);
                limited.annotationIds = first;
            }
        }
        set = Models::ExportSetBuilder::build(source, limited, &problems, [&](int done, int total) {
            if (progress)
                progress(done, total);
            return !(cancel && cancel->load());
        });
        if (cancel && cancel->load()) {
            outcome.cancelled = true;
            return outcome;
        }
    }
    if (!preview || !filter.entity.isEmpty() || format == Models::ExportFormat::Jsonl)
        outcome.count = format == Models::ExportFormat::Jsonl ? set.corpus.size() : set.items.size();
    if (!problems.isEmpty())
        outcome.error = problems.join(u'\n');
    if (preview) {
        outcome.text = Models::Exporter::preview(set, format, options);
        return outcome;
    }
    QString error;
    const QByteArray bytes = Models::Exporter::render(set, format, options, &error);
    if (!error.isEmpty()) {
        outcome.error = error;
        return outcome;
    }
    if (cancel && cancel->load()) {
        outcome.cancelled = true;
        return outcome;
    }
    if (!Models::Exporter::writeFile(bytes, path, &error))
        outcome.error = error;
    outcome.text = path;
    return outcome;
}

void ExportDialog::startPreview()
{
    if (m_previewWatcher.isRunning()) {
        m_previewAgain = true;
        return;
    }
    m_summary->setText(tr("Preparing the preview…"));
    m_previewWatcher.setFuture(QtConcurrent::run([context = &m_context, format = format(), filter = filter(),
                                                  options = options()] {
        return run(*context, format, filter, options, QString(), nullptr, {});
    }));
}

void ExportDialog::onPreviewDone()
{
    if (m_previewAgain) {
        m_previewAgain = false;
        startPreview();
        return;
    }
    const Outcome outcome = m_previewWatcher.result();
    m_preview->showSource(outcome.text, Models::exportFormatSyntax(format()));
    const bool corpus = format() == Models::ExportFormat::Jsonl;
    QString summary = corpus ? tr("The corpus holds one line per canonical document; the preview shows the first few.")
                             : tr("%n annotation(s) will be exported.", nullptr, int(outcome.count));
    if (!outcome.error.isEmpty())
        summary += u"\n"_s + outcome.error;
    m_summary->setText(summary);
    m_exportButton->setEnabled(corpus || outcome.count > 0);
    Q_EMIT previewReady();
}

void ExportDialog::chooseFileAndExport()
{
    QSettings settings;
    const Models::ExportFormat chosen = format();
    const QString suffix = Models::exportFormatSuffix(chosen);
    const QString folder = settings.value(u"export/folder"_s, QFileInfo(m_context.bundle.indexPath).absolutePath()).toString();
    const QString stem = QFileInfo(m_context.bundle.indexPath).completeBaseName();
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export to"), QDir(folder).filePath(stem + u"-excerpts."_s + suffix),
        tr("%1 (*.%2)").arg(Models::exportFormatName(chosen), suffix));
    if (path.isEmpty())
        return;
    settings.setValue(u"export/folder"_s, QFileInfo(path).absolutePath());
    exportTo(path);
}

void ExportDialog::exportTo(const QString &path)
{
    QSettings settings;
    settings.setValue(u"export/format"_s, Models::exportFormatKey(format()));
    settings.setValue(u"export/group"_s, Models::exportGroupingKey(options().grouping));
    settings.setValue(u"export/csvBom"_s, m_bom->isChecked());
    m_target = path;
    m_cancelExport = std::make_shared<std::atomic_bool>(false);
    m_progress->setRange(0, 0);
    m_progress->setVisible(true);
    m_cancelButton->setVisible(true);
    m_exportButton->setEnabled(false);
    m_summary->setText(tr("Exporting to %1…").arg(QDir::toNativeSeparators(path)));
    QPointer<QProgressBar> bar = m_progress;
    const auto progress = [bar](int done, int total) {
        QMetaObject::invokeMethod(bar, [bar, done, total] {
            if (bar) {
                bar->setRange(0, std::max(total, 1));
                bar->setValue(done);
            }
        }, Qt::QueuedConnection);
    };
    m_exportWatcher.setFuture(QtConcurrent::run([context = &m_context, format = format(), filter = filter(),
                                                 options = options(), path, cancel = m_cancelExport, progress] {
        return run(*context, format, filter, options, path, cancel.get(), progress);
    }));
}

void ExportDialog::onExportDone()
{
    const Outcome outcome = m_exportWatcher.result();
    m_progress->setVisible(false);
    m_cancelButton->setVisible(false);
    m_exportButton->setEnabled(true);
    QString message;
    bool ok = false;
    if (outcome.cancelled) {
        message = tr("Export cancelled; nothing was written.");
    } else if (!QFileInfo::exists(m_target) || (!outcome.error.isEmpty() && outcome.text.isEmpty())) {
        message = tr("Export failed: %1").arg(outcome.error);
    } else {
        ok = true;
        message = format() == Models::ExportFormat::Jsonl
            ? tr("Wrote %n document(s) to %1.", nullptr, int(outcome.count)).arg(QDir::toNativeSeparators(m_target))
            : tr("Wrote %n annotation(s) to %1.", nullptr, int(outcome.count)).arg(QDir::toNativeSeparators(m_target));
        if (!outcome.error.isEmpty())
            message += u"\n"_s + outcome.error;
    }
    m_summary->setText(message);
    Q_EMIT exported(ok, message);
}

} // namespace Lectern::Views
