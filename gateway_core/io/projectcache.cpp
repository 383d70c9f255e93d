// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcache.h"

#include <QRegularExpression>

namespace gw::io {

namespace {

const QStringList &strategies()
{
    static const QStringList s = {QStringLiteral("FAIL_WITH_403"), QStringLiteral("SUCCEED_WITH_RESPONSE_HEADER"),
                                  QStringLiteral("SUCCEED_WITHOUT_RESPONSE_HEADER")};
    return s;
}

std::optional<int> readTtl(const doc::Node &node, const QString &field, DiagnosticSink &sink)
{
    bool ok = false;
    const qint64 ttl = node.toInteger(&ok);
    if (!ok || ttl < 0 || ttl > model::kMaxCacheTtlSeconds) {
        sink.error(node, field, QStringLiteral("must be a number of seconds from 0 (no caching) to 3600; got `%1`").arg(node.toString()));
        return std::nullopt;
    }
    return int(ttl);
}

std::optional<bool> readBool(const doc::Node &node, const QString &field, DiagnosticSink &sink)
{
    if (!node.isBool()) {
        sink.error(node, field, QStringLiteral("must be true or false; got `%1`").arg(node.toString()));
        return std::nullopt;
    }
    return node.toBool(false);
}

QString readStrategy(const doc::Node &node, const QString &field, DiagnosticSink &sink)
{
    const QString s = node.toString();
    if (!strategies().contains(s)) {
        sink.error(node, field, QStringLiteral("must be %1; got `%2`").arg(strategies().join(QLatin1String(", ")), s));
        return QString();
    }
    return s;
}

} // namespace

bool readStageCache(const QString &key, const doc::Node &value, const QString &field, model::Stage &stage,
                    DiagnosticSink &sink)
{
    if (key != QLatin1String("cache"))
        return false;
    if (!value.isMapping()) {
        sink.error(value, field, QStringLiteral("must be a mapping: {clusterSize: '0.5', ttlInSeconds: 300, methods: {...}}"));
        return true;
    }
    model::CacheSettings c;
    for (const auto &[k, v] : value.members()) {
        const QString f = field + QLatin1Char('.') + k;
        if (k == QLatin1String("clusterEnabled")) {
            c.clusterEnabled = readBool(v, f, sink).value_or(c.clusterEnabled);
        } else if (k == QLatin1String("clusterSize")) {
            const QString size = v.toString();
            if (!model::cacheClusterSizes().contains(size))
                sink.error(v, f, QStringLiteral("must be one of %1 (GB); got `%2`")
                                     .arg(model::cacheClusterSizes().join(QLatin1String(", ")), size));
            else
                c.clusterSize = size;
        } else if (k == QLatin1String("ttlInSeconds")) {
            c.ttlSeconds = readTtl(v, f, sink).value_or(c.ttlSeconds);
        } else if (k == QLatin1String("requireAuthorizationForCacheControl")) {
            c.requireAuthorizationForCacheControl = readBool(v, f, sink).value_or(c.requireAuthorizationForCacheControl);
        } else if (k == QLatin1String("unauthorizedCacheControlHeaderStrategy")) {
            if (const QString s = readStrategy(v, f, sink); !s.isEmpty())
                c.unauthorizedCacheControlHeaderStrategy = s;
        } else if (k == QLatin1String("methods")) {
            static const QRegularExpression methodKey(QStringLiteral("^/.*/(GET|POST|PUT|PATCH|DELETE|HEAD|OPTIONS|ANY)$"));
            for (const auto &[mk, mv] : v.members()) {
                const QString mf = f + QLatin1Char('.') + mk;
                if (!methodKey.match(mk).hasMatch()) {
                    sink.error(mv, mf, QStringLiteral("a method is RESOURCE_PATH/HTTP_METHOD, e.g. /pets/GET; got `%1`").arg(mk));
                    continue;
                }
                model::MethodCacheSettings m;
                for (const auto &[ok, ov] : mv.members()) {
                    const QString of = mf + QLatin1Char('.') + ok;
                    if (ok == QLatin1String("enabled"))
                        m.enabled = readBool(ov, of, sink);
                    else if (ok == QLatin1String("ttlInSeconds"))
                        m.ttlSeconds = readTtl(ov, of, sink);
                    else if (ok == QLatin1String("requireAuthorizationForCacheControl"))
                        m.requireAuthorizationForCacheControl = readBool(ov, of, sink);
                    else if (ok == QLatin1String("unauthorizedCacheControlHeaderStrategy"))
                        m.unauthorizedCacheControlHeaderStrategy = readStrategy(ov, of, sink);
                    else
                        sink.error(ov, of, QStringLiteral("unknown method cache setting; use enabled, ttlInSeconds, "
                                                          "requireAuthorizationForCacheControl or "
                                                          "unauthorizedCacheControlHeaderStrategy"));
                }
                c.methods.append({mk, m});
            }
        } else {
            sink.error(v, f, QStringLiteral("unknown cache setting; use clusterEnabled, clusterSize, ttlInSeconds, "
                                            "requireAuthorizationForCacheControl, unauthorizedCacheControlHeaderStrategy "
                                            "or methods"));
        }
    }
    stage.cache = c;
    return true;
}

void writeStageCache(const model::Stage &stage, doc::Node &node)
{
    if (!stage.cache)
        return;
    const model::CacheSettings &c = *stage.cache;
    const model::CacheSettings defaults;
    doc::Node n = doc::Node::mapping();
    if (!c.clusterEnabled)
        n.set(QStringLiteral("clusterEnabled"), doc::Node::boolean(false));
    n.set(QStringLiteral("clusterSize"), doc::Node::string(c.clusterSize));
    n.set(QStringLiteral("ttlInSeconds"), doc::Node::integer(c.ttlSeconds));
    if (c.requireAuthorizationForCacheControl != defaults.requireAuthorizationForCacheControl)
        n.set(QStringLiteral("requireAuthorizationForCacheControl"), doc::Node::boolean(c.requireAuthorizationForCacheControl));
    if (c.unauthorizedCacheControlHeaderStrategy != defaults.unauthorizedCacheControlHeaderStrategy)
        n.set(QStringLiteral("unauthorizedCacheControlHeaderStrategy"), doc::Node::string(c.unauthorizedCacheControlHeaderStrategy));
    if (!c.methods.isEmpty()) {
        doc::Node methods = doc::Node::mapping();
        for (const auto &[key, m] : c.methods) {
            doc::Node mn = doc::Node::mapping();
            if (m.enabled)
                mn.set(QStringLiteral("enabled"), doc::Node::boolean(*m.enabled));
            if (m.ttlSeconds)
                mn.set(QStringLiteral("ttlInSeconds"), doc::Node::integer(*m.ttlSeconds));
            if (m.requireAuthorizationForCacheControl)
                mn.set(QStringLiteral("requireAuthorizationForCacheControl"), doc::Node::boolean(*m.requireAuthorizationForCacheControl));
            if (!m.unauthorizedCacheControlHeaderStrategy.isEmpty())
                mn.set(QStringLiteral("unauthorizedCacheControlHeaderStrategy"),
                       doc::Node::string(m.unauthorizedCacheControlHeaderStrategy));
            methods.set(key, mn);
        }
        n.set(QStringLiteral("methods"), methods);
    }
    node.set(QStringLiteral("cache"), n);
}

} // namespace gw::io
