// SPDX-License-Identifier: GPL-3.0-or-later
#include "apiexport.h"

#include "exportlocal.h"
#include "openapi.h"

#include <QRegularExpression>
#include <QSaveFile>
#include <QUrl>

namespace gw::io {

namespace {

struct FormatName
{
    ExportFormat format;
    QLatin1String name;
};
const FormatName formatNames[] = {
    {ExportFormat::OpenApi30, QLatin1String("oas30")},
    {ExportFormat::Swagger20, QLatin1String("swagger")},
    {ExportFormat::Sam, QLatin1String("sam")},
    {ExportFormat::CloudFormation, QLatin1String("cloudformation")},
    {ExportFormat::Terraform, QLatin1String("terraform")},
};

const QStringList operationKeys = {QStringLiteral("get"), QStringLiteral("put"), QStringLiteral("post"),
                                   QStringLiteral("delete"), QStringLiteral("options"), QStringLiteral("head"),
                                   QStringLiteral("patch"), QStringLiteral("x-amazon-apigateway-any-method")};

/// Rewrites OpenAPI 3.0 `$ref` targets to their Swagger 2.0 places, everywhere in `n`.
void rewriteRefsTo2(doc::Node &n)
{
    if (n.isMapping()) {
        if (doc::Node *ref = n.find(u"$ref"); ref && ref->isString()) {
            QString r = ref->scalarText();
            if (r.startsWith(QLatin1String("#/components/schemas/")))
                r = QLatin1String("#/definitions/") + r.mid(21);
            else if (r.startsWith(QLatin1String("#/components/parameters/")))
                r = QLatin1String("#/parameters/") + r.mid(24);
            else if (r.startsWith(QLatin1String("#/components/responses/")))
                r = QLatin1String("#/responses/") + r.mid(23);
            *ref = doc::Node::string(r);
        }
        for (auto &member : n.members())
            rewriteRefsTo2(member.second);
    } else if (n.isSequence()) {
        for (doc::Node &item : n.items())
            rewriteRefsTo2(item);
    }
}

/// A parameter or header with `schema` gets the schema's fields inline, as Swagger 2.0 writes non-body parameters.
doc::Node parameterTo2(const doc::Node &p, const QString &where, QStringList *warnings)
{
    if (!p.isMapping() || p.contains(u"$ref"))
        return p;
    doc::Node out = doc::Node::mapping();
    for (const auto &[key, value] : p.members()) {
        if (key == QLatin1String("schema") && value.isMapping()) {
            if (value.contains(u"$ref") || value[u"type"].toString() == QLatin1String("object")) {
                warnings->append(QStringLiteral("%1: a parameter schema that is an object or a $ref has no Swagger 2.0 "
                                                "form; it is written as type: string")
                                     .arg(where));
                out.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
                continue;
            }
            // Swagger 2.0 parameters take only these schema keywords (and extensions).
            static const QStringList keywords = {
                QStringLiteral("type"), QStringLiteral("format"), QStringLiteral("items"), QStringLiteral("default"),
                QStringLiteral("maximum"), QStringLiteral("exclusiveMaximum"), QStringLiteral("minimum"),
                QStringLiteral("exclusiveMinimum"), QStringLiteral("maxLength"), QStringLiteral("minLength"),
                QStringLiteral("pattern"), QStringLiteral("maxItems"), QStringLiteral("minItems"),
                QStringLiteral("uniqueItems"), QStringLiteral("enum"), QStringLiteral("multipleOf")};
            for (const auto &[sk, sv] : value.members()) {
                if (keywords.contains(sk) || sk.startsWith(QLatin1String("x-")))
                    out.set(sk, sv);
            }
        } else if (key == QLatin1String("style") || key == QLatin1String("explode") || key == QLatin1String("example")
                   || key == QLatin1String("examples")) {
            // OpenAPI 3.0 only; Swagger's default collectionFormat (csv) matches AWS's reading.
        } else if (key == QLatin1String("content")) {
            warnings->append(QStringLiteral("%1: a parameter with `content` has no Swagger 2.0 form; it is written as "
                                            "type: string")
                                 .arg(where));
            out.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
        } else {
            out.set(key, value);
        }
    }
    if (!out.contains(u"type") && !out.contains(u"$ref") && out[u"in"].toString() != QLatin1String("body")
        && p.isMapping() && !p.contains(u"schema"))
        out.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
    return out;
}

doc::Node headersTo2(const doc::Node &headers, const QString &where, QStringList *warnings)
{
    doc::Node out = doc::Node::mapping();
    for (const auto &[name, h] : headers.members()) {
        doc::Node converted = parameterTo2(h, where + QLatin1Char('.') + name, warnings);
        converted.remove(u"required"); // Swagger 2.0 headers have no `required`
        if (!converted.contains(u"type"))
            converted.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
        out.set(name, converted);
    }
    return out;
}

/// An OpenAPI 3.0 response object as Swagger 2.0 writes it; adds its media types to `produces`.
doc::Node responseTo2(const doc::Node &r, QStringList *produces, const QString &where, QStringList *warnings)
{
    if (!r.isMapping() || r.contains(u"$ref"))
        return r;
    doc::Node out = doc::Node::mapping();
    for (const auto &[key, value] : r.members()) {
        if (key == QLatin1String("content") && value.isMapping()) {
            bool first = true;
            for (const auto &[type, media] : value.members()) {
                if (!produces->contains(type))
                    produces->append(type);
                if (first && media.contains(u"schema"))
                    out.set(QStringLiteral("schema"), media[u"schema"]);
                else if (!first && media[u"schema"] != value.members().front().second[u"schema"])
                    warnings->append(QStringLiteral("%1: Swagger 2.0 has one schema per response; the schema for %2 is "
                                                    "left out")
                                         .arg(where, type));
                first = false;
            }
        } else if (key == QLatin1String("headers") && value.isMapping()) {
            out.set(key, headersTo2(value, where + QStringLiteral(".headers"), warnings));
        } else if (key == QLatin1String("links")) {
            warnings->append(QStringLiteral("%1.links: Swagger 2.0 has no links; left out").arg(where));
        } else {
            out.set(key, value);
        }
    }
    if (!out.contains(u"description"))
        out.set(QStringLiteral("description"), doc::Node::string(QString()));
    return out;
}

bool isFormType(const QString &type)
{
    return type == QLatin1String("application/x-www-form-urlencoded") || type == QLatin1String("multipart/form-data");
}

doc::Node operationTo2(const doc::Node &op, const doc::Node &root, const QString &where, QStringList *warnings)
{
    if (!op.isMapping())
        return op;
    doc::Node out = doc::Node::mapping();
    QStringList consumes, produces;
    doc::Node parameters = doc::Node::sequence();
    for (const doc::Node &p : op[u"parameters"].items())
        parameters.append(parameterTo2(p, where + QStringLiteral(".parameters"), warnings));
    doc::Node body = op[u"requestBody"];
    if (body.isMapping() && body.contains(u"$ref")) {
        const QString ref = body[u"$ref"].toString();
        static const QLatin1String prefix("#/components/requestBodies/");
        body = ref.startsWith(prefix) ? root[u"components"][u"requestBodies"][QStringView(ref).mid(prefix.size())]
                                      : doc::Node();
        if (body.isNull())
            warnings->append(QStringLiteral("%1.requestBody: the $ref %2 does not resolve; the body is left out").arg(where, ref));
    }
    if (body.isMapping()) {
        const doc::Node &content = body[u"content"];
        doc::Node schema;
        bool form = false;
        for (const auto &[type, media] : content.members()) {
            consumes.append(type);
            if (schema.isNull()) {
                schema = media[u"schema"];
                form = isFormType(type);
            }
        }
        if (form && schema[u"properties"].isMapping()) {
            QStringList required;
            for (const doc::Node &r : schema[u"required"].items())
                required.append(r.toString());
            for (const auto &[name, prop] : schema[u"properties"].members()) {
                doc::Node p = doc::Node::mapping();
                p.set(QStringLiteral("name"), doc::Node::string(name));
                p.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("formData")));
                if (required.contains(name))
                    p.set(QStringLiteral("required"), doc::Node::boolean(true));
                doc::Node withSchema = doc::Node::mapping();
                withSchema.set(QStringLiteral("schema"), prop);
                const doc::Node converted = parameterTo2(withSchema, where + QStringLiteral(".requestBody"), warnings);
                for (const auto &[k, v] : converted.members())
                    p.set(k, v);
                parameters.append(p);
            }
        } else {
            doc::Node p = doc::Node::mapping();
            p.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("body")));
            const QString name = body[u"x-amazon-apigateway-request-body-name"].toString(QStringLiteral("body"));
            p.set(QStringLiteral("name"), doc::Node::string(name));
            if (body.contains(u"description"))
                p.set(QStringLiteral("description"), body[u"description"]);
            if (body[u"required"].toBool())
                p.set(QStringLiteral("required"), doc::Node::boolean(true));
            p.set(QStringLiteral("schema"), schema.isNull() ? doc::Node::mapping() : schema);
            parameters.append(p);
        }
    }
    doc::Node responses;
    if (op[u"responses"].isMapping() && !op[u"responses"].isEmpty()) {
        responses = doc::Node::mapping();
        for (const auto &[status, r] : op[u"responses"].members())
            responses.set(status, responseTo2(r, &produces, where + QStringLiteral(".responses.") + status, warnings));
    }
    const auto strings = [](const QStringList &list) {
        doc::Node n = doc::Node::sequence();
        for (const QString &s : list)
            n.append(doc::Node::string(s));
        return n;
    };
    for (const auto &[key, value] : op.members()) {
        if (key == QLatin1String("parameters") || key == QLatin1String("requestBody"))
            continue;
        if (key == QLatin1String("responses") && !responses.isNull()) {
            if (!consumes.isEmpty())
                out.set(QStringLiteral("consumes"), strings(consumes));
            if (!produces.isEmpty())
                out.set(QStringLiteral("produces"), strings(produces));
            if (!parameters.isEmpty())
                out.set(QStringLiteral("parameters"), parameters);
            out.set(key, responses);
        } else if (key == QLatin1String("responses")) {
            // empty: replaced below
        } else if (key == QLatin1String("callbacks") || key == QLatin1String("servers")) {
            warnings->append(QStringLiteral("%1.%2: Swagger 2.0 has no %2; left out").arg(where, key));
        } else {
            out.set(key, value);
        }
    }
    if (!out.contains(u"responses")) {
        if (!consumes.isEmpty())
            out.set(QStringLiteral("consumes"), strings(consumes));
        if (!parameters.isEmpty())
            out.set(QStringLiteral("parameters"), parameters);
        // Swagger 2.0 requires responses.
        doc::Node def = doc::Node::mapping();
        doc::Node ok = doc::Node::mapping();
        ok.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("Default response")));
        def.set(QStringLiteral("200"), ok);
        out.set(QStringLiteral("responses"), def);
    }
    return out;
}

