// SPDX-License-Identifier: GPL-3.0-or-later
#include "browsercors.h"

#include <QLocale>
#include <QUrl>

#include <algorithm>
#include <limits>

// Where the Fetch standard and Chromium differ, this file follows Chromium
// (services/network/public/cpp/cors/cors.cc, services/network/cors/cors_util.cc and preflight_result.cc,
// net/http/http_util.cc, Blink's cors.cc), because the CORS Lab predicts what Chromium does. Each such place
// says so where it happens.

namespace gw::cors {

using namespace Qt::StringLiterals;

namespace {

constexpr qsizetype kSafelistedValueMaxBytes = 128;
constexpr qsizetype kSafelistedTotalMaxBytes = 1024;
constexpr int kDefaultMaxAgeSeconds = 5;
constexpr int kMaxAgeCapSeconds = 7200;

constexpr QByteArrayView kAllowOrigin = "Access-Control-Allow-Origin";
constexpr QByteArrayView kAllowCredentials = "Access-Control-Allow-Credentials";
constexpr QByteArrayView kAllowMethods = "Access-Control-Allow-Methods";
constexpr QByteArrayView kAllowHeaders = "Access-Control-Allow-Headers";
constexpr QByteArrayView kExposeHeaders = "Access-Control-Expose-Headers";
constexpr QByteArrayView kMaxAge = "Access-Control-Max-Age";

bool isTabOrSpace(char c)
{
    return c == ' ' || c == '\t';
}

bool isHttpWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool isAsciiWhitespace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

template<typename Pred>
QByteArray trimmedBy(QByteArrayView v, Pred pred, bool leading = true, bool trailing = true)
{
    qsizetype begin = 0;
    qsizetype end = v.size();
    while (leading && begin < end && pred(v[begin]))
        ++begin;
    while (trailing && end > begin && pred(v[end - 1]))
        --end;
    return v.sliced(begin, end - begin).toByteArray();
}

QByteArray trimTabOrSpace(QByteArrayView v)
{
    return trimmedBy(v, isTabOrSpace);
}

/// RFC 9110 tchar, as net::HttpUtil::IsTokenChar.
bool isTokenChar(char c)
{
    const auto u = static_cast<uchar>(c);
    if (u >= 0x7f || u <= 0x20)
        return false;
    return !QByteArrayView("()<>@,;:\\\"/[]?={}").contains(c);
}

bool isToken(QByteArrayView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isTokenChar);
}

/// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-byte
bool isCorsUnsafeRequestHeaderByte(char c)
{
    const auto u = static_cast<uchar>(c);
    return (u < 0x20 && u != 0x09) || u == 0x7f || QByteArrayView("\"():<>?@[\\]{}").contains(c);
}

/// base::StringToInt64 on a value without surrounding whitespace: an optional sign, then at least one digit,
/// and no overflow.
std::optional<qint64> parseInt64(QByteArrayView v)
{
    bool negative = false;
    if (!v.isEmpty() && (v[0] == '-' || v[0] == '+')) {
        negative = v[0] == '-';
        v = v.sliced(1);
    }
    if (v.isEmpty())
        return std::nullopt;
    qint64 value = 0;
    for (char c : v) {
        if (!isDigit(c))
            return std::nullopt;
        const int digit = c - '0';
        if (negative) {
            if (value < (std::numeric_limits<qint64>::min() + digit) / 10)
                return std::nullopt;
            value = value * 10 - digit;
        } else {
            if (value > (std::numeric_limits<qint64>::max() - digit) / 10)
                return std::nullopt;
            value = value * 10 + digit;
        }
    }
    return value;
}

/// Chromium's Content-Type rule: no unsafe byte, and the part before the first `;` is exactly `type/subtype`
/// (tokens; whitespace allowed only before the type and after the subtype) naming one of the three form
/// types.
bool isSafelistedContentType(const QByteArray &lowerValue)
{
    if (std::any_of(lowerValue.begin(), lowerValue.end(), isCorsUnsafeRequestHeaderByte))
        return false;
    const qsizetype semicolon = lowerValue.indexOf(';');
    const QList<QByteArray> parts = (semicolon < 0 ? lowerValue : lowerValue.first(semicolon)).split('/');
    if (parts.size() != 2)
        return false;
    const QByteArray type = trimmedBy(parts[0], isAsciiWhitespace, true, false);
    const QByteArray subtype = trimmedBy(parts[1], isAsciiWhitespace, false, true);
    if (!isToken(type) || !isToken(subtype))
        return false;
    const QByteArray essence = type + '/' + subtype;
    return essence == "text/plain" || essence == "multipart/form-data"
        || essence == "application/x-www-form-urlencoded";
}

/// Chromium's simple Range rule: no space, tab or comma anywhere, unit `bytes` (any case), one range with a
/// start. The range follows net::HttpUtil::ParseRangeHeader and net::HttpByteRange, so a leading `+` on a
/// number is accepted, numbers must fit in 64 bits, and an end of exactly -1 means "no end" as it does there.
bool isSimpleRangeValue(const QByteArray &lowerValue)
{
    if (std::any_of(lowerValue.begin(), lowerValue.end(), [](char c) { return isTabOrSpace(c) || c == ','; }))
        return false;
    const qsizetype equals = lowerValue.indexOf('=');
    if (equals < 0 || lowerValue.left(equals) != "bytes")
        return false;
    const QByteArray range = lowerValue.mid(equals + 1);
    const qsizetype minus = range.indexOf('-');
    if (minus <= 0)
        return false;
    const std::optional<qint64> first = parseInt64(QByteArrayView(range).first(minus));
    if (!first || *first < 0)
        return false;
    const QByteArrayView lastText = QByteArrayView(range).sliced(minus + 1);
    if (lastText.isEmpty())
        return true;
    const std::optional<qint64> last = parseInt64(lastText);
    return last && (*last == -1 || *last >= *first);
}

bool isDigits(QByteArrayView v)
{
    return !v.isEmpty() && std::all_of(v.begin(), v.end(), isDigit);
}

/// 1*DIGIT [ "." 1*DIGIT ], Chromium's check for Device-Memory, DPR and Downlink.
bool isDecimalLike(QByteArrayView v)
{
    const qsizetype dot = v.indexOf('.');
    return dot < 0 ? isDigits(v) : isDigits(v.first(dot)) && isDigits(v.sliced(dot + 1));
}

bool isForbiddenName(const QByteArray &lowerName)
{
    // Fetch's list plus Chromium's own: Chromium still refuses User-Agent (crbug.com/571722) and forbids
    // Access-Control-Request-Private-Network.
    static const QList<QByteArrayView> names = {
        "accept-charset",
        "accept-encoding",
        "access-control-request-headers",
        "access-control-request-method",
        "access-control-request-private-network",
        "connection",
        "content-length",
        "cookie",
        "cookie2",
        "date",
        "dnt",
        "expect",
        "host",
        "keep-alive",
        "origin",
        "referer",
        "set-cookie",
        "te",
        "trailer",
        "transfer-encoding",
        "upgrade",
        "user-agent",
        "via",
    };
    return lowerName.startsWith("proxy-") || lowerName.startsWith("sec-") || names.contains(lowerName);
}

/// Fetch's forbidden request-header, value included: X-HTTP-Method(-Override) and X-Method-Override are
/// forbidden when one of their comma-separated values is CONNECT, TRACE or TRACK.
bool isForbidden(const QByteArray &name, const QByteArray &value)
{
    const QByteArray lowerName = name.toLower();
    if (isForbiddenName(lowerName))
        return true;
    if (lowerName != "x-http-method" && lowerName != "x-http-method-override"
        && lowerName != "x-method-override")
        return false;
    const QList<QByteArray> methods = value.split(',');
    return std::any_of(methods.begin(), methods.end(), [](const QByteArray &m) {
        const QByteArray method = trimTabOrSpace(m).toLower();
        return method == "connect" || method == "trace" || method == "track";
    });
}

struct PageHeader
{
    QByteArray lowerName;
    QByteArray value;
};

/// The headers as Chromium sends them for fetch(): forbidden ones dropped, each value stripped of leading and
/// trailing HTTP whitespace, and several values for one name joined by ", " into one header.
QList<PageHeader> effectiveHeaders(const http::HttpHeaders &headers)
{
    QList<PageHeader> out;
    for (const http::HttpHeaders::Field &field : headers.fields()) {
        const QByteArray value = trimmedBy(field.value, isHttpWhitespace);
        if (isForbidden(field.name, value))
            continue;
        const QByteArray lowerName = field.name.toLower();
        const auto existing = std::find_if(out.begin(), out.end(),
                                           [&](const PageHeader &h) { return h.lowerName == lowerName; });
        if (existing == out.end())
            out.append({lowerName, value});
        else
            existing->value += ", " + value;
    }
    return out;
}

struct UnsafeNames
{
    QList<QByteArray> names; ///< sorted, lower case
    qsizetype safelistedBytes = 0; ///< total value size of the safelisted headers
    bool overTotal() const { return safelistedBytes > kSafelistedTotalMaxBytes; }
};

/// https://fetch.spec.whatwg.org/#cors-unsafe-request-header-names, as Chromium's
/// CorsUnsafeNotForbiddenRequestHeaderNames.
UnsafeNames corsUnsafeNames(const QList<PageHeader> &headers)
{
    UnsafeNames out;
    QList<QByteArray> safelisted;
    for (const PageHeader &h : headers) {
        if (BrowserCors::isSafelistedRequestHeader(h.lowerName, h.value)) {
            safelisted.append(h.lowerName);
            out.safelistedBytes += h.value.size();
        } else {
            out.names.append(h.lowerName);
        }
    }
    if (out.overTotal())
        out.names += safelisted;
    std::sort(out.names.begin(), out.names.end());
    return out;
}

/// The six methods fetch() upper-cases; every other method is sent exactly as written.
QString normalizedMethod(const QString &method)
{
    static const QStringList standard = {u"DELETE"_s, u"GET"_s, u"HEAD"_s, u"OPTIONS"_s, u"POST"_s, u"PUT"_s};
    for (const QString &m : standard) {
        if (method.compare(m, Qt::CaseInsensitive) == 0)
            return m;
    }
    return method;
}

/// A response header as Chromium reads it: each field stripped of spaces and tabs, several fields joined by
/// ", ". nullopt when absent.
std::optional<QByteArray> responseValue(const http::HttpHeaders &response, QByteArrayView name)
{
    const QList<QByteArray> values = response.values(name);
    if (values.isEmpty())
        return std::nullopt;
    QByteArray joined;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (i > 0)
            joined += ", ";
        joined += trimTabOrSpace(values[i]);
    }
    return joined;
}

