// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportlocal.h"

#include "auth/localidentity.h"

#include <QRegularExpression>

namespace gw::io::exportlocal {

namespace {

QStringList words(const QString &name)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Za-z0-9]+"));
    return name.split(separators, Qt::SkipEmptyParts);
}

/// A host that only this machine can reach: localhost and *.localhost, loopback and unspecified addresses.
bool isLocalHost(const QString &host)
{
    const QString h = host.toLower();
    return h == QLatin1String("localhost") || h.endsWith(QLatin1String(".localhost")) || h.startsWith(QLatin1String("127."))
        || h == QLatin1String("[::1]") || h == QLatin1String("::1") || h == QLatin1String("0.0.0.0");
}

QString pseudo(Piece::Kind kind, Target target)
{
    const bool tf = target == Target::Terraform;
    switch (kind) {
    case Piece::Kind::Region:
        return tf ? QStringLiteral("${data.aws_region.current.name}") : QStringLiteral("${AWS::Region}");
    case Piece::Kind::AccountId:
        return tf ? QStringLiteral("${data.aws_caller_identity.current.account_id}") : QStringLiteral("${AWS::AccountId}");
    case Piece::Kind::UrlSuffix:
        if (target == Target::OpenApi)
            return QStringLiteral("amazonaws.com");
        return tf ? QStringLiteral("${data.aws_partition.current.dns_suffix}") : QStringLiteral("${AWS::URLSuffix}");
    default:
        return {};
    }
}

} // namespace

QString logicalId(const QString &name)
{
    QString out;
    for (const QString &w : words(name))
        out += w.at(0).toUpper() + w.mid(1);
    if (out.isEmpty() || !out.at(0).isLetter())
        out.prepend(QStringLiteral("Api"));
    return out;
}

QString tfIdentifier(const QString &name)
{
    QString out = words(name).join(QLatin1Char('_')).toLower();
    if (out.isEmpty() || !out.at(0).isLetter())
        out.prepend(QStringLiteral("api_"));
    return out;
}

QString functionArnParameter(Target target, const QString &function)
{
    return target == Target::Terraform ? tfIdentifier(function) + QStringLiteral("_function_arn")
                                       : logicalId(function) + QStringLiteral("FunctionArn");
}

QString hclEscape(const QString &text)
{
    QString out;
    out.reserve(text.size() + 8);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        const QChar next = i + 1 < text.size() ? text.at(i + 1) : QChar();
        if (c == QLatin1Char('\\'))
            out += QLatin1String("\\\\");
        else if (c == QLatin1Char('"'))
            out += QLatin1String("\\\"");
        else if (c == QLatin1Char('\n'))
            out += QLatin1String("\\n");
        else if (c == QLatin1Char('\r'))
            out += QLatin1String("\\r");
        else if (c == QLatin1Char('\t'))
            out += QLatin1String("\\t");
        else if (c.unicode() < 0x20)
            out += QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0'));
        else if ((c == QLatin1Char('$') || c == QLatin1Char('%')) && next == QLatin1Char('{'))
            out += QString(c) + c; // $${ and %%{ are literal
        else
            out += c;
    }
    return out;
}

QString subEscape(const QString &text)
{
    QString out = text;
    return out.replace(QLatin1String("${"), QLatin1String("${!"));
}

void Collector::addParameter(const ExportParameter &parameter, const QString &warning)
{
    for (const ExportParameter &p : std::as_const(m_parameters)) {
        if (p.name == parameter.name)
            return;
    }
    m_parameters.append(parameter);
    m_warnings.append(warning);
}

void Collector::warn(const QString &warning)
{
    if (!m_warnings.contains(warning))
        m_warnings.append(warning);
}

