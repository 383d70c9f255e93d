// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "doc/docnode.h"

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace gw::model {

/// Ordered string pairs, as AWS's maps are written in a definition (requestParameters, templates, ...).
using StringPairs = QList<QPair<QString, QString>>;

QString valueOf(const StringPairs &pairs, QStringView key, const QString &fallback = {});
/// Replaces the value of `key` in place, or appends the pair.
void setValue(StringPairs &pairs, const QString &key, const QString &value);
/// A static value as mapping expressions write it: 'text'.
QString staticValue(const QString &text);

enum class IntegrationType { Mock, Http, HttpProxy, Aws, AwsProxy };

/// "mock", "http", "http_proxy", "aws", "aws_proxy" (case-insensitive on input, lower-case on output).
QString integrationTypeName(IntegrationType type);
bool parseIntegrationType(QStringView text, IntegrationType *out);

/// One entry of `x-amazon-apigateway-integration.responses`: the key is the selection pattern.
struct IntegrationResponse
{
    QString selectionPattern; ///< "default" or a regular expression
    QString statusCode;
    StringPairs responseParameters;
    StringPairs responseTemplates;
    QString contentHandling;
    doc::Node extra; ///< members Gatehouse does not model, kept for round trips
    int line = 0;
};

/// `x-amazon-apigateway-integration` (REST and HTTP APIs).
struct Integration
{
    IntegrationType type = IntegrationType::Mock;
    QString uri;
    QString httpMethod;
    QString credentials;
    QString connectionType; ///< INTERNET or VPC_LINK
    QString connectionId;
    QString passthroughBehavior;
    QString contentHandling;
    int timeoutInMillis = 0; ///< 0: AWS's default (29,000 REST; 30,000 HTTP)
    StringPairs requestParameters;
    StringPairs requestTemplates;
    QList<IntegrationResponse> responses;
    QStringList cacheKeyParameters;
    QString cacheNamespace;
    QString payloadFormatVersion;
    QString integrationSubtype;
    doc::Node tlsConfig;
    doc::Node extra; ///< members Gatehouse does not model, kept for round trips and reported
    int line = 0;

    int effectiveTimeoutMs(bool restApi) const;
};

} // namespace gw::model
