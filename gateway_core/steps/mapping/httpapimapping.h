// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"
#include "model/integration.h"

#include <QStringList>

#include <optional>

namespace gw {

class Exchange;

/// One HTTP API parameter mapping: `append|overwrite|remove:header.NAME`, `…:querystring.NAME`, `overwrite:path`,
/// and, on responses, `overwrite:statuscode`. The value is a selection expression: static text with `$request.*`,
/// `$response.*`, `$context.*` and `$stageVariables.*` references (`${…}` to embed them).
struct HttpApiParameterOp
{
    enum class Action { Append, Overwrite, Remove };
    enum class Target { Header, Querystring, Path, StatusCode };
    Action action = Action::Overwrite;
    Target target = Target::Header;
    QString name;  ///< header or query string name; empty for path and statuscode
    QString value; ///< the selection expression, as written
    QString key;   ///< the whole key, for the record
};

struct HttpApiParameterMapping
{
    QList<HttpApiParameterOp> request;
    QList<QPair<QString, QList<HttpApiParameterOp>>> responses; ///< integration status code → operations
    bool responseUsesBody = false; ///< some response value reads $response.body
    bool isEmpty() const { return request.isEmpty() && responses.isEmpty(); }
};

/// Reads `requestParameters` (key → value) and `responseParameters` (status code → {key → value}) of an HTTP API
/// integration. Problems (unknown keys, reserved headers) are appended to `errors`; such entries are skipped.
HttpApiParameterMapping readHttpApiParameterMapping(const model::StringPairs &requestParameters,
                                                    const doc::Node &responseParameters, QStringList *errors);

/// Applies the request operations to what goes to the backend, recording each in the exchange's mapping trace.
/// `query` is the encoded query string; `path` the encoded path.
void applyHttpApiRequestMapping(Exchange &ex, const QList<HttpApiParameterOp> &ops, http::HttpHeaders &headers,
                                QByteArray &query, QByteArray &path);

/// Applies the response operations for `status` (the integration's status) to the response in the exchange.
/// `body` is the integration's body when known (null when it streams: $response.body values are then empty).
void applyHttpApiResponseMapping(Exchange &ex, const HttpApiParameterMapping &mapping, int status,
                                 const QByteArray *body);

} // namespace gw
