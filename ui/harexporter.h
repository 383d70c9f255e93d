// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cost/pricing.h"
#include "observe/exchangerecord.h"

#include <QFutureWatcher>
#include <QObject>

#include <atomic>
#include <memory>
#include <vector>

namespace gw::ui {

/// File ▸ Export HAR: writes records as one HAR 1.2 file (io::HarWriter: sanitized, with timings, steps and cost)
/// on a worker thread, in one rename, so the file is never half written. One export at a time; cancel() stops it
/// and leaves any earlier file as it was; the destructor cancels and waits. GUI thread only.
class HarExporter final : public QObject
{
    Q_OBJECT
public:
    explicit HarExporter(QObject *parent = nullptr);
    ~HarExporter() override;

    /// Starts writing `records` (oldest first) to `path`; finished() follows. False while an export runs.
    bool start(const QString &path, std::vector<ExchangeRecordPtr> records,
               std::shared_ptr<const cost::Pricing> pricing = {});
    void cancel();
    bool isBusy() const { return m_watcher.isRunning(); }

Q_SIGNALS:
    /// `done` of `total` entries written so far.
    void progress(int done, int total);
    /// `error` empty: `entries` were written to `path`. Cancelled exports say so in `error`.
    void finished(const QString &path, int entries, const QString &error);

private:
    struct Outcome
    {
        int entries = 0;
        QString error;
    };
    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<std::atomic<bool>> m_cancel;
    QString m_path;
};

} // namespace gw::ui
