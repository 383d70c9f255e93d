// SPDX-License-Identifier: GPL-3.0-or-later
#include "awscredentials.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QStringDecoder>

// Sources
// - File locations, AWS_SHARED_CREDENTIALS_FILE, AWS_CONFIG_FILE, AWS_PROFILE, `[profile name]` in config and
//   `[name]` in credentials, [default] as the profile used when none is named: AWS SDKs and Tools Reference
//   Guide, "Using shared config and credentials files" (file-format) and "Location of the shared files".
// - Parsing as botocore (the AWS CLI v1 / boto3 core) does it, configloader.raw_config_parse and
//   build_profile_map: Python's RawConfigParser (option names lower-cased, '=' or ':' between name and value,
//   whole-line '#' and ';' comments, no inline comments, indented lines continue the setting above them and
//   hold nested settings such as `s3 =` blocks); config sections count as profiles only as `[default]` or
//   `[profile NAME]` (also `[profile default]`), others ([sso-session x], [services x], [preview]) are not
//   profiles; ~ in the two variables is expanded. The credentials file's values win over the config file's
//   for the same profile. AWS_DEFAULT_PROFILE is the AWS CLI v1 name for AWS_PROFILE; aws_security_token is
//   the older name of aws_session_token.
// Choices
// - RawConfigParser rejects a repeated setting or section outright; here a repeated setting is reported and
// the
//   later value used, and a repeated section is merged, so one slip does not hide every other profile.
// - Values are never echoed in problems: a malformed line in a credentials file is often a pasted secret.

namespace gw::auth {

namespace {

constexpr qint64 kMaxFileBytes = 1024 * 1024;

struct Setting
{
    QString value;
    int line = 0;
};

struct Section
{
    QString name; ///< the profile name; for a config section that is not a profile, the section as written
    bool isProfile = true;
    int line = 0;
    QHash<QString, Setting> settings;
    QStringList order; ///< setting names in first-seen order
    bool reported = false; ///< its header was already reported as a problem; its settings add no more noise
};

/// One file's sections, in first-seen order, repeated sections merged.
class IniFile
{
public:
    IniFile(const QByteArray &text, const QString &displayName, bool isConfig, QStringList *problems)
        : m_name(displayName)
        , m_isConfig(isConfig)
        , m_problems(problems)
    {
        parse(text);
    }

    const QList<Section> &sections() const { return m_sections; }

private:
    void problem(int line, const QString &text)
    {
        m_problems->append(QStringLiteral("%1:%2: %3").arg(m_name).arg(line).arg(text));
    }

    /// The profile a section header names, or std::nullopt when the config section is not a profile.
    std::optional<QString> profileName(const QString &header, int line)
    {
        if (!m_isConfig) {
            if (header.startsWith(QLatin1String("profile "))
                || header.startsWith(QLatin1String("profile\t"))) {
                problem(
                    line,
                    QStringLiteral("in the credentials file the section name is the profile name, so [%1] "
                                   "is a profile called `%1`; write [%2]")
                        .arg(header, header.mid(8).trimmed()));
            }
            return header;
        }
        if (header == QLatin1String("default"))
            return header;
        if (header.startsWith(QLatin1String("profile")) && header.size() > 7 && header[7].isSpace()) {
            QString name = header.mid(8).trimmed();
            if (name.size() >= 2
                && ((name.startsWith(u'"') && name.endsWith(u'"'))
                    || (name.startsWith(u'\'') && name.endsWith(u'\''))))
                name = name.mid(1, name.size() - 2);
            if (name.isEmpty() || name.contains(u' ') || name.contains(u'\t')) {
                m_headerReported = true;
                problem(line,
                        QStringLiteral("[%1] does not name one profile; write [profile NAME] with a name "
                                       "without spaces")
                            .arg(header));
                return std::nullopt;
            }
            return name;
        }
        return std::nullopt;
    }

