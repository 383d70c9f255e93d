// SPDX-License-Identifier: GPL-3.0-or-later
#include "openapi.h"

#include "swagger2.h"

#include "cors/corsconfig.h"
#include "pipeline/gatewayresponses.h"
#include "routing/routetree.h"

namespace gw::io {

namespace {

const QLatin1String integrationKey("x-amazon-apigateway-integration");
const QLatin1String anyMethodKey("x-amazon-apigateway-any-method");

struct MethodKey
{
    QLatin1String key;
    QLatin1String method;
};
const MethodKey methodKeys[] = {
    {QLatin1String("get"), QLatin1String("GET")},         {QLatin1String("put"), QLatin1String("PUT")},
    {QLatin1String("post"), QLatin1String("POST")},       {QLatin1String("delete"), QLatin1String("DELETE")},
    {QLatin1String("options"), QLatin1String("OPTIONS")}, {QLatin1String("head"), QLatin1String("HEAD")},
    {QLatin1String("patch"), QLatin1String("PATCH")},     {anyMethodKey, QLatin1String("ANY")},
};

QString methodForKey(QStringView key)
{
    for (const MethodKey &m : methodKeys) {
        if (key == m.key)
            return m.method;
    }
    return {};
}

QString keyForMethod(QStringView method)
{
    for (const MethodKey &m : methodKeys) {
        if (method == m.method)
            return m.key;
    }
    return method.toString().toLower();
}

void substituteAwsVariables(doc::Node &n, const AwsVariables &vars)
{
    if (n.isString()) {
        const QString s = n.scalarText();
        if (!s.contains(QLatin1String("${AWS::")))
            return;
        QString r = s;
        r.replace(QLatin1String("${AWS::AccountId}"), vars.accountId);
        r.replace(QLatin1String("${AWS::Partition}"), vars.partition);
        r.replace(QLatin1String("${AWS::Region}"), vars.region);
        const int line = n.line(), column = n.column();
        const QString tag = n.tag();
        n = doc::Node::string(r);
        n.setLocation(line, column);
        n.setTag(tag);
    } else if (n.isMapping()) {
        for (auto &m : n.members())
            substituteAwsVariables(m.second, vars);
    } else if (n.isSequence()) {
        for (doc::Node &item : n.items())
            substituteAwsVariables(item, vars);
    }
}

bool readStringPairs(const doc::Node &node, const QString &field, model::StringPairs *out, DiagnosticSink &sink)
{
    if (node.isNull())
        return true;
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be a mapping of names to strings; got %1").arg(QLatin1String(node.kindName())));
        return false;
    }
    bool ok = true;
    for (const auto &[key, value] : node.members()) {
        if (value.isNull()) {
            out->append({key, QString()});
        } else if (value.isScalar()) {
            out->append({key, value.toString()});
        } else {
            sink.error(value, field + QLatin1Char('.') + key,
                       QStringLiteral("must be a string; got %1").arg(QLatin1String(value.kindName())));
            ok = false;
        }
    }
    return ok;
}

bool readEnum(const doc::Node &node, const QString &field, const QStringList &allowed, QString *out,
              DiagnosticSink &sink)
{
    if (node.isNull())
        return true;
    const QString v = node.toString();
    for (const QString &a : allowed) {
        if (v.compare(a, Qt::CaseInsensitive) == 0) {
            *out = a;
            return true;
        }
    }
    sink.error(node, field, QStringLiteral("must be one of %1; got `%2`").arg(allowed.join(QLatin1String(", ")), v));
    return false;
}

doc::Node pairsNode(const model::StringPairs &pairs)
{
    doc::Node n = doc::Node::mapping();
    for (const auto &[k, v] : pairs)
        n.set(k, doc::Node::string(v));
    return n;
}

} // namespace

OpenApiFlavor detectFlavor(const doc::Node &root)
{
    if (!root.isMapping())
        return OpenApiFlavor::None;
    if (root.contains(u"openapi"))
        return OpenApiFlavor::OpenApi3;
    if (root.contains(u"swagger"))
        return OpenApiFlavor::Swagger2;
    return OpenApiFlavor::None;
}

model::Protocol detectProtocol(const doc::Node &root)
{
    return root.contains(u"x-amazon-apigateway-importexport-version") ? model::Protocol::Http : model::Protocol::Rest;
}

