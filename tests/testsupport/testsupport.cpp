// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <unistd.h>

namespace gw::test {

QString conformanceDir()
{
    const QString dir = QStringLiteral(GH_CONFORMANCE_DIR);
    return QFileInfo(dir).isDir() ? QDir(dir).canonicalPath() : QString();
}

QString conformanceMissingMessage()
{
    return QStringLiteral("conformance data not found at %1 (set the CMake cache variable "
                          "GATEHOUSE_CONFORMANCE_DIR to ../shared/conformance)")
        .arg(QStringLiteral(GH_CONFORMANCE_DIR));
}

QString sourceDir()
{
    return QStringLiteral(GH_SOURCE_DIR);
}

QString gatehouseBinary()
{
    return QStringLiteral(GH_GATEHOUSE_BIN);
}

QString exampleProjectPath()
{
    return sourceDir() + QStringLiteral("/resources/examples/petstore.gatehouse.yaml");
}

void isolateSettings(const QString &settingsDir, const QString &applicationName)
{
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(QStringLiteral("GatehouseTest"));
    QCoreApplication::setApplicationName(applicationName);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, settingsDir);
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, settingsDir);
    QSettings().clear();
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly) && file.write(data) == data.size();
}

DeadPort::DeadPort()
{
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_CLOEXEC, 0);
    if (m_fd < 0)
        qFatal("DeadPort: socket() failed");
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    addr.sin_port = 0;
    socklen_t len = sizeof addr;
    if (::bind(m_fd, reinterpret_cast<sockaddr *>(&addr), sizeof addr) != 0
        || ::getsockname(m_fd, reinterpret_cast<sockaddr *>(&addr), &len) != 0)
        qFatal("DeadPort: cannot bind a loopback port");
    m_port = ntohs(addr.sin_port);
}

DeadPort::~DeadPort()
{
    if (m_fd >= 0)
        ::close(m_fd);
}

} // namespace gw::test
