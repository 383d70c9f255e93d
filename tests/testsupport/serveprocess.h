// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProcess>
#include <QStringList>

namespace gw::test {

/// A running `gatehouse serve ARGS`, for command-line tests: waits (up to 15 s) for its "Listening on" line and
/// stops it with SIGTERM when destroyed. port is 0 when it did not start (err() says why).
class ServeProcess
{
public:
    explicit ServeProcess(const QStringList &args);
    ~ServeProcess();
    ServeProcess(const ServeProcess &) = delete;
    ServeProcess &operator=(const ServeProcess &) = delete;

    /// Sends `signal` (SIGTERM by default) and waits for the exit; the exit code, or -1 after a crash.
    int stop(int signal = 15);
    QString out() const { return m_out; }
    QString err() const { return m_err; }
    quint16 port = 0;

private:
    QProcess m_process;
    QString m_out;
    QString m_err;
};

} // namespace gw::test
