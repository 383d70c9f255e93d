// SPDX-License-Identifier: GPL-3.0-or-later
#include "serveprocess.h"

#include "testsupport.h"

#include <QElapsedTimer>
#include <QRegularExpression>

#include <signal.h>

namespace gw::test {

ServeProcess::ServeProcess(const QStringList &args)
{
    m_process.start(gatehouseBinary(), QStringList {QStringLiteral("serve")} + args);
    static const QRegularExpression listening(QStringLiteral("^Listening on http://127\\.0\\.0\\.1:(\\d+)$"),
                                              QRegularExpression::MultilineOption);
    QElapsedTimer t;
    t.start();
    while (t.elapsed() < 15'000) {
        m_process.waitForReadyRead(200);
        m_out += QString::fromUtf8(m_process.readAllStandardOutput());
        const QRegularExpressionMatch m = listening.match(m_out);
        if (m.hasMatch()) {
            port = quint16(m.captured(1).toUInt());
            // The URL lines follow the Listening line at once.
            m_process.waitForReadyRead(300);
            m_out += QString::fromUtf8(m_process.readAllStandardOutput());
            return;
        }
        if (m_process.state() == QProcess::NotRunning)
            break;
    }
    m_err += QString::fromUtf8(m_process.readAllStandardError());
}

ServeProcess::~ServeProcess()
{
    stop(SIGTERM);
}

int ServeProcess::stop(int signal)
{
    if (m_process.state() != QProcess::NotRunning) {
        ::kill(pid_t(m_process.processId()), signal);
        m_process.waitForFinished(10'000);
    }
    m_out += QString::fromUtf8(m_process.readAllStandardOutput());
    m_err += QString::fromUtf8(m_process.readAllStandardError());
    return m_process.exitStatus() == QProcess::NormalExit ? m_process.exitCode() : -1;
}

} // namespace gw::test