/// Access-Control-Allow-Methods / -Headers: comma-separated tokens, empty items skipped. On a syntax error
/// `bad` holds the first item that is not a token.
struct AllowList
{
    bool present = false;
    QByteArray text;
    QList<QByteArray> items;
    std::optional<QByteArray> bad;
    bool contains(const QByteArray &item) const { return items.contains(item); }
};

AllowList parseAllowList(const http::HttpHeaders &response, QByteArrayView name, bool lowerCase)
{
    AllowList out;
    const std::optional<QByteArray> value = responseValue(response, name);
    if (!value)
        return out;
    out.present = true;
    out.text = *value;
    for (const QByteArray &raw : value->split(',')) {
        const QByteArray item = trimTabOrSpace(raw);
        if (item.isEmpty())
            continue;
        if (!isToken(item)) {
            out.bad = item;
            out.items.clear();
            return out;
        }
        out.items.append(lowerCase ? item.toLower() : item);
    }
    return out;
}

/// A value in backticks, control and non-ASCII bytes escaped so that they can be seen.
QString shown(QByteArrayView v)
{
    QString out = u"`"_s;
    for (char c : v) {
        const auto u = static_cast<uchar>(c);
        if (u == '\t')
            out += u"\\t"_s;
        else if (u < 0x20 || u >= 0x7f)
            out += u"\\x%1"_s.arg(uint(u), 2, 16, QLatin1Char('0'));
        else
            out += QLatin1Char(c);
    }
    return out + u"`"_s;
}