doc::Node Collector::render(const Pieces &pieces) const
{
    QString out;
    bool references = false;
    for (const Piece &p : pieces) {
        switch (p.kind) {
        case Piece::Kind::Text:
            out += m_target == Target::Terraform ? hclEscape(p.text)
                : m_target == Target::OpenApi   ? p.text
                                                : subEscape(p.text);
            continue;
        case Piece::Kind::Region:
        case Piece::Kind::AccountId:
        case Piece::Kind::UrlSuffix:
            out += pseudo(p.kind, m_target);
            break;
        case Piece::Kind::Parameter:
            out += m_target == Target::Terraform ? QStringLiteral("${var.%1}").arg(p.text) : QStringLiteral("${%1}").arg(p.text);
            break;
        case Piece::Kind::FunctionArn:
            if (m_target == Target::Sam)
                out += QStringLiteral("${%1Function.Arn}").arg(logicalId(p.text));
            else if (m_target == Target::Terraform)
                out += QStringLiteral("${var.%1}").arg(functionArnParameter(m_target, p.text));
            else
                out += QStringLiteral("${%1}").arg(functionArnParameter(m_target, p.text));
            break;
        case Piece::Kind::ApiId:
            out += m_target == Target::Terraform ? QStringLiteral("${%1.id}").arg(apiRef(p.text))
                                                 : QStringLiteral("${%1}").arg(apiRef(p.text));
            break;
        }
        references = true;
    }
    if (m_target == Target::Terraform) {
        doc::Node n = doc::Node::string(out);
        n.setTag(kHclRaw);
        return n;
    }
    if (m_target == Target::OpenApi)
        return doc::Node::string(out);
    if (!references) {
        // Only text: the literal, without Fn::Sub's escapes.
        QString plain;
        for (const Piece &p : pieces)
            plain += p.text;
        return doc::Node::string(plain);
    }
    doc::Node sub = doc::Node::mapping();
    sub.set(QStringLiteral("Fn::Sub"), doc::Node::string(out));
    return sub;
}

