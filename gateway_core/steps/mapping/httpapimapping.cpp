// SPDX-License-Identifier: GPL-3.0-or-later
#include "httpapimapping.h"

#include "requestmapping.h"

#include "engine/compiledgateway.h"
#include "pipeline/exchange.h"
#include "pipeline/parametersources.h"
#include "vtl/jsonpath.h"

#include <QUrl>

namespace gw {

namespace {

/// AWS's reserved headers, which HTTP API parameter mapping refuses ("Reserved headers" in the developer guide).
bool isReservedHeader(const QString &name)
{
    static const QStringList exact = {
        QStringLiteral("authorization"), QStringLiteral("connection"), QStringLiteral("content-encoding"),
        QStringLiteral("content-length"), QStringLiteral("content-location"), QStringLiteral("forwarded"),
        QStringLiteral("keep-alive"), QStringLiteral("origin"), QStringLiteral("proxy-authenticate"),
        QStringLiteral("proxy-authorization"), QStringLiteral("te"), QStringLiteral("trailers"),
        QStringLiteral("transfer-encoding"), QStringLiteral("upgrade"), QStringLiteral("x-forwarded-for"),
        QStringLiteral("x-forwarded-host"), QStringLiteral("x-forwarded-proto"), QStringLiteral("via")};
    const QString n = name.toLower();
    return exact.contains(n) || n.startsWith(QLatin1String("access-control-")) || n.startsWith(QLatin1String("apigw-"))
        || n.startsWith(QLatin1String("x-amz-")) || n.startsWith(QLatin1String("x-amzn-"));
}

std::optional<HttpApiParameterOp> parseOp(const QString &key, const QString &value, bool response, QString *error)
{
    HttpApiParameterOp op;
    op.key = key;
    op.value = value;
    const qsizetype colon = key.indexOf(QLatin1Char(':'));
    const QString action = key.left(colon).toLower();
    const QString target = colon < 0 ? QString() : key.mid(colon + 1);
    if (action == QLatin1String("append"))
        op.action = HttpApiParameterOp::Action::Append;
    else if (action == QLatin1String("overwrite"))
        op.action = HttpApiParameterOp::Action::Overwrite;
    else if (action == QLatin1String("remove"))
        op.action = HttpApiParameterOp::Action::Remove;
    else {
        *error = QStringLiteral("`%1` must start with append:, overwrite: or remove:").arg(key);
        return std::nullopt;
    }
    if (target.startsWith(QLatin1String("header."), Qt::CaseInsensitive)) {
        op.target = HttpApiParameterOp::Target::Header;
        op.name = target.mid(7);
        if (isReservedHeader(op.name)) {
            *error = QStringLiteral("`%1`: %2 is a reserved header, which AWS does not let parameter mapping change")
                         .arg(key, op.name);
            return std::nullopt;
        }
    } else if (!response && target.startsWith(QLatin1String("querystring."), Qt::CaseInsensitive)) {
        op.target = HttpApiParameterOp::Target::Querystring;
        op.name = target.mid(12);
    } else if (!response && target.compare(QLatin1String("path"), Qt::CaseInsensitive) == 0
               && op.action == HttpApiParameterOp::Action::Overwrite) {
        op.target = HttpApiParameterOp::Target::Path;
    } else if (response && target.compare(QLatin1String("statuscode"), Qt::CaseInsensitive) == 0
               && op.action == HttpApiParameterOp::Action::Overwrite) {
        op.target = HttpApiParameterOp::Target::StatusCode;
    } else {
        *error = response ? QStringLiteral("`%1` must be append|overwrite|remove:header.NAME or overwrite:statuscode").arg(key)
                          : QStringLiteral("`%1` must be append|overwrite|remove:header.NAME, "
                                           "append|overwrite|remove:querystring.NAME or overwrite:path")
                                .arg(key);
        return std::nullopt;
    }
    if (op.name.isEmpty() && (op.target == HttpApiParameterOp::Target::Header || op.target == HttpApiParameterOp::Target::Querystring)) {
        *error = QStringLiteral("`%1` names no parameter").arg(key);
        return std::nullopt;
    }
    return op;
}

QString jsonPathOf(const QByteArray &body, QStringView path)
{
    const std::optional<vtl::Value> doc = vtl::Value::fromJson(QString::fromUtf8(body));
    if (!doc)
        return QString();
    QString error;
    const std::optional<vtl::Value> v = vtl::evaluateJsonPath(*doc, path.isEmpty() ? QStringView(u"$") : path, &error);
    if (!v || v->isNull())
        return QString();
    return v->isString() ? v->stringRef() : v->toJson();
}

/// The value of one reference (without `$`): request.*, response.*, context.*, stageVariables.*.
QString referenceValue(const Exchange &ex, const QString &ref, const http::HttpHeaders *responseHeaders,
                       const QByteArray *responseBody)
{
    const http::HttpRequest &req = ex.request();
    if (ref.startsWith(QLatin1String("request.header.")))
        return QString::fromUtf8(req.headers.values(ref.mid(15).toLatin1()).join(','));
    if (ref.startsWith(QLatin1String("request.querystring.")))
        return resolveParameterSource(ex, QString(QStringLiteral("method.request.multivaluequerystring.") + ref.mid(20))).value_or(QString());
    if (ref == QLatin1String("request.body"))
        return QString::fromUtf8(req.body);
    if (ref.startsWith(QLatin1String("request.body.")))
        return jsonPathOf(req.body.left(100 * 1024), QString(QStringLiteral("$.") + ref.mid(13)));
    if (ref == QLatin1String("request.path"))
        return ex.stagePath();
    if (ref.startsWith(QLatin1String("request.path.")))
        return ex.routeMatch().parameter(ref.mid(13));
    if (ref.startsWith(QLatin1String("response.header.")))
        return responseHeaders ? QString::fromUtf8(responseHeaders->values(ref.mid(16).toLatin1()).join(',')) : QString();
    if (ref == QLatin1String("response.body"))
        return responseBody ? QString::fromUtf8(*responseBody) : QString();
    if (ref.startsWith(QLatin1String("response.body.")))
        return responseBody ? jsonPathOf(*responseBody, QString(QStringLiteral("$.") + ref.mid(14))) : QString();
    if (ref.startsWith(QLatin1String("context.")))
        return contextVariable(ex, QStringView(ref).mid(8)).value_or(QString());
    if (ref.startsWith(QLatin1String("stageVariables.")))
        return ex.stage() ? ex.stage()->variable(QStringView(ref).mid(15)) : QString();
    return QStringLiteral("$") + ref; // not a reference AWS knows: literal text
}

/// Evaluates a selection expression: literal text with `$ref` and `${ref}` references.
QString evaluate(const Exchange &ex, const QString &expr, const http::HttpHeaders *responseHeaders,
                 const QByteArray *responseBody)
{
    QString out;
    const qsizetype n = expr.size();
    for (qsizetype i = 0; i < n;) {
        if (expr[i] != QLatin1Char('$') || i + 1 >= n) {
            out += expr[i++];
            continue;
        }
        if (expr[i + 1] == QLatin1Char('{')) {
            const qsizetype end = expr.indexOf(QLatin1Char('}'), i + 2);
            if (end < 0) {
                out += expr.mid(i);
                break;
            }
            out += referenceValue(ex, expr.mid(i + 2, end - i - 2), responseHeaders, responseBody);
            i = end + 1;
            continue;
        }
        qsizetype j = i + 1;
        while (j < n && (expr[j].isLetterOrNumber() || expr[j] == QLatin1Char('.') || expr[j] == QLatin1Char('_')
                         || expr[j] == QLatin1Char('-') || expr[j] == QLatin1Char('[') || expr[j] == QLatin1Char(']')))
            ++j;
        if (j == i + 1) {
            out += expr[i++];
            continue;
        }
        out += referenceValue(ex, expr.mid(i + 1, j - i - 1), responseHeaders, responseBody);
        i = j;
    }
    return out;
}

QString decode(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

void applyHeaderOp(const HttpApiParameterOp &op, const QString &value, http::HttpHeaders &headers)
{
    const QByteArray name = op.name.toLatin1();
    switch (op.action) {
    case HttpApiParameterOp::Action::Remove:
        headers.remove(name);
        break;
    case HttpApiParameterOp::Action::Overwrite:
        headers.set(name, value.toUtf8());
        break;
    case HttpApiParameterOp::Action::Append: {
        // AWS combines the values with a comma ("value1,value2").
        const QByteArray existing = headers.values(name).join(',');
        headers.set(name, existing.isEmpty() ? value.toUtf8() : existing + ',' + value.toUtf8());
        break;
    }
    }
}

} // namespace

HttpApiParameterMapping readHttpApiParameterMapping(const model::StringPairs &requestParameters,
                                                    const doc::Node &responseParameters, QStringList *errors)
{
    HttpApiParameterMapping out;
    QString error;
    for (const auto &[key, value] : requestParameters) {
        if (const auto op = parseOp(key, value, false, &error))
            out.request.append(*op);
        else if (errors)
            errors->append(QStringLiteral("requestParameters %1; it is not applied").arg(error));
    }
    for (const auto &[status, ops] : responseParameters.members()) {
        bool ok = false;
        const int code = status.toInt(&ok);
        if (!ok || code < 200 || code > 599) {
            if (errors)
                errors->append(QStringLiteral("responseParameters key `%1` must be a status code from 200 to 599; it is not "
                                              "applied")
                                   .arg(status));
            continue;
        }
        QList<HttpApiParameterOp> list;
        for (const auto &[key, value] : ops.members()) {
            if (const auto op = parseOp(key, value.toString(), true, &error)) {
                out.responseUsesBody |= op->value.contains(QLatin1String("response.body"));
                list.append(*op);
            } else if (errors) {
                errors->append(QStringLiteral("responseParameters.%1: %2; it is not applied").arg(status, error));
            }
        }
        out.responses.append({status, list});
    }
    return out;
}

void applyHttpApiRequestMapping(Exchange &ex, const QList<HttpApiParameterOp> &ops, http::HttpHeaders &headers,
                                QByteArray &query, QByteArray &path)
{
    if (ops.isEmpty())
        return;
    // The query string as pairs (encoded as received), so that operations keep the others untouched.
    QList<QPair<QString, QByteArray>> pairs;
    for (const QByteArray &part : query.split('&')) {
        if (part.isEmpty())
            continue;
        const qsizetype eq = part.indexOf('=');
        pairs.append({decode(eq < 0 ? QByteArrayView(part) : QByteArrayView(part).first(eq)), part});
    }
    for (const HttpApiParameterOp &op : ops) {
        const QString value = op.action == HttpApiParameterOp::Action::Remove ? QString() : evaluate(ex, op.value, nullptr, nullptr);
        ex.mapping().requestParameters.append(op.action == HttpApiParameterOp::Action::Remove
                                                  ? op.key
                                                  : QStringLiteral("%1 = %2 → %3").arg(op.key, op.value, value));
        switch (op.target) {
        case HttpApiParameterOp::Target::Header:
            applyHeaderOp(op, value, headers);
            break;
        case HttpApiParameterOp::Target::Querystring: {
            const QByteArray encoded = QUrl::toPercentEncoding(op.name) + '=' + QUrl::toPercentEncoding(value);
            if (op.action != HttpApiParameterOp::Action::Append)
                pairs.removeIf([&op](const QPair<QString, QByteArray> &p) { return p.first == op.name; });
            if (op.action != HttpApiParameterOp::Action::Remove)
                pairs.append({op.name, encoded});
            break;
        }
        case HttpApiParameterOp::Target::Path: {
            QByteArray p = QUrl::toPercentEncoding(value, "/!$&'()*+,;=:@~");
            if (!p.startsWith('/'))
                p.prepend('/');
            path = p;
            break;
        }
        case HttpApiParameterOp::Target::StatusCode:
            break;
        }
    }
    QList<QByteArray> parts;
    for (const auto &p : std::as_const(pairs))
        parts.append(p.second);
    query = parts.join('&');
}

void applyHttpApiResponseMapping(Exchange &ex, const HttpApiParameterMapping &mapping, int status, const QByteArray *body)
{
    const QString key = QString::number(status);
    for (const auto &[code, ops] : mapping.responses) {
        if (code != key)
            continue;
        Exchange::Response &resp = ex.response();
        const http::HttpHeaders integrationHeaders = resp.headers;
        for (const HttpApiParameterOp &op : ops) {
            const QString value = op.action == HttpApiParameterOp::Action::Remove
                ? QString()
                : evaluate(ex, op.value, &integrationHeaders, body);
            ex.mapping().responseParameters.append(op.action == HttpApiParameterOp::Action::Remove
                                                       ? op.key
                                                       : QStringLiteral("%1 = %2 → %3").arg(op.key, op.value, value));
            if (op.target == HttpApiParameterOp::Target::StatusCode) {
                bool ok = false;
                const int newStatus = value.trimmed().toInt(&ok);
                if (ok && newStatus >= 100 && newStatus <= 599) {
                    resp.status = newStatus;
                } else {
                    ex.explain(QStringLiteral("Response parameter %1 evaluated to \"%2\", which is not a status code; the "
                                              "status was kept.")
                                   .arg(op.key, value));
                }
            } else if (op.target == HttpApiParameterOp::Target::Header) {
                applyHeaderOp(op, value, resp.headers);
            }
        }
        ex.mapping().selector = key;
        ex.mapping().selectorKind = QStringLiteral("status code");
        ex.mapping().matchReason = QStringLiteral("responseParameters for %1 applied").arg(key);
    }
}

} // namespace gw