doc::Node securitySchemeTo2(const doc::Node &s, const QString &where, QStringList *warnings)
{
    if (!s.isMapping())
        return s;
    const QString type = s[u"type"].toString();
    doc::Node out = doc::Node::mapping();
    if (type == QLatin1String("http") && s[u"scheme"].toString().compare(QLatin1String("basic"), Qt::CaseInsensitive) == 0) {
        for (const auto &[k, v] : s.members()) {
            if (k == QLatin1String("type"))
                out.set(k, doc::Node::string(QStringLiteral("basic")));
            else if (k != QLatin1String("scheme"))
                out.set(k, v);
        }
        return out;
    }
    if (type == QLatin1String("oauth2")) {
        const doc::Node &flows = s[u"flows"];
        QString flowName, flow2;
        if (flows.contains(u"implicit"))
            flowName = QStringLiteral("implicit"), flow2 = QStringLiteral("implicit");
        else if (flows.contains(u"password"))
            flowName = QStringLiteral("password"), flow2 = QStringLiteral("password");
        else if (flows.contains(u"clientCredentials"))
            flowName = QStringLiteral("clientCredentials"), flow2 = QStringLiteral("application");
        else if (flows.contains(u"authorizationCode"))
            flowName = QStringLiteral("authorizationCode"), flow2 = QStringLiteral("accessCode");
        for (const auto &[k, v] : s.members()) {
            if (k != QLatin1String("flows")) {
                out.set(k, v);
                continue;
            }
            if (flowName.isEmpty())
                continue;
            const doc::Node &f = flows[flowName];
            out.set(QStringLiteral("flow"), doc::Node::string(flow2));
            for (const QString &field : {QStringLiteral("authorizationUrl"), QStringLiteral("tokenUrl"), QStringLiteral("scopes")}) {
                if (f.contains(field))
                    out.set(field, f[field]);
            }
        }
        if (!out.contains(u"flow")) {
            // An HTTP API JWT authorizer's oauth2 scheme has no flows; Swagger requires one.
            out.set(QStringLiteral("flow"), doc::Node::string(QStringLiteral("implicit")));
            out.set(QStringLiteral("authorizationUrl"), doc::Node::string(QStringLiteral("https://example.com/authorize")));
        }
        if (!out.contains(u"scopes"))
            out.set(QStringLiteral("scopes"), doc::Node::mapping());
        return out;
    }
    if (type == QLatin1String("openIdConnect") || type == QLatin1String("http")) {
        warnings->append(QStringLiteral("%1: a `%2` security scheme has no Swagger 2.0 form; it is kept as written")
                             .arg(where, type));
    }
    return s;
}

