// SPDX-License-Identifier: GPL-3.0-or-later
#include "swagger2.h"

namespace gw::io {

namespace {

const QStringList operationKeys = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                                   QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                   QStringLiteral("patch"), QStringLiteral("x-amazon-apigateway-any-method")};

/// Rewrites Swagger 2.0 `$ref` targets to their OpenAPI 3.0 places, everywhere in `n`.
void rewriteRefs(doc::Node &n)
{
    if (n.isMapping()) {
        if (doc::Node *ref = n.find(u"$ref"); ref && ref->isString()) {
            QString r = ref->scalarText();
            if (r.startsWith(QLatin1String("#/definitions/")))
                r = QLatin1String("#/components/schemas/") + r.mid(14);
            else if (r.startsWith(QLatin1String("#/parameters/")))
                r = QLatin1String("#/components/parameters/") + r.mid(13);
            else if (r.startsWith(QLatin1String("#/responses/")))
                r = QLatin1String("#/components/responses/") + r.mid(12);
            const int line = ref->line(), column = ref->column();
            *ref = doc::Node::string(r);
            ref->setLocation(line, column);
        }
        for (auto &member : n.members())
            rewriteRefs(member.second);
    } else if (n.isSequence()) {
        for (doc::Node &item : n.items())
            rewriteRefs(item);
    }
}

/// A Swagger 2.0 non-body parameter's type fields become a schema.
doc::Node parameterToOas3(const doc::Node &p)
{
    if (!p.isMapping() || p.contains(u"$ref"))
        return p;
    static const QStringList schemaKeys = {
        QStringLiteral("type"), QStringLiteral("format"), QStringLiteral("items"), QStringLiteral("default"),
        QStringLiteral("maximum"), QStringLiteral("exclusiveMaximum"), QStringLiteral("minimum"),
        QStringLiteral("exclusiveMinimum"), QStringLiteral("maxLength"), QStringLiteral("minLength"),
        QStringLiteral("pattern"), QStringLiteral("maxItems"), QStringLiteral("minItems"),
        QStringLiteral("uniqueItems"), QStringLiteral("enum"), QStringLiteral("multipleOf")};
    doc::Node out = doc::Node::mapping();
    out.setLocation(p.line(), p.column());
    doc::Node schema = doc::Node::mapping();
    for (const auto &[key, value] : p.members()) {
        if (schemaKeys.contains(key)) {
            if (schema.isEmpty())
                schema.setLocation(value.line(), value.column());
            schema.set(key, value);
        } else if (key == QLatin1String("collectionFormat") || key == QLatin1String("allowEmptyValue")) {
            if (key == QLatin1String("allowEmptyValue"))
                out.set(key, value);
        } else {
            out.set(key, value);
        }
    }
    if (!schema.isEmpty())
        out.set(QStringLiteral("schema"), schema);
    return out;
}

QStringList mediaTypes(const doc::Node &own, const doc::Node &global, const QString &fallback)
{
    const doc::Node &src = own.isSequence() ? own : global;
    QStringList out;
    for (const doc::Node &t : src.items()) {
        if (t.isString())
            out.append(t.scalarText());
    }
    if (out.isEmpty())
        out.append(fallback);
    return out;
}

doc::Node convertOperation(const doc::Node &op, const doc::Node &root, DiagnosticSink &sink, const QString &where)
{
    if (!op.isMapping())
        return op;
    doc::Node out = doc::Node::mapping();
    out.setLocation(op.line(), op.column());
    const QStringList consumes = mediaTypes(op[u"consumes"], root[u"consumes"], QStringLiteral("application/json"));
    const QStringList produces = mediaTypes(op[u"produces"], root[u"produces"], QStringLiteral("application/json"));
    doc::Node parameters = doc::Node::sequence();
    doc::Node requestBody;
    doc::Node formSchema;
    for (const auto &[key, value] : op.members()) {
        if (key == QLatin1String("consumes") || key == QLatin1String("produces") || key == QLatin1String("schemes"))
            continue;
        if (key == QLatin1String("parameters") && value.isSequence()) {
            parameters.setLocation(value.line(), value.column());
            for (const doc::Node &p : value.items()) {
                const QString in = p[u"in"].toString();
                if (in == QLatin1String("body")) {
                    requestBody = doc::Node::mapping();
                    requestBody.setLocation(p.line(), p.column());
                    if (p.contains(u"description"))
                        requestBody.set(QStringLiteral("description"), p[u"description"]);
                    doc::Node content = doc::Node::mapping();
                    for (const QString &type : consumes) {
                        doc::Node media = doc::Node::mapping();
                        media.set(QStringLiteral("schema"), p[u"schema"]);
                        content.set(type, media);
                    }
                    requestBody.set(QStringLiteral("content"), content);
                    if (p[u"required"].toBool())
                        requestBody.set(QStringLiteral("required"), doc::Node::boolean(true));
                    if (p.contains(u"x-amazon-apigateway-request-body-name") || p.contains(u"name"))
                        requestBody.set(QStringLiteral("x-amazon-apigateway-request-body-name"), p[u"name"]);
                } else if (in == QLatin1String("formData")) {
                    if (formSchema.isNull()) {
                        formSchema = doc::Node::mapping();
                        formSchema.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("object")));
                        formSchema.set(QStringLiteral("properties"), doc::Node::mapping());
                    }
                    doc::Node prop = parameterToOas3(p)[u"schema"];
                    formSchema.find(u"properties")->set(p[u"name"].toString(), prop);
                    if (p[u"required"].toBool()) {
                        if (!formSchema.contains(u"required"))
                            formSchema.set(QStringLiteral("required"), doc::Node::sequence());
                        formSchema.find(u"required")->append(p[u"name"]);
                    }
                } else {
                    parameters.append(parameterToOas3(p));
                }
            }
            continue;
        }
        if (key == QLatin1String("responses") && value.isMapping()) {
            doc::Node responses = doc::Node::mapping();
            responses.setLocation(value.line(), value.column());
            for (const auto &[status, resp] : value.members()) {
                if (!resp.isMapping() || resp.contains(u"$ref")) {
                    responses.set(status, resp);
                    continue;
                }
                doc::Node r = doc::Node::mapping();
                r.setLocation(resp.line(), resp.column());
                // OpenAPI 3.0 requires a description.
                r.set(QStringLiteral("description"), resp.contains(u"description")
                                                          ? resp[u"description"]
                                                          : doc::Node::string(QStringLiteral("%1 response").arg(status)));
                for (const auto &[rk, rv] : resp.members()) {
                    if (rk == QLatin1String("description") || rk == QLatin1String("examples"))
                        continue;
                    if (rk == QLatin1String("schema")) {
                        doc::Node content = doc::Node::mapping();
                        for (const QString &type : produces) {
                            doc::Node media = doc::Node::mapping();
                            media.set(QStringLiteral("schema"), rv);
                            content.set(type, media);
                        }
                        r.set(QStringLiteral("content"), content);
                    } else if (rk == QLatin1String("headers") && rv.isMapping()) {
                        doc::Node headers = doc::Node::mapping();
                        for (const auto &[hn, hv] : rv.members()) {
                            doc::Node h = parameterToOas3(hv);
                            headers.set(hn, h);
                        }
                        r.set(rk, headers);
                    } else {
                        r.set(rk, rv);
                    }
                }
                responses.set(status, r);
            }
            out.set(key, responses);
            continue;
        }
        out.set(key, value);
    }
    if (!formSchema.isNull()) {
        if (!requestBody.isNull())
            sink.warning(op, where, QStringLiteral("has both a body parameter and formData parameters; the body wins"));
        else {
            requestBody = doc::Node::mapping();
            doc::Node content = doc::Node::mapping();
            doc::Node media = doc::Node::mapping();
            media.set(QStringLiteral("schema"), formSchema);
            const QString type = consumes.contains(QLatin1String("multipart/form-data"))
                ? QStringLiteral("multipart/form-data")
                : QStringLiteral("application/x-www-form-urlencoded");
            content.set(type, media);
            requestBody.set(QStringLiteral("content"), content);
        }
    }
    // Keep OpenAPI's usual order: parameters and requestBody before responses.
    doc::Node ordered = doc::Node::mapping();
    ordered.setLocation(out.line(), out.column());
    for (const auto &[key, value] : out.members()) {
        if (key == QLatin1String("responses")) {
            if (!parameters.isEmpty())
                ordered.set(QStringLiteral("parameters"), parameters);
            if (!requestBody.isNull())
                ordered.set(QStringLiteral("requestBody"), requestBody);
        }
        ordered.set(key, value);
    }
    if (!ordered.contains(u"responses")) {
        if (!parameters.isEmpty())
            ordered.set(QStringLiteral("parameters"), parameters);
        if (!requestBody.isNull())
            ordered.set(QStringLiteral("requestBody"), requestBody);
    }
    return ordered;
}