std::optional<model::Integration> readIntegration(const doc::Node &node, const QString &field,
                                                  model::Protocol protocol, DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be a mapping; got %1").arg(QLatin1String(node.kindName())));
        return std::nullopt;
    }
    const bool rest = protocol == model::Protocol::Rest;
    model::Integration in;
    in.line = node.line();
    bool ok = true;
    const doc::Node &type = node[u"type"];
    if (type.isNull()) {
        sink.error(node, field + QLatin1String(".type"),
                   QStringLiteral("is required: one of aws, aws_proxy, http, http_proxy, mock"));
        ok = false;
    } else if (!model::parseIntegrationType(type.toString(), &in.type)) {
        sink.error(type, field + QLatin1String(".type"),
                   QStringLiteral("must be one of aws, aws_proxy, http, http_proxy, mock; got `%1`").arg(type.toString()),
                   type.toString().compare(QLatin1String("lambda"), Qt::CaseInsensitive) == 0
                       ? QStringLiteral("a Lambda proxy integration is `aws_proxy` with the function's invocation ARN as uri")
                       : QString());
        ok = false;
    }
    if (!rest && ok && (in.type == model::IntegrationType::Mock || in.type == model::IntegrationType::Http)) {
        sink.error(type, field + QLatin1String(".type"),
                   QStringLiteral("HTTP APIs support only aws_proxy and http_proxy integrations; got `%1`")
                       .arg(type.toString()));
        ok = false;
    }
    for (const auto &[key, value] : node.members()) {
        const QString f = field + QLatin1Char('.') + key;
        if (key == QLatin1String("type")) {
        } else if (key == QLatin1String("uri")) {
            in.uri = value.toString();
        } else if (key == QLatin1String("httpMethod")) {
            in.httpMethod = value.toString().toUpper();
        } else if (key == QLatin1String("credentials")) {
            in.credentials = value.toString();
        } else if (key == QLatin1String("connectionType")) {
            ok &= readEnum(value, f, {QStringLiteral("INTERNET"), QStringLiteral("VPC_LINK")}, &in.connectionType, sink);
        } else if (key == QLatin1String("connectionId")) {
            in.connectionId = value.toString();
        } else if (key == QLatin1String("passthroughBehavior")) {
            ok &= readEnum(value, f,
                           {QStringLiteral("WHEN_NO_MATCH"), QStringLiteral("WHEN_NO_TEMPLATES"), QStringLiteral("NEVER")},
                           &in.passthroughBehavior, sink);
        } else if (key == QLatin1String("contentHandling")) {
            ok &= readEnum(value, f, {QStringLiteral("CONVERT_TO_TEXT"), QStringLiteral("CONVERT_TO_BINARY")},
                           &in.contentHandling, sink);
        } else if (key == QLatin1String("timeoutInMillis")) {
            bool isInt = false;
            const qint64 t = value.toInteger(&isInt, true);
            // REST: 50 ms to 29 s by default (Regional and private APIs may raise it, up to 300 s reported);
            // HTTP APIs: 50 ms to 30 s.
            const qint64 max = rest ? 300'000 : 30'000;
            if (!isInt || t < 50 || t > max) {
                sink.error(value, f, QStringLiteral("must be a whole number of milliseconds from 50 to %1; got `%2`")
                                         .arg(max)
                                         .arg(value.toString()));
                ok = false;
            } else {
                in.timeoutInMillis = int(t);
                if (rest && t > 29'000)
                    sink.warning(value, f, QStringLiteral("is over AWS's default 29,000 ms limit"),
                                 QStringLiteral("AWS accepts it only for Regional and private APIs after a quota increase"));
            }
        } else if (key == QLatin1String("requestParameters")) {
            ok &= readStringPairs(value, f, &in.requestParameters, sink);
        } else if (key == QLatin1String("requestTemplates")) {
            ok &= readStringPairs(value, f, &in.requestTemplates, sink);
        } else if (key == QLatin1String("responses")) {
            if (!value.isMapping()) {
                sink.error(value, f, QStringLiteral("must be a mapping of selection patterns to responses"));
                ok = false;
                continue;
            }
            for (const auto &[pattern, r] : value.members()) {
                const QString rf = f + QLatin1Char('.') + pattern;
                if (!r.isMapping()) {
                    sink.error(r, rf, QStringLiteral("must be a mapping with statusCode"));
                    ok = false;
                    continue;
                }
                model::IntegrationResponse ir;
                ir.selectionPattern = pattern;
                ir.line = r.line();
                for (const auto &[rk, rv] : r.members()) {
                    if (rk == QLatin1String("statusCode")) {
                        ir.statusCode = rv.toString();
                    } else if (rk == QLatin1String("responseParameters")) {
                        ok &= readStringPairs(rv, rf + QLatin1String(".responseParameters"), &ir.responseParameters, sink);
                    } else if (rk == QLatin1String("responseTemplates")) {
                        ok &= readStringPairs(rv, rf + QLatin1String(".responseTemplates"), &ir.responseTemplates, sink);
                    } else if (rk == QLatin1String("contentHandling")) {
                        ok &= readEnum(rv, rf + QLatin1String(".contentHandling"),
                                       {QStringLiteral("CONVERT_TO_TEXT"), QStringLiteral("CONVERT_TO_BINARY")},
                                       &ir.contentHandling, sink);
                    } else {
                        ir.extra.set(rk, rv);
                    }
                }
                if (ir.statusCode.isEmpty()) {
                    sink.error(r, rf + QLatin1String(".statusCode"), QStringLiteral("is required"));
                    ok = false;
                } else {
                    bool isNumber = false;
                    const int sc = ir.statusCode.toInt(&isNumber);
                    if (!isNumber || sc < 100 || sc > 599) {
                        // AWS: "Invalid Response status code specified"
                        sink.error(r[u"statusCode"], rf + QLatin1String(".statusCode"),
                                   QStringLiteral("Invalid Response status code specified: `%1`").arg(ir.statusCode));
                        ok = false;
                    }
                }
                in.responses.append(ir);
            }
        } else if (key == QLatin1String("cacheKeyParameters")) {
            for (const doc::Node &p : value.items())
                in.cacheKeyParameters.append(p.toString());
        } else if (key == QLatin1String("cacheNamespace")) {
            in.cacheNamespace = value.toString();
        } else if (key == QLatin1String("payloadFormatVersion")) {
            in.payloadFormatVersion = value.toString();
            if (in.payloadFormatVersion != QLatin1String("1.0") && in.payloadFormatVersion != QLatin1String("2.0")) {
                sink.error(value, f, QStringLiteral("must be 1.0 or 2.0; got `%1`").arg(in.payloadFormatVersion));
                ok = false;
            }
        } else if (key == QLatin1String("integrationSubtype")) {
            in.integrationSubtype = value.toString();
        } else if (key == QLatin1String("tlsConfig")) {
            in.tlsConfig = value;
        } else if (key == QLatin1String("responseParameters") && !rest) {
            // HTTP APIs: status code → {append|overwrite|remove:header.X, overwrite:statuscode: value}. Kept as written
            // (and exported as is); the compiler reads it.
            if (!value.isMapping()) {
                sink.error(value, f, QStringLiteral("must be a mapping of status codes to parameter mappings"));
                ok = false;
            }
            in.extra.set(key, value);
        } else {
            in.extra.set(key, value);
            sink.warning(value, f, QStringLiteral("is not an integration field Gatehouse knows; it is kept but not used"));
        }
    }
    const bool needsUri = ok && in.type != model::IntegrationType::Mock;
    if (needsUri && in.uri.isEmpty() && in.connectionType != QLatin1String("VPC_LINK")) {
        sink.error(node, field + QLatin1String(".uri"),
                   QStringLiteral("is required for %1 integrations").arg(model::integrationTypeName(in.type)));
        ok = false;
    }
    if (ok && rest && in.type != model::IntegrationType::Mock && in.httpMethod.isEmpty()) {
        // AWS: "Enumeration value for HttpMethod must be non-empty"
        sink.error(node, field + QLatin1String(".httpMethod"),
                   QStringLiteral("Enumeration value for HttpMethod must be non-empty"),
                   in.type == model::IntegrationType::AwsProxy ? QStringLiteral("Lambda integrations use POST")
                                                               : QStringLiteral("use ANY to pass the client's method on"));
        ok = false;
    }
    if (!ok)
        return std::nullopt;
    return in;
}