QString shownText(const QString &s)
{
    return shown(QByteArrayView(s.toUtf8()));
}

QString shownList(const QList<QByteArray> &items)
{
    QStringList parts;
    for (const QByteArray &item : items)
        parts.append(shown(item));
    return parts.join(u", "_s);
}

QString credentialsModeName(CredentialsMode mode)
{
    switch (mode) {
    case CredentialsMode::Omit:
        return u"omit"_s;
    case CredentialsMode::SameOrigin:
        return u"same-origin"_s;
    case CredentialsMode::Include:
        return u"include"_s;
    }
    return {};
}

QString serializedPageOrigin(const FetchRequest &request)
{
    const QString origin = BrowserCors::originOf(request.pageOrigin);
    return origin.isEmpty() ? request.pageOrigin.trimmed() : origin;
}

Check sameOriginCheck(const QString &name, const FetchRequest &request, const QString &header)
{
    return {name, true,
            u"The request goes to the page's own origin %1, so the browser does not check %2."_s.arg(
                shownText(serializedPageOrigin(request)), header)};
}

/// Why an Access-Control-Allow-Origin value that is neither `*` nor the origin does not match, as a clause.
QString allowOriginMismatchReason(const QByteArray &value, const QString &origin)
{
    const QByteArray originBytes = origin.toUtf8();
    if (value.contains(',') || std::any_of(value.begin(), value.end(), isTabOrSpace))
        return u"the header may hold one origin only, not a list"_s;
    if (std::any_of(value.begin(), value.end(), [](char c) { return uchar(c) < 0x20 || uchar(c) == 0x7f; }))
        return u"the value contains a control byte"_s;
    if (value == "null")
        return u"`null` matches only pages with an opaque origin (sandboxed frames, file: pages)"_s;
    if (value.toLower() == originBytes.toLower())
        return u"the browser compares byte for byte, so scheme and host must be lower case"_s;
    if (value.startsWith(originBytes) && QByteArrayView("/?#").contains(value.at(originBytes.size())))
        return u"an origin has no path, query or fragment, not even a trailing `/`"_s;
    if (value.contains('*'))
        return u"`*` works only alone, as the whole value; it is no pattern for hosts or schemes"_s;
    const QString valueOrigin = BrowserCors::originOf(QString::fromUtf8(value));
    if (valueOrigin == origin)
        return u"that names the same origin, but not in the serialized form the browser compares (lower "
               "case, no default port)"_s;
    if (!valueOrigin.isEmpty())
        return u"that is another origin (scheme, host and port must all match)"_s;
    return u"the browser compares the whole value byte for byte with the page's origin"_s;
}

