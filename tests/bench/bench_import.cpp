// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a large OpenAPI document (issue 9's budget: 1,000 paths in under 2 s): what opening the file does (read,
// parse, AWS's import checks, compile of the stage), for the same document as JSON and as YAML. The baseline, measured
// in the same run on the same bytes, is QJsonDocument parsing the JSON text: the ratio says how much the import adds
// to reading the document at all. Prints the medians and the ratios; fails only when the 2 s budget is missed.
#include "doc/docio.h"
#include "engine/compiler.h"
#include "io/inputloader.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QtTest>

#include <algorithm>

using namespace gw;

namespace {

constexpr int kPaths = 1000;
constexpr int kRuns = 5;
constexpr qint64 kBudgetMs = 2000;

/// A REST API as people write them: every path has a GET with a query and a path parameter, method responses and a
/// Lambda proxy integration behind a TOKEN authorizer, and a POST with a request body, an HTTP integration with
/// parameter mappings, templates and two integration responses.
doc::Node largeDocument()
{
    const auto s = [](const QString &v) { return doc::Node::string(v); };
    doc::Node root = doc::Node::mapping();
    root.set(QStringLiteral("openapi"), s(QStringLiteral("3.0.1")));
    doc::Node info = doc::Node::mapping();
    info.set(QStringLiteral("title"), s(QStringLiteral("Large")));
    info.set(QStringLiteral("version"), s(QStringLiteral("1")));
    root.set(QStringLiteral("info"), info);
    doc::Node paths = doc::Node::mapping();
    for (int i = 0; i < kPaths; ++i) {
        const QString path = QStringLiteral("/resource%1/items/{itemId}").arg(i);
        doc::Node item = doc::Node::mapping();

        doc::Node get = doc::Node::mapping();
        get.set(QStringLiteral("operationId"), s(QStringLiteral("getItem%1").arg(i)));
        doc::Node params = doc::Node::sequence();
        for (const char *in : {"path", "query"}) {
            doc::Node p = doc::Node::mapping();
            p.set(QStringLiteral("name"), s(QLatin1String(in) == QLatin1String("path") ? QStringLiteral("itemId")
                                                                                       : QStringLiteral("limit")));
            p.set(QStringLiteral("in"), s(QLatin1String(in)));
            p.set(QStringLiteral("required"), doc::Node::boolean(QLatin1String(in) == QLatin1String("path")));
            doc::Node schema = doc::Node::mapping();
            schema.set(QStringLiteral("type"), s(QStringLiteral("string")));
            p.set(QStringLiteral("schema"), schema);
            params.append(p);
        }
        get.set(QStringLiteral("parameters"), params);
        doc::Node responses = doc::Node::mapping();
        doc::Node ok = doc::Node::mapping();
        ok.set(QStringLiteral("description"), s(QStringLiteral("OK")));
        responses.set(QStringLiteral("200"), ok);
        get.set(QStringLiteral("responses"), responses);
        doc::Node security = doc::Node::sequence();
        doc::Node requirement = doc::Node::mapping();
        requirement.set(QStringLiteral("TokenAuth"), doc::Node::sequence());
        security.append(requirement);
        get.set(QStringLiteral("security"), security);
        doc::Node lambda = doc::Node::mapping();
        lambda.set(QStringLiteral("type"), s(QStringLiteral("aws_proxy")));
        lambda.set(QStringLiteral("httpMethod"), s(QStringLiteral("POST")));
        lambda.set(QStringLiteral("uri"), s(QStringLiteral("arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/"
                                                           "functions/arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:"
                                                           "function:items/invocations")));
        get.set(QStringLiteral("x-amazon-apigateway-integration"), lambda);
        item.set(QStringLiteral("get"), get);

        doc::Node post = doc::Node::mapping();
        doc::Node body = doc::Node::mapping();
        doc::Node content = doc::Node::mapping();
        doc::Node media = doc::Node::mapping();
        doc::Node schema = doc::Node::mapping();
        schema.set(QStringLiteral("type"), s(QStringLiteral("object")));
        media.set(QStringLiteral("schema"), schema);
        content.set(QStringLiteral("application/json"), media);
        body.set(QStringLiteral("content"), content);
        post.set(QStringLiteral("requestBody"), body);
        post.set(QStringLiteral("responses"), responses);
        doc::Node http = doc::Node::mapping();
        http.set(QStringLiteral("type"), s(QStringLiteral("http")));
        http.set(QStringLiteral("httpMethod"), s(QStringLiteral("POST")));
        http.set(QStringLiteral("uri"), s(QStringLiteral("https://backend.example.com/r%1/{id}").arg(i)));
        doc::Node mapping = doc::Node::mapping();
        mapping.set(QStringLiteral("integration.request.path.id"), s(QStringLiteral("method.request.path.itemId")));
        http.set(QStringLiteral("requestParameters"), mapping);
        doc::Node templates = doc::Node::mapping();
        templates.set(QStringLiteral("application/json"), s(QStringLiteral("{\"item\": \"$input.params('itemId')\", "
                                                                           "\"body\": $input.json('$')}")));
        http.set(QStringLiteral("requestTemplates"), templates);
        doc::Node integrationResponses = doc::Node::mapping();
        for (const char *pattern : {"default", "4\\d{2}"}) {
            doc::Node r = doc::Node::mapping();
            r.set(QStringLiteral("statusCode"), s(QLatin1String(pattern) == QLatin1String("default") ? QStringLiteral("200")
                                                                                                     : QStringLiteral("400")));
            integrationResponses.set(QLatin1String(pattern), r);
        }
        http.set(QStringLiteral("responses"), integrationResponses);
        post.set(QStringLiteral("x-amazon-apigateway-integration"), http);
        item.set(QStringLiteral("post"), post);
        paths.set(path, item);
    }
    root.set(QStringLiteral("paths"), paths);
    doc::Node authorizer = doc::Node::mapping();
    authorizer.set(QStringLiteral("type"), s(QStringLiteral("token")));
    authorizer.set(QStringLiteral("authorizerUri"),
                   s(QStringLiteral("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/"
                                    "arn:aws:lambda:us-east-1:123456789012:function:auth/invocations")));
    authorizer.set(QStringLiteral("identitySource"), s(QStringLiteral("method.request.header.Authorization")));
    doc::Node scheme = doc::Node::mapping();
    scheme.set(QStringLiteral("type"), s(QStringLiteral("apiKey")));
    scheme.set(QStringLiteral("name"), s(QStringLiteral("Authorization")));
    scheme.set(QStringLiteral("in"), s(QStringLiteral("header")));
    scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), s(QStringLiteral("custom")));
    scheme.set(QStringLiteral("x-amazon-apigateway-authorizer"), authorizer);
    doc::Node schemes = doc::Node::mapping();
    schemes.set(QStringLiteral("TokenAuth"), scheme);
    doc::Node components = doc::Node::mapping();
    components.set(QStringLiteral("securitySchemes"), schemes);
    root.set(QStringLiteral("components"), components);
    return root;
}

