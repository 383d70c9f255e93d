// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/sigv4.h"
#include "model/api.h"
#include "observe/exchangerecord.h"
#include "upstream/upstreamclient.h"

#include <QList>
#include <QPair>
#include <QString>

// The request the window's Test panel sends through the running gateway: URL and query assembly, the caller's
// identity (an API key, a bearer token, a SigV4 signature) and the correlation header that finds the exchange record
// the gateway wrote for it. Pure logic: no sockets, no clock of its own.

namespace gw {

/// The header every test request carries, with a value unique to that request; its exchange record has it among
/// the request headers (see isRecordOfTestRequest()).
inline constexpr QLatin1StringView kTestRequestHeader("x-gatehouse-test");

/// Who the test request claims to be.
struct TestIdentity
{
    enum class Kind { None, ApiKey, BearerToken, SigV4 };
    Kind kind = Kind::None;
    QString apiKey;        ///< ApiKey: sent as x-api-key
    QString token;         ///< BearerToken: the compact JWT
    QString tokenHeader = QStringLiteral("Authorization"); ///< BearerToken: the header that carries it
    bool bearerPrefix = true;  ///< BearerToken: "Bearer <token>" (JWT authorizers) or the token alone (Cognito)
    auth::Credential credential; ///< SigV4: the access key that signs
    QString region = QString(model::kLocalRegion); ///< SigV4: the credential scope's region
};

/// What the person composed in the panel.
struct TestRequestSpec
{
    QString apiId;
    QString stage;  ///< empty or "$default": no stage prefix in the path
    QString method; ///< GET, POST, ...
    /// Within the stage, as typed ("/pets/1", "pets/a b"); may end in "?query", which comes before `query`.
    QString path;
    QString query;  ///< as typed, with or without a leading '?' ("limit=3&type=dog")
    QList<QPair<QString, QString>> headers; ///< rows with an empty name are skipped
    QByteArray body;
    TestIdentity identity;
    QString correlationId; ///< the kTestRequestHeader value; empty: the header is not sent
};

/// The request ready for upstream::UpstreamClient, or why it cannot be built.
struct BuiltTestRequest
{
    QString problem;                  ///< one sentence naming the field; empty when the request can be sent
    QString url;                      ///< http://{apiId}.execute-api.localhost:{port}/{stage}/{path}?{query}
    upstream::UpstreamRequest request; ///< Host and Content-Length are added by the client
    QByteArray canonicalRequest;      ///< SigV4 only: what was signed
    QByteArray stringToSign;          ///< SigV4 only
};

/// Builds the request `spec` describes for a gateway on 127.0.0.1:`port`, addressed by host as AWS's invoke URLs are.
/// `nowEpochSeconds` is the gateway clock's time, used to sign SigV4 requests. User-supplied Host, Content-Length,
/// Connection and Transfer-Encoding headers are left out (the client writes the framing); identity headers replace
/// user headers of the same name.
BuiltTestRequest buildTestRequest(const TestRequestSpec &spec, quint16 port, qint64 nowEpochSeconds);

/// `path` as a request target path: a leading '/' added, every byte outside RFC 3986's pchar set percent-encoded,
/// existing %XY escapes kept.
QByteArray encodeTestPath(const QString &path);
/// `query` (without '?') as sent: '&' and '=' kept, spaces and other bytes outside RFC 3986's query set
/// percent-encoded, existing %XY escapes kept.
QByteArray encodeTestQuery(const QString &query);

/// The header name that carries a JWT or Cognito user pool authorizer's token for `schemeName` of `api`, from
/// its identity source ("$request.header.X", "method.request.header.X") or the security scheme's `name`;
/// "Authorization" when neither names a header.
QString tokenHeaderOf(const model::Api &api, const QString &schemeName);

/// True when `record` is the exchange of the test request whose kTestRequestHeader value is `correlationId`.
bool isRecordOfTestRequest(const ExchangeRecord &record, const QString &correlationId);

} // namespace gw
