// SPDX-License-Identifier: GPL-3.0-or-later
#include "enablecors.h"

namespace gw::cors {

namespace {

bool isProxy(const model::Operation &op)
{
    return op.integration && (op.integration->type == model::IntegrationType::HttpProxy
                              || op.integration->type == model::IntegrationType::AwsProxy);
}

/// Declares a header on the operation's 200 method response (OpenAPI `responses.200.headers.NAME`).
void declareResponseHeader(doc::Node &operation, const QString &status, const QString &header)
{
    doc::Node *responses = operation.find(u"responses");
    if (!responses) {
        operation.set(QStringLiteral("responses"), doc::Node::mapping());
        responses = operation.find(u"responses");
    }
    doc::Node *response = responses->find(status);
    if (!response) {
        doc::Node r = doc::Node::mapping();
        r.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("%1 response").arg(status)));
        responses->set(status, r);
        response = responses->find(status);
    }
    doc::Node *headers = response->find(u"headers");
    if (!headers) {
        response->set(QStringLiteral("headers"), doc::Node::mapping());
        headers = response->find(u"headers");
    }
    if (!headers->contains(header)) {
        doc::Node schema = doc::Node::mapping();
        schema.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
        doc::Node h = doc::Node::mapping();
        h.set(QStringLiteral("schema"), schema);
        headers->set(header, h);
    }
}


} // namespace

