// SPDX-License-Identifier: GPL-3.0-or-later
// Path templates and routing: each line but the last is "METHOD /path/{template}", the last line is a request
// "METHOD /encoded/path". Routes are added to a REST and an HTTP API tree, then the request is matched in both.
#include "routing/pathtemplate.h"
#include "routing/routetree.h"

#include <QList>
#include <QString>

#include <cstdint>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes(reinterpret_cast<const char *>(data), qsizetype(size));
    const QList<QByteArray> lines = bytes.split('\n');
    if (lines.size() > 200)
        return 0;
    gw::routing::RouteTree rest(gw::routing::RouteTree::Precedence::Rest);
    gw::routing::RouteTree http(gw::routing::RouteTree::Precedence::Http);
    for (qsizetype i = 0; i + 1 < lines.size(); ++i) {
        const QString line = QString::fromUtf8(lines.at(i));
        const qsizetype space = line.indexOf(u' ');
        const QString method = space < 0 ? QStringLiteral("ANY") : line.left(space);
        const QString path = space < 0 ? line : line.mid(space + 1);
        gw::routing::PathTemplate t;
        QString error;
        if (!gw::routing::PathTemplate::parse(path, &t, &error))
            continue;
        (void)t.parameterNames();
        rest.addRoute(t, method, int(i), &error);
        http.addRoute(t, method, int(i), &error);
    }
    if (lines.size() > 2)
        http.setDefaultRoute(0);
    const QByteArray request = lines.last();
    const qsizetype space = request.indexOf(' ');
    const QString method = QString::fromUtf8(space < 0 ? QByteArray("GET") : request.left(space));
    const QString path = QString::fromUtf8(space < 0 ? request : request.mid(space + 1));
    const QStringList segments = gw::routing::splitRequestPath(path);
    for (const QString &s : segments)
        (void)gw::routing::decodePathSegment(s);
    const gw::routing::RouteMatch a = rest.match(method, segments);
    const gw::routing::RouteMatch b = http.match(method, segments);
    for (const gw::routing::RouteMatch *m : {&a, &b}) {
        if (m->matched())
            (void)m->parameter(u"id");
    }
    (void)rest.entries();
    return 0;
}
