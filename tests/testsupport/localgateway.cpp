// SPDX-License-Identifier: GPL-3.0-or-later
#include "localgateway.h"

#include <algorithm>

#include "testsupport.h"

#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/projectfile.h"
#include "lambda/lambdaservice.h"

#include <QStandardPaths>

namespace gw::test {

QString functionsDir()
{
    return sourceDir() + QStringLiteral("/tests/lambda/functions");
}

QByteArray lambdaUri(const QString &name)
{
    return "arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:123456789012:function:"
        + name.toUtf8() + "/invocations";
}

QByteArray functionYaml(const QString &name, const QString &runtime, const QString &dir, const QString &handler,
                        const QByteArray &extra)
{
    return "  - name: " + name.toUtf8() + "\n    runtime: " + runtime.toUtf8() + "\n    code: " + dir.toUtf8()
        + "\n    handler: " + handler.toUtf8() + "\n" + extra;
}

bool haveRuntime(const char *program)
{
    return !QStandardPaths::findExecutable(QString::fromLatin1(program)).isEmpty();
}

LocalGateway::LocalGateway(const QByteArray &projectYaml, const Clock *clock)
    : engine(clock)
{
    const io::ProjectLoad l = io::readProject(doc::parse(projectYaml).root, QStringLiteral("test.gatehouse.yaml"));
    for (const auto &d : l.diagnostics)
        qWarning("%s", qPrintable(d.format()));
    if (!l.project)
        qFatal("the test project does not load");
    engine.records().addSink(sink);
    engine.lambda().setLogDirectory(logs.path());
    engine.deploy(compileProject(*l.project).gateway);
    QString error;
    if (!engine.start(QHostAddress::LocalHost, 0, &error))
        qFatal("%s", qPrintable(error));
    port = engine.port();
}

RawResponse LocalGateway::rest(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                               const QByteArray &headers)
{
    return rawRequest(port, method + " /prod" + path + " HTTP/1.1\r\nHost: rest.execute-api.localhost\r\n" + headers
                                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                      30'000);
}

RawResponse LocalGateway::http(const QByteArray &method, const QByteArray &path, const QByteArray &body,
                               const QByteArray &headers)
{
    return rawRequest(port, method + " " + path + " HTTP/1.1\r\nHost: http.execute-api.localhost\r\n" + headers
                                + "Content-Length: " + QByteArray::number(body.size()) + "\r\n\r\n" + body,
                      30'000);
}

ExchangeRecordPtr LocalGateway::record(size_t count)
{
    // Workers publish records when they finish, in no particular order: the newest request has the highest
    // sequence number (its arrival order).
    const auto all = sink->waitForCount(engine.records(), count, 10'000);
    if (all.size() < count)
        return nullptr;
    return *std::max_element(all.begin(), all.end(),
                             [](const ExchangeRecordPtr &a, const ExchangeRecordPtr &b) { return a->sequence < b->sequence; });
}

} // namespace gw::test
