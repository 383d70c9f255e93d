// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>

namespace gw::test {

/// The conformance folder (../shared/conformance), or an empty string when it is absent. Tests that need it call
/// QSKIP with conformanceMissingMessage().
QString conformanceDir();
QString conformanceMissingMessage();
/// The project's source folder, for examples and resources.
QString sourceDir();
/// The built gatehouse executable.
QString gatehouseBinary();
/// The bundled example project (resources/examples/petstore.gatehouse.yaml).
QString exampleProjectPath();
/// Keeps a test's settings away from the user's: test-mode standard paths, settings files in `settingsDir`, the
/// given application name, and nothing stored yet.
void isolateSettings(const QString &settingsDir, const QString &applicationName);
/// The file's bytes; empty when it cannot be read.
QByteArray readAll(const QString &path);
/// Writes `data` to `path` (truncating); false when it could not be written whole.
bool writeFile(const QString &path, const QByteArray &data);

/// A loopback TCP port that refuses connections for as long as this object lives: the port is bound but never
/// listened on, so no other process (a parallel test's server) can take it meanwhile — closing a QTcpServer to
/// "free" a port races with everything else that binds port 0.
class DeadPort
{
public:
    DeadPort();
    ~DeadPort();
    DeadPort(const DeadPort &) = delete;
    DeadPort &operator=(const DeadPort &) = delete;
    quint16 port() const { return m_port; }

private:
    int m_fd = -1;
    quint16 m_port = 0;
};

} // namespace gw::test
