// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "bundle.h"
#include "documentreader.h"
#include "loadoptions.h"

#include <QFutureWatcher>
#include <QObject>

namespace Lectern::Models {

/// Opens a bundle off the GUI thread in two steps: the index (fast, so the
/// list can show at once), then a check of every document on disk, reported
/// in batches with progress. Cancellable; opening another bundle cancels the
/// one still loading.
class BundleLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(BundleLoader)

public:
    explicit BundleLoader(QObject *parent = nullptr);
    ~BundleLoader() override;

    void open(const QString &path, const LoadOptions &options = {});
    void cancel();
    [[nodiscard]] bool isLoading() const;

    /// Checks run in batches of this many documents.
    static constexpr int CheckBatchSize = 512;

Q_SIGNALS:
    void indexRead(const Lectern::Models::Bundle &bundle);
    void documentsChecked(const QList<Lectern::Models::DocumentCheck> &checks);
    void progress(int done, int total);
    void finished(bool cancelled);

private:
    void startChecks(const Bundle &bundle, const LoadOptions &options);

    // One pair of watchers per load; a cancelled load's watchers are
    // disconnected and dropped, so nothing it still reports reaches us.
    QFutureWatcher<Bundle> *m_indexWatcher = nullptr;
    QFutureWatcher<QList<DocumentCheck>> *m_checkWatcher = nullptr;
};

} // namespace Lectern::Models
