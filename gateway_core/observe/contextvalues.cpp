// SPDX-License-Identifier: GPL-3.0-or-later
#include "contextvalues.h"

#include <QDateTime>

#include <limits>

namespace gw {

QString clfTime(qint64 epochMs)
{
    // Formatted once per second and thread: every request of that second asks for the same text.
    thread_local qint64 cachedSecond = std::numeric_limits<qint64>::min();
    thread_local QString cached;
    const qint64 second = epochMs >= 0 ? epochMs / 1000 : (epochMs - 999) / 1000;
    if (second == cachedSecond)
        return cached;
    static const char *const months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                         "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    cached = QStringLiteral("%1/%2/%3:%4 +0000")
                 .arg(t.date().day(), 2, 10, QLatin1Char('0'))
                 .arg(QLatin1String(months[t.date().month() - 1]))
                 .arg(t.date().year())
                 .arg(t.time().toString(QStringLiteral("HH:mm:ss")));
    cachedSecond = second;
    return cached;
}

QString domainName(const http::HttpHeaders &requestHeaders)
{
    QByteArrayView host = requestHeaders.value("host");
    if (const qsizetype colon = host.lastIndexOf(':'); colon > 0 && !host.endsWith(']'))
        host.truncate(colon);
    return QString::fromUtf8(host);
}

QString domainPrefix(const QString &domain)
{
    const qsizetype dot = domain.indexOf(QLatin1Char('.'));
    return dot < 0 ? domain : domain.left(dot);
}

QStringList knownContextVariables()
{
    return {QStringLiteral("accountId"), QStringLiteral("apiId"), QStringLiteral("domainName"),
            QStringLiteral("domainPrefix"), QStringLiteral("error.message"), QStringLiteral("error.messageString"),
            QStringLiteral("error.responseType"), QStringLiteral("extendedRequestId"), QStringLiteral("httpMethod"),
            QStringLiteral("identity.sourceIp"), QStringLiteral("identity.userAgent"), QStringLiteral("identity.caller"),
            QStringLiteral("identity.user"), QStringLiteral("identity.accountId"), QStringLiteral("identity.userArn"),
            QStringLiteral("integration.latency"), QStringLiteral("integration.status"),
            QStringLiteral("integrationLatency"), QStringLiteral("integrationStatus"),
            QStringLiteral("integration.integrationStatus"), QStringLiteral("path"), QStringLiteral("protocol"),
            QStringLiteral("requestId"), QStringLiteral("requestTime"), QStringLiteral("requestTimeEpoch"),
            QStringLiteral("resourceId"), QStringLiteral("resourcePath"), QStringLiteral("responseLatency"),
            QStringLiteral("responseLength"), QStringLiteral("routeKey"), QStringLiteral("stage"),
            QStringLiteral("status"), QStringLiteral("authorizer.principalId"), QStringLiteral("authorizer.latency"),
            QStringLiteral("authorizer.integrationLatency"), QStringLiteral("authorizer.integrationStatus"),
            QStringLiteral("authorizer.status"), QStringLiteral("authorizer.error"), QStringLiteral("authorize.latency"),
            QStringLiteral("authorize.status"), QStringLiteral("authorize.error"),
            QStringLiteral("identity.apiKey"), QStringLiteral("identity.apiKeyId"), QStringLiteral("identity.accessKey"),
            QStringLiteral("isCanaryRequest")};
}

QString stringifiedContextValue(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        return d == double(qint64(d)) ? QString::number(qint64(d)) : QString::number(d, 'g', 17);
    }
    default:
        return QString();
    }
}

QString authorizerValue(const AuthorizerTrace *t, QStringView name)
{
    if (!t)
        return QString();
    if (name == u"principalId")
        return t->principalId;
    if (name == u"latency")
        return QString::number(t->latencyUs / 1000);
    if (name == u"integrationLatency")
        return t->integrationLatencyUs >= 0 ? QString::number(t->integrationLatencyUs / 1000) : QString();
    if (name == u"integrationStatus")
        return t->integrationLatencyUs >= 0 ? QStringLiteral("200") : QString();
    if (name == u"status")
        return t->status ? QString::number(t->status) : QString();
    if (name == u"error")
        return t->error.isNull() ? QString() : t->error;
    if (name == u"requestId")
        return QString();
    // JWT and Cognito user pool authorizers: claims.X (REST), jwt.claims.X and jwt.scopes (HTTP APIs).
    if (name.startsWith(u"claims."))
        return t->claimValues.value(name.mid(7)).toString();
    if (name.startsWith(u"jwt.claims."))
        return t->claimValues.value(name.mid(11)).toString();
    if (name == u"jwt.scopes")
        return t->decision == QLatin1String("allow") && !t->scopes.isEmpty()
            ? QLatin1Char('[') + t->scopes.join(QLatin1Char(' ')) + QLatin1Char(']')
            : QString();
    const QString value = stringifiedContextValue(t->context.value(name));
    return value.isNull() ? QString() : value;
}