doc::Node convertSecurityScheme(const doc::Node &s)
{
    if (!s.isMapping())
        return s;
    const QString type = s[u"type"].toString();
    doc::Node out = doc::Node::mapping();
    out.setLocation(s.line(), s.column());
    if (type == QLatin1String("basic")) {
        for (const auto &[k, v] : s.members()) {
            if (k == QLatin1String("type")) {
                out.set(k, doc::Node::string(QStringLiteral("http")));
                out.set(QStringLiteral("scheme"), doc::Node::string(QStringLiteral("basic")));
            } else {
                out.set(k, v);
            }
        }
        return out;
    }
    if (type == QLatin1String("oauth2")) {
        doc::Node flow = doc::Node::mapping();
        const QString f = s[u"flow"].toString();
        QString flowName = QStringLiteral("implicit");
        if (f == QLatin1String("password"))
            flowName = QStringLiteral("password");
        else if (f == QLatin1String("application"))
            flowName = QStringLiteral("clientCredentials");
        else if (f == QLatin1String("accessCode"))
            flowName = QStringLiteral("authorizationCode");
        if (s.contains(u"authorizationUrl"))
            flow.set(QStringLiteral("authorizationUrl"), s[u"authorizationUrl"]);
        if (s.contains(u"tokenUrl"))
            flow.set(QStringLiteral("tokenUrl"), s[u"tokenUrl"]);
        flow.set(QStringLiteral("scopes"), s.contains(u"scopes") ? s[u"scopes"] : doc::Node::mapping());
        for (const auto &[k, v] : s.members()) {
            if (k == QLatin1String("flow") || k == QLatin1String("authorizationUrl") || k == QLatin1String("tokenUrl")
                || k == QLatin1String("scopes"))
                continue;
            out.set(k, v);
            if (k == QLatin1String("type")) {
                doc::Node flows = doc::Node::mapping();
                flows.set(flowName, flow);
                out.set(QStringLiteral("flows"), flows);
            }
        }
        return out;
    }
    return s;
}

} // namespace