Check allowOriginCheck(const QString &prefix, const FetchRequest &request, const http::HttpHeaders &response)
{
    const QString name = prefix + u".allow-origin"_s;
    if (!BrowserCors::isCrossOrigin(request))
        return sameOriginCheck(name, request, u"Access-Control-Allow-Origin"_s);
    const QString origin = serializedPageOrigin(request);
    const bool credentials = BrowserCors::includesCredentials(request);
    const QString wanted = credentials ? shownText(origin) : QString(shownText(origin) + u" or `*`"_s);
    const QList<QByteArray> fields = response.values(kAllowOrigin);
    if (fields.isEmpty()) {
        return {
            name, false,
            u"The response has no Access-Control-Allow-Origin header, but the browser needs %1 there."_s.arg(
                wanted)};
    }
    const QByteArray value = *responseValue(response, kAllowOrigin);
    if (fields.size() > 1) {
        return {name, false,
                u"The response has %1 Access-Control-Allow-Origin headers (%2), which the browser joins into "
                "%3, never a single origin, so it needs exactly one header with %4."_s.arg(fields.size())
                    .arg(shownList(fields), shown(value), wanted)};
    }
    if (value == "*") {
        if (!credentials) {
            return {
                name, true,
                u"Access-Control-Allow-Origin is `*` and the request has no credentials, so any origin may "
                "read the response."_s};
        }
        return {name, false,
                u"Access-Control-Allow-Origin is `*`, but the request includes credentials, so the browser "
                "needs the exact origin %1 and `Access-Control-Allow-Credentials: true`."_s.arg(
                    shownText(origin))};
    }
    if (value == origin.toUtf8())
        return {name, true,
                u"Access-Control-Allow-Origin is %1, exactly the page's origin."_s.arg(shown(value))};
    if (value.isEmpty()) {
        return {name, false,
                u"Access-Control-Allow-Origin is empty, but the browser needs exactly %1."_s.arg(wanted)};
    }
    return {name, false,
            u"Access-Control-Allow-Origin is %1, but the browser needs exactly %2: %3."_s.arg(
                shown(value), wanted, allowOriginMismatchReason(value, origin))};
}

