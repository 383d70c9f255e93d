// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArrayView>
#include <QString>

namespace gw {

/// What the trace file, access logs and HAR files write in place of a secret: credentials (Authorization,
/// Proxy-Authorization, X-Amz-Security-Token), session state (Cookie, Set-Cookie) and API keys (x-api-key), and the
/// signing parts of a presigned URL (X-Amz-Signature, X-Amz-Credential, X-Amz-Security-Token). Browsers' sanitized
/// HAR export leaves out the same kind of headers.
inline constexpr QLatin1StringView kRedacted("REDACTED");

/// True for a header whose value is a credential or session state (names compare case-insensitively).
bool isSecretHeader(QByteArrayView name);
/// True for a query parameter that carries a presigned URL's signing secret (names compare case-insensitively).
bool isSecretQueryParameter(QStringView name);
/// `query` (without '?', percent-encoded as received) with the value of every secret parameter replaced by REDACTED;
/// everything else byte for byte.
QString redactQuery(const QString &query);
/// An API key as access logs print it: "****" and its last four characters; only "****" when it is shorter than
/// eight characters (four would give most of it away). Empty stays empty.
QString maskSecret(QStringView value);

} // namespace gw
