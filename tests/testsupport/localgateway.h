// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "rawhttp.h"
#include "recordcollector.h"

#include "engine/gatewayengine.h"

#include <QTemporaryDir>

namespace gw::test {

/// The test functions in tests/lambda/functions.
QString functionsDir();
/// An integration or authorizer URI naming local function `name`.
QByteArray lambdaUri(const QString &name);
/// A `functions:` entry of a project file.
QByteArray functionYaml(const QString &name, const QString &runtime, const QString &dir, const QString &handler,
                        const QByteArray &extra = {});
bool haveRuntime(const char *program);

/// A gateway running a project (YAML text) on 127.0.0.1:0 with its functions, collecting records, with function
/// logs in a temporary folder. REST APIs are addressed as `rest` (stage prod), HTTP APIs as `http` ($default).
struct LocalGateway
{
    GatewayEngine engine;
    std::shared_ptr<RecordCollector> sink = std::make_shared<RecordCollector>();
    quint16 port = 0;
    QTemporaryDir logs;

    /// `clock`: the engine's clock (null: real time).
    explicit LocalGateway(const QByteArray &projectYaml, const Clock *clock = nullptr);

    RawResponse rest(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QByteArray &headers = {});
    RawResponse http(const QByteArray &method, const QByteArray &path, const QByteArray &body = {},
                     const QByteArray &headers = {});
    /// The newest record, once `count` records exist (null after 10 s).
    ExchangeRecordPtr record(size_t count);
};

} // namespace gw::test