QStringList pathParameterNames(const QString &path)
{
    QStringList out;
    static const QRegularExpression param(QStringLiteral("\\{([^}+]+)\\+?\\}"));
    for (const auto &m : param.globalMatch(path))
        out.append(m.captured(1));
    return out;
}

bool declaresPathParameter(const doc::Node &parameters, const QString &name)
{
    for (const doc::Node &p : parameters.items()) {
        if (p[u"in"].toString() == QLatin1String("path") && p[u"name"].toString() == name)
            return true;
    }
    return false;
}

doc::Node stringSchema()
{
    doc::Node schema = doc::Node::mapping();
    schema.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("string")));
    return schema;
}

} // namespace

void completeForAws(doc::Node &document, const QString &apiId, QStringList *warnings)
{
    doc::Node *info = document.find(u"info");
    if (!info || !info->isMapping()) {
        doc::Node i = doc::Node::mapping();
        i.set(QStringLiteral("title"), doc::Node::string(apiId));
        document.set(QStringLiteral("info"), i);
        info = document.find(u"info");
        warnings->append(QStringLiteral("%1: info is missing (OpenAPI requires it); exported with title %1").arg(apiId));
    }
    const doc::Node &version = (*info)[u"version"];
    if (version.isNull() || !version.isString()) {
        const QString text = version.isNull() ? QStringLiteral("1.0") : version.scalarText();
        info->set(QStringLiteral("version"), doc::Node::string(text));
        warnings->append(QStringLiteral("%1: info.version %2 (OpenAPI requires a string); exported as \"%3\"")
                             .arg(apiId, version.isNull() ? QStringLiteral("is missing") : QStringLiteral("is not a string"), text));
    }
    doc::Node *paths = document.find(u"paths");
    if (!paths || !paths->isMapping())
        return;
    QStringList noResponses, undeclared, untyped;
    for (auto &[path, item] : paths->members()) {
        if (!item.isMapping())
            continue;
        const doc::Node pathLevel = item[u"parameters"];
        for (auto &[key, op] : item.members()) {
            if (!operationKeys.contains(key) || !op.isMapping())
                continue;
            const QString where = path + QLatin1Char(' ') + key;
            // Path parameters must be declared (AWS's own export declares them).
            for (const QString &name : pathParameterNames(path)) {
                if (declaresPathParameter(pathLevel, name) || declaresPathParameter(op[u"parameters"], name))
                    continue;
                doc::Node p = doc::Node::mapping();
                p.set(QStringLiteral("name"), doc::Node::string(name));
                p.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("path")));
                p.set(QStringLiteral("required"), doc::Node::boolean(true));
                p.set(QStringLiteral("schema"), stringSchema());
                if (!op.contains(u"parameters"))
                    op.set(QStringLiteral("parameters"), doc::Node::sequence());
                op.find(u"parameters")->append(p);
                if (!undeclared.contains(where))
                    undeclared.append(where);
            }
            if (doc::Node *params = op.find(u"parameters"); params && params->isSequence()) {
                for (doc::Node &p : params->items()) {
                    if (p.isMapping() && !p.contains(u"$ref") && !p.contains(u"schema") && !p.contains(u"content")) {
                        p.set(QStringLiteral("schema"), stringSchema());
                        if (!untyped.contains(where))
                            untyped.append(where);
                    }
                }
            }
            // Method responses: one per status code the integration responds with.
            const doc::Node &responses = op[u"responses"];
            if (responses.isMapping() && !responses.isEmpty())
                continue;
            doc::Node made = doc::Node::mapping();
            for (const auto &[pattern, r] : op[u"x-amazon-apigateway-integration"][u"responses"].members()) {
                const QString status = r[u"statusCode"].toString();
                if (status.isEmpty() || made.contains(status))
                    continue;
                doc::Node response = doc::Node::mapping();
                response.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("%1 response").arg(status)));
                doc::Node headers = doc::Node::mapping();
                for (const auto &[target, value] : r[u"responseParameters"].members()) {
                    static const QLatin1String prefix("method.response.header.");
                    if (target.startsWith(prefix)) {
                        doc::Node h = doc::Node::mapping();
                        h.set(QStringLiteral("schema"), stringSchema());
                        headers.set(target.mid(prefix.size()), h);
                    }
                }
                if (!headers.isEmpty())
                    response.set(QStringLiteral("headers"), headers);
                made.set(status, response);
            }
            if (made.isEmpty()) {
                doc::Node response = doc::Node::mapping();
                response.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("200 response")));
                made.set(QStringLiteral("200"), response);
            }
            op.set(QStringLiteral("responses"), made);
            noResponses.append(where);
        }
    }
    if (!noResponses.isEmpty())
        warnings->append(QStringLiteral("%1: %2 operation(s) had no responses (OpenAPI requires them, and AWS needs a method "
                                        "response for each status code an integration response sets); exported with the "
                                        "status codes of their integration responses: %3")
                             .arg(apiId)
                             .arg(noResponses.size())
                             .arg(noResponses.join(QLatin1String(", "))));
    if (!undeclared.isEmpty())
        warnings->append(QStringLiteral("%1: path parameters were not declared (OpenAPI requires it); exported with "
                                        "string path parameters: %2")
                             .arg(apiId, undeclared.join(QLatin1String(", "))));
    if (!untyped.isEmpty())
        warnings->append(QStringLiteral("%1: parameters without a schema (OpenAPI requires one) are exported as strings: %2")
                             .arg(apiId, untyped.join(QLatin1String(", "))));
}

