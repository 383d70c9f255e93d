// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "exchangerecord.h"

namespace gw {

/// The value of a `$context` variable (name without the "$context." prefix, e.g. "requestId") for a finished
/// exchange, as access logs print it; an empty string when the variable has no value for it, and a null string when
/// Gatehouse does not know the variable.
QString contextValue(const ExchangeRecord &record, QStringView name);

/// `$context.authorizer.<name>` (and HTTP APIs' `$context.authorize.<name>`) for an authorizer's outcome: principalId,
/// latency, integrationLatency, status, error and the keys of the context it returned (stringified, as REST APIs pass
/// them on). Empty when no authorizer ran or the value is absent.
QString authorizerValue(const AuthorizerTrace *trace, QStringView name);
/// `$context.identity.<name>` of an AWS_IAM caller: accessKey, caller, user, userArn or accountId. Empty when the
/// request was not (successfully) signed or the credential does not declare the value.
QString iamIdentityValue(const IamTrace *trace, QStringView name);
/// A value of an authorizer's context as API Gateway stringifies it ("1", "true", "text").
QString stringifiedContextValue(const QJsonValue &value);

/// The `$context` variable names contextValue() knows.
QStringList knownContextVariables();

/// $context.domainName: the Host header without its port; $context.domainPrefix: the domain's first label.
QString domainName(const http::HttpHeaders &requestHeaders);
QString domainPrefix(const QString &domain);

/// CLF time as $context.requestTime prints it: "25/Nov/2026:14:02:11 +0000".
QString clfTime(qint64 epochMs);

} // namespace gw