std::optional<model::ApiDefinition> readOpenApi(const doc::Node &input, model::Protocol protocol, DiagnosticSink &sink,
                                                const AwsVariables &vars, LoadProgress *progress, int progressEnd)
{
    const int progressStart = progress ? progress->value() : 0;
    const OpenApiFlavor flavor = detectFlavor(input);
    if (flavor == OpenApiFlavor::None) {
        sink.error(input, {}, QStringLiteral("not an OpenAPI 3.0 or Swagger 2.0 document: it has no `openapi` or "
                                             "`swagger` field"));
        return std::nullopt;
    }
    doc::Node root = flavor == OpenApiFlavor::Swagger2 ? convertSwagger2(input, sink) : input;
    if (flavor == OpenApiFlavor::OpenApi3) {
        const QString version = root[u"openapi"].toString();
        if (!version.startsWith(QLatin1String("3.0")))
            sink.warning(root[u"openapi"], QStringLiteral("openapi"),
                         QStringLiteral("is `%1`; API Gateway imports OpenAPI 3.0").arg(version));
    } else if (input[u"swagger"].toString() != QLatin1String("2.0")) {
        sink.error(input[u"swagger"], QStringLiteral("swagger"),
                   QStringLiteral("must be \"2.0\"; got `%1`").arg(input[u"swagger"].toString()));
        return std::nullopt;
    }
    substituteAwsVariables(root, vars);

    model::ApiDefinition def;
    def.document = doc::Node::mapping();
    def.document.setLocation(root.line(), root.column());
    const doc::Node *paths = nullptr;
    for (const auto &[key, value] : root.members()) {
        if (key == QLatin1String("paths"))
            paths = &value;
        else
            def.document.set(key, value);
    }
    if (!root[u"info"].isMapping())
        sink.warning(root, QStringLiteral("info"), QStringLiteral("is missing; the API has no title"));
    if (const doc::Node *cors = root.find(u"x-amazon-apigateway-cors")) {
        if (protocol == model::Protocol::Rest) {
            sink.warning(*cors, QStringLiteral("x-amazon-apigateway-cors"),
                         QStringLiteral("applies to HTTP APIs only; a REST API ignores it"),
                         QStringLiteral("give the REST API OPTIONS methods and Access-Control-* response headers "
                                        "(Enable CORS), or serve it as an HTTP API"));
        } else {
            QString error;
            const doc::Node *at = nullptr;
            if (!CorsConfig::read(*cors, &error, &at)) {
                sink.error(*at, QStringLiteral("x-amazon-apigateway-cors"), error);
                return std::nullopt;
            }
        }
    }
    if (const doc::Node *responses = root.find(u"x-amazon-apigateway-gateway-responses")) {
        if (protocol != model::Protocol::Rest) {
            sink.warning(*responses, QStringLiteral("x-amazon-apigateway-gateway-responses"),
                         QStringLiteral("applies to REST APIs only; an HTTP API ignores it"));
        } else {
            QString error;
            const doc::Node *at = nullptr;
            if (!readGatewayResponses(*responses, &error, &at)) {
                sink.error(*at, QStringLiteral("x-amazon-apigateway-gateway-responses"), error);
                return std::nullopt;
            }
        }
    }
    if (!paths || paths->isNull())
        return def;
    if (!paths->isMapping()) {
        sink.error(*paths, QStringLiteral("paths"), QStringLiteral("must be a mapping of paths to operations"));
        return std::nullopt;
    }

    const bool http = protocol != model::Protocol::Rest;
    routing::RouteTree tree(http ? routing::RouteTree::Precedence::Http : routing::RouteTree::Precedence::Rest);
    bool ok = true;
    qsizetype pathsRead = 0;
    for (const auto &[path, item] : paths->members()) {
        if (progress) {
            if (progress->isCanceled()) {
                sink.error(*paths, QStringLiteral("paths"), QStringLiteral("the import was canceled"));
                return std::nullopt;
            }
            progress->setPart(progressStart, progressEnd, pathsRead++, paths->size());
        }
        const QString pf = QLatin1String("paths.") + path;
        model::PathItem pi;
        pi.path = path;
        pi.line = item.line();
        const bool defaultRoute = path == QLatin1String("$default") || path == QLatin1String("/$default");
        if (defaultRoute && !http) {
            sink.error(item, pf, QStringLiteral("the $default route exists only in HTTP APIs"),
                       QStringLiteral("add x-amazon-apigateway-importexport-version: \"1.0\" for an HTTP API, or use "
                                      "/{proxy+} with x-amazon-apigateway-any-method"));
            ok = false;
            continue;
        }
        routing::PathTemplate tmpl;
        if (!defaultRoute) {
            QString error;
            if (!routing::PathTemplate::parse(path, &tmpl, &error)) {
                sink.error(item, pf, error);
                ok = false;
                continue;
            }
        }
        if (!item.isMapping()) {
            sink.error(item, pf, QStringLiteral("must be a mapping of methods to operations"));
            ok = false;
            continue;
        }
        pi.extra = doc::Node::mapping();
        for (const auto &[key, op] : item.members()) {
            const QString method = methodForKey(key);
            if (method.isEmpty()) {
                if (key == QLatin1String("$ref")) {
                    sink.error(op, pf + QLatin1String(".$ref"),
                               QStringLiteral("path items that are references are not supported by API Gateway"),
                               QStringLiteral("inline the operations"));
                    ok = false;
                } else if (key == QLatin1String("trace")) {
                    sink.warning(op, pf + QLatin1String(".trace"),
                                 QStringLiteral("API Gateway has no TRACE method; the operation is kept but not served"));
                }
                pi.extra.set(key, op);
                continue;
            }
            const QString of = pf + QLatin1Char('.') + key;
            if (!op.isMapping()) {
                sink.error(op, of, QStringLiteral("must be a mapping (an OpenAPI operation)"));
                ok = false;
                continue;
            }
            model::Operation operation;
            operation.method = method;
            operation.line = op.line();
            operation.body = doc::Node::mapping();
            operation.body.setLocation(op.line(), op.column());
            for (const auto &[ok2, ov] : op.members()) {
                if (ok2 != integrationKey) {
                    operation.body.set(ok2, ov);
                    continue;
                }
                if (!http && ov.isMapping() && ov.contains(u"$ref")) {
                    sink.error(ov[u"$ref"], of + QLatin1String(".x-amazon-apigateway-integration.$ref"),
                               QStringLiteral("reusable integrations ($ref) are supported only by HTTP APIs"),
                               QStringLiteral("write the integration inline, or serve the document as an HTTP API "
                                              "(--protocol http)"));
                    ok = false;
                    continue;
                }
                if (http && ov.isMapping() && ov.contains(u"$ref")) {
                    const QString ref = ov[u"$ref"].toString();
                    static const QLatin1String prefix("#/components/x-amazon-apigateway-integrations/");
                    if (!ref.startsWith(prefix)) {
                        sink.error(ov[u"$ref"], of + QLatin1String(".x-amazon-apigateway-integration.$ref"),
                                   QStringLiteral("must point into #/components/x-amazon-apigateway-integrations/; got `%1`")
                                       .arg(ref));
                        ok = false;
                        continue;
                    }
                    const QString name = ref.mid(prefix.size());
                    const doc::Node &shared = root[u"components"][u"x-amazon-apigateway-integrations"][name];
                    if (shared.isNull()) {
                        sink.error(ov[u"$ref"], of + QLatin1String(".x-amazon-apigateway-integration.$ref"),
                                   QStringLiteral("names an integration `%1` that components.x-amazon-apigateway-"
                                                  "integrations does not define")
                                       .arg(name));
                        ok = false;
                        continue;
                    }
                    operation.integrationRef = name;
                    auto in = readIntegration(shared, QStringLiteral("components.x-amazon-apigateway-integrations.") + name,
                                              protocol, sink);
                    if (!in) {
                        ok = false;
                        continue;
                    }
                    operation.integration = std::move(in);
                    continue;
                }
                auto in = readIntegration(ov, of + QLatin1Char('.') + integrationKey, protocol, sink);
                if (!in) {
                    ok = false;
                    continue;
                }
                operation.integration = std::move(in);
            }
            if (!operation.integration) {
                sink.warning(op, of,
                             QStringLiteral("has no x-amazon-apigateway-integration; AWS refuses to deploy an API with "
                                            "such a method (\"No integration defined for method\")"),
                             QStringLiteral("add an integration, e.g. type: mock"));
            }
            if (!defaultRoute) {
                QString error;
                if (!tree.addRoute(tmpl, method, 0, &error)) {
                    sink.error(item, pf, error);
                    ok = false;
                }
            }
            pi.operations.append(std::move(operation));
        }
        def.paths.append(std::move(pi));
    }
    if (!ok)
        return std::nullopt;
    return def;
}