qint64 median(QList<qint64> values)
{
    std::sort(values.begin(), values.end());
    return values[values.size() / 2];
}

} // namespace

class bench_Import : public QObject
{
    Q_OBJECT
private slots:
    void import_data();
    void import();
};

void bench_Import::import_data()
{
    QTest::addColumn<bool>("yaml");
    QTest::addRow("JSON") << false;
    QTest::addRow("YAML") << true;
}

void bench_Import::import()
{
    QFETCH(bool, yaml);
    const doc::Node document = largeDocument();
    const QByteArray json = doc::writeJson(document);
    const QByteArray text = yaml ? doc::writeYaml(document) : json;
    QTemporaryDir dir;
    const QString path = dir.filePath(yaml ? QStringLiteral("large.yaml") : QStringLiteral("large.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(text);
    file.close();

    QList<qint64> importUs, baselineUs, parseUs;
    for (int run = 0; run < kRuns; ++run) {
        QElapsedTimer timer;
        timer.start();
        const QJsonDocument parsed = QJsonDocument::fromJson(json);
        baselineUs.append(timer.nsecsElapsed() / 1000);
        QVERIFY(parsed.isObject());

        timer.restart();
        const doc::ParseResult alone = doc::parse(text); // what the import's parse step costs by itself
        parseUs.append(timer.nsecsElapsed() / 1000);
        QVERIFY(alone.ok());

        timer.restart();
        const io::InputLoad load = io::loadInputs({path}, {});
        QVERIFY(load.project && !load.hasErrors());
        const CompileResult compiled = compileProject(*load.project);
        importUs.append(timer.nsecsElapsed() / 1000);
        // The result is checked, not only timed: every path, with both methods, in the served stage.
        QCOMPARE(load.project->apis.first().definition.paths.size(), kPaths);
        QCOMPARE(compiled.gateway->apis.size(), size_t(1));
    }
    const qint64 importMedian = median(importUs);
    const qint64 baselineMedian = std::max<qint64>(1, median(baselineUs));
    qInfo("import of %d paths (%s, %lld KiB): median %.1f ms over %d runs (budget %lld ms), of which parsing "
          "%.1f ms; baseline QJsonDocument::fromJson: %.1f ms; ratio import/baseline %.1f",
          kPaths, yaml ? "YAML" : "JSON", qint64(text.size() / 1024), double(importMedian) / 1000.0, kRuns, kBudgetMs,
          double(median(parseUs)) / 1000.0, double(baselineMedian) / 1000.0,
          double(importMedian) / double(baselineMedian));
    QVERIFY2(importMedian < kBudgetMs * 1000,
             qPrintable(QStringLiteral("the import took %1 ms; the budget is %2 ms").arg(importMedian / 1000).arg(kBudgetMs)));
}

QTEST_GUILESS_MAIN(bench_Import)
#include "bench_import.moc"
