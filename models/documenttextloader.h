// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "documententry.h"
#include "documentreader.h"
#include "loadoptions.h"

#include <QFutureWatcher>
#include <QObject>

#include <memory>

namespace Lectern::Models {

class DocumentTextCache;

/// Reads the document the user asks for off the GUI thread, through a
/// bounded cache. Only the latest request is answered: a user clicking
/// through the list never waits for documents they have left behind.
class DocumentTextLoader final : public QObject
{
    Q_OBJECT
    Q_DISABLE_COPY_MOVE(DocumentTextLoader)

public:
    explicit DocumentTextLoader(QObject *parent = nullptr);
    ~DocumentTextLoader() override;

    void request(const DocumentEntry &entry, const QString &rootDir, const LoadOptions &options);
    void clearCache();
    [[nodiscard]] std::shared_ptr<DocumentTextCache> cache() const { return m_cache; }

Q_SIGNALS:
    void textReady(const QString &documentId, const Lectern::Models::DocumentText &text);

private:
    std::shared_ptr<DocumentTextCache> m_cache;
    QFutureWatcher<DocumentText> *m_watcher = nullptr;
};

} // namespace Lectern::Models
