// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleloader.h"

#include "indexreader.h"

#include <QLoggingCategory>
#include <QPromise>
#include <QtConcurrentRun>

Q_LOGGING_CATEGORY(lcLoader, "lectern.models.loader", QtInfoMsg)

namespace Lectern::Models {

namespace {

void checkDocuments(QPromise<QList<DocumentCheck>> &promise, const QList<DocumentEntry> &entries, const QString &rootDir,
                    const LoadOptions &options)
{
    const int total = int(entries.size());
    promise.setProgressRange(0, total);
    QList<DocumentCheck> batch;
    batch.reserve(BundleLoader::CheckBatchSize);
    for (int row = 0; row < total; ++row) {
        if (promise.isCanceled())
            return;
        DocumentCheck check = DocumentReader::check(entries.at(row), rootDir, options);
        check.row = row;
        batch.append(std::move(check));
        if (batch.size() == BundleLoader::CheckBatchSize || row == total - 1) {
            promise.addResult(std::exchange(batch, {}));
            promise.setProgressValue(row + 1);
        }
    }
}

template<typename Watcher>
void drop(Watcher *&watcher, QObject *receiver)
{
    if (!watcher)
        return;
    watcher->disconnect(receiver);
    watcher->cancel();
    watcher->deleteLater();
    watcher = nullptr;
}

} // namespace

BundleLoader::BundleLoader(QObject *parent)
    : QObject(parent)
{
}

BundleLoader::~BundleLoader()
{
    if (m_indexWatcher)
        m_indexWatcher->waitForFinished();
    if (m_checkWatcher) {
        m_checkWatcher->cancel();
        m_checkWatcher->waitForFinished();
    }
}

void BundleLoader::open(const QString &path, const LoadOptions &options)
{
    cancel();
    qCDebug(lcLoader) << "opening" << path;
    auto *watcher = new QFutureWatcher<Bundle>(this);
    m_indexWatcher = watcher;
    connect(watcher, &QFutureWatcher<Bundle>::finished, this, [this, watcher, options] {
        const Bundle bundle = watcher->result();
        m_indexWatcher = nullptr;
        watcher->deleteLater();
        Q_EMIT indexRead(bundle);
        if (bundle.failed || bundle.documents.isEmpty())
            Q_EMIT finished(false);
        else
            startChecks(bundle, options);
    });
    watcher->setFuture(QtConcurrent::run([path, options] { return IndexReader::read(path, options); }));
}

void BundleLoader::cancel()
{
    const bool wasLoading = isLoading();
    drop(m_indexWatcher, this);
    drop(m_checkWatcher, this);
    if (wasLoading)
        Q_EMIT finished(true);
}

bool BundleLoader::isLoading() const
{
    return m_indexWatcher || m_checkWatcher;
}

void BundleLoader::startChecks(const Bundle &bundle, const LoadOptions &options)
{
    auto *watcher = new QFutureWatcher<QList<DocumentCheck>>(this);
    m_checkWatcher = watcher;
    connect(watcher, &QFutureWatcher<QList<DocumentCheck>>::resultReadyAt, this,
            [this, watcher](int index) { Q_EMIT documentsChecked(watcher->resultAt(index)); });
    connect(watcher, &QFutureWatcher<QList<DocumentCheck>>::progressValueChanged, this,
            [this, watcher](int value) { Q_EMIT progress(value, watcher->progressMaximum()); });
    connect(watcher, &QFutureWatcher<QList<DocumentCheck>>::finished, this, [this, watcher] {
        m_checkWatcher = nullptr;
        watcher->deleteLater();
        Q_EMIT finished(false);
    });
    watcher->setFuture(QtConcurrent::run(checkDocuments, bundle.documents, bundle.rootDir, options));
}

} // namespace Lectern::Models
