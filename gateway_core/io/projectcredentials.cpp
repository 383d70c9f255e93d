// SPDX-License-Identifier: GPL-3.0-or-later
#include "projectcredentials.h"

#include <QRegularExpression>

#include <algorithm>

namespace gw::io {

namespace {

const QStringList kFields = {QStringLiteral("accessKeyId"), QStringLiteral("secretAccessKey"),
                             QStringLiteral("sessionToken"), QStringLiteral("user"), QStringLiteral("arn"),
                             QStringLiteral("accountId")};

} // namespace

void readCredentials(const doc::Node &root, model::Project &project, DiagnosticSink &sink)
{
    if (const doc::Node &files = root[u"awsCredentialFiles"]; !files.isNull()) {
        if (!files.isBool())
            sink.error(files, QStringLiteral("awsCredentialFiles"),
                       QStringLiteral("must be true or false; got `%1`").arg(files.toString()));
        else
            project.awsCredentialFiles = files.toBool(true);
    }
    const doc::Node &list = root[u"credentials"];
    if (list.isNull())
        return;
    if (!list.isSequence()) {
        sink.error(list, QStringLiteral("credentials"),
                   QStringLiteral("must be a list of {accessKeyId, secretAccessKey} entries"));
        return;
    }
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{4,128}$"));
    static const QRegularExpression accountPattern(QStringLiteral("^[0-9]{12}$"));
    qsizetype index = 0;
    for (const doc::Node &c : list.items()) {
        const QString field = QStringLiteral("credentials[%1]").arg(index++);
        if (!c.isMapping()) {
            sink.error(c, field, QStringLiteral("must be a mapping with accessKeyId and secretAccessKey"));
            continue;
        }
        model::AccessCredential cred;
        cred.accessKeyId = c[u"accessKeyId"].toString();
        cred.secretAccessKey = c[u"secretAccessKey"].toString();
        cred.sessionToken = c[u"sessionToken"].toString();
        cred.user = c[u"user"].toString();
        cred.arn = c[u"arn"].toString();
        cred.accountId = c[u"accountId"].toString();
        cred.source = QStringLiteral("project");
        if (!idPattern.match(cred.accessKeyId).hasMatch()) {
            sink.error(c[u"accessKeyId"].isNull() ? c : c[u"accessKeyId"], field + QLatin1String(".accessKeyId"),
                       QStringLiteral("must be an access key id (letters and digits, e.g. AKIAIOSFODNN7EXAMPLE); got `%1`")
                           .arg(cred.accessKeyId));
            continue;
        }
        if (cred.secretAccessKey.isEmpty()) {
            sink.error(c, field + QLatin1String(".secretAccessKey"), QStringLiteral("is missing; every access key needs its secret"));
            continue;
        }
        if (!cred.accountId.isEmpty() && !accountPattern.match(cred.accountId).hasMatch()) {
            sink.error(c[u"accountId"], field + QLatin1String(".accountId"),
                       QStringLiteral("must be a 12-digit AWS account id; got `%1`").arg(cred.accountId));
            continue;
        }
        if (!cred.arn.isEmpty() && !cred.arn.startsWith(QLatin1String("arn:"))) {
            sink.error(c[u"arn"], field + QLatin1String(".arn"),
                       QStringLiteral("must be an ARN such as arn:aws:iam::123456789012:user/alice; got `%1`").arg(cred.arn));
            continue;
        }
        for (const auto &[key, value] : c.members()) {
            Q_UNUSED(value);
            if (!kFields.contains(key))
                sink.warning(c, field + QLatin1Char('.') + key, QStringLiteral("is not a credential setting and is ignored"));
        }
        if (std::any_of(project.credentials.cbegin(), project.credentials.cend(),
                        [&](const model::AccessCredential &m) { return m.accessKeyId == cred.accessKeyId; })) {
            sink.error(c[u"accessKeyId"], field + QLatin1String(".accessKeyId"),
                       QStringLiteral("another credential has the same access key id"));
            continue;
        }
        project.credentials.append(std::move(cred));
    }
}

void writeCredentials(const model::Project &project, doc::Node &root)
{
    if (!project.awsCredentialFiles)
        root.set(QStringLiteral("awsCredentialFiles"), doc::Node::boolean(false));
    doc::Node list = doc::Node::sequence();
    for (const model::AccessCredential &c : project.credentials) {
        if (c.source == QLatin1String("--credentials"))
            continue; // they belong to the command line, not the file
        doc::Node n = doc::Node::mapping();
        n.set(QStringLiteral("accessKeyId"), doc::Node::string(c.accessKeyId));
        n.set(QStringLiteral("secretAccessKey"), doc::Node::string(c.secretAccessKey));
        const std::pair<const char *, const QString *> optional[] = {
            {"sessionToken", &c.sessionToken}, {"user", &c.user}, {"arn", &c.arn}, {"accountId", &c.accountId}};
        for (const auto &[key, value] : optional) {
            if (!value->isEmpty())
                n.set(QString::fromLatin1(key), doc::Node::string(*value));
        }
        list.append(n);
    }
    if (list.size() > 0)
        root.set(QStringLiteral("credentials"), list);
}

} // namespace gw::io