doc::Node writeIntegration(const model::Integration &in)
{
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("type"), doc::Node::string(model::integrationTypeName(in.type)));
    auto str = [&n](const char *key, const QString &value) {
        if (!value.isEmpty())
            n.set(QLatin1String(key), doc::Node::string(value));
    };
    str("uri", in.uri);
    str("httpMethod", in.httpMethod);
    str("credentials", in.credentials);
    str("connectionType", in.connectionType);
    str("connectionId", in.connectionId);
    if (!in.requestParameters.isEmpty())
        n.set(QStringLiteral("requestParameters"), pairsNode(in.requestParameters));
    if (!in.requestTemplates.isEmpty())
        n.set(QStringLiteral("requestTemplates"), pairsNode(in.requestTemplates));
    str("passthroughBehavior", in.passthroughBehavior.toLower());
    str("contentHandling", in.contentHandling);
    if (in.timeoutInMillis > 0)
        n.set(QStringLiteral("timeoutInMillis"), doc::Node::integer(in.timeoutInMillis));
    str("cacheNamespace", in.cacheNamespace);
    if (!in.cacheKeyParameters.isEmpty()) {
        doc::Node keys = doc::Node::sequence();
        for (const QString &k : in.cacheKeyParameters)
            keys.append(doc::Node::string(k));
        n.set(QStringLiteral("cacheKeyParameters"), keys);
    }
    if (!in.responses.isEmpty()) {
        doc::Node responses = doc::Node::mapping();
        for (const model::IntegrationResponse &r : in.responses) {
            doc::Node rn = doc::Node::mapping();
            rn.set(QStringLiteral("statusCode"), doc::Node::string(r.statusCode));
            if (!r.responseParameters.isEmpty())
                rn.set(QStringLiteral("responseParameters"), pairsNode(r.responseParameters));
            if (!r.responseTemplates.isEmpty())
                rn.set(QStringLiteral("responseTemplates"), pairsNode(r.responseTemplates));
            if (!r.contentHandling.isEmpty())
                rn.set(QStringLiteral("contentHandling"), doc::Node::string(r.contentHandling));
            for (const auto &[k, v] : r.extra.members())
                rn.set(k, v);
            responses.set(r.selectionPattern, rn);
        }
        n.set(QStringLiteral("responses"), responses);
    }
    str("payloadFormatVersion", in.payloadFormatVersion);
    str("integrationSubtype", in.integrationSubtype);
    if (!in.tlsConfig.isNull())
        n.set(QStringLiteral("tlsConfig"), in.tlsConfig);
    for (const auto &[k, v] : in.extra.members())
        n.set(k, v);
    return n;
}

