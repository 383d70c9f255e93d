// SPDX-License-Identifier: GPL-3.0-or-later
#include "harimporter.h"

#include "io/harreader.h"

#include <QThread>

#include <memory>

namespace gw::ui {

namespace {

struct ImportOutcome
{
    QString error;
    std::vector<ExchangeRecordPtr> records;
    QStringList skipped;
};

} // namespace

HarImporter::HarImporter(QObject *parent)
    : QObject(parent)
{ }

HarImporter::~HarImporter()
{
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

bool HarImporter::start(const QString &path)
{
    if (m_thread)
        return false;
    auto outcome = std::make_shared<ImportOutcome>();
    m_thread = QThread::create([outcome, path] {
        io::HarReadResult read = io::readHarFile(path);
        if (!read.ok()) {
            outcome->error = read.error;
            return;
        }
        outcome->records.reserve(read.entries.size());
        quint64 sequence = 0;
        for (const io::HarEntry &entry : read.entries)
            outcome->records.push_back(io::recordFromHarEntry(entry, ++sequence));
        outcome->skipped = read.skipped;
    });
    connect(m_thread, &QThread::finished, this, [this, outcome, path] {
        m_thread->deleteLater();
        m_thread = nullptr;
        if (!outcome->error.isEmpty())
            Q_EMIT failed(path, outcome->error);
        else
            Q_EMIT imported(path, outcome->records, outcome->skipped);
    });
    m_thread->start();
    return true;
}

} // namespace gw::ui