doc::Node convertSwagger2(const doc::Node &swagger, DiagnosticSink &sink)
{
    doc::Node out = doc::Node::mapping();
    out.setLocation(swagger.line(), swagger.column());
    doc::Node components = doc::Node::mapping();
    const QString host = swagger[u"host"].toString();
    const QString basePath = swagger[u"basePath"].toString();
    for (const auto &[key, value] : swagger.members()) {
        if (key == QLatin1String("swagger")) {
            doc::Node v = doc::Node::string(QStringLiteral("3.0.1"));
            v.setLocation(value.line(), value.column());
            out.set(QStringLiteral("openapi"), v);
        } else if (key == QLatin1String("host") || key == QLatin1String("basePath") || key == QLatin1String("schemes")
                   || key == QLatin1String("consumes") || key == QLatin1String("produces")) {
            if (key == QLatin1String("host") || (key == QLatin1String("basePath") && host.isEmpty())) {
                const QStringList schemes = mediaTypes(swagger[u"schemes"], {}, QStringLiteral("https"));
                doc::Node server = doc::Node::mapping();
                server.setLocation(value.line(), value.column());
                server.set(QStringLiteral("url"),
                           doc::Node::string(host.isEmpty() ? basePath
                                                            : schemes.first() + QLatin1String("://") + host + basePath));
                doc::Node servers = doc::Node::sequence();
                servers.append(server);
                out.set(QStringLiteral("servers"), servers);
            }
        } else if (key == QLatin1String("paths") && value.isMapping()) {
            doc::Node paths = doc::Node::mapping();
            paths.setLocation(value.line(), value.column());
            for (const auto &[path, item] : value.members()) {
                if (!item.isMapping()) {
                    paths.set(path, item);
                    continue;
                }
                doc::Node newItem = doc::Node::mapping();
                newItem.setLocation(item.line(), item.column());
                for (const auto &[k, v] : item.members()) {
                    if (operationKeys.contains(k))
                        newItem.set(k, convertOperation(v, swagger, sink, QStringLiteral("paths.%1.%2").arg(path, k)));
                    else if (k == QLatin1String("parameters") && v.isSequence()) {
                        doc::Node params = doc::Node::sequence();
                        for (const doc::Node &p : v.items())
                            params.append(parameterToOas3(p));
                        newItem.set(k, params);
                    } else
                        newItem.set(k, v);
                }
                paths.set(path, newItem);
            }
            out.set(key, paths);
        } else if (key == QLatin1String("definitions")) {
            components.set(QStringLiteral("schemas"), value);
        } else if (key == QLatin1String("parameters") && value.isMapping()) {
            doc::Node params = doc::Node::mapping();
            for (const auto &[name, p] : value.members())
                params.set(name, parameterToOas3(p));
            components.set(QStringLiteral("parameters"), params);
        } else if (key == QLatin1String("responses")) {
            components.set(QStringLiteral("responses"), value);
        } else if (key == QLatin1String("securityDefinitions") && value.isMapping()) {
            doc::Node schemes = doc::Node::mapping();
            for (const auto &[name, s] : value.members())
                schemes.set(name, convertSecurityScheme(s));
            components.set(QStringLiteral("securitySchemes"), schemes);
        } else {
            out.set(key, value);
        }
    }
    if (!components.isEmpty())
        out.set(QStringLiteral("components"), components);
    rewriteRefs(out);
    return out;
}

} // namespace gw::io