bool Collector::rewriteUri(doc::Node &value, const QString &where, const QString &apiId)
{
    if (!value.isString())
        return false;
    const QString uri = value.scalarText();
    const QString fn = model::functionNameFromUri(uri);
    if (const model::Function *function = fn.isEmpty() ? nullptr : m_project.function(fn)) {
        Pieces pieces;
        if (m_target == Target::OpenApi) {
            pieces = {{Piece::Kind::Text, QStringLiteral("arn:aws:apigateway:")},
                      {Piece::Kind::Region, {}},
                      {Piece::Kind::Text, QStringLiteral(":lambda:path/2015-03-31/functions/arn:aws:lambda:")},
                      {Piece::Kind::Region, {}},
                      {Piece::Kind::Text, QStringLiteral(":")},
                      {Piece::Kind::AccountId, {}},
                      {Piece::Kind::Text, QStringLiteral(":function:%1/invocations").arg(fn)}};
            warn(QStringLiteral("%1: function `%2` runs locally (code folder %3): its URIs now read "
                                "arn:aws:lambda:${AWS::Region}:${AWS::AccountId}:function:%2, which API Gateway "
                                "completes on import; deploy a Lambda function named %2 to that account and Region first")
                     .arg(apiId, fn, function->code));
        } else {
            pieces = {{Piece::Kind::Text, QStringLiteral("arn:aws:apigateway:")},
                      {Piece::Kind::Region, {}},
                      {Piece::Kind::Text, QStringLiteral(":lambda:path/2015-03-31/functions/")},
                      {Piece::Kind::FunctionArn, fn},
                      {Piece::Kind::Text, QStringLiteral("/invocations")}};
            if (m_target != Target::Sam) {
                const QString name = functionArnParameter(m_target, fn);
                addParameter({name,
                              QStringLiteral("ARN of the Lambda function that Gatehouse runs locally as `%1` (%2, code "
                                             "folder %3, handler %4)")
                                  .arg(fn, function->runtime, function->code, function->handler)},
                             QStringLiteral("%1 %2 replaces local function `%3` (code folder %4) in integration and "
                                            "authorizer URIs: deploy the function and pass its ARN")
                                 .arg(m_target == Target::Terraform ? QStringLiteral("variable") : QStringLiteral("parameter"),
                                      name, fn, function->code));
            }
        }
        if (!m_usedFunctions[apiId].contains(fn))
            m_usedFunctions[apiId].append(fn);
        value = render(pieces);
        return true;
    }
    static const QRegularExpression url(QStringLiteral("^(https?)://([^/:?#]+|\\[[^\\]]+\\])(:\\d+)?(.*)$"),
                                        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch m = url.match(uri);
    if (!m.hasMatch() || !isLocalHost(m.captured(2)))
        return false;
    const QString host = m.captured(2).toLower();
    const QString rest = m.captured(4);
    static const QRegularExpression executeApi(QStringLiteral("^([a-z0-9-]+)\\.execute-api\\.localhost$"));
    const QRegularExpressionMatch api = executeApi.match(host);
    if (api.hasMatch() && !apiRef(api.captured(1)).isEmpty()) {
        value = render({{Piece::Kind::Text, QStringLiteral("https://")},
                        {Piece::Kind::ApiId, api.captured(1)},
                        {Piece::Kind::Text, QStringLiteral(".execute-api.")},
                        {Piece::Kind::Region, {}},
                        {Piece::Kind::Text, QStringLiteral(".")},
                        {Piece::Kind::UrlSuffix, {}},
                        {Piece::Kind::Text, rest}});
        warn(QStringLiteral("%1: %2: the local URL %3 now names API `%4` of this template on AWS (https, its stage "
                            "path kept)")
                 .arg(apiId, where, uri, api.captured(1)));
        return true;
    }
    const QString origin = m.captured(1).toLower() + QStringLiteral("://") + host + m.captured(3);
    if (m_target == Target::OpenApi) {
        warn(QStringLiteral("%1: %2: %3 is only reachable from this machine; it is exported as is: change it to a "
                            "public endpoint before importing into AWS")
                 .arg(apiId, where, uri));
        return false;
    }
    QString base = host;
    base.remove(QRegularExpression(QStringLiteral("[\\[\\]]")));
    const QString words = base + m.captured(3) + QStringLiteral(" url");
    const QString name = m_target == Target::Terraform ? tfIdentifier(words) : logicalId(words);
    addParameter({name, QStringLiteral("Base URL (scheme://host[:port]) that replaces %1, which only this machine can "
                                       "reach, in integration URIs")
                            .arg(origin)},
                 QStringLiteral("%1 %2 replaces the local origin %3 in integration URIs (first at %4: %5): pass the "
                                "public base URL")
                     .arg(m_target == Target::Terraform ? QStringLiteral("variable") : QStringLiteral("parameter"), name,
                          origin, apiId, where));
    value = render({{Piece::Kind::Parameter, name}, {Piece::Kind::Text, rest}});
    return true;
}

bool Collector::rewriteIssuer(doc::Node &value, const QString &where, const QString &authorizer, const QString &apiId)
{
    if (!value.isString() || !auth::isLoopbackIssuer(value.scalarText()))
        return false;
    const QString issuer = value.scalarText();
    if (m_target == Target::OpenApi) {
        warn(QStringLiteral("%1: %2: the issuer %3 is Gatehouse's local identity provider; it is exported as is: set "
                            "your identity provider's issuer (e.g. https://cognito-idp.REGION.amazonaws.com/POOL_ID) "
                            "before importing into AWS")
                 .arg(apiId, where, issuer));
        return false;
    }
    const QString name = m_target == Target::Terraform ? tfIdentifier(apiId + QLatin1Char(' ') + authorizer + QStringLiteral(" issuer"))
                                                       : logicalId(apiId + QLatin1Char(' ') + authorizer + QStringLiteral(" issuer"));
    addParameter({name, QStringLiteral("Issuer URL of JWT authorizer `%1` of API `%2` (locally Gatehouse's identity "
                                       "provider %3)")
                            .arg(authorizer, apiId, issuer)},
                 QStringLiteral("%1 %2 replaces the local issuer %3 of JWT authorizer `%4` (%5): pass your identity "
                                "provider's issuer URL")
                     .arg(m_target == Target::Terraform ? QStringLiteral("variable") : QStringLiteral("parameter"), name,
                          issuer, authorizer, where));
    value = render({{Piece::Kind::Parameter, name}});
    return true;
}

void Collector::walk(doc::Node &n, const QString &path, const QString &apiId)
{
    if (n.isSequence()) {
        for (doc::Node &item : n.items())
            walk(item, path, apiId);
        return;
    }
    if (!n.isMapping())
        return;
    for (auto &[key, value] : n.members()) {
        const QString here = path.isEmpty() ? key : path + QLatin1Char('.') + key;
        if (key == QLatin1String("x-amazon-apigateway-integration") && value.isMapping()) {
            if (doc::Node *uri = value.find(u"uri"))
                rewriteUri(*uri, here + QStringLiteral(".uri"), apiId);
        } else if (key == QLatin1String("x-amazon-apigateway-integrations") && value.isMapping()) {
            for (auto &[name, integration] : value.members()) {
                if (doc::Node *uri = integration.isMapping() ? integration.find(u"uri") : nullptr)
                    rewriteUri(*uri, here + QLatin1Char('.') + name + QStringLiteral(".uri"), apiId);
            }
        } else if (key == QLatin1String("x-amazon-apigateway-authorizer") && value.isMapping()) {
            if (doc::Node *uri = value.find(u"authorizerUri"))
                rewriteUri(*uri, here + QStringLiteral(".authorizerUri"), apiId);
            if (doc::Node *jwt = value.find(u"jwtConfiguration"); jwt && jwt->isMapping()) {
                if (doc::Node *issuer = jwt->find(u"issuer")) {
                    // The security scheme's name is the authorizer's: components.securitySchemes.NAME.x-amazon-...
                    const QString authorizer = path.section(QLatin1Char('.'), -1);
                    rewriteIssuer(*issuer, here + QStringLiteral(".jwtConfiguration.issuer"), authorizer, apiId);
                }
            }
        } else {
            walk(value, here, apiId);
        }
    }
}

bool splitMethodPath(const QString &methodPath, QString *resourcePath, QString *method)
{
    const qsizetype slash = methodPath.lastIndexOf(QLatin1Char('/'));
    if (slash < 0 || slash == methodPath.size() - 1)
        return false;
    *method = methodPath.mid(slash + 1).toUpper();
    *resourcePath = slash == 0 ? QStringLiteral("/") : methodPath.left(slash);
    return true;
}

QList<MethodSetting> restMethodSettings(const model::Stage &stage)
{
    QList<MethodSetting> out;
    MethodSetting all{QStringLiteral("/*"), QStringLiteral("*"), stage.throttle, {}, {}, {}, {}};
    if (stage.cache) {
        // As the console's "Enable API cache": */* caching on, which AWS applies to GET methods only.
        all.cachingEnabled = stage.cache->clusterEnabled && stage.cache->ttlSeconds > 0;
        all.cacheTtlInSeconds = stage.cache->ttlSeconds;
        all.requireAuthorizationForCacheControl = stage.cache->requireAuthorizationForCacheControl;
        all.unauthorizedCacheControlHeaderStrategy = stage.cache->unauthorizedCacheControlHeaderStrategy;
    }
    if (all.throttle || all.cacheTtlInSeconds)
        out.append(all);
    const auto entry = [&out](const QString &methodPath) -> MethodSetting * {
        QString path, method;
        if (!splitMethodPath(methodPath, &path, &method))
            return nullptr;
        for (MethodSetting &s : out) {
            if (s.resourcePath == path && s.httpMethod == method)
                return &s;
        }
        out.append({path, method, {}, {}, {}, {}, {}});
        return &out.last();
    };
    for (const auto &[methodPath, throttle] : stage.methodThrottles) {
        if (MethodSetting *s = entry(methodPath))
            s->throttle = throttle;
    }
    if (stage.cache) {
        for (const auto &[methodPath, cache] : stage.cache->methods) {
            MethodSetting *s = entry(methodPath);
            if (!s)
                continue;
            s->cachingEnabled = cache.enabled;
            s->cacheTtlInSeconds = cache.ttlSeconds;
            s->requireAuthorizationForCacheControl = cache.requireAuthorizationForCacheControl;
            s->unauthorizedCacheControlHeaderStrategy = cache.unauthorizedCacheControlHeaderStrategy;
        }
    }
    return out;
}

void Collector::rewrite(doc::Node &document, const QString &apiId)
{
    walk(document, {}, apiId);
}

} // namespace gw::io::exportlocal
