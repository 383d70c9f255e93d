// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "http/httpheaders.h"

#include <QString>
#include <QStringList>

#include <optional>

namespace gw::cors {

/// How fetch() was called: credentials "omit", "same-origin" (the default) or "include".
enum class CredentialsMode { Omit, SameOrigin, Include };

/// A cross-origin request as a page would make it with fetch().
struct FetchRequest
{
    QString pageOrigin;          ///< serialized origin of the page: "http://app.example:8000"
    QString url;                 ///< absolute target URL
    QString method = QStringLiteral("GET");
    http::HttpHeaders headers;   ///< headers the page sets (names as given)
    CredentialsMode credentials = CredentialsMode::SameOrigin;
};

/// One check the browser makes, in plain words, with the setting that decides it.
struct Check
{
    QString name;        ///< stable id, e.g. "preflight.status", "actual.allow-origin"
    bool pass = false;
    QString explanation; ///< what was expected, what was found, in a sentence
};

/// What the Fetch standard makes a browser do for a request. Pure functions: no I/O. Rules from the Fetch standard
/// as the web-platform-tests check them (see ../shared/reference/cors-rules.md).
class BrowserCors
{
public:
    /// The origin of an absolute URL ("http://h:8080"); default ports are left out; empty when not http(s).
    static QString originOf(const QString &url);
    /// True when the request goes to another origin (scheme, host or port differ).
    static bool isCrossOrigin(const FetchRequest &request);
    /// True when credentials (cookies, HTTP auth) are sent cross-origin: only with CredentialsMode::Include.
    static bool includesCredentials(const FetchRequest &request);

    /// CORS-safelisted request header (name and value), as Chromium decides it (the Fetch standard plus Chromium's
    /// extra client-hint headers).
    static bool isSafelistedRequestHeader(const QByteArray &name, const QByteArray &value);
    /// Headers a page cannot set (Cookie, Host, ...): they never count.
    static bool isForbiddenRequestHeader(const QByteArray &name);
    /// GET, HEAD, POST.
    static bool isSafelistedMethod(const QString &method);
    /// A preflight is needed for a non-safelisted method or any non-safelisted header (safelisted headers over
    /// 1,024 bytes in total also count).
    static bool needsPreflight(const FetchRequest &request);
    /// Access-Control-Request-Headers as the browser sends it: the non-safelisted names the page set, lower case,
    /// sorted, joined by "," without spaces; empty when there are none.
    static QByteArray requestHeadersList(const FetchRequest &request);
    /// The preflight request's headers: Origin, Access-Control-Request-Method and (when not empty)
    /// Access-Control-Request-Headers, plus Accept: */*.
    static http::HttpHeaders preflightHeaders(const FetchRequest &request);
    /// The actual request's extra header: Origin (browsers also send it on same-origin POSTs; cross-origin always).
    static QByteArray originHeaderValue(const FetchRequest &request);

    /// The checks on a preflight response (status 2xx, Allow-Origin, Allow-Credentials, Allow-Methods,
    /// Allow-Headers, and that their syntax parses). All checks are returned, passing or not, in that order.
    static QList<Check> checkPreflight(const FetchRequest &request, int status, const http::HttpHeaders &response);
    /// The checks on the actual response (Allow-Origin, Allow-Credentials).
    static QList<Check> checkActual(const FetchRequest &request, int status, const http::HttpHeaders &response);
    /// The response header names the page can read (lower case), after Access-Control-Expose-Headers.
    static QStringList readableResponseHeaders(const FetchRequest &request, const http::HttpHeaders &response);
    /// Access-Control-Max-Age in seconds as the browser uses it (absent: 5; capped at 7,200 as Chromium does).
    static int preflightCacheSeconds(const http::HttpHeaders &response);

    static bool allPass(const QList<Check> &checks);
};

} // namespace gw::cors
