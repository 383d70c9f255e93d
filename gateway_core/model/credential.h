// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace gw::model {

/// The account Gatehouse's local APIs belong to ($context.accountId, ARNs).
inline constexpr QLatin1StringView kLocalAccountId("123456789012");
/// The region of Gatehouse's local APIs (ARNs, and the region SigV4 signatures must be scoped to).
inline constexpr QLatin1StringView kLocalRegion("us-east-1");

/// An AWS access key that may sign requests to AWS_IAM methods: a project's `credentials`, or --credentials.
struct AccessCredential
{
    QString accessKeyId;
    QString secretAccessKey;
    QString sessionToken; ///< temporary credentials: the token that must accompany the key
    QString user;         ///< $context.identity.user and .caller (an IAM user id, or "ROLEID:session")
    QString arn;          ///< $context.identity.userArn: the principal a resource policy sees
    QString accountId;    ///< $context.identity.accountId; empty: the local account (kLocalAccountId)
    QString source;       ///< where it was declared ("project", "--credentials"), for the inspector; not saved

    QString effectiveAccountId() const { return accountId.isEmpty() ? QString(kLocalAccountId) : accountId; }
    bool operator==(const AccessCredential &o) const
    {
        return accessKeyId == o.accessKeyId && secretAccessKey == o.secretAccessKey && sessionToken == o.sessionToken
            && user == o.user && arn == o.arn && accountId == o.accountId;
    }
};

} // namespace gw::model
