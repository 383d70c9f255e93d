// SPDX-License-Identifier: GPL-3.0-or-later
#include "projecttraffic.h"

#include <QSet>

namespace gw::io {

namespace {

doc::Node throttleNode(const model::Throttle &t)
{
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("rateLimit"), t.rateLimit == double(qint64(t.rateLimit)) ? doc::Node::integer(qint64(t.rateLimit))
                                                                                  : doc::Node::number(t.rateLimit));
    n.set(QStringLiteral("burstLimit"), doc::Node::integer(t.burstLimit));
    return n;
}

QList<QPair<QString, model::Throttle>> readThrottleMap(const doc::Node &node, const QString &field, DiagnosticSink &sink)
{
    QList<QPair<QString, model::Throttle>> out;
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must map methods (\"/pets/GET\", or \"GET /pets\" on HTTP APIs) to "
                                               "{rateLimit, burstLimit}"));
        return out;
    }
    for (const auto &[method, limits] : node.members()) {
        if (const auto t = readThrottle(limits, field + QLatin1Char('.') + method, sink))
            out.append({method, *t});
    }
    return out;
}

doc::Node throttleMapNode(const QList<QPair<QString, model::Throttle>> &map)
{
    doc::Node n = doc::Node::mapping();
    for (const auto &[method, t] : map)
        n.set(method, throttleNode(t));
    return n;
}

} // namespace

std::optional<model::Throttle> readThrottle(const doc::Node &node, const QString &field, DiagnosticSink &sink)
{
    if (!node.isMapping()) {
        sink.error(node, field, QStringLiteral("must be {rateLimit: REQUESTS_PER_SECOND, burstLimit: REQUESTS}"));
        return std::nullopt;
    }
    model::Throttle t;
    const doc::Node &rate = node[u"rateLimit"];
    const doc::Node &burst = node[u"burstLimit"];
    bool ok = false;
    t.rateLimit = rate.toDouble(-1);
    if (!rate.isNumber() || t.rateLimit < 0) {
        sink.error(rate.isNull() ? node : rate, field + QLatin1String(".rateLimit"),
                   QStringLiteral("must be a number of requests per second, 0 or more; got `%1`").arg(rate.toString()));
        return std::nullopt;
    }
    const qint64 b = burst.toInteger(&ok);
    if (!ok || b < 0 || b > 1'000'000'000) {
        sink.error(burst.isNull() ? node : burst, field + QLatin1String(".burstLimit"),
                   QStringLiteral("must be a whole number of requests, 0 or more; got `%1`").arg(burst.toString()));
        return std::nullopt;
    }
    t.burstLimit = int(b);
    for (const auto &[key, value] : node.members()) {
        Q_UNUSED(value);
        if (key != QLatin1String("rateLimit") && key != QLatin1String("burstLimit"))
            sink.warning(node, field + QLatin1Char('.') + key, QStringLiteral("is not a throttle setting and is ignored"));
    }
    return t;
}

bool readStageThrottle(const QString &key, const doc::Node &value, const QString &field, model::Stage &stage,
                       DiagnosticSink &sink)
{
    if (key == QLatin1String("throttle")) {
        stage.throttle = readThrottle(value, field, sink);
        return true;
    }
    if (key == QLatin1String("methodThrottle")) {
        stage.methodThrottles = readThrottleMap(value, field, sink);
        return true;
    }
    return false;
}

void writeStageThrottle(const model::Stage &stage, doc::Node &node)
{
    if (stage.throttle)
        node.set(QStringLiteral("throttle"), throttleNode(*stage.throttle));
    if (!stage.methodThrottles.isEmpty())
        node.set(QStringLiteral("methodThrottle"), throttleMapNode(stage.methodThrottles));
}

