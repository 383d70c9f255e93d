// SPDX-License-Identifier: GPL-3.0-or-later
#include "corsfix.h"

#include "corsconfig.h"
#include "enablecors.h"

namespace gw::cors {

namespace {

const Check *firstFailure(const QList<Check> &checks)
{
    for (const Check &c : checks) {
        if (!c.pass)
            return &c;
    }
    return nullptr;
}

/// The non-safelisted header names the page sets, as the browser lists them in the preflight.
QStringList requestedHeaders(const FetchRequest &r)
{
    const QByteArray list = BrowserCors::requestHeadersList(r);
    return list.isEmpty() ? QStringList() : QString::fromLatin1(list).split(QLatin1Char(','));
}

model::Operation *findOperation(model::ApiDefinition &def, const QString &path, const QString &method)
{
    for (model::PathItem &p : def.paths) {
        if (p.path != path)
            continue;
        for (model::Operation &op : p.operations) {
            if (op.method == method)
                return &op;
        }
    }
    return nullptr;
}


QString staticPreflightValue(const model::Api &api, const QString &resource, const QString &header)
{
    const model::PathItem *item = api.definition.path(resource);
    const model::Operation *options = item ? item->operation(u"OPTIONS") : nullptr;
    if (!options || !options->integration)
        return {};
    for (const model::IntegrationResponse &r : options->integration->responses) {
        const QString v = model::valueOf(r.responseParameters, QString(QStringLiteral("method.response.header.") + header));
        if (!v.isEmpty())
            return v.size() >= 2 && v.startsWith(QLatin1Char('\'')) ? v.mid(1, v.size() - 2) : v;
    }
    return {};
}

std::optional<Fix> adviseHttp(const model::Api &api, const LabOutcome &o)
{
    const FetchRequest &r = o.request;
    const bool credentials = BrowserCors::includesCredentials(r);
    const doc::Node *node = api.definition.document.find(u"x-amazon-apigateway-cors");
    std::optional<CorsConfig> cfg;
    if (node) {
        QString error;
        const doc::Node *at = nullptr;
        cfg = CorsConfig::read(*node, &error, &at);
    }
    FixAction a;
    a.kind = FixAction::Kind::HttpSetCors;
    const Check *failed = firstFailure(o.preflightChecks);
    const bool preflightFailed = failed != nullptr;
    if (!failed)
        failed = firstFailure(o.actualChecks);
    if (!failed)
        return std::nullopt;
    if (!cfg) {
        a.addOrigins = {r.pageOrigin};
        if (!BrowserCors::isSafelistedMethod(r.method))
            a.addMethods = {r.method};
        a.addHeaders = requestedHeaders(r);
        if (credentials)
            a.allowCredentials = true;
        return Fix{QStringLiteral("The API has no CORS configuration. Add x-amazon-apigateway-cors with allowOrigins [\"%1\"]%2%3%4.")
                       .arg(r.pageOrigin,
                            a.addMethods.isEmpty() ? QString() : QStringLiteral(", allowMethods [\"%1\"]").arg(r.method),
                            a.addHeaders.isEmpty() ? QString() : QStringLiteral(", allowHeaders [\"%1\"]").arg(a.addHeaders.join(QLatin1String("\", \""))),
                            credentials ? QStringLiteral(" and allowCredentials: true") : QString()),
                   a};
    }
    const QString name = failed->name;
    if (preflightFailed && name == QLatin1String("preflight.status")) {
        if (!o.resourcePath.isEmpty())
            return Fix{QStringLiteral("The preflight matched the route %1 %2, so it went to that route's integration instead of "
                                      "being answered by the CORS configuration, and it answered %3. List the route's methods "
                                      "instead of ANY, or add an OPTIONS /{proxy+} route without authorization whose "
                                      "integration answers 200.")
                           .arg(o.routeMethod, o.resourcePath)
                           .arg(o.preflightStatus),
                       std::nullopt};
        return Fix{QStringLiteral("The preflight was answered with %1; it must be a 2xx.").arg(o.preflightStatus), std::nullopt};
    }
    if (name.endsWith(QLatin1String("allow-origin"))) {
        if (cfg->allowsOrigin(r.pageOrigin) && !(cfg->allowsAnyOrigin() && credentials)) {
            // The origin is allowed: the answer came from before the CORS configuration applies.
            if (o.resourcePath.isEmpty())
                return Fix{QStringLiteral("No route matches %1 %2, so API Gateway answers %3 itself, before the CORS "
                                          "configuration adds its headers. Check the path and the stage, or add the route.")
                               .arg(r.method, o.requestPath)
                               .arg(preflightFailed ? o.preflightStatus : o.actualStatus),
                           std::nullopt};
            return Fix{failed->explanation, std::nullopt};
        }
        if (cfg->allowsAnyOrigin() && credentials) {
            a.removeOrigins = {QStringLiteral("*")};
            a.addOrigins = {r.pageOrigin};
            a.allowCredentials = true;
            return Fix{QStringLiteral("Replace \"*\" in x-amazon-apigateway-cors.allowOrigins with \"%1\" and set allowCredentials: "
                                      "true (with credentials the browser needs the exact origin).")
                           .arg(r.pageOrigin),
                       a};
        }
        a.addOrigins = {r.pageOrigin};
        return Fix{QStringLiteral("Add \"%1\" to x-amazon-apigateway-cors.allowOrigins.").arg(r.pageOrigin), a};
    }
    if (name.endsWith(QLatin1String("allow-credentials"))) {
        a.allowCredentials = true;
        if (cfg->allowsAnyOrigin()) {
            a.removeOrigins = {QStringLiteral("*")};
            a.addOrigins = {r.pageOrigin};
        }
        return Fix{QStringLiteral("Set x-amazon-apigateway-cors.allowCredentials to true%1.")
                       .arg(cfg->allowsAnyOrigin() ? QStringLiteral(" and replace \"*\" in allowOrigins with \"%1\"").arg(r.pageOrigin)
                                                   : QString()),
                   a};
    }
    if (name.endsWith(QLatin1String("allow-methods"))) {
        a.addMethods = {r.method};
        return Fix{QStringLiteral("Add \"%1\" to x-amazon-apigateway-cors.allowMethods%2.")
                       .arg(r.method, credentials && cfg->allowMethods.contains(QStringLiteral("*"))
                                          ? QStringLiteral(" (\"*\" does not cover requests with credentials)")
                                          : QString()),
                   a};
    }
    if (name.endsWith(QLatin1String("allow-headers"))) {
        a.addHeaders = requestedHeaders(r);
        return Fix{QStringLiteral("Add %1 to x-amazon-apigateway-cors.allowHeaders.").arg(a.addHeaders.join(QLatin1String(", "))), a};
    }
    return Fix{failed->explanation, std::nullopt};
}

std::optional<Fix> adviseRest(const model::Api &api, const LabOutcome &o)
{
    const FetchRequest &r = o.request;
    const bool credentials = BrowserCors::includesCredentials(r);
    const QString originValue = credentials ? r.pageOrigin : QStringLiteral("*");
    const Check *failed = firstFailure(o.preflightChecks);
    if (failed) {
        if (o.resourcePath.isEmpty() && !o.resourceWithoutMethod.isEmpty())
            return Fix{QStringLiteral("Resource %1 has no %2 method, so the request would get 403 Missing Authentication Token "
                                      "even with CORS. Add %2 %1, enable CORS on %1, then deploy.")
                           .arg(o.resourceWithoutMethod, r.method),
                       std::nullopt};
        if (o.resourcePath.isEmpty())
            return Fix{QStringLiteral("No resource of stage %1 matches %2 %3, so API Gateway answers 403 Missing Authentication "
                                      "Token. Check the URL and the stage, then enable CORS on the resource.")
                           .arg(o.stage.isEmpty() ? QStringLiteral("(none)") : o.stage, r.method, o.requestPath),
                       std::nullopt};
        const model::PathItem *item = api.definition.path(o.resourcePath);
        const bool hasOptions = item && item->operation(u"OPTIONS");
        if (failed->name == QLatin1String("preflight.status") && !hasOptions) {
            FixAction a;
            a.kind = FixAction::Kind::RestEnableCors;
            a.resourcePath = o.resourcePath;
            a.value = originValue;
            a.addHeaders = requestedHeaders(r);
            if (credentials)
                a.allowCredentials = true;
            return Fix{QStringLiteral("Resource %1 has no OPTIONS method, so the preflight gets 403 Missing Authentication Token. "
                                      "Enable CORS on %1 (an OPTIONS method with a MOCK integration that answers the "
                                      "Access-Control-* headers), then deploy.")
                           .arg(o.resourcePath),
                       a};
        }
        if (failed->name == QLatin1String("preflight.status"))
            return Fix{QStringLiteral("OPTIONS %1 answered %2; a preflight needs a 2xx. Check its integration and integration "
                                      "responses.")
                           .arg(o.resourcePath)
                           .arg(o.preflightStatus),
                       std::nullopt};
        FixAction a;
        a.kind = FixAction::Kind::RestSetPreflightHeader;
        a.resourcePath = o.resourcePath;
        if (failed->name.endsWith(QLatin1String("allow-origin"))) {
            a.header = QStringLiteral("Access-Control-Allow-Origin");
            a.value = originValue;
        } else if (failed->name.endsWith(QLatin1String("allow-credentials"))) {
            a.header = QStringLiteral("Access-Control-Allow-Credentials");
            a.value = QStringLiteral("true");
        } else if (failed->name.endsWith(QLatin1String("allow-methods"))) {
            a.header = QStringLiteral("Access-Control-Allow-Methods");
            QStringList methods = staticPreflightValue(api, o.resourcePath, a.header).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &m : methods)
                m = m.trimmed();
            methods.removeAll(QStringLiteral("*"));
            if (!methods.contains(r.method))
                methods.append(r.method);
            a.value = methods.join(QLatin1Char(','));
        } else if (failed->name.endsWith(QLatin1String("allow-headers"))) {
            a.header = QStringLiteral("Access-Control-Allow-Headers");
            QStringList headers = staticPreflightValue(api, o.resourcePath, a.header).split(QLatin1Char(','), Qt::SkipEmptyParts);
            for (QString &h : headers)
                h = h.trimmed();
            headers.removeAll(QStringLiteral("*"));
            for (const QString &h : requestedHeaders(r)) {
                if (!headers.contains(h, Qt::CaseInsensitive))
                    headers.append(h);
            }
            a.value = headers.join(QLatin1Char(','));
        } else {
            return Fix{failed->explanation, std::nullopt};
        }
        return Fix{QStringLiteral("Make OPTIONS %1 answer %2: %3 (its integration response's "
                                  "method.response.header.%2), then deploy.")
                       .arg(o.resourcePath, a.header, a.value),
                   a};
    }
    failed = firstFailure(o.actualChecks);
    if (!failed)
        return std::nullopt;
    const QString header = failed->name.endsWith(QLatin1String("allow-credentials")) ? QStringLiteral("Access-Control-Allow-Credentials")
                                                                                       : QStringLiteral("Access-Control-Allow-Origin");
    const QString value = header == QLatin1String("Access-Control-Allow-Credentials") ? QStringLiteral("true") : originValue;
    if (!o.actualErrorType.isEmpty()) {
        FixAction a;
        a.kind = FixAction::Kind::RestSetGatewayResponseHeader;
        a.gatewayResponseType = o.actualStatus >= 500 ? QStringLiteral("DEFAULT_5XX") : QStringLiteral("DEFAULT_4XX");
        a.header = header;
        a.value = value;
        return Fix{QStringLiteral("The gateway answered %1 (%2) itself, and gateway responses carry no CORS headers unless "
                                  "configured, so the browser hides the error. Add gatewayresponse.header.%3 '%4' to the %5 "
                                  "gateway response, then deploy.")
                       .arg(o.actualStatus)
                       .arg(o.actualErrorType, header, value, a.gatewayResponseType),
                   a};
    }
    if (o.proxyIntegration)
        return Fix{QStringLiteral("%1 %2 uses a proxy integration, so API Gateway passes the backend's headers through: the "
                                  "backend must return %3: %4.")
                       .arg(o.routeMethod, o.resourcePath, header, value),
                   std::nullopt};
    FixAction a;
    a.kind = FixAction::Kind::RestSetMethodHeader;
    a.resourcePath = o.resourcePath;
    a.method = o.routeMethod;
    a.statusCode = QString::number(o.actualStatus);
    a.header = header;
    a.value = value;
    return Fix{QStringLiteral("Map method.response.header.%1 '%2' in the %3 integration response of %4 %5, then deploy.")
                   .arg(header, value, a.statusCode, o.routeMethod, o.resourcePath),
               a};
}

} // namespace

