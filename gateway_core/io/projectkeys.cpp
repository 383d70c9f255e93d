// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectkeys.h"

#include <QDir>
#include <QUrl>

namespace gw::io {

namespace {

bool isHttpUrl(const QString &text)
{
    const QUrl url(text);
    return url.isValid() && (url.scheme() == QLatin1String("https") || url.scheme() == QLatin1String("http"))
        && !url.host().isEmpty();
}

} // namespace

void readAuthorizerKeys(const doc::Node &root, model::Project &project, DiagnosticSink &sink)
{
    const doc::Node *list = root.find(u"authorizerKeys");
    if (!list)
        return;
    if (!list->isSequence()) {
        sink.error(*list, QStringLiteral("authorizerKeys"),
                   QStringLiteral("must be a list of {authorizer, jwksFile or jwksUri, api, clientIds}"));
        return;
    }
    qsizetype index = 0;
    for (const doc::Node &n : list->items()) {
        const QString field = QStringLiteral("authorizerKeys[%1]").arg(index++);
        if (!n.isMapping()) {
            sink.error(n, field, QStringLiteral("must be a mapping with authorizer and jwksFile or jwksUri"));
            continue;
        }
        model::AuthorizerKeys k;
        bool ok = true;
        for (const auto &[key, value] : n.members()) {
            const QString f = field + QLatin1Char('.') + key;
            if (key == QLatin1String("api")) {
                k.api = value.toString();
                if (!project.api(k.api)) {
                    sink.error(value, f, QStringLiteral("names an API `%1` that this project does not have").arg(k.api));
                    ok = false;
                }
            } else if (key == QLatin1String("authorizer")) {
                k.authorizer = value.toString();
            } else if (key == QLatin1String("jwksFile")) {
                k.jwksFile = value.toString();
            } else if (key == QLatin1String("jwksUri")) {
                k.jwksUri = value.toString();
                if (!isHttpUrl(k.jwksUri)) {
                    sink.error(value, f, QStringLiteral("must be an http or https URL; got `%1`").arg(k.jwksUri));
                    ok = false;
                }
            } else if (key == QLatin1String("clientIds")) {
                if (!value.isSequence()) {
                    sink.error(value, f, QStringLiteral("must be a list of app client ids"));
                    ok = false;
                }
                for (const doc::Node &c : value.items())
                    k.clientIds.append(c.toString());
            } else {
                sink.warning(value, f, QStringLiteral("is not a field of authorizerKeys (api, authorizer, jwksFile, jwksUri, "
                                                      "clientIds); ignored"));
            }
        }
        if (k.authorizer.isEmpty()) {
            sink.error(n, field + QLatin1String(".authorizer"), QStringLiteral("must name the authorizer's security scheme"));
            ok = false;
        }
        if (k.jwksFile.isEmpty() == k.jwksUri.isEmpty() && k.clientIds.isEmpty()) {
            sink.error(n, field, QStringLiteral("needs exactly one of jwksFile and jwksUri (or clientIds alone for a Cognito "
                                                "pool verified by the local identity provider)"));
            ok = false;
        } else if (!k.jwksFile.isEmpty() && !k.jwksUri.isEmpty()) {
            sink.error(n, field, QStringLiteral("has both jwksFile and jwksUri; keep one"));
            ok = false;
        }
        if (ok)
            project.authorizerKeys.append(std::move(k));
    }
}

void writeAuthorizerKeys(const model::Project &project, doc::Node &root)
{
    if (project.authorizerKeys.isEmpty())
        return;
    doc::Node list = doc::Node::sequence();
    for (const model::AuthorizerKeys &k : project.authorizerKeys) {
        doc::Node n = doc::Node::mapping();
        if (!k.api.isEmpty())
            n.set(QStringLiteral("api"), doc::Node::string(k.api));
        n.set(QStringLiteral("authorizer"), doc::Node::string(k.authorizer));
        if (!k.jwksFile.isEmpty())
            n.set(QStringLiteral("jwksFile"), doc::Node::string(k.jwksFile));
        if (!k.jwksUri.isEmpty())
            n.set(QStringLiteral("jwksUri"), doc::Node::string(k.jwksUri));
        if (!k.clientIds.isEmpty()) {
            doc::Node ids = doc::Node::sequence();
            for (const QString &c : k.clientIds)
                ids.append(doc::Node::string(c));
            n.set(QStringLiteral("clientIds"), ids);
        }
        list.append(n);
    }
    root.set(QStringLiteral("authorizerKeys"), list);
}

bool parseJwksSpec(const QString &spec, model::AuthorizerKeys *out, QString *error)
{
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    if (eq <= 0 || eq == spec.size() - 1) {
        *error = QStringLiteral("--jwks must be AUTHORIZER=FILE_OR_URL (or API/AUTHORIZER=FILE_OR_URL), e.g. "
                                "cognito=keys/jwks.json; got `%1`")
                     .arg(spec);
        return false;
    }
    model::AuthorizerKeys k;
    const QString name = spec.left(eq);
    const QString where = spec.mid(eq + 1);
    const qsizetype slash = name.indexOf(QLatin1Char('/'));
    k.api = slash > 0 ? name.left(slash) : QString();
    k.authorizer = slash > 0 ? name.mid(slash + 1) : name;
    if (isHttpUrl(where)) {
        k.jwksUri = where;
    } else {
        k.jwksFile = QDir::current().absoluteFilePath(where);
        if (!QFileInfo::exists(k.jwksFile)) {
            *error = QStringLiteral("--jwks %1: the file %2 does not exist").arg(spec, k.jwksFile);
            return false;
        }
    }
    *out = std::move(k);
    return true;
}

} // namespace gw::io