doc::Node writeOpenApi(const model::ApiDefinition &def)
{
    doc::Node paths = doc::Node::mapping();
    for (const model::PathItem &pi : def.paths) {
        doc::Node item = doc::Node::mapping();
        for (const model::Operation &op : pi.operations) {
            doc::Node body = op.body.isMapping() ? op.body : doc::Node::mapping();
            if (!op.integrationRef.isEmpty()) {
                doc::Node ref = doc::Node::mapping();
                ref.set(QStringLiteral("$ref"),
                        doc::Node::string(QLatin1String("#/components/x-amazon-apigateway-integrations/") + op.integrationRef));
                body.set(integrationKey, ref);
            } else if (op.integration) {
                body.set(integrationKey, writeIntegration(*op.integration));
            }
            item.set(keyForMethod(op.method), body);
        }
        for (const auto &[k, v] : pi.extra.members())
            item.set(k, v);
        paths.set(pi.path, item);
    }
    doc::Node out = doc::Node::mapping();
    bool placed = false;
    for (const auto &[key, value] : def.document.members()) {
        out.set(key, value);
        if (!placed && (key == QLatin1String("servers") || (key == QLatin1String("info") && !def.document.contains(u"servers")))) {
            out.set(QStringLiteral("paths"), paths);
            placed = true;
        }
    }
    if (!placed)
        out.set(QStringLiteral("paths"), paths);
    return out;
}

} // namespace gw::io