    void parse(const QByteArray &input)
    {
        QByteArray text = input;
        if (text.startsWith("\xEF\xBB\xBF"))
            text.remove(0, 3);
        int current = -1; // index into m_sections; -1 before the first header or after a bad one
        bool badHeader = false; // settings under a malformed header are skipped without further noise
        QString lastKey;
        qsizetype lastKeyIndent = -1;
        int lineNumber = 0;
        qsizetype pos = 0;
        while (pos <= text.size()) {
            qsizetype end = text.indexOf('\n', pos);
            if (end < 0)
                end = text.size();
            QByteArray raw = text.mid(pos, end - pos);
            pos = end + 1;
            ++lineNumber;
            if (raw.endsWith('\r'))
                raw.chop(1);
            QStringDecoder decoder(QStringDecoder::Utf8);
            const QString line = decoder(raw);
            if (decoder.hasError()) {
                problem(lineNumber, QStringLiteral("is not UTF-8 text; line skipped"));
                continue;
            }
            const QString stripped = line.trimmed();
            if (stripped.isEmpty() || stripped.startsWith(u'#') || stripped.startsWith(u';'))
                continue;
            qsizetype indent = 0;
            while (indent < line.size() && line[indent].isSpace())
                ++indent;
            if (indent > 0 && !lastKey.isEmpty() && indent > lastKeyIndent)
                continue; // a nested setting of lastKey (e.g. under `s3 =`), or its continuation

            if (stripped.startsWith(u'[')) {
                lastKey.clear();
                const qsizetype close = stripped.lastIndexOf(u']');
                if (close < 0) {
                    problem(lineNumber, QStringLiteral("section header has no closing `]`"));
                    current = -1;
                    badHeader = true;
                    continue;
                }
                const QString rest = stripped.mid(close + 1).trimmed();
                if (!rest.isEmpty() && !rest.startsWith(u'#') && !rest.startsWith(u';')) {
                    problem(lineNumber,
                            QStringLiteral("text after the section header's `]`; write it on its own "
                                           "line as a # comment"));
                }
                const QString header = stripped.mid(1, close - 1).trimmed();
                if (header.isEmpty()) {
                    problem(lineNumber, QStringLiteral("empty section name `[]`"));
                    current = -1;
                    badHeader = true;
                    continue;
                }
                badHeader = false;
                m_headerReported = false;
                const std::optional<QString> profile = profileName(header, lineNumber);
                const QString name = profile.value_or(header);
                const bool isProfile = profile.has_value();
                current = -1;
                for (qsizetype i = 0; i < m_sections.size(); ++i) {
                    if (m_sections[i].name == name && m_sections[i].isProfile == isProfile)
                        current = int(i);
                }
                if (current < 0) {
                    m_sections.append(Section {name, isProfile, lineNumber, {}, {}, m_headerReported});
                    current = int(m_sections.size() - 1);
                }
                continue;
            }

            qsizetype delimiter = -1;
            for (qsizetype i = 0; i < stripped.size(); ++i) {
                if (stripped[i] == u'=' || stripped[i] == u':') {
                    delimiter = i;
                    break;
                }
            }
            if (delimiter < 0) {
                problem(lineNumber,
                        QStringLiteral("expected `name = value`, a [section] header or a # comment"));
                lastKey.clear();
                continue;
            }
            const QString key = stripped.left(delimiter).trimmed().toLower();
            const QString value = stripped.mid(delimiter + 1).trimmed();
            if (key.isEmpty()) {
                problem(
                    lineNumber,
                    QStringLiteral("a value without a setting name before `%1`").arg(stripped[delimiter]));
                lastKey.clear();
                continue;
            }
            lastKey = key;
            lastKeyIndent = indent;
            if (current < 0) {
                if (!badHeader) {
                    problem(lineNumber,
                            QStringLiteral("`%1` comes before any [section] header; put it under "
                                           "[default] or a profile")
                                .arg(key));
                }
                continue;
            }
            Section &section = m_sections[current];
            if (const auto it = section.settings.constFind(key); it != section.settings.cend()) {
                problem(lineNumber,
                        QStringLiteral("`%1` is set again in [%2] (first on line %3); the later value "
                                       "is used")
                            .arg(key, section.name)
                            .arg(it->line));
            } else {
                section.order.append(key);
            }
            section.settings.insert(key, Setting {value, lineNumber});
        }
    }

