// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QObject>
#include <QStringList>

#include <vector>

class QThread;

namespace gw::ui {

/// File ▸ Import HAR: reads and checks a HAR file and turns its entries into imported records, off the GUI thread.
/// One import at a time; the destructor waits for one still running. GUI thread only.
class HarImporter final : public QObject
{
    Q_OBJECT
public:
    explicit HarImporter(QObject *parent = nullptr);
    ~HarImporter() override;

    /// Starts reading `path`; imported() or failed() follows. False (and nothing follows) while an import runs.
    bool start(const QString &path);
    bool isBusy() const { return m_thread != nullptr; }

Q_SIGNALS:
    /// `records` are marked imported, oldest first; `skipped` names the entries left out and why.
    void imported(const QString &path, const std::vector<gw::ExchangeRecordPtr> &records, const QStringList &skipped);
    /// `error` says where in the file and what is wrong ("entries[3].request.url: not an absolute URL").
    void failed(const QString &path, const QString &error);

private:
    QThread *m_thread = nullptr;
};

} // namespace gw::ui