Check allowCredentialsCheck(const QString &prefix, const FetchRequest &request,
                            const http::HttpHeaders &response)
{
    const QString name = prefix + u".allow-credentials"_s;
    if (!BrowserCors::isCrossOrigin(request))
        return sameOriginCheck(name, request, u"Access-Control-Allow-Credentials"_s);
    if (!BrowserCors::includesCredentials(request)) {
        return {
            name, true,
            u"The request is made without credentials (credentials mode `%1`), so the browser does not need "
            "Access-Control-Allow-Credentials."_s.arg(credentialsModeName(request.credentials))};
    }
    const std::optional<QByteArray> value = responseValue(response, kAllowCredentials);
    if (!value) {
        return {name, false,
                u"The request includes credentials, but the response has no Access-Control-Allow-Credentials "
                "header; the browser needs `Access-Control-Allow-Credentials: true`."_s};
    }
    if (*value == "true") {
        return {name, true,
                u"Access-Control-Allow-Credentials is `true`, as a request with credentials requires."_s};
    }
    const qsizetype count = response.values(kAllowCredentials).size();
    if (count > 1) {
        return {name, false,
                u"The response has %1 Access-Control-Allow-Credentials headers, which the browser joins into "
                "%2, but it accepts only one header with exactly `true`."_s.arg(count)
                    .arg(shown(*value))};
    }
    return {name, false,
            u"Access-Control-Allow-Credentials is %1, but for a request with credentials the browser accepts "
            "only the exact lower-case value `true`."_s.arg(shown(*value))};
}

Check preflightStatusCheck(const FetchRequest &request, int status)
{
    const QString name = u"preflight.status"_s;
    if (!BrowserCors::isCrossOrigin(request))
        return {name, true, u"The request is same-origin, so the browser sends no preflight."_s};
    if (status >= 200 && status <= 299)
        return {name, true, u"The preflight response status is %1, an OK (2xx) status."_s.arg(status)};
    if (status >= 300 && status <= 399) {
        return {
            name, false,
            u"The preflight response status is %1, but the browser needs a 2xx status and never follows a "
            "redirect for a preflight."_s.arg(status)};
    }
    return {
        name, false,
        u"The preflight response status is %1, but the browser needs a 2xx status (a 4xx or 5xx here often "
        "means no OPTIONS route, or an authorizer that rejects the OPTIONS request)."_s.arg(status)};
}

Check allowMethodsCheck(const FetchRequest &request, const http::HttpHeaders &response)
{
    const QString name = u"preflight.allow-methods"_s;
    if (!BrowserCors::isCrossOrigin(request))
        return sameOriginCheck(name, request, u"Access-Control-Allow-Methods"_s);
    const AllowList allowed = parseAllowList(response, kAllowMethods, false);
    const QString methodText = normalizedMethod(request.method);
    const QByteArray method = methodText.toUtf8();
    const bool credentials = BrowserCors::includesCredentials(request);
    // Chromium parses the header before it looks at the method, so bad syntax fails even a GET.
    if (allowed.bad) {
        return {
            name, false,
            u"Access-Control-Allow-Methods is %1, which the browser cannot parse: %2 is not a method name "
            "(a token, without spaces), so the preflight fails whatever the method."_s.arg(
                shown(allowed.text), shown(*allowed.bad))};
    }
    if (BrowserCors::isSafelistedMethod(methodText)) {
        return {name, true,
                u"%1 is a CORS-safelisted method, so it need not be listed in Access-Control-Allow-Methods."_s
                    .arg(shown(method))};
    }
    // Methods compare case-sensitively with the method as sent (Chromium's spec-conformant matching, the
    // default since AccessControlAllowMethodsInCORSPreflightSpecConformant).
    if (allowed.contains(method)) {
        return {name, true,
                u"Access-Control-Allow-Methods (%1) lists %2."_s.arg(shown(allowed.text), shown(method))};
    }
    if (!credentials && allowed.contains("*")) {
        return {
            name, true,
            u"Access-Control-Allow-Methods is %1 and the request has no credentials, so `*` allows %2."_s.arg(
                shown(allowed.text), shown(method))};
    }
    if (!allowed.present) {
        return {name, false,
                u"The response has no Access-Control-Allow-Methods header, but %1 is not a CORS-safelisted "
                "method (GET, HEAD, POST), so it must be listed there."_s.arg(shown(method))};
    }
    const auto otherCase = std::find_if(allowed.items.begin(), allowed.items.end(), [&](const QByteArray &m) {
        return m.compare(method, Qt::CaseInsensitive) == 0;
    });
    if (otherCase != allowed.items.end()) {
        const QString why = methodText == methodText.toUpper()
            ? u"list it as %1"_s.arg(shown(method))
            : u"fetch() upper-cases only DELETE, GET, HEAD, OPTIONS, POST and PUT, so %1 is sent as written "
              "and must be listed as %1"_s.arg(shown(method));
        return {
            name, false,
            u"Access-Control-Allow-Methods (%1) has %2 but not %3: methods are compared case-sensitively; "
            "%4."_s.arg(shown(allowed.text), shown(*otherCase), shown(method), why)};
    }
    if (credentials && allowed.contains("*")) {
        return {name, false,
                u"Access-Control-Allow-Methods is %1, but the request includes credentials, so `*` is no "
                "wildcard and %2 must be listed by name."_s.arg(shown(allowed.text), shown(method))};
    }
    return {
        name, false,
        u"Access-Control-Allow-Methods (%1) does not list %2, which is not a CORS-safelisted method (GET, "
        "HEAD, POST)."_s.arg(shown(allowed.text), shown(method))};
}