QString exportFormatName(ExportFormat format)
{
    for (const FormatName &f : formatNames) {
        if (f.format == format)
            return f.name;
    }
    return {};
}

bool parseExportFormat(QStringView text, ExportFormat *out)
{
    for (const FormatName &f : formatNames) {
        if (text == f.name) {
            *out = f.format;
            return true;
        }
    }
    return false;
}

QStringList exportFormatNames()
{
    QStringList out;
    for (const FormatName &f : formatNames)
        out.append(f.name);
    return out;
}

bool exportsOneApi(ExportFormat format)
{
    return format == ExportFormat::OpenApi30 || format == ExportFormat::Swagger20;
}

bool exportHasSyntax(ExportFormat format)
{
    return format != ExportFormat::Terraform;
}

doc::Syntax defaultExportSyntax(const QString &outputPath)
{
    return outputPath.endsWith(QLatin1String(".json"), Qt::CaseInsensitive) ? doc::Syntax::Json : doc::Syntax::Yaml;
}

bool writeExportFile(const QString &path, const QByteArray &text, QString *error)
{
    QSaveFile file(path);
    // flush() before commit(): QSaveFile::commit() does not notice a buffered tail that failed to reach the disk.
    if (!file.open(QIODevice::WriteOnly) || file.write(text) != text.size() || !file.flush() || !file.commit()) {
        if (error)
            *error = file.errorString();
        file.cancelWriting();
        return false;
    }
    return true;
}