QString iamIdentityValue(const IamTrace *t, QStringView name)
{
    if (!t || !t->ok)
        return QString();
    if (name == u"accessKey")
        return t->accessKey;
    if (name == u"caller")
        return t->caller;
    if (name == u"user")
        return t->user;
    if (name == u"userArn")
        return t->userArn;
    if (name == u"accountId")
        return t->accountId;
    return QString();
}

QString contextValue(const ExchangeRecord &r, QStringView name)
{
    if (name.startsWith(u"authorizer."))
        return authorizerValue(r.authorizer.get(), name.mid(11));
    if (name.startsWith(u"authorize."))
        return authorizerValue(r.authorizer.get(), name.mid(10));
    if (name == u"identity.apiKey" || name == u"identity.apiKeyId") {
        if (!r.traffic)
            return QString();
        return name == u"identity.apiKey" ? r.traffic->apiKey : r.traffic->apiKeyId;
    }
    if (name == u"requestId")
        return r.protocol == QLatin1String("http") ? r.extendedRequestId : r.requestId;
    if (name == u"extendedRequestId")
        return r.extendedRequestId;
    if (name == u"apiId")
        return r.apiId;
    if (name == u"accountId")
        return QStringLiteral("123456789012");
    if (name == u"identity.accessKey" || name == u"identity.accountId" || name == u"identity.caller"
        || name == u"identity.user" || name == u"identity.userArn")
        return iamIdentityValue(r.iam.get(), name.mid(9));
    if (name == u"stage")
        return r.stage;
    if (name == u"isCanaryRequest")
        return r.stageHasCanary ? (r.canary ? QStringLiteral("true") : QStringLiteral("false")) : QString();
    if (name == u"httpMethod")
        return r.method;
    if (name == u"resourcePath")
        return r.protocol == QLatin1String("rest") ? r.route : QString();
    if (name == u"routeKey")
        return r.protocol == QLatin1String("http") ? r.route : QString();
    if (name == u"resourceId")
        return r.resourceId;
    if (name == u"path") {
        // REST: the full request path including the stage; HTTP APIs: the same.
        return r.stage.isEmpty() || r.stage == QLatin1String("$default") ? r.stagePath
                                                                        : QLatin1Char('/') + r.stage + r.stagePath;
    }
    if (name == u"protocol")
        return r.httpVersion;
    if (name == u"status")
        return r.status ? QString::number(r.status) : QString();
    if (name == u"responseLength")
        return QString::number(r.responseBodySize);
    if (name == u"requestTime")
        return clfTime(r.startEpochMs);
    if (name == u"requestTimeEpoch")
        return QString::number(r.startEpochMs);
    if (name == u"responseLatency")
        return QString::number(r.totalUs / 1000);
    if (name == u"integrationLatency" || name == u"integration.latency")
        return r.integrationLatencyUs >= 0 ? QString::number(r.integrationLatencyUs / 1000) : QString();
    if (name == u"integrationStatus" || name == u"integration.status" || name == u"integration.integrationStatus")
        return r.integrationStatus ? QString::number(r.integrationStatus) : QString();
    if (name == u"identity.sourceIp")
        return r.sourceIp;
    if (name == u"identity.userAgent")
        return QString::fromUtf8(r.requestHeaders.value("user-agent"));
    if (name == u"domainName")
        return domainName(r.requestHeaders);
    if (name == u"domainPrefix")
        return domainPrefix(domainName(r.requestHeaders));
    if (name == u"error.message" || name == u"error.messageString") {
        if (r.errorMessage.isEmpty())
            return QString();
        return name == u"error.message" ? r.errorMessage : QLatin1Char('"') + r.errorMessage + QLatin1Char('"');
    }
    if (name == u"error.responseType")
        return r.errorType;
    return QString(); // unknown: null
}

} // namespace gw