std::optional<EnableCorsResult> enableCors(const model::ApiDefinition &definition, const EnableCorsOptions &options,
                                           QString *error)
{
    EnableCorsResult result;
    result.definition = definition;
    model::PathItem *item = nullptr;
    for (model::PathItem &p : result.definition.paths) {
        if (p.path == options.resourcePath || (p.path.endsWith(QLatin1Char('/')) && p.path.chopped(1) == options.resourcePath))
            item = &p;
    }
    if (!item) {
        *error = QStringLiteral("the API has no resource %1").arg(options.resourcePath);
        return std::nullopt;
    }
    if (options.allowCredentials && options.allowOrigin.trimmed() == QLatin1String("*")) {
        *error = QStringLiteral("Access-Control-Allow-Credentials: true cannot go with Access-Control-Allow-Origin: *; "
                                "browsers reject that combination. Give the exact origin instead.");
        return std::nullopt;
    }

    QStringList methods = options.methods;
    if (methods.isEmpty()) {
        for (const model::Operation &op : item->operations) {
            if (op.method != QLatin1String("OPTIONS"))
                methods.append(op.method);
        }
    }
    QStringList allowMethods = methods;
    if (allowMethods.removeAll(QStringLiteral("ANY")) > 0)
        allowMethods = {QStringLiteral("DELETE"), QStringLiteral("GET"),   QStringLiteral("HEAD"),
                        QStringLiteral("PATCH"),  QStringLiteral("POST"),  QStringLiteral("PUT")};
    allowMethods.append(QStringLiteral("OPTIONS"));
    allowMethods.removeDuplicates();

    // The OPTIONS method: a MOCK answering 200 with static headers.
    model::StringPairs preflightHeaders = {
        {QStringLiteral("method.response.header.Access-Control-Allow-Headers"), model::staticValue(options.allowHeaders)},
        {QStringLiteral("method.response.header.Access-Control-Allow-Methods"), model::staticValue(allowMethods.join(QLatin1Char(',')))},
        {QStringLiteral("method.response.header.Access-Control-Allow-Origin"), model::staticValue(options.allowOrigin)},
    };
    if (options.allowCredentials)
        preflightHeaders.append({QStringLiteral("method.response.header.Access-Control-Allow-Credentials"), model::staticValue(QStringLiteral("true"))});
    if (options.maxAge)
        preflightHeaders.append({QStringLiteral("method.response.header.Access-Control-Max-Age"), model::staticValue(QString::number(*options.maxAge))});
    model::Operation options_;
    options_.method = QStringLiteral("OPTIONS");
    options_.body = doc::Node::mapping();
    options_.body.set(QStringLiteral("summary"), doc::Node::string(QStringLiteral("CORS support")));
    for (const auto &h : preflightHeaders)
        declareResponseHeader(options_.body, QStringLiteral("200"), h.first.mid(23));
    model::Integration mock;
    mock.type = model::IntegrationType::Mock;
    mock.requestTemplates = {{QStringLiteral("application/json"), QStringLiteral("{\"statusCode\": 200}")}};
    mock.passthroughBehavior = QStringLiteral("WHEN_NO_MATCH");
    model::IntegrationResponse ok;
    ok.selectionPattern = QStringLiteral("default");
    ok.statusCode = QStringLiteral("200");
    ok.responseParameters = preflightHeaders;
    ok.responseTemplates = {{QStringLiteral("application/json"), QStringLiteral("{}")}};
    mock.responses = {ok};
    options_.integration = mock;
    bool replaced = false;
    for (model::Operation &op : item->operations) {
        if (op.method == QLatin1String("OPTIONS")) {
            op = options_;
            replaced = true;
        }
    }
    if (!replaced)
        item->operations.append(options_);
    result.changes.append(QStringLiteral("%1 OPTIONS %2: a MOCK integration answering 200 with Access-Control-Allow-Headers, "
                                         "-Methods (%3) and -Origin (%4)")
                              .arg(replaced ? QStringLiteral("Replaced") : QStringLiteral("Added"), options.resourcePath,
                                   allowMethods.join(QLatin1Char(',')), options.allowOrigin));

    // The actual methods: Access-Control-Allow-Origin on their 200 responses.
    for (model::Operation &op : item->operations) {
        if (op.method == QLatin1String("OPTIONS") || !methods.contains(op.method))
            continue;
        const QString where = QStringLiteral("%1 %2").arg(op.method, options.resourcePath);
        if (!op.integration) {
            result.remaining.append(QStringLiteral("%1 has no integration, so no response can carry Access-Control-Allow-Origin.").arg(where));
            continue;
        }
        if (isProxy(op)) {
            result.remaining.append(QStringLiteral("%1 uses a proxy integration: there is no integration response to map "
                                                   "headers in, so the backend must return Access-Control-Allow-Origin "
                                                   "itself.")
                                        .arg(where));
            continue;
        }
        declareResponseHeader(op.body, QStringLiteral("200"), QStringLiteral("Access-Control-Allow-Origin"));
        bool mapped = false;
        for (model::IntegrationResponse &r : op.integration->responses) {
            if (r.statusCode == QLatin1String("200") || r.selectionPattern == QLatin1String("default")) {
                model::setValue(r.responseParameters, QStringLiteral("method.response.header.Access-Control-Allow-Origin"),
                        model::staticValue(options.allowOrigin));
                if (options.allowCredentials)
                    model::setValue(r.responseParameters, QStringLiteral("method.response.header.Access-Control-Allow-Credentials"),
                            model::staticValue(QStringLiteral("true")));
                if (!options.exposeHeaders.isEmpty())
                    model::setValue(r.responseParameters, QStringLiteral("method.response.header.Access-Control-Expose-Headers"),
                            model::staticValue(options.exposeHeaders));
                mapped = true;
            }
        }
        if (!mapped) {
            model::IntegrationResponse r;
            r.selectionPattern = QStringLiteral("default");
            r.statusCode = QStringLiteral("200");
            r.responseParameters = {{QStringLiteral("method.response.header.Access-Control-Allow-Origin"), model::staticValue(options.allowOrigin)}};
            op.integration->responses.append(r);
        }
        result.changes.append(QStringLiteral("%1: Access-Control-Allow-Origin %2 on its 200 response").arg(where, options.allowOrigin));
        bool otherStatuses = false;
        for (const model::IntegrationResponse &r : op.integration->responses)
            otherStatuses |= r.statusCode != QLatin1String("200");
        if (otherStatuses)
            result.remaining.append(QStringLiteral("%1 also answers with other status codes; like the console, only the 200 "
                                                   "response got Access-Control-Allow-Origin, so the browser hides the others.")
                                        .arg(where));
    }

    // Gateway responses: errors the gateway itself answers (403 Missing Authentication Token, 429, 401, 5XX).
    doc::Node &document = result.definition.document;
    if (options.gatewayResponses) {
        doc::Node responses = document[u"x-amazon-apigateway-gateway-responses"];
        if (!responses.isMapping())
            responses = doc::Node::mapping();
        for (const QString &type : {QStringLiteral("DEFAULT_4XX"), QStringLiteral("DEFAULT_5XX")}) {
            doc::Node r = responses[type];
            if (!r.isMapping())
                r = doc::Node::mapping();
            doc::Node params = r[u"responseParameters"];
            if (!params.isMapping())
                params = doc::Node::mapping();
            params.set(QStringLiteral("gatewayresponse.header.Access-Control-Allow-Origin"), doc::Node::string(model::staticValue(options.allowOrigin)));
            params.set(QStringLiteral("gatewayresponse.header.Access-Control-Allow-Headers"), doc::Node::string(model::staticValue(options.allowHeaders)));
            params.set(QStringLiteral("gatewayresponse.header.Access-Control-Allow-Methods"),
                       doc::Node::string(model::staticValue(allowMethods.join(QLatin1Char(',')))));
            if (options.allowCredentials)
                params.set(QStringLiteral("gatewayresponse.header.Access-Control-Allow-Credentials"), doc::Node::string(model::staticValue(QStringLiteral("true"))));
            r.set(QStringLiteral("responseParameters"), params);
            responses.set(type, r);
        }
        document.set(QStringLiteral("x-amazon-apigateway-gateway-responses"), responses);
        result.changes.append(QStringLiteral("DEFAULT_4XX and DEFAULT_5XX gateway responses: Access-Control-Allow-Origin %1, "
                                             "-Headers and -Methods")
                                  .arg(options.allowOrigin));
    } else {
        result.remaining.append(QStringLiteral("Errors the gateway answers itself (403 Missing Authentication Token, 401 and 403 "
                                               "from authorizers, 429 throttling, 5XX) carry no Access-Control-Allow-Origin, so "
                                               "browsers report them as CORS errors. Add the headers to the DEFAULT_4XX and "
                                               "DEFAULT_5XX gateway responses."));
    }
    result.remaining.append(QStringLiteral("Deploy the API to a stage: REST stages serve their last deployment."));
    return result;
}

} // namespace gw::cors