doc::Node convertToSwagger2(const doc::Node &oas3, QStringList *warnings)
{
    doc::Node out = doc::Node::mapping();
    out.set(QStringLiteral("swagger"), doc::Node::string(QStringLiteral("2.0")));
    for (const auto &[key, value] : oas3.members()) {
        if (key == QLatin1String("openapi")) {
            continue;
        } else if (key == QLatin1String("servers") && value.isSequence() && !value.isEmpty()) {
            const doc::Node &server = value.items().front();
            QString url = server[u"url"].toString();
            for (const auto &[name, variable] : server[u"variables"].members())
                url.replace(QLatin1Char('{') + name + QLatin1Char('}'), variable[u"default"].toString());
            const QUrl parsed(url);
            if (!parsed.host().isEmpty()) {
                out.set(QStringLiteral("host"),
                        doc::Node::string(parsed.port() > 0 ? QStringLiteral("%1:%2").arg(parsed.host()).arg(parsed.port())
                                                            : parsed.host()));
            }
            const QString path = parsed.host().isEmpty() ? url : parsed.path();
            if (!path.isEmpty())
                out.set(QStringLiteral("basePath"), doc::Node::string(path.startsWith(QLatin1Char('/')) ? path : QLatin1Char('/') + path));
            if (!parsed.scheme().isEmpty()) {
                doc::Node schemes = doc::Node::sequence();
                schemes.append(doc::Node::string(parsed.scheme()));
                out.set(QStringLiteral("schemes"), schemes);
            }
            if (value.size() > 1)
                warnings->append(QStringLiteral("servers: Swagger 2.0 has one host; only %1 is kept").arg(url));
        } else if (key == QLatin1String("paths") && value.isMapping()) {
            doc::Node paths = doc::Node::mapping();
            for (const auto &[path, item] : value.members()) {
                doc::Node newItem = doc::Node::mapping();
                for (const auto &[k, v] : item.members()) {
                    const QString where = QStringLiteral("paths.%1.%2").arg(path, k);
                    if (operationKeys.contains(k)) {
                        newItem.set(k, operationTo2(v, oas3, where, warnings));
                    } else if (k == QLatin1String("parameters") && v.isSequence()) {
                        doc::Node params = doc::Node::sequence();
                        for (const doc::Node &p : v.items())
                            params.append(parameterTo2(p, where, warnings));
                        newItem.set(k, params);
                    } else if (k == QLatin1String("summary") || k == QLatin1String("description")
                               || k == QLatin1String("servers") || k == QLatin1String("trace")) {
                        // OpenAPI 3.0 path-item fields Swagger 2.0 does not have.
                    } else {
                        newItem.set(k, v);
                    }
                }
                paths.set(path, newItem);
            }
            out.set(key, paths);
        } else if (key == QLatin1String("components") && value.isMapping()) {
            for (const auto &[ck, cv] : value.members()) {
                if (ck == QLatin1String("schemas")) {
                    out.set(QStringLiteral("definitions"), cv);
                } else if (ck == QLatin1String("parameters")) {
                    doc::Node params = doc::Node::mapping();
                    for (const auto &[name, p] : cv.members())
                        params.set(name, parameterTo2(p, QStringLiteral("components.parameters.") + name, warnings));
                    out.set(QStringLiteral("parameters"), params);
                } else if (ck == QLatin1String("responses")) {
                    doc::Node responses = doc::Node::mapping();
                    QStringList ignored;
                    for (const auto &[name, r] : cv.members())
                        responses.set(name, responseTo2(r, &ignored, QStringLiteral("components.responses.") + name, warnings));
                    out.set(QStringLiteral("responses"), responses);
                } else if (ck == QLatin1String("securitySchemes")) {
                    doc::Node schemes = doc::Node::mapping();
                    for (const auto &[name, s] : cv.members())
                        schemes.set(name, securitySchemeTo2(s, QStringLiteral("components.securitySchemes.") + name, warnings));
                    out.set(QStringLiteral("securityDefinitions"), schemes);
                } else if (ck == QLatin1String("requestBodies")) {
                    // Inlined into the operations that use them.
                } else {
                    warnings->append(QStringLiteral("components.%1: Swagger 2.0 has no place for it; left out").arg(ck));
                }
            }
        } else {
            out.set(key, value);
        }
    }
    rewriteRefsTo2(out);
    return out;
}