/// "`x-a`, `content-type` (value `application/json`)": names, with the value where a safelisted name is
/// unsafe.
QString describeHeaderNames(const QList<QByteArray> &names, const QList<PageHeader> &headers)
{
    static const QList<QByteArrayView> safelistedNames
        = {"accept", "accept-language", "content-language", "content-type", "range"};
    QStringList parts;
    for (const QByteArray &name : names) {
        QString part = shown(name);
        if (safelistedNames.contains(name)) {
            const auto h = std::find_if(headers.begin(), headers.end(),
                                        [&](const PageHeader &p) { return p.lowerName == name; });
            if (h != headers.end())
                part += u" (value %1)"_s.arg(shown(h->value));
        }
        parts.append(part);
    }
    return parts.join(u", "_s);
}

Check allowHeadersCheck(const FetchRequest &request, const http::HttpHeaders &response)
{
    const QString name = u"preflight.allow-headers"_s;
    if (!BrowserCors::isCrossOrigin(request))
        return sameOriginCheck(name, request, u"Access-Control-Allow-Headers"_s);
    const AllowList allowed = parseAllowList(response, kAllowHeaders, true);
    const QList<PageHeader> headers = effectiveHeaders(request.headers);
    const UnsafeNames unsafe = corsUnsafeNames(headers);
    const bool credentials = BrowserCors::includesCredentials(request);
    if (allowed.bad) {
        return {
            name, false,
            u"Access-Control-Allow-Headers is %1, which the browser cannot parse: %2 is not a header name, "
            "so the preflight fails whatever the request sends."_s.arg(shown(allowed.text),
                                                                       shown(*allowed.bad))};
    }
    if (!credentials && allowed.contains("*")) {
        // The Fetch standard excludes Authorization from `*`, but Chromium enforces that only behind the
        // CorsNonWildcardRequestHeadersSupport feature, which is off by default (checked against Chromium 156 in
        // tests/browser): Chromium lets `*` cover Authorization. Firefox and Safari follow the standard.
        const bool sendsAuthorization = std::any_of(headers.begin(), headers.end(), [](const PageHeader &h) {
            return h.lowerName == "authorization";
        });
        return {name, true,
                u"Access-Control-Allow-Headers is %1 and the request has no credentials, so `*` allows every "
                "header the request sends%2."_s.arg(
                    shown(allowed.text),
                    sendsAuthorization && !allowed.contains("authorization")
                        ? u" (Chromium lets `*` cover Authorization too; Firefox and Safari need it listed by name)"_s
                        : QString())};
    }
    if (unsafe.names.isEmpty()) {
        return {name, true,
                u"The request sends no header that needs permission (only CORS-safelisted ones), so "
                "Access-Control-Allow-Headers does not matter."_s};
    }
    QList<QByteArray> missing;
    for (const QByteArray &n : unsafe.names) {
        if (!allowed.contains(n))
            missing.append(n);
    }
    if (missing.isEmpty()) {
        return {name, true,
                u"Access-Control-Allow-Headers (%1) lists every header that needs permission: %2."_s.arg(
                    shown(allowed.text), shownList(unsafe.names))};
    }
    QString explanation = allowed.present
        ? u"Access-Control-Allow-Headers (%1) does not list %2"_s.arg(shown(allowed.text),
                                                                      describeHeaderNames(missing, headers))
        : u"The response has no Access-Control-Allow-Headers header, but the request sends %1, which needs "
          "permission"_s.arg(describeHeaderNames(missing, headers));
    if (credentials && allowed.contains("*"))
        explanation += u"; `*` is no wildcard because the request includes credentials"_s;
    if (unsafe.overTotal()) {
        explanation
            += u"; even CORS-safelisted headers need permission here because their values total %1 bytes, "
               "over the 1,024-byte limit"_s.arg(QLocale(QLocale::English).toString(unsafe.safelistedBytes));
    }
    return {name, false, explanation + u"."_s};
}