std::optional<Fix> adviseFix(const model::Api &api, const LabOutcome &outcome)
{
    if (BrowserCors::allPass(outcome.preflightChecks) && BrowserCors::allPass(outcome.actualChecks) && outcome.actualSent)
        return std::nullopt;
    return api.protocol == model::Protocol::Rest ? adviseRest(api, outcome) : adviseHttp(api, outcome);
}

bool FixAction::apply(model::Api &api, QString *error) const
{
    model::ApiDefinition &def = api.definition;
    switch (kind) {
    case Kind::HttpSetCors: {
        CorsConfig cfg;
        if (const doc::Node *node = def.document.find(u"x-amazon-apigateway-cors")) {
            const doc::Node *at = nullptr;
            auto existing = CorsConfig::read(*node, error, &at);
            if (!existing)
                return false;
            cfg = *existing;
        }
        for (const QString &o : removeOrigins)
            cfg.allowOrigins.removeAll(o);
        for (const QString &o : addOrigins) {
            if (!cfg.allowOrigins.contains(o))
                cfg.allowOrigins.append(o);
        }
        for (const QString &m : addMethods) {
            if (!cfg.allowMethods.contains(m))
                cfg.allowMethods.append(m);
        }
        for (const QString &h : addHeaders) {
            if (!cfg.allowHeaders.contains(h, Qt::CaseInsensitive))
                cfg.allowHeaders.append(h);
        }
        if (allowCredentials)
            cfg.allowCredentials = *allowCredentials;
        def.document.set(QStringLiteral("x-amazon-apigateway-cors"), cfg.write());
        return true;
    }
    case Kind::RestEnableCors: {
        EnableCorsOptions options;
        options.resourcePath = resourcePath;
        options.allowOrigin = value.isEmpty() ? QStringLiteral("*") : value;
        for (const QString &h : addHeaders) {
            if (!options.allowHeaders.split(QLatin1Char(',')).contains(h, Qt::CaseInsensitive))
                options.allowHeaders += QLatin1Char(',') + h;
        }
        options.allowCredentials = allowCredentials.value_or(false);
        auto result = enableCors(def, options, error);
        if (!result)
            return false;
        def = std::move(result->definition);
        return true;
    }
    case Kind::RestSetPreflightHeader: {
        model::Operation *op = findOperation(def, resourcePath, QStringLiteral("OPTIONS"));
        if (!op || !op->integration || op->integration->responses.isEmpty()) {
            *error = QStringLiteral("%1 has no OPTIONS method with an integration response").arg(resourcePath);
            return false;
        }
        for (model::IntegrationResponse &r : op->integration->responses)
            model::setValue(r.responseParameters, QStringLiteral("method.response.header.") + header, model::staticValue(value));
        return true;
    }
    case Kind::RestSetMethodHeader: {
        model::Operation *op = findOperation(def, resourcePath, method);
        if (!op || !op->integration) {
            *error = QStringLiteral("%1 %2 has no integration").arg(method, resourcePath);
            return false;
        }
        const QString status = statusCode.isEmpty() ? QStringLiteral("200") : statusCode;
        bool mapped = false;
        for (model::IntegrationResponse &r : op->integration->responses) {
            if (r.statusCode == status) {
                model::setValue(r.responseParameters, QStringLiteral("method.response.header.") + header, model::staticValue(value));
                mapped = true;
            }
        }
        if (!mapped) {
            *error = QStringLiteral("%1 %2 has no integration response with status %3").arg(method, resourcePath, status);
            return false;
        }
        return true;
    }
    case Kind::RestSetGatewayResponseHeader: {
        doc::Node responses = def.document[u"x-amazon-apigateway-gateway-responses"];
        if (!responses.isMapping())
            responses = doc::Node::mapping();
        doc::Node response = responses[gatewayResponseType];
        if (!response.isMapping())
            response = doc::Node::mapping();
        doc::Node params = response[u"responseParameters"];
        if (!params.isMapping())
            params = doc::Node::mapping();
        params.set(QStringLiteral("gatewayresponse.header.") + header, doc::Node::string(model::staticValue(value)));
        response.set(QStringLiteral("responseParameters"), params);
        responses.set(gatewayResponseType, response);
        def.document.set(QStringLiteral("x-amazon-apigateway-gateway-responses"), responses);
        return true;
    }
    }
    return false;
}

} // namespace gw::cors