    QString m_name;
    bool m_isConfig = false;
    QStringList *m_problems = nullptr;
    QList<Section> m_sections;
    bool m_headerReported = false; ///< profileName() reported the header being parsed
};

/// One profile as merged from both files: each setting with the file it came from.
struct MergedSetting
{
    Setting setting;
    QString file;
};

struct MergedProfile
{
    QString name;
    QHash<QString, MergedSetting> settings;
};

QString homeDirectory(const QProcessEnvironment &env)
{
    QString home = env.value(QStringLiteral("HOME"));
#ifdef Q_OS_WIN
    if (home.isEmpty())
        home = env.value(QStringLiteral("USERPROFILE"));
#endif
    if (home.isEmpty())
        home = QDir::homePath();
    return QDir::cleanPath(home);
}

QString expandHome(const QString &path, const QString &home)
{
    if (path == QLatin1String("~"))
        return home;
    if (path.startsWith(QLatin1String("~/")) || path.startsWith(QLatin1String("~\\")))
        return home + path.mid(1);
    return path;
}

/// `path` with the home directory shown as ~.
QString displayPath(const QString &path, const QString &home)
{
    const QString clean = QDir::cleanPath(path);
    if (!home.isEmpty() && home != QLatin1String("/") && clean.startsWith(home + u'/'))
        return QStringLiteral("~") + clean.mid(home.size());
    return clean;
}

/// Reads a file; a null array when it does not exist. Problems go to `problems`.
QByteArray readFile(const QString &path, const QString &display, bool *found, QStringList *problems)
{
    *found = false;
    const QFileInfo info(path);
    if (!info.exists())
        return QByteArray();
    *found = true;
    if (info.isDir()) {
        problems->append(QStringLiteral("%1: is a directory, not a file").arg(display));
        return QByteArray();
    }
    if (info.size() > kMaxFileBytes) {
        problems->append(QStringLiteral("%1: larger than 1 MiB; not read").arg(display));
        return QByteArray();
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        problems->append(QStringLiteral("%1: cannot be read: %2").arg(display, file.errorString()));
        return QByteArray();
    }
    return file.read(kMaxFileBytes);
}

} // namespace

QList<Credential> AwsSharedCredentials::credentials() const
{
    QList<Credential> all;
    if (environment)
        all.append(*environment);
    for (const AwsProfile &p : profiles)
        all.append(p.credential);
    return all;
}

std::optional<Credential> AwsSharedCredentials::activeCredential() const
{
    for (const AwsProfile &p : profiles) {
        if (p.name == activeProfile)
            return p.credential;
    }
    return std::nullopt;
}

std::optional<Credential> AwsSharedCredentials::find(const QString &accessKeyId) const
{
    for (const Credential &c : credentials()) {
        if (c.accessKeyId == accessKeyId)
            return c;
    }
    return std::nullopt;
}

AwsSharedCredentials parseAwsSharedCredentials(const QByteArray &credentialsText,
                                               const QString &credentialsName, const QByteArray &configText,
                                               const QString &configName)
{
    AwsSharedCredentials out;
    out.activeProfile = QStringLiteral("default");
    const IniFile credentials(credentialsText, credentialsName, false, &out.problems);
    const IniFile config(configText, configName, true, &out.problems);

    // Merge: config first, then the credentials file over it. Order: credentials file, then config-only.
    QList<MergedProfile> merged;
    auto profileIndex = [&merged](const QString &name) {
        for (qsizetype i = 0; i < merged.size(); ++i) {
            if (merged[i].name == name)
                return i;
        }
        merged.append(MergedProfile {name, {}});
        return merged.size() - 1;
    };
    for (const Section &s : credentials.sections())
        profileIndex(s.name);
    static const QStringList keyNames
        = {QStringLiteral("aws_access_key_id"), QStringLiteral("aws_secret_access_key"),
           QStringLiteral("aws_session_token"), QStringLiteral("aws_security_token")};
    for (const Section &s : config.sections()) {
        if (!s.isProfile) {
            if (s.reported)
                continue;
            for (const QString &key : keyNames) {
                if (const auto it = s.settings.constFind(key); it != s.settings.cend()) {
                    out.problems.append(
                        QStringLiteral("%1:%2: [%3] is not a profile in the config file (write "
                                       "[profile %3]); its `%4` is ignored")
                            .arg(configName)
                            .arg(it->line)
                            .arg(s.name, key));
                }
            }
            continue;
        }
        MergedProfile &p = merged[profileIndex(s.name)];
        for (const QString &key : s.order)
            p.settings.insert(key, MergedSetting {s.settings.value(key), configName});
    }
    for (const Section &s : credentials.sections()) {
        MergedProfile &p = merged[profileIndex(s.name)];
        for (const QString &key : s.order)
            p.settings.insert(key, MergedSetting {s.settings.value(key), credentialsName});
    }

    for (const MergedProfile &p : merged) {
        const auto id = p.settings.constFind(QStringLiteral("aws_access_key_id"));
        const auto secret = p.settings.constFind(QStringLiteral("aws_secret_access_key"));
        auto token = p.settings.constFind(QStringLiteral("aws_session_token"));
        if (token == p.settings.cend())
            token = p.settings.constFind(QStringLiteral("aws_security_token"));
        const bool hasId = id != p.settings.cend();
        const bool hasSecret = secret != p.settings.cend();
        if (!hasId && !hasSecret) {
            if (token != p.settings.cend()) {
                out.problems.append(
                    QStringLiteral("%1:%2: profile [%3] has a session token but no access key")
                        .arg(token->file)
                        .arg(token->setting.line)
                        .arg(p.name));
            }
            continue; // an SSO, role or process profile: not a static key
        }
        if (!hasSecret) {
            out.problems.append(QStringLiteral("%1:%2: profile [%3] has aws_access_key_id but no "
                                               "aws_secret_access_key")
                                    .arg(id->file)
                                    .arg(id->setting.line)
                                    .arg(p.name));
            continue;
        }
        if (!hasId) {
            out.problems.append(QStringLiteral("%1:%2: profile [%3] has aws_secret_access_key but no "
                                               "aws_access_key_id")
                                    .arg(secret->file)
                                    .arg(secret->setting.line)
                                    .arg(p.name));
            continue;
        }
        if (id->setting.value.isEmpty() || secret->setting.value.isEmpty()) {
            const MergedSetting &empty = id->setting.value.isEmpty() ? *id : *secret;
            out.problems.append(QStringLiteral("%1:%2: profile [%3] has an empty %4")
                                    .arg(empty.file)
                                    .arg(empty.setting.line)
                                    .arg(p.name,
                                         id->setting.value.isEmpty()
                                             ? QStringLiteral("aws_access_key_id")
                                             : QStringLiteral("aws_secret_access_key")));
            continue;
        }
        AwsProfile profile;
        profile.name = p.name;
        profile.file = id->file;
        profile.line = id->setting.line;
        profile.credential.accessKeyId = id->setting.value;
        profile.credential.secret = secret->setting.value;
        if (token != p.settings.cend())
            profile.credential.sessionToken = token->setting.value;
        profile.credential.source = QStringLiteral("%1 [%2]").arg(id->file, p.name);
        for (const AwsProfile &earlier : std::as_const(out.profiles)) {
            if (earlier.credential.accessKeyId == profile.credential.accessKeyId
                && (earlier.credential.secret != profile.credential.secret
                    || earlier.credential.sessionToken != profile.credential.sessionToken)) {
                out.problems.append(
                    QStringLiteral("%1:%2: profile [%3] has the access key id of profile [%4] with "
                                   "a different secret or token; requests signed with that key are "
                                   "checked against [%4]")
                        .arg(profile.file)
                        .arg(profile.line)
                        .arg(profile.name, earlier.name));
                break;
            }
        }
        out.profiles.append(profile);
    }
    return out;
}

AwsSharedCredentials loadAwsSharedCredentials(const QProcessEnvironment &env)
{
    const QString home = homeDirectory(env);
    QString credentialsPath = env.value(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"));
    credentialsPath = credentialsPath.isEmpty() ? home + QStringLiteral("/.aws/credentials")
                                                : expandHome(credentialsPath, home);
    QString configPath = env.value(QStringLiteral("AWS_CONFIG_FILE"));
    configPath = configPath.isEmpty() ? home + QStringLiteral("/.aws/config") : expandHome(configPath, home);
    const QString credentialsName = displayPath(credentialsPath, home);
    const QString configName = displayPath(configPath, home);

    QStringList readProblems;
    bool credentialsFound = false;
    bool configFound = false;
    const QByteArray credentialsText
        = readFile(credentialsPath, credentialsName, &credentialsFound, &readProblems);
    const QByteArray configText = readFile(configPath, configName, &configFound, &readProblems);
    AwsSharedCredentials out
        = parseAwsSharedCredentials(credentialsText, credentialsName, configText, configName);
    out.problems = readProblems + out.problems;
    out.credentialsFile = credentialsPath;
    out.configFile = configPath;
    out.credentialsFileFound = credentialsFound;
    out.configFileFound = configFound;

    QString variable = QStringLiteral("AWS_PROFILE");
    QString active = env.value(variable);
    if (active.isEmpty()) {
        variable = QStringLiteral("AWS_DEFAULT_PROFILE");
        active = env.value(variable);
    }
    const bool named = !active.isEmpty();
    out.activeProfile = named ? active : QStringLiteral("default");
    if (named && !out.activeCredential()) {
        out.problems.append(QStringLiteral("%1 names profile `%2`, which has no access key in %3 or %4")
                                .arg(variable, active, credentialsName, configName));
    }

    const QString id = env.value(QStringLiteral("AWS_ACCESS_KEY_ID"));
    const QString secret = env.value(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    if (!id.isEmpty() && !secret.isEmpty()) {
        Credential c;
        c.accessKeyId = id;
        c.secret = secret;
        c.sessionToken = env.value(QStringLiteral("AWS_SESSION_TOKEN"));
        c.source = QStringLiteral("environment (AWS_ACCESS_KEY_ID)");
        out.environment = c;
    } else if (!id.isEmpty() || !secret.isEmpty()) {
        out.problems.append(
            id.isEmpty() ? QStringLiteral("AWS_SECRET_ACCESS_KEY is set but AWS_ACCESS_KEY_ID is not")
                         : QStringLiteral("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not"));
    }
    return out;
}

} // namespace gw::auth