const QList<QByteArrayView> &safelistedResponseHeaderNames()
{
    static const QList<QByteArrayView> names
        = {"cache-control", "content-language", "content-length", "content-type",
           "expires",       "last-modified",    "pragma"};
    return names;
}

bool isForbiddenResponseHeaderName(const QByteArray &lowerName)
{
    return lowerName == "set-cookie" || lowerName == "set-cookie2";
}

/// Access-Control-Expose-Headers as Blink parses it: comma-separated tokens, spaces and tabs around them and
/// empty items allowed; any other item makes the whole list empty. Lower case.
QList<QByteArray> exposedHeaderNames(const http::HttpHeaders &response)
{
    QList<QByteArray> out;
    const std::optional<QByteArray> value = responseValue(response, kExposeHeaders);
    if (!value)
        return out;
    for (const QByteArray &raw : value->split(',')) {
        const QByteArray item = trimTabOrSpace(raw);
        if (item.isEmpty())
            continue;
        if (!isToken(item))
            return {};
        out.append(item.toLower());
    }
    return out;
}

} // namespace

QString BrowserCors::originOf(const QString &url)
{
    const QUrl u(url.trimmed());
    if (!u.isValid())
        return {};
    const QString scheme = u.scheme().toLower();
    int defaultPort = 0;
    if (scheme == u"http")
        defaultPort = 80;
    else if (scheme == u"https")
        defaultPort = 443;
    else
        return {};
    QString host = u.host(QUrl::FullyEncoded).toLower();
    if (host.isEmpty())
        return {};
    if (host.contains(QLatin1Char(':')))
        host = u"["_s + host + u"]"_s;
    QString origin = scheme + u"://"_s + host;
    const int port = u.port();
    if (port >= 0 && port != defaultPort)
        origin += u":"_s + QString::number(port);
    return origin;
}

bool BrowserCors::isCrossOrigin(const FetchRequest &request)
{
    const QString target = originOf(request.url);
    return target.isEmpty() || target != serializedPageOrigin(request);
}

bool BrowserCors::includesCredentials(const FetchRequest &request)
{
    return request.credentials == CredentialsMode::Include;
}

bool BrowserCors::isSafelistedRequestHeader(const QByteArray &name, const QByteArray &value)
{
    if (value.size() > kSafelistedValueMaxBytes)
        return false;
    const QByteArray lowerName = name.toLower();
    const QByteArray lowerValue = value.toLower();
    if (lowerName == "accept")
        return std::none_of(value.begin(), value.end(), isCorsUnsafeRequestHeaderByte);
    if (lowerName == "accept-language" || lowerName == "content-language") {
        return std::all_of(value.begin(), value.end(), [](char c) {
            return isDigit(c) || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z')
                || QByteArrayView(" *,-.;=").contains(c);
        });
    }
    if (lowerName == "content-type")
        return isSafelistedContentType(lowerValue);
    if (lowerName == "range")
        return isSimpleRangeValue(lowerValue);
    // Last-Event-ID is not safelisted: current Fetch and Chromium dropped it (older WPT still expected it).
    // Chromium also safelists these headers, which Fetch does not; a page can set them. (It safelists
    // Sec-CH-* client hints too, but a page can never set a Sec- header.)
    if (lowerName == "intervention")
        return true;
    if (lowerName == "device-memory" || lowerName == "dpr" || lowerName == "downlink")
        return isDecimalLike(value);
    if (lowerName == "width" || lowerName == "viewport-width" || lowerName == "rtt")
        return isDigits(value);
    if (lowerName == "ect")
        return value == "slow-2g" || value == "2g" || value == "3g" || value == "4g";
    if (lowerName == "save-data")
        return lowerValue == "on";
    return false;
}