void readTrafficSettings(const doc::Node &root, model::Project &project, DiagnosticSink &sink)
{
    if (const doc::Node *account = root.find(u"accountThrottle")) {
        if (const auto t = readThrottle(*account, QStringLiteral("accountThrottle"), sink))
            project.accountThrottle = *t;
    }
    qsizetype index = 0;
    for (const doc::Node &p : root[u"usagePlans"].items()) {
        const QString pf = QStringLiteral("usagePlans[%1]").arg(index++);
        model::UsagePlan plan;
        plan.name = p[u"name"].toString();
        if (plan.name.isEmpty()) {
            sink.error(p, pf + QLatin1String(".name"), QStringLiteral("a usage plan needs a name"));
            continue;
        }
        if (project.usagePlan(plan.name)) {
            sink.error(p, pf + QLatin1String(".name"), QStringLiteral("another usage plan is called `%1`").arg(plan.name));
            continue;
        }
        plan.description = p[u"description"].toString();
        if (const doc::Node *t = p.find(u"throttle"))
            plan.throttle = readThrottle(*t, pf + QLatin1String(".throttle"), sink);
        if (const doc::Node *q = p.find(u"quota")) {
            model::Quota quota;
            bool ok = false;
            const qint64 limit = (*q)[u"limit"].toInteger(&ok);
            if (!ok || limit < 0) {
                sink.error(*q, pf + QLatin1String(".quota.limit"), QStringLiteral("must be a whole number of requests"));
            } else if (!model::parsePeriod((*q)[u"period"].toString(), &quota.period)) {
                sink.error(*q, pf + QLatin1String(".quota.period"),
                           QStringLiteral("must be DAY, WEEK or MONTH; got `%1`").arg((*q)[u"period"].toString()));
            } else {
                quota.limit = int(qMin<qint64>(limit, std::numeric_limits<int>::max()));
                const qint64 offset = (*q)[u"offset"].isNull() ? 0 : (*q)[u"offset"].toInteger(&ok);
                if (!ok || offset < 0 || offset > limit)
                    sink.error(*q, pf + QLatin1String(".quota.offset"),
                               QStringLiteral("must be a whole number from 0 to the limit (%1)").arg(limit));
                else
                    quota.offset = int(offset);
                plan.quota = quota;
            }
        }
        qsizetype si = 0;
        for (const doc::Node &s : p[u"apiStages"].items()) {
            const QString sf = pf + QStringLiteral(".apiStages[%1]").arg(si++);
            model::UsagePlanStage ps;
            ps.apiId = s[u"api"].toString();
            ps.stage = s[u"stage"].toString();
            const model::Api *api = project.api(ps.apiId);
            if (!api) {
                sink.error(s, sf + QLatin1String(".api"), QStringLiteral("names an API `%1` that the project does not have").arg(ps.apiId));
                continue;
            }
            if (api->protocol != model::Protocol::Rest) {
                sink.error(s, sf + QLatin1String(".api"),
                           QStringLiteral("`%1` is an HTTP API; usage plans and API keys are for REST APIs only").arg(ps.apiId));
                continue;
            }
            if (!api->stage(ps.stage)) {
                sink.error(s, sf + QLatin1String(".stage"), QStringLiteral("API `%1` has no stage `%2`").arg(ps.apiId, ps.stage));
                continue;
            }
            if (const doc::Node *m = s.find(u"methodThrottle"))
                ps.methodThrottles = readThrottleMap(*m, sf + QLatin1String(".methodThrottle"), sink);
            plan.stages.append(ps);
        }
        project.usagePlans.append(std::move(plan));
    }
    index = 0;
    QSet<QString> values;
    for (const doc::Node &k : root[u"apiKeys"].items()) {
        const QString kf = QStringLiteral("apiKeys[%1]").arg(index++);
        model::ApiKey key;
        key.name = k[u"name"].toString();
        key.value = k[u"value"].toString();
        key.enabled = k[u"enabled"].toBool(true);
        if (key.name.isEmpty())
            key.name = key.masked();
        if (key.value.isEmpty()) {
            sink.error(k, kf + QLatin1String(".value"), QStringLiteral("an API key needs a value (what clients send in x-api-key)"));
            continue;
        }
        if (values.contains(key.value)) {
            sink.error(k, kf + QLatin1String(".value"), QStringLiteral("another API key has the same value"));
            continue;
        }
        values.insert(key.value);
        if (key.value.size() < 20)
            sink.warning(k[u"value"], kf + QLatin1String(".value"),
                         QStringLiteral("AWS requires API key values of at least 20 characters; this one would be refused there"));
        QSet<QString> covered; // "api/stage" pairs: AWS allows one plan per API stage for a key
        for (const doc::Node &planName : k[u"usagePlans"].items()) {
            const model::UsagePlan *plan = project.usagePlan(planName.toString());
            if (!plan) {
                sink.error(planName, kf + QLatin1String(".usagePlans"),
                           QStringLiteral("names a usage plan `%1` that the project does not have").arg(planName.toString()));
                continue;
            }
            for (const model::UsagePlanStage &ps : plan->stages) {
                const QString pair = ps.apiId + QLatin1Char('/') + ps.stage;
                if (covered.contains(pair))
                    sink.error(planName, kf + QLatin1String(".usagePlans"),
                               QStringLiteral("the key is already in another usage plan for %1; AWS allows one usage plan per "
                                              "API stage for a key")
                                   .arg(pair));
                covered.insert(pair);
            }
            key.usagePlans.append(plan->name);
        }
        project.apiKeys.append(std::move(key));
    }
}

