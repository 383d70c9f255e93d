// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcanary.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

namespace gw::io {

doc::Node canaryPercentNode(double percent)
{
    if (percent == std::floor(percent) && std::fabs(percent) < 1e15)
        return doc::Node::integer(qint64(percent));
    return doc::Node::numberText(QString::number(percent, 'g', QLocale::FloatingPointShortest));
}

bool readStageCanary(const QString &key, const doc::Node &value, const QString &field, const model::Api &api,
                     model::Stage &stage, DiagnosticSink &sink)
{
    if (key != QLatin1String("canarySettings"))
        return false;
    if (api.protocol != model::Protocol::Rest) {
        sink.error(value, field, QStringLiteral("only REST API stages have a canary (HTTP and WebSocket APIs have none); "
                                                "remove canarySettings from this stage"));
        return true;
    }
    if (!value.isMapping()) {
        sink.error(value, field, QStringLiteral("must be a mapping: {deploymentId: ID, percentTraffic: 10, "
                                                "stageVariableOverrides: {...}, useStageCache: false}"));
        return true;
    }
    model::CanarySettings c;
    bool ok = true;
    for (const auto &[k, v] : value.members()) {
        const QString f = field + QLatin1Char('.') + k;
        if (k == QLatin1String("deploymentId")) {
            c.deploymentId = v.toString();
            if (!v.isString() || c.deploymentId.isEmpty()) {
                sink.error(v, f, QStringLiteral("must be the id of one of this API's deployments; got `%1`").arg(v.toString()));
                ok = false;
            } else if (!api.deployment(c.deploymentId)) {
                QStringList ids;
                for (const model::Deployment &d : api.deployments)
                    ids.append(d.id);
                sink.error(v, f, QStringLiteral("names a deployment `%1` that this API does not have (its deployments: %2)")
                                     .arg(c.deploymentId, ids.isEmpty() ? QStringLiteral("none") : ids.join(QLatin1String(", "))),
                           QStringLiteral("use one of the API's deployment ids, or deploy the API first"));
                ok = false;
            }
        } else if (k == QLatin1String("percentTraffic")) {
            const double p = v.toDouble(-1);
            if (!v.isNumber() || !(p >= 0 && p <= 100)) {
                sink.error(v, f, QStringLiteral("must be a number from 0 to 100 (the percent of requests the canary "
                                                "serves); got `%1`")
                                     .arg(v.toString()));
                ok = false;
            } else {
                c.percentTraffic = p;
            }
        } else if (k == QLatin1String("stageVariableOverrides")) {
            if (!v.isMapping()) {
                sink.error(v, f, QStringLiteral("must be a mapping of stage variable names to values"));
                ok = false;
                continue;
            }
            static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_]+$"));
            for (const auto &[name, text] : v.members()) {
                if (!pattern.match(name).hasMatch()) {
                    sink.error(text, f + QLatin1Char('.') + name,
                               QStringLiteral("a stage variable name is letters, digits and _; got `%1`").arg(name));
                    ok = false;
                    continue;
                }
                if (!text.isScalar() || text.isNull()) {
                    sink.error(text, f + QLatin1Char('.') + name, QStringLiteral("must be a string value"));
                    ok = false;
                    continue;
                }
                c.stageVariableOverrides.append({name, text.toString()});
            }
        } else if (k == QLatin1String("useStageCache")) {
            if (!v.isBool()) {
                sink.error(v, f, QStringLiteral("must be true or false; got `%1`").arg(v.toString()));
                ok = false;
            } else {
                c.useStageCache = v.toBool(false);
            }
        } else {
            sink.error(v, f, QStringLiteral("unknown canary setting; use deploymentId, percentTraffic, "
                                            "stageVariableOverrides or useStageCache"));
            ok = false;
        }
    }
    if (ok && c.deploymentId.isEmpty()) {
        sink.error(value, field + QLatin1String(".deploymentId"),
                   QStringLiteral("is missing: a canary serves one of this API's deployments"),
                   QStringLiteral("add deploymentId: ID, or remove canarySettings"));
        ok = false;
    }
    if (ok)
        stage.canary = c;
    return true;
}

void writeStageCanary(const model::Stage &stage, doc::Node &node)
{
    if (!stage.canary)
        return;
    const model::CanarySettings &c = *stage.canary;
    doc::Node n = doc::Node::mapping();
    n.set(QStringLiteral("deploymentId"), doc::Node::string(c.deploymentId));
    n.set(QStringLiteral("percentTraffic"), canaryPercentNode(c.percentTraffic));
    if (!c.stageVariableOverrides.isEmpty()) {
        doc::Node overrides = doc::Node::mapping();
        for (const auto &[k, v] : c.stageVariableOverrides)
            overrides.set(k, doc::Node::string(v));
        n.set(QStringLiteral("stageVariableOverrides"), overrides);
    }
    n.set(QStringLiteral("useStageCache"), doc::Node::boolean(c.useStageCache));
    node.set(QStringLiteral("canarySettings"), n);
}

} // namespace gw::io
