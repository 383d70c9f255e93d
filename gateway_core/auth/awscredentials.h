// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "sigv4.h"

#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

#include <optional>

namespace gw::auth {

/// One profile of the shared AWS files that holds a usable access key.
struct AwsProfile
{
    QString name; ///< "default", "dev", ...
    Credential credential; ///< its source reads like "~/.aws/credentials [dev]"
    QString file; ///< the file that holds the profile's aws_access_key_id, as displayed
    int line = 0; ///< that line (1-based)
};

/// What the standard AWS shared credentials and config files (and the AWS_* key variables) hold.
struct AwsSharedCredentials
{
    QString credentialsFile; ///< the path looked at: AWS_SHARED_CREDENTIALS_FILE, else ~/.aws/credentials
    QString configFile; ///< the path looked at: AWS_CONFIG_FILE, else ~/.aws/config
    bool credentialsFileFound = false;
    bool configFileFound = false;
    QString activeProfile; ///< AWS_PROFILE, else AWS_DEFAULT_PROFILE, else "default"
    /// Every profile with an access key id and a secret, in the order of the credentials file, then the
    /// profiles only the config file has. Where both files set a key of one profile, the credentials file
    /// wins.
    QList<AwsProfile> profiles;
    /// AWS_ACCESS_KEY_ID with AWS_SECRET_ACCESS_KEY (and AWS_SESSION_TOKEN), when both are set.
    std::optional<Credential> environment;
    /// One sentence each, naming the place ("~/.aws/credentials:7: ..."). Values are never quoted, since they
    /// may be secrets.
    QStringList problems;

    /// Every credential: the environment's first, then the profiles'.
    QList<Credential> credentials() const;
    /// The active profile's credential, if that profile has one.
    std::optional<Credential> activeCredential() const;
    /// The first credential (in credentials() order) with this access key id.
    std::optional<Credential> find(const QString &accessKeyId) const;
};

/// Reads the shared files the way the AWS CLI and SDKs find them: AWS_SHARED_CREDENTIALS_FILE and
/// AWS_CONFIG_FILE (a leading ~ is the home directory), else ~/.aws/credentials and ~/.aws/config, with HOME
/// (USERPROFILE on Windows) taken from `env`. A missing file is not a problem; an unreadable or oversized
/// (over 1 MiB) one is.
AwsSharedCredentials loadAwsSharedCredentials(const QProcessEnvironment &env
                                              = QProcessEnvironment::systemEnvironment());

/// Parses the two files' contents. INI as the AWS CLI reads it: `[name]` sections in the credentials file,
/// `[profile name]` and `[default]` in the config file (other config sections such as [sso-session x] are not
/// profiles); `name = value` or `name: value` lines with names case-insensitive; whole-line `#` and `;`
/// comments; lines indented under a setting are its sub-settings. aws_access_key_id, aws_secret_access_key
/// and aws_session_token (or the older aws_security_token) make a credential. `credentialsName` and
/// `configName` name the files in sources and problems. A malformed line is reported with file and line and
/// skipped.
AwsSharedCredentials parseAwsSharedCredentials(const QByteArray &credentialsText,
                                               const QString &credentialsName, const QByteArray &configText,
                                               const QString &configName);

} // namespace gw::auth