bool BrowserCors::isForbiddenRequestHeader(const QByteArray &name)
{
    return isForbiddenName(name.toLower());
}

bool BrowserCors::isSafelistedMethod(const QString &method)
{
    const QString m = normalizedMethod(method);
    return m == u"GET" || m == u"HEAD" || m == u"POST";
}

bool BrowserCors::needsPreflight(const FetchRequest &request)
{
    // Same-origin requests are never preflighted.
    if (!isCrossOrigin(request))
        return false;
    if (!isSafelistedMethod(request.method))
        return true;
    return !corsUnsafeNames(effectiveHeaders(request.headers)).names.isEmpty();
}

QByteArray BrowserCors::requestHeadersList(const FetchRequest &request)
{
    return corsUnsafeNames(effectiveHeaders(request.headers)).names.join(',');
}

http::HttpHeaders BrowserCors::preflightHeaders(const FetchRequest &request)
{
    http::HttpHeaders headers;
    headers.append("Origin", serializedPageOrigin(request).toUtf8());
    headers.append("Access-Control-Request-Method", normalizedMethod(request.method).toUtf8());
    const QByteArray names = requestHeadersList(request);
    if (!names.isEmpty())
        headers.append("Access-Control-Request-Headers", names);
    headers.append("Accept", "*/*");
    return headers;
}

QByteArray BrowserCors::originHeaderValue(const FetchRequest &request)
{
    const QString method = normalizedMethod(request.method);
    if (isCrossOrigin(request) || (method != u"GET" && method != u"HEAD"))
        return serializedPageOrigin(request).toUtf8();
    return {};
}

QList<Check> BrowserCors::checkPreflight(const FetchRequest &request, int status,
                                         const http::HttpHeaders &response)
{
    return {
        preflightStatusCheck(request, status),
        allowOriginCheck(u"preflight"_s, request, response),
        allowCredentialsCheck(u"preflight"_s, request, response),
        allowMethodsCheck(request, response),
        allowHeadersCheck(request, response),
    };
}

QList<Check> BrowserCors::checkActual(const FetchRequest &request, int status,
                                      const http::HttpHeaders &response)
{
    // The status of the actual response plays no part: a 500 with the right headers is readable.
    Q_UNUSED(status)
    return {
        allowOriginCheck(u"actual"_s, request, response),
        allowCredentialsCheck(u"actual"_s, request, response),
    };
}

QStringList BrowserCors::readableResponseHeaders(const FetchRequest &request,
                                                 const http::HttpHeaders &response)
{
    // Only the header filter: whether the response passes CORS at all is checkActual's answer.
    const bool crossOrigin = isCrossOrigin(request);
    const QList<QByteArray> exposed = crossOrigin ? exposedHeaderNames(response) : QList<QByteArray>();
    const bool exposeAll = !crossOrigin || (!includesCredentials(request) && exposed.contains("*"));
    QStringList out;
    for (const http::HttpHeaders::Field &field : response.fields()) {
        const QByteArray name = field.name.toLower();
        if (isForbiddenResponseHeaderName(name))
            continue;
        if (exposeAll || safelistedResponseHeaderNames().contains(name) || exposed.contains(name))
            out.append(QString::fromLatin1(name));
    }
    out.sort();
    out.removeDuplicates();
    return out;
}

int BrowserCors::preflightCacheSeconds(const http::HttpHeaders &response)
{
    // Chromium: absent or not an integer (empty, "1.5", two headers, beyond 64 bits) gives the default 5 s;
    // a negative number gives 0.
    const std::optional<QByteArray> value = responseValue(response, kMaxAge);
    if (!value)
        return kDefaultMaxAgeSeconds;
    const std::optional<qint64> seconds = parseInt64(*value);
    if (!seconds)
        return kDefaultMaxAgeSeconds;
    if (*seconds < 0)
        return 0;
    return int(std::min<qint64>(*seconds, kMaxAgeCapSeconds));
}

bool BrowserCors::allPass(const QList<Check> &checks)
{
    return std::all_of(checks.begin(), checks.end(), [](const Check &c) { return c.pass; });
}

} // namespace gw::cors
