// SPDX-License-Identifier: GPL-3.0-or-later
#include "api.h"

#include <QDir>

namespace gw::model {

QString valueOf(const StringPairs &pairs, QStringView key, const QString &fallback)
{
    for (const auto &p : pairs) {
        if (p.first == key)
            return p.second;
    }
    return fallback;
}

void setValue(StringPairs &pairs, const QString &key, const QString &value)
{
    for (auto &p : pairs) {
        if (p.first == key) {
            p.second = value;
            return;
        }
    }
    pairs.append({key, value});
}

QString staticValue(const QString &text)
{
    return QLatin1Char('\'') + text + QLatin1Char('\'');
}

QString integrationTypeName(IntegrationType type)
{
    switch (type) {
    case IntegrationType::Mock:
        return QStringLiteral("mock");
    case IntegrationType::Http:
        return QStringLiteral("http");
    case IntegrationType::HttpProxy:
        return QStringLiteral("http_proxy");
    case IntegrationType::Aws:
        return QStringLiteral("aws");
    case IntegrationType::AwsProxy:
        return QStringLiteral("aws_proxy");
    }
    return {};
}

bool parseIntegrationType(QStringView text, IntegrationType *out)
{
    static const IntegrationType all[] = {IntegrationType::Mock, IntegrationType::Http, IntegrationType::HttpProxy,
                                          IntegrationType::Aws, IntegrationType::AwsProxy};
    for (IntegrationType t : all) {
        if (text.compare(integrationTypeName(t), Qt::CaseInsensitive) == 0) {
            *out = t;
            return true;
        }
    }
    return false;
}

int Integration::effectiveTimeoutMs(bool restApi) const
{
    if (timeoutInMillis > 0)
        return timeoutInMillis;
    return restApi ? 29'000 : 30'000;
}

QString protocolName(Protocol protocol)
{
    switch (protocol) {
    case Protocol::Rest:
        return QStringLiteral("rest");
    case Protocol::Http:
        return QStringLiteral("http");
    case Protocol::WebSocket:
        return QStringLiteral("websocket");
    }
    return {};
}

bool parseProtocol(QStringView text, Protocol *out)
{
    for (Protocol p : {Protocol::Rest, Protocol::Http, Protocol::WebSocket}) {
        if (text.compare(protocolName(p), Qt::CaseInsensitive) == 0) {
            *out = p;
            return true;
        }
    }
    return false;
}

const Operation *PathItem::operation(QStringView method) const
{
    for (const Operation &op : operations) {
        if (op.method == method)
            return &op;
    }
    return nullptr;
}

QString ApiDefinition::title() const
{
    // OpenAPI documents (REST, HTTP) name the API in info.title; WebSocket definitions in `name`, as AWS's Name.
    const QString title = document[u"info"][u"title"].toString();
    return title.isEmpty() ? document[u"name"].toString() : title;
}

const PathItem *ApiDefinition::path(QStringView p) const
{
    for (const PathItem &item : paths) {
        if (item.path == p)
            return &item;
    }
    return nullptr;
}

namespace {

bool sameIntegrationResponse(const IntegrationResponse &a, const IntegrationResponse &b)
{
    return a.selectionPattern == b.selectionPattern && a.statusCode == b.statusCode
        && a.responseParameters == b.responseParameters && a.responseTemplates == b.responseTemplates
        && a.contentHandling == b.contentHandling && a.extra == b.extra;
}

bool sameIntegration(const Integration &a, const Integration &b)
{
    if (a.responses.size() != b.responses.size())
        return false;
    for (qsizetype i = 0; i < a.responses.size(); ++i) {
        if (!sameIntegrationResponse(a.responses[i], b.responses[i]))
            return false;
    }
    return a.type == b.type && a.uri == b.uri && a.httpMethod == b.httpMethod && a.credentials == b.credentials
        && a.connectionType == b.connectionType && a.connectionId == b.connectionId
        && a.passthroughBehavior == b.passthroughBehavior && a.contentHandling == b.contentHandling
        && a.timeoutInMillis == b.timeoutInMillis && a.requestParameters == b.requestParameters
        && a.requestTemplates == b.requestTemplates && a.cacheKeyParameters == b.cacheKeyParameters
        && a.cacheNamespace == b.cacheNamespace && a.payloadFormatVersion == b.payloadFormatVersion
        && a.integrationSubtype == b.integrationSubtype && a.tlsConfig == b.tlsConfig && a.extra == b.extra;
}

} // namespace

bool ApiDefinition::operator==(const ApiDefinition &other) const
{
    if (!(document == other.document) || paths.size() != other.paths.size())
        return false;
    for (qsizetype i = 0; i < paths.size(); ++i) {
        const PathItem &a = paths[i];
        const PathItem &b = other.paths[i];
        if (a.path != b.path || !(a.extra == b.extra) || a.operations.size() != b.operations.size())
            return false;
        for (qsizetype j = 0; j < a.operations.size(); ++j) {
            const Operation &x = a.operations[j];
            const Operation &y = b.operations[j];
            if (x.method != y.method || x.integrationRef != y.integrationRef || !(x.body == y.body)
                || x.integration.has_value() != y.integration.has_value())
                return false;
            if (x.integration && !sameIntegration(*x.integration, *y.integration))
                return false;
        }
    }
    return true;
}

const Stage *Api::stage(QStringView name) const
{
    for (const Stage &s : stages) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

const Deployment *Api::deployment(QStringView deploymentId) const
{
    for (const Deployment &d : deployments) {
        if (d.id == deploymentId)
            return &d;
    }
    return nullptr;
}

const Api *Project::api(QStringView apiId) const
{
    for (const Api &a : apis) {
        if (a.id == apiId)
            return &a;
    }
    return nullptr;
}

const AuthorizerKeys *Project::authorizerKeysFor(QStringView apiId, QStringView name) const
{
    const AuthorizerKeys *any = nullptr;
    for (const AuthorizerKeys &k : authorizerKeys) {
        if (k.authorizer != name)
            continue;
        if (k.api == apiId)
            return &k;
        if (k.api.isEmpty() && !any)
            any = &k;
    }
    return any;
}

const Function *Project::function(QStringView functionName) const
{
    for (const Function &f : functions) {
        if (f.name == functionName)
            return &f;
    }
    return nullptr;
}

const UsagePlan *Project::usagePlan(QStringView planName) const
{
    for (const UsagePlan &p : usagePlans) {
        if (p.name == planName)
            return &p;
    }
    return nullptr;
}

QString Project::codePath(const Function &function) const
{
    if (QDir::isAbsolutePath(function.code) || baseDir.isEmpty())
        return QDir::cleanPath(function.code);
    return QDir::cleanPath(baseDir + QLatin1Char('/') + function.code);
}

QString slugify(const QString &title)
{
    QString out;
    bool dash = false;
    for (const QChar c : title.toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9'))) {
            if (dash && !out.isEmpty())
                out.append(QLatin1Char('-'));
            dash = false;
            out.append(c);
        } else {
            dash = true;
        }
    }
    return out.isEmpty() ? QStringLiteral("api") : out;
}

} // namespace gw::model