void writeTrafficSettings(const model::Project &project, doc::Node &root)
{
    if (!(project.accountThrottle == model::kDefaultAccountThrottle))
        root.set(QStringLiteral("accountThrottle"), throttleNode(project.accountThrottle));
    if (!project.usagePlans.isEmpty()) {
        doc::Node plans = doc::Node::sequence();
        for (const model::UsagePlan &p : project.usagePlans) {
            doc::Node n = doc::Node::mapping();
            n.set(QStringLiteral("name"), doc::Node::string(p.name));
            if (!p.description.isEmpty())
                n.set(QStringLiteral("description"), doc::Node::string(p.description));
            if (p.throttle)
                n.set(QStringLiteral("throttle"), throttleNode(*p.throttle));
            if (p.quota) {
                doc::Node q = doc::Node::mapping();
                q.set(QStringLiteral("limit"), doc::Node::integer(p.quota->limit));
                q.set(QStringLiteral("period"), doc::Node::string(model::periodName(p.quota->period)));
                if (p.quota->offset)
                    q.set(QStringLiteral("offset"), doc::Node::integer(p.quota->offset));
                n.set(QStringLiteral("quota"), q);
            }
            if (!p.stages.isEmpty()) {
                doc::Node stages = doc::Node::sequence();
                for (const model::UsagePlanStage &ps : p.stages) {
                    doc::Node s = doc::Node::mapping();
                    s.set(QStringLiteral("api"), doc::Node::string(ps.apiId));
                    s.set(QStringLiteral("stage"), doc::Node::string(ps.stage));
                    if (!ps.methodThrottles.isEmpty())
                        s.set(QStringLiteral("methodThrottle"), throttleMapNode(ps.methodThrottles));
                    stages.append(s);
                }
                n.set(QStringLiteral("apiStages"), stages);
            }
            plans.append(n);
        }
        root.set(QStringLiteral("usagePlans"), plans);
    }
    if (!project.apiKeys.isEmpty()) {
        doc::Node keys = doc::Node::sequence();
        for (const model::ApiKey &k : project.apiKeys) {
            doc::Node n = doc::Node::mapping();
            n.set(QStringLiteral("name"), doc::Node::string(k.name));
            n.set(QStringLiteral("value"), doc::Node::string(k.value));
            if (!k.enabled)
                n.set(QStringLiteral("enabled"), doc::Node::boolean(false));
            if (!k.usagePlans.isEmpty()) {
                doc::Node plans = doc::Node::sequence();
                for (const QString &p : k.usagePlans)
                    plans.append(doc::Node::string(p));
                n.set(QStringLiteral("usagePlans"), plans);
            }
            keys.append(n);
        }
        root.set(QStringLiteral("apiKeys"), keys);
    }
}

} // namespace gw::io
