// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QString>

#include <optional>

namespace gw {

class Exchange;

/// An integration's answer, for `integration.response.*` sources.
struct IntegrationOutput
{
    const http::HttpHeaders *headers = nullptr;
    const QByteArray *body = nullptr;
};

/// The value of `$context.NAME` (without the prefix) while the exchange runs: request and identity facts, the
/// resolved API, stage and route, and the error being answered. nullopt for a variable Gatehouse does not know.
std::optional<QString> contextVariable(const Exchange &ex, QStringView name);

/// The value of a mapping source as API Gateway writes them in requestParameters, responseParameters and gateway
/// responses: `'static text'`, `method.request.{path|querystring|header|multivaluequerystring|multivalueheader}.NAME`,
/// `stageVariables.NAME`, `context.NAME`, and, with `integration`, `integration.response.{header|multivalueheader}.NAME`
/// and `integration.response.body`. A known source without a value gives an empty string; nullopt means the source
/// is not supported (the caller reports it).
std::optional<QString> resolveParameterSource(const Exchange &ex, QStringView source,
                                              const IntegrationOutput &integration = {});

/// The first value of a query string parameter (decoded), or nullopt when absent.
std::optional<QString> queryParameter(QByteArrayView query, QStringView name);

} // namespace gw