doc::Node exportOpenApi30(const model::Project &project, const model::Api &api, QStringList *warnings)
{
    doc::Node document = writeOpenApi(api.definition);
    const bool http = api.protocol == model::Protocol::Http;
    if (http && !document.contains(u"x-amazon-apigateway-importexport-version"))
        document.set(QStringLiteral("x-amazon-apigateway-importexport-version"), doc::Node::string(QStringLiteral("1.0")));
    if (!http && document.remove(u"x-amazon-apigateway-importexport-version"))
        warnings->append(QStringLiteral("%1: x-amazon-apigateway-importexport-version is left out: it would make AWS import "
                                        "this REST API as an HTTP API")
                             .arg(api.id));
    completeForAws(document, api.id, warnings);
    exportlocal::Collector collector(project, exportlocal::Target::OpenApi);
    collector.rewrite(document, api.id);
    warnings->append(collector.warnings());
    for (const model::Stage &stage : api.stages) {
        if (stage.canary)
            warnings->append(QStringLiteral("%1: stage %2's canary is left out: an OpenAPI document holds no stages (export "
                                            "SAM, CloudFormation or Terraform to keep it)")
                                 .arg(api.id, stage.name));
    }
    return document;
}

ExportResult exportProject(const model::Project &project, const ExportOptions &options)
{
    ExportResult result;
    if (options.format == ExportFormat::Sam || options.format == ExportFormat::CloudFormation)
        return exportCloudFormation(project, options, options.format == ExportFormat::Sam);
    if (options.format == ExportFormat::Terraform)
        return exportTerraform(project, options);

    const model::Api *api = nullptr;
    if (!options.apiId.isEmpty()) {
        api = project.api(options.apiId);
        if (!api) {
            QStringList ids;
            for (const model::Api &a : project.apis)
                ids.append(a.id);
            result.error = QStringLiteral("the project has no API `%1` (its APIs: %2)")
                               .arg(options.apiId, ids.join(QLatin1String(", ")));
            return result;
        }
    } else if (!project.apis.isEmpty()) {
        api = &project.apis.first();
        if (project.apis.size() > 1) {
            QStringList others;
            for (qsizetype i = 1; i < project.apis.size(); ++i)
                others.append(project.apis[i].id);
            result.warnings.append(QStringLiteral("the project has %1 APIs; exporting `%2` (choose another with --api ID: %3)")
                                       .arg(project.apis.size())
                                       .arg(api->id, others.join(QLatin1String(", "))));
        }
    }
    if (!api) {
        result.error = QStringLiteral("the project has no API to export");
        return result;
    }
    if (api->protocol == model::Protocol::WebSocket) {
        result.error = QStringLiteral("API `%1` is a WebSocket API; AWS exports those only as templates").arg(api->id);
        return result;
    }
    if (options.format == ExportFormat::Swagger20 && api->protocol == model::Protocol::Http) {
        result.error = QStringLiteral("API `%1` is an HTTP API: AWS exports HTTP APIs only as OpenAPI 3.0 (use --format "
                                      "oas30)")
                           .arg(api->id);
        return result;
    }
    doc::Node document = exportOpenApi30(project, *api, &result.warnings);
    if (options.format == ExportFormat::Swagger20)
        document = convertToSwagger2(document, &result.warnings);
    result.text = options.syntax == doc::Syntax::Json ? doc::writeJson(document) : doc::writeYaml(document);
    return result;
}

} // namespace gw::io
