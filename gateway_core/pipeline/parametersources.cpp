// SPDX-License-Identifier: GPL-3.0-or-later
#include "parametersources.h"

#include "exchange.h"

#include "engine/compiledgateway.h"
#include "observe/contextvalues.h"

#include <QUrl>

namespace gw {

namespace {

QString decodeQueryComponent(QByteArrayView part)
{
    QByteArray bytes = part.toByteArray();
    bytes.replace('+', ' ');
    return QUrl::fromPercentEncoding(bytes);
}

QStringList queryValues(QByteArrayView query, QStringView name)
{
    QStringList out;
    qsizetype start = 0;
    while (start <= query.size()) {
        qsizetype end = query.indexOf('&', start);
        if (end < 0)
            end = query.size();
        const QByteArrayView pair = query.sliced(start, end - start);
        if (!pair.isEmpty()) {
            const qsizetype eq = pair.indexOf('=');
            if (decodeQueryComponent(eq < 0 ? pair : pair.first(eq)) == name)
                out.append(eq < 0 ? QString() : decodeQueryComponent(pair.sliced(eq + 1)));
        }
        start = end + 1;
    }
    return out;
}

} // namespace

std::optional<QString> queryParameter(QByteArrayView query, QStringView name)
{
    const QStringList values = queryValues(query, name);
    if (values.isEmpty())
        return std::nullopt;
    return values.constFirst();
}

std::optional<QString> contextVariable(const Exchange &ex, QStringView name)
{
    const http::HttpRequest &req = ex.request();
    const CompiledApi *api = ex.api();
    const bool rest = ex.isRestApi();
    if (name == u"requestId")
        return rest ? ex.requestId() : ex.extendedRequestId();
    if (name == u"extendedRequestId")
        return ex.extendedRequestId();
    if (name == u"apiId")
        return api ? api->id : QString();
    if (name == u"accountId")
        return QStringLiteral("123456789012");
    if (name == u"stage")
        return ex.stage() ? ex.stage()->name : QString();
    if (name == u"isCanaryRequest") {
        // Present only on stages with a canary, as on AWS.
        if (!ex.stage() || !ex.stage()->hasCanary())
            return std::nullopt;
        return ex.stage()->isCanary ? QStringLiteral("true") : QStringLiteral("false");
    }
    if (name == u"httpMethod")
        return QString::fromLatin1(req.method);
    if (name == u"resourcePath")
        return ex.route() && rest ? ex.route()->resourcePath : QString();
    if (name == u"resourceId")
        return ex.route() ? ex.route()->resourceId : QString();
    if (name == u"routeKey")
        return ex.route() && !rest ? ex.route()->routeKey : QString();
    if (name == u"path")
        return QString::fromUtf8(req.path);
    if (name == u"protocol")
        return req.httpMinor == 0 ? QStringLiteral("HTTP/1.0") : QStringLiteral("HTTP/1.1");
    if (name == u"identity.sourceIp")
        return req.peerAddress.toString();
    if (name == u"identity.userAgent")
        return QString::fromUtf8(req.headers.value("user-agent"));
    if (name == u"requestTime")
        return clfTime(ex.startEpochMs());
    if (name == u"requestTimeEpoch")
        return QString::number(ex.startEpochMs());
    if (name == u"domainName")
        return domainName(req.headers);
    if (name == u"domainPrefix")
        return domainPrefix(domainName(req.headers));
    if (name.startsWith(u"error.")) {
        const std::optional<GatewayResponse> error = ex.error();
        if (!error)
            return QString();
        const QString &message = ex.errorMessage();
        if (name == u"error.message")
            return message;
        if (name == u"error.messageString")
            return message.isEmpty() ? QStringLiteral("null") : QLatin1Char('"') + message + QLatin1Char('"');
        if (name == u"error.responseType")
            return QString(restGatewayResponse(*error).type);
        if (name == u"error.validationErrorString")
            return ex.validation() ? ex.validation()->errorString : QString();
        return std::nullopt;
    }
    if (name.startsWith(u"authorizer."))
        return authorizerValue(ex.authorizer(), name.mid(11));
    if (name.startsWith(u"authorize."))
        return authorizerValue(ex.authorizer(), name.mid(10));
    if (name == u"identity.apiKey")
        return ex.apiKey();
    if (name == u"identity.apiKeyId")
        return ex.apiKeyId();
    if (name == u"identity.accessKey" || name == u"identity.accountId" || name == u"identity.caller"
        || name == u"identity.user" || name == u"identity.userArn")
        return iamIdentityValue(ex.iam(), name.mid(9));
    if (name.startsWith(u"identity."))
        return QString(); // no Cognito identity; AWS gives empty values
    return std::nullopt;
}

std::optional<QString> resolveParameterSource(const Exchange &ex, QStringView source, const IntegrationOutput &integration)
{
    if (source.size() >= 2 && source.startsWith(QLatin1Char('\'')) && source.endsWith(QLatin1Char('\'')))
        return source.mid(1, source.size() - 2).toString();
    const http::HttpRequest &req = ex.request();
    if (source.startsWith(u"method.request.path."))
        return ex.routeMatch().parameter(source.mid(20));
    if (source.startsWith(u"method.request.header."))
        return QString::fromUtf8(req.headers.value(source.mid(22).toLatin1()));
    if (source.startsWith(u"method.request.multivalueheader."))
        return QString::fromUtf8(req.headers.values(source.mid(32).toLatin1()).join(','));
    if (source.startsWith(u"method.request.querystring."))
        return queryParameter(req.query, source.mid(27)).value_or(QString());
    if (source.startsWith(u"method.request.multivaluequerystring."))
        return queryValues(req.query, source.mid(37)).join(QLatin1Char(','));
    if (source.startsWith(u"stageVariables."))
        return ex.stage() ? ex.stage()->variable(source.mid(15)) : QString();
    if (source.startsWith(u"context."))
        return contextVariable(ex, source.mid(8));
    if (integration.headers) {
        if (source.startsWith(u"integration.response.header."))
            return QString::fromUtf8(integration.headers->value(source.mid(28).toLatin1()));
        if (source.startsWith(u"integration.response.multivalueheader."))
            return QString::fromUtf8(integration.headers->values(source.mid(38).toLatin1()).join(','));
    }
    if (integration.body && source == u"integration.response.body")
        return QString::fromUtf8(*integration.body);
    return std::nullopt;
}

} // namespace gw
