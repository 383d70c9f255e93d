// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationconfig.h"

#include <QJsonObject>
#include <QRegularExpression>

#include <algorithm>

namespace gw {

using Level = FidelityItem::Level;

const ValidationConfig::Model *ValidationConfig::modelFor(const QString &contentType) const
{
    for (const Model &m : models) {
        if (m.contentType.compare(contentType, Qt::CaseInsensitive) == 0)
            return &m;
    }
    for (const Model &m : models) {
        if (m.contentType == QLatin1String("$default"))
            return &m;
    }
    return nullptr;
}

namespace {

/// Follows a local "#/components/..." reference of the document (parameters, request bodies).
const doc::Node &deref(const doc::Node &document, const doc::Node &node)
{
    const QString ref = node[u"$ref"].toString();
    if (!ref.startsWith(QLatin1String("#/")))
        return node;
    const doc::Node *at = &document;
    for (const QString &part : ref.mid(2).split(QLatin1Char('/')))
        at = &(*at)[QString(part).replace(QLatin1String("~1"), QLatin1String("/")).replace(QLatin1String("~0"), QLatin1String("~"))];
    return *at;
}

/// The document's models (components.schemas) so that a model's "#/components/schemas/X" references resolve, and
/// AWS's own model URLs (https://apigateway.amazonaws.com/restapis/API/models/X) too.
QJsonObject modelRoot(const QJsonObject &schema, const QJsonObject &schemas)
{
    QJsonObject root = schema;
    if (!root.contains(QLatin1String("components")))
        root.insert(QStringLiteral("components"), QJsonObject{{QStringLiteral("schemas"), schemas}});
    return root;
}

} // namespace

std::shared_ptr<const ValidationConfig> compileValidation(const model::Api &api, const model::ApiDefinition &def,
                                                          const model::PathItem &path, const model::Operation &op,
                                                          const QString &where, FidelityReport &report)
{
    if (api.protocol != model::Protocol::Rest)
        return nullptr;
    const doc::Node &document = def.document;
    const QString name = op.body.contains(u"x-amazon-apigateway-request-validator")
        ? op.body[u"x-amazon-apigateway-request-validator"].toString()
        : document[u"x-amazon-apigateway-request-validator"].toString();
    if (name.isEmpty())
        return nullptr;
    const doc::Node &validators = document[u"x-amazon-apigateway-request-validators"];
    if (!validators.contains(name)) {
        report.add(Level::NotEmulated, api.id, where,
                   QStringLiteral("names the request validator `%1`, which x-amazon-apigateway-request-validators does not "
                                  "define (AWS refuses such a definition); requests are not validated")
                       .arg(name));
        return nullptr;
    }
    auto cfg = std::make_shared<ValidationConfig>();
    cfg->validator = name;
    cfg->validateBody = validators[name][u"validateRequestBody"].toBool(false);
    cfg->validateParameters = validators[name][u"validateRequestParameters"].toBool(false);
    if (!cfg->validateBody && !cfg->validateParameters)
        return nullptr;

    // Required parameters: the path item's, overridden by the operation's (same name and location).
    QHash<QString, ValidationConfig::RequiredParameter> required;
    auto readParameters = [&](const doc::Node &list) {
        for (const doc::Node &p0 : list.items()) {
            const doc::Node &p = deref(document, p0);
            QString in = p[u"in"].toString();
            if (in == QLatin1String("query"))
                in = QStringLiteral("querystring");
            if (in != QLatin1String("header") && in != QLatin1String("querystring") && in != QLatin1String("path"))
                continue;
            const QString key = in + QLatin1Char('.') + p[u"name"].toString();
            if (p[u"required"].toBool(false) || in == QLatin1String("path"))
                required.insert(key, {in, p[u"name"].toString()});
            else
                required.remove(key);
        }
    };
    readParameters(path.extra[u"parameters"]);
    readParameters(op.body[u"parameters"]);
    cfg->required = required.values();
    std::sort(cfg->required.begin(), cfg->required.end(),
              [](const auto &a, const auto &b) { return a.key() < b.key(); });

    // Models per content type.
    const QJsonObject schemas = document[u"components"][u"schemas"].toJson().toObject();
    const QString apiModelPrefix = QStringLiteral("https://apigateway.amazonaws.com/restapis/");
    const auto fetch = [schemas, apiModelPrefix](const QString &uri) -> std::optional<QJsonValue> {
        static const QRegularExpression modelUrl(QStringLiteral("^https://apigateway\\.amazonaws\\.com/restapis/[^/]+/models/([^/#]+)$"));
        const QRegularExpressionMatch m = modelUrl.match(uri);
        if (!m.hasMatch() || !schemas.contains(m.captured(1)))
            return std::nullopt;
        return modelRoot(schemas.value(m.captured(1)).toObject(), schemas);
    };
    const doc::Node &body = deref(document, op.body[u"requestBody"]);
    for (const auto &[contentType, media] : body[u"content"].members()) {
        const doc::Node &schemaNode = media[u"schema"];
        if (schemaNode.isNull())
            continue;
        ValidationConfig::Model m;
        m.contentType = contentType;
        const QString ref = schemaNode[u"$ref"].toString();
        m.name = ref.startsWith(QLatin1String("#/components/schemas/")) ? ref.mid(21) : QStringLiteral("(inline)");
        QString error;
        m.schema = JsonSchema::compile(modelRoot(schemaNode.toJson().toObject(), schemas), &error, fetch);
        if (!m.schema) {
            report.add(Level::NotEmulated, api.id, where,
                       QStringLiteral("the %1 model %2 cannot be used (%3); bodies of that type are not validated")
                           .arg(contentType, m.name, error));
            continue;
        }
        cfg->models.append(m);
    }
    return cfg;
}

} // namespace gw
