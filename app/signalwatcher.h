// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace gw::app {

/// Turns SIGINT and SIGTERM into a Qt signal on the thread that created the watcher (self-pipe), so the gateway
/// stops cleanly and files are flushed.
class SignalWatcher final : public QObject
{
    Q_OBJECT
public:
    explicit SignalWatcher(QObject *parent = nullptr);
    ~SignalWatcher() override;

Q_SIGNALS:
    void terminationRequested(int signal);

private:
    void readSignal();
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace gw::app
