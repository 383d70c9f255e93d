// SPDX-License-Identifier: GPL-3.0-or-later
#include "function.h"

#include <QRegularExpression>

namespace gw::model {

bool parseFunctionKind(QStringView runtime, Function::Kind *out)
{
    if (runtime.startsWith(u"nodejs")) {
        *out = Function::Kind::NodeJs;
        return true;
    }
    if (runtime.startsWith(u"python")) {
        *out = Function::Kind::Python;
        return true;
    }
    if (runtime.startsWith(u"provided")) {
        *out = Function::Kind::Custom;
        return true;
    }
    return false;
}

Function::Kind Function::kind() const
{
    Kind k = Kind::Custom;
    parseFunctionKind(runtime, &k);
    return k;
}

QString Function::executionEnvironment() const
{
    if (kind() == Kind::Custom)
        return {};
    QString r = runtime;
    if (r == QLatin1String("nodejs"))
        r = QStringLiteral("nodejs20.x");
    else if (r == QLatin1String("python"))
        r = QStringLiteral("python3.11");
    return QStringLiteral("AWS_Lambda_") + r;
}

bool Function::operator==(const Function &o) const
{
    return name == o.name && runtime == o.runtime && code == o.code && handler == o.handler && memorySize == o.memorySize
        && timeout == o.timeout && environment == o.environment && reservedConcurrency == o.reservedConcurrency
        && extra == o.extra;
}

QString functionNameFromUri(const QString &uri)
{
    // ...:function:NAME[:QUALIFIER][/invocations]
    static const QRegularExpression arn(QStringLiteral(":function:([A-Za-z0-9_-]+)(?::[A-Za-z0-9_$-]+)?(?:/invocations)?$"));
    const QRegularExpressionMatch m = arn.match(uri);
    if (m.hasMatch())
        return m.captured(1);
    static const QRegularExpression bare(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    return bare.match(uri).hasMatch() ? uri : QString();
}

} // namespace gw::model
