// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/sigv4.h"
#include "model/credential.h"
#include "steps/resourcepolicy/resourcepolicyconfig.h"

#include <QHash>

#include <memory>

namespace gw {

/// One access key the gateway accepts signatures from, with the identity it stands for.
struct IamPrincipal
{
    auth::Credential credential; ///< key, secret, session token and source
    QString user;                ///< $context.identity.user and .caller; empty when not declared
    QString arn;                 ///< $context.identity.userArn; empty when not declared
    QString accountId;           ///< $context.identity.accountId (the local account unless declared)
};

/// Every key the gateway knows, by access key id: the project's (and --credentials), then the shared AWS files'.
using IamCredentialStore = QHash<QString, IamPrincipal>;

/// AWS_IAM on one method or route, as deployed.
struct IamAuthConfig
{
    bool restApi = true;
    QString region = QString(model::kLocalRegion); ///< the region signatures must be scoped to
    QString apiAccountId = QString(model::kLocalAccountId);
    std::shared_ptr<const IamCredentialStore> credentials;
    /// REST: the API's resource policy, evaluated with the caller once the signature is verified; null when none.
    std::shared_ptr<const ResourcePolicyConfig> resourcePolicy;
};

} // namespace gw
