// SPDX-License-Identifier: GPL-3.0-or-later
#include "testsupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

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

} // namespace gw::test
