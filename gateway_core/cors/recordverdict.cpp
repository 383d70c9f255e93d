// SPDX-License-Identifier: GPL-3.0-or-later
#include "recordverdict.h"

namespace gw::cors {

QString RecordVerdict::kindName(Kind kind)
{
    switch (kind) {
    case Kind::NotCors:
        return QStringLiteral("—");
    case Kind::Allowed:
        return QStringLiteral("allowed");
    case Kind::Blocked:
        return QStringLiteral("blocked");
    }
    return {};
}

RecordVerdict judgeRecord(const ExchangeRecord &record)
{
    RecordVerdict v;
    const QByteArray origin = record.requestHeaders.value("origin");
    if (origin.isEmpty() || record.status == 0)
        return v;
    FetchRequest request;
    request.pageOrigin = QString::fromUtf8(origin);
    request.url = QStringLiteral("http://%1%2").arg(QString::fromUtf8(record.requestHeaders.value("host")), record.path);
    if (!BrowserCors::isCrossOrigin(request))
        return v;
    const QByteArray requestMethod = record.requestHeaders.value("access-control-request-method");
    v.preflight = record.method == QLatin1String("OPTIONS") && !requestMethod.isEmpty();
    if (v.preflight) {
        // The browser sends no credentials with a preflight; it asked about this method and these headers.
        request.method = QString::fromLatin1(requestMethod);
        const QByteArray asked = record.requestHeaders.value("access-control-request-headers");
        for (const QByteArray &name : asked.split(',')) {
            if (!name.trimmed().isEmpty())
                request.headers.append(name.trimmed(), QByteArrayLiteral("(value)"));
        }
        v.checks = BrowserCors::checkPreflight(request, record.status, record.responseHeaders);
    } else {
        request.method = record.method;
        for (const auto &f : record.requestHeaders.fields()) {
            if (!BrowserCors::isForbiddenRequestHeader(f.name))
                request.headers.append(f.name, f.value);
        }
        request.credentials = record.requestHeaders.contains("cookie") ? CredentialsMode::Include : CredentialsMode::SameOrigin;
        v.checks = BrowserCors::checkActual(request, record.status, record.responseHeaders);
    }
    for (const Check &c : std::as_const(v.checks)) {
        if (!c.pass)
            v.reasons.append(c.explanation);
    }
    v.kind = v.reasons.isEmpty() ? RecordVerdict::Kind::Allowed : RecordVerdict::Kind::Blocked;
    return v;
}

} // namespace gw::cors
