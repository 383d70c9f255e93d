// SPDX-License-Identifier: GPL-3.0-or-later
#include "harexporter.h"

#include "io/harwriter.h"

#include <QMetaObject>
#include <QPointer>
#include <QtConcurrent/QtConcurrentRun>

namespace gw::ui {

HarExporter::HarExporter(QObject *parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome outcome = m_watcher.result();
        Q_EMIT finished(m_path, outcome.entries, outcome.error);
    });
}

HarExporter::~HarExporter()
{
    cancel();
    m_watcher.waitForFinished();
}

bool HarExporter::start(const QString &path, std::vector<ExchangeRecordPtr> records,
                        std::shared_ptr<const cost::Pricing> pricing)
{
    if (isBusy())
        return false;
    m_path = path;
    m_cancel = std::make_shared<std::atomic<bool>>(false);
    const std::shared_ptr<std::atomic<bool>> cancelled = m_cancel;
    QPointer<HarExporter> self(this);
    m_watcher.setFuture(QtConcurrent::run([path, records = std::move(records), pricing, cancelled, self]() {
        Outcome out;
        io::HarWriter writer(path, QStringLiteral("127.0.0.1"), pricing);
        if (!writer.open(&out.error))
            return out;
        constexpr size_t chunk = 500;
        const int total = int(records.size());
        for (size_t at = 0; at < records.size(); at += chunk) {
            if (cancelled->load()) {
                out.error = tr("cancelled; %1 was left as it was").arg(path);
                return out; // the temporary file is discarded with the writer
            }
            const auto end = records.begin() + qsizetype(std::min(records.size(), at + chunk));
            writer.consume(std::vector<ExchangeRecordPtr>(records.begin() + qsizetype(at), end));
            const int done = int(end - records.begin());
            QMetaObject::invokeMethod(
                self.data(),
                [self, done, total] {
                    if (self)
                        Q_EMIT self->progress(done, total);
                },
                Qt::QueuedConnection);
        }
        if (writer.finish(&out.error))
            out.entries = int(writer.entries());
        return out;
    }));
    return true;
}

void HarExporter::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

} // namespace gw::ui
