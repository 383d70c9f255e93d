// SPDX-License-Identifier: GPL-3.0-or-later
#include "auth/awscredentials.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

using namespace gw::auth;

namespace {

const QString kCreds = QStringLiteral("~/.aws/credentials");
const QString kConfig = QStringLiteral("~/.aws/config");

AwsSharedCredentials parse(const char *credentials, const char *config = "")
{
    return parseAwsSharedCredentials(QByteArray(credentials), kCreds, QByteArray(config), kConfig);
}

/// "name=id/secret/token@source" for each profile, in order.
QStringList summary(const AwsSharedCredentials &s)
{
    QStringList out;
    for (const AwsProfile &p : s.profiles) {
        out << QStringLiteral("%1=%2/%3/%4@%5:%6")
                   .arg(p.name, p.credential.accessKeyId, p.credential.secret, p.credential.sessionToken,
                        p.credential.source)
                   .arg(p.line);
    }
    return out;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile f(path);
    return f.open(QIODevice::WriteOnly) && f.write(data) == data.size();
}

} // namespace

class tst_AwsCredentials final : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void parsing_data();
    void parsing();
    void credentialsWinOverConfig();
    void lookups();
    void everyPrefixParses();
    void environment();
    void defaultLocations();
    void unreadableFiles();
};

void tst_AwsCredentials::parsing_data()
{
    QTest::addColumn<QByteArray>("credentials");
    QTest::addColumn<QByteArray>("config");
    QTest::addColumn<QStringList>("profiles");
    QTest::addColumn<QStringList>("problems");

    QTest::addRow("empty files") << QByteArray() << QByteArray() << QStringList() << QStringList();
    QTest::addRow("the documented example")
        << QByteArray("[default]\n"
                      "aws_access_key_id = AKIAIOSFODNN7EXAMPLE\n"
                      "aws_secret_access_key = wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY\n"
                      "\n"
                      "[user1]\n"
                      "aws_access_key_id=AKIAI44QH8DHBEXAMPLE\n"
                      "aws_secret_access_key=je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY\n"
                      "aws_session_token = IQoJb3JpZ2luX2IQoJb3JpZ2luX2==\n")
        << QByteArray("[default]\nregion = us-west-2\noutput = json\n\n[profile user1]\nregion = us-east-1\n")
        << QStringList {QStringLiteral(
                            "default=AKIAIOSFODNN7EXAMPLE/wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY/@"
                            "~/.aws/credentials [default]:2"),
                        QStringLiteral("user1=AKIAI44QH8DHBEXAMPLE/je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY/"
                                       "IQoJb3JpZ2luX2IQoJb3JpZ2luX2==@~/.aws/credentials [user1]:6")}
        << QStringList();
    QTest::addRow("keys in the config file")
        << QByteArray()
        << QByteArray("[profile dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s1\n"
                      "[default]\naws_access_key_id: AKIDDEF\naws_secret_access_key: s2\n"
                      "[profile default]\nregion = eu-west-1\n")
        << QStringList {QStringLiteral("dev=AKIDDEV/s1/@~/.aws/config [dev]:2"),
                        QStringLiteral("default=AKIDDEF/s2/@~/.aws/config [default]:5")}
        << QStringList();
    QTest::addRow("comments, case, CRLF, BOM, tabs")
        << QByteArray("\xEF\xBB\xBF# a comment\r\n; another\r\n  [ Work ]  # trailing comment\r\n"
                      "AWS_Access_Key_ID\t=\tAKIDWORK\r\n  # indented comment\r\naws_secret_access_key =  s "
                      "= with = "
                      "equals  \r\n")
        << QByteArray()
        << QStringList {QStringLiteral("Work=AKIDWORK/s = with = equals/@~/.aws/credentials [Work]:4")}
        << QStringList();
    QTest::addRow("inline # is part of the value")
        << QByteArray("[a]\naws_access_key_id = AKIDA # not a comment\naws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("a=AKIDA # not a comment/s/@~/.aws/credentials [a]:2")}
        << QStringList();
    QTest::addRow("older aws_security_token")
        << QByteArray(
               "[old]\naws_access_key_id = AKIDOLD\naws_secret_access_key = s\naws_security_token = T\n")
        << QByteArray() << QStringList {QStringLiteral("old=AKIDOLD/s/T@~/.aws/credentials [old]:2")}
        << QStringList();
    QTest::addRow("nested settings are skipped")
        << QByteArray()
        << QByteArray("[profile n]\ns3 =\n  aws_access_key_id = NESTED\n  max_concurrent_requests = 20\n"
                      "aws_access_key_id = AKIDN\naws_secret_access_key = s\n")
        << QStringList {QStringLiteral("n=AKIDN/s/@~/.aws/config [n]:5")} << QStringList();
    QTest::addRow("indented settings under a header")
        << QByteArray("[i]\n  aws_access_key_id = AKIDI\n  aws_secret_access_key = s\n") << QByteArray()
        << QStringList {QStringLiteral("i=AKIDI/s/@~/.aws/credentials [i]:2")} << QStringList();
    QTest::addRow("quoted config profile name")
        << QByteArray()
        << QByteArray("[profile \"q\"]\naws_access_key_id = AKIDQ\naws_secret_access_key = s\n")
        << QStringList {QStringLiteral("q=AKIDQ/s/@~/.aws/config [q]:2")} << QStringList();
    QTest::addRow("repeated section merges")
        << QByteArray("[r]\naws_access_key_id = AKIDR\n[x]\nregion = y\n[r]\naws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("r=AKIDR/s/@~/.aws/credentials [r]:2")}
        << QStringList();
    QTest::addRow("SSO and role profiles are not static keys")
        << QByteArray()
        << QByteArray("[profile sso]\nsso_session = corp\nsso_account_id = 111122223333\n"
                      "[sso-session corp]\nsso_region = us-east-1\n"
                      "[profile role]\nrole_arn = arn:aws:iam::123456789012:role/r\nsource_profile = sso\n")
        << QStringList() << QStringList();

    // Problems name the file and line and never quote a value.
    QTest::addRow("a line that is not a setting")
        << QByteArray("[default]\naws_access_key_id = AKIDX\nwJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY\n"
                      "aws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("default=AKIDX/s/@~/.aws/credentials [default]:2")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:3: expected `name = value`, a [section] header or a # "
                              "comment")};
    QTest::addRow("setting before any section")
        << QByteArray(
               "aws_access_key_id = AKIDX\n[default]\naws_access_key_id = AKIDY\naws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("default=AKIDY/s/@~/.aws/credentials [default]:3")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:1: `aws_access_key_id` comes before any [section] header; "
                              "put it under [default] or a profile")};
    QTest::addRow("unclosed section header")
        << QByteArray("[default\naws_access_key_id = AKIDX\naws_secret_access_key = s\n[ok]\n"
                      "aws_access_key_id = AKIDOK\naws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("ok=AKIDOK/s/@~/.aws/credentials [ok]:5")}
        << QStringList {QStringLiteral("~/.aws/credentials:1: section header has no closing `]`")};
    QTest::addRow("empty section name")
        << QByteArray("[ ]\naws_access_key_id = AKIDX\n") << QByteArray() << QStringList()
        << QStringList {QStringLiteral("~/.aws/credentials:1: empty section name `[]`")};
    QTest::addRow("text after the header")
        << QByteArray("[t] junk\naws_access_key_id = AKIDT\naws_secret_access_key = s\n") << QByteArray()
        << QStringList {QStringLiteral("t=AKIDT/s/@~/.aws/credentials [t]:2")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:1: text after the section header's `]`; write it on its "
                              "own line as a # comment")};
    QTest::addRow("value without a name")
        << QByteArray("[v]\n= orphan\naws_access_key_id = AKIDV\naws_secret_access_key = s\n") << QByteArray()
        << QStringList {QStringLiteral("v=AKIDV/s/@~/.aws/credentials [v]:3")}
        << QStringList {QStringLiteral("~/.aws/credentials:2: a value without a setting name before `=`")};
    QTest::addRow("setting repeated")
        << QByteArray(
               "[d]\naws_access_key_id = AKID1\naws_secret_access_key = s\naws_access_key_id = AKID2\n")
        << QByteArray() << QStringList {QStringLiteral("d=AKID2/s/@~/.aws/credentials [d]:4")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:4: `aws_access_key_id` is set again in [d] (first on line "
                              "2); the later value is used")};
    QTest::addRow("key id without secret")
        << QByteArray("[half]\naws_access_key_id = AKIDH\n") << QByteArray() << QStringList()
        << QStringList {QStringLiteral("~/.aws/credentials:2: profile [half] has aws_access_key_id but no "
                                       "aws_secret_access_key")};
    QTest::addRow("secret without key id")
        << QByteArray("[half]\naws_secret_access_key = s\n") << QByteArray() << QStringList()
        << QStringList {
               QStringLiteral("~/.aws/credentials:2: profile [half] has aws_secret_access_key but no "
                              "aws_access_key_id")};
    QTest::addRow("empty key id") << QByteArray("[e]\naws_access_key_id =\naws_secret_access_key = s\n")
                                  << QByteArray() << QStringList()
                                  << QStringList {QStringLiteral(
                                         "~/.aws/credentials:2: profile [e] has an empty aws_access_key_id")};
    QTest::addRow("token without key")
        << QByteArray("[tok]\naws_session_token = T\n") << QByteArray() << QStringList()
        << QStringList {
               QStringLiteral("~/.aws/credentials:2: profile [tok] has a session token but no access key")};
    QTest::addRow("config section without the profile prefix")
        << QByteArray() << QByteArray("[dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n")
        << QStringList()
        << QStringList {
               QStringLiteral("~/.aws/config:2: [dev] is not a profile in the config file (write [profile "
                              "dev]); its `aws_access_key_id` is ignored"),
               QStringLiteral("~/.aws/config:3: [dev] is not a profile in the config file (write [profile "
                              "dev]); its `aws_secret_access_key` is ignored")};
    QTest::addRow("profile prefix in the credentials file")
        << QByteArray("[profile dev]\naws_access_key_id = AKIDDEV\naws_secret_access_key = s\n")
        << QByteArray()
        << QStringList {QStringLiteral("profile dev=AKIDDEV/s/@~/.aws/credentials [profile dev]:2")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:1: in the credentials file the section name is the "
                              "profile name, so [profile dev] is a profile called `profile dev`; write "
                              "[dev]")};
    QTest::addRow("profile name with a space")
        << QByteArray()
        << QByteArray("[profile a b]\naws_access_key_id = AKIDAB\naws_secret_access_key = s\n")
        << QStringList()
        << QStringList {
               QStringLiteral("~/.aws/config:1: [profile a b] does not name one profile; write [profile "
                              "NAME] with a name without spaces")};
    QTest::addRow("not UTF-8")
        << QByteArray("[u]\naws_access_key_id = AKIDU\nregion = \xff\xfe\naws_secret_access_key = s\n")
        << QByteArray() << QStringList {QStringLiteral("u=AKIDU/s/@~/.aws/credentials [u]:2")}
        << QStringList {QStringLiteral("~/.aws/credentials:3: is not UTF-8 text; line skipped")};
    QTest::addRow("same key id, another secret")
        << QByteArray("[a]\naws_access_key_id = AKIDSAME\naws_secret_access_key = s1\n"
                      "[b]\naws_access_key_id = AKIDSAME\naws_secret_access_key = s2\n")
        << QByteArray()
        << QStringList {QStringLiteral("a=AKIDSAME/s1/@~/.aws/credentials [a]:2"),
                        QStringLiteral("b=AKIDSAME/s2/@~/.aws/credentials [b]:5")}
        << QStringList {
               QStringLiteral("~/.aws/credentials:5: profile [b] has the access key id of profile [a] with a "
                              "different secret or token; requests signed with that key are checked "
                              "against [a]")};
}

void tst_AwsCredentials::parsing()
{
    QFETCH(QByteArray, credentials);
    QFETCH(QByteArray, config);
    QFETCH(QStringList, profiles);
    QFETCH(QStringList, problems);
    const AwsSharedCredentials s = parseAwsSharedCredentials(credentials, kCreds, config, kConfig);
    QCOMPARE(summary(s), profiles);
    QCOMPARE(s.problems, problems);
    for (const QString &p : s.problems) {
        QVERIFY(!p.contains(QLatin1String("wJalrXUtnFEMI")));
        QVERIFY(!p.contains(QLatin1String("AKID"))); // key ids are values too
    }
}

void tst_AwsCredentials::credentialsWinOverConfig()
{
    const AwsSharedCredentials s
        = parse("[both]\naws_secret_access_key = from-credentials\n",
                "[profile both]\naws_access_key_id = AKIDBOTH\n"
                "aws_secret_access_key = from-config\naws_session_token = T\n"
                "[profile only]\naws_access_key_id = AKIDONLY\naws_secret_access_key = s\n");
    QCOMPARE(summary(s),
             QStringList({QStringLiteral("both=AKIDBOTH/from-credentials/T@~/.aws/config [both]:2"),
                          QStringLiteral("only=AKIDONLY/s/@~/.aws/config [only]:6")}));
    QVERIFY(s.problems.isEmpty());
}

void tst_AwsCredentials::lookups()
{
    AwsSharedCredentials s = parse("[default]\naws_access_key_id = AKID1\naws_secret_access_key = s1\n"
                                   "[dev]\naws_access_key_id = AKID2\naws_secret_access_key = s2\n");
    QCOMPARE(s.activeProfile, QStringLiteral("default"));
    QCOMPARE(s.activeCredential()->accessKeyId, QStringLiteral("AKID1"));
    QCOMPARE(s.find(QStringLiteral("AKID2"))->secret, QStringLiteral("s2"));
    QCOMPARE(s.find(QStringLiteral("AKID2"))->source, QStringLiteral("~/.aws/credentials [dev]"));
    QVERIFY(!s.find(QStringLiteral("AKID3")));
    s.environment
        = Credential {QStringLiteral("AKID2"), QStringLiteral("env"), QString(), QStringLiteral("env")};
    QCOMPARE(s.credentials().size(), 3);
    QCOMPARE(s.find(QStringLiteral("AKID2"))->secret, QStringLiteral("env")); // the environment comes first
    s.activeProfile = QStringLiteral("nope");
    QVERIFY(!s.activeCredential());
}

void tst_AwsCredentials::everyPrefixParses()
{
    // A file cut anywhere (a half-written save) still parses without crashing, and its complete profiles
    // load.
    const QByteArray text = "# creds\n[default]\naws_access_key_id = AKID1\naws_secret_access_key = s1\n"
                            "[profile x] ; c\r\nAWS_SESSION_TOKEN: t\n[dev]\naws_access_key_id=AKID2\n"
                            "aws_secret_access_key=s2\n";
    for (qsizetype n = 0; n <= text.size(); ++n) {
        const AwsSharedCredentials a = parseAwsSharedCredentials(text.left(n), kCreds, text.left(n), kConfig);
        if (n >= text.indexOf("[profile"))
            QVERIFY(a.find(QStringLiteral("AKID1")));
        for (const QString &p : a.problems)
            QVERIFY2(p.startsWith(kCreds + u':') || p.startsWith(kConfig + u':'), qPrintable(p));
    }
}

void tst_AwsCredentials::environment()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString creds = home.filePath(QStringLiteral("elsewhere/creds"));
    const QString config = home.filePath(QStringLiteral("elsewhere/conf"));
    QVERIFY(writeFile(creds,
                      "[default]\naws_access_key_id = AKIDDEF\naws_secret_access_key = s\n"
                      "[work]\naws_access_key_id = AKIDWORK\naws_secret_access_key = w\n"));
    QVERIFY(writeFile(config, "[profile cfg]\naws_access_key_id = AKIDCFG\naws_secret_access_key = c\n"));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("AWS_SHARED_CREDENTIALS_FILE"), QStringLiteral("~/elsewhere/creds"));
    env.insert(QStringLiteral("AWS_CONFIG_FILE"), config);
    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("work"));
    env.insert(QStringLiteral("AWS_ACCESS_KEY_ID"), QStringLiteral("AKIDENV"));
    env.insert(QStringLiteral("AWS_SECRET_ACCESS_KEY"), QStringLiteral("e"));
    env.insert(QStringLiteral("AWS_SESSION_TOKEN"), QStringLiteral("etoken"));

    AwsSharedCredentials s = loadAwsSharedCredentials(env);
    QCOMPARE(s.credentialsFile, home.path() + QStringLiteral("/elsewhere/creds"));
    QCOMPARE(s.configFile, config);
    QVERIFY(s.credentialsFileFound);
    QVERIFY(s.configFileFound);
    QCOMPARE(s.activeProfile, QStringLiteral("work"));
    QCOMPARE(s.activeCredential()->accessKeyId, QStringLiteral("AKIDWORK"));
    QCOMPARE(summary(s),
             QStringList({QStringLiteral("default=AKIDDEF/s/@~/elsewhere/creds [default]:2"),
                          QStringLiteral("work=AKIDWORK/w/@~/elsewhere/creds [work]:5"),
                          QStringLiteral("cfg=AKIDCFG/c/@~/elsewhere/conf [cfg]:2")}));
    QVERIFY(s.environment);
    QCOMPARE(s.environment->sessionToken, QStringLiteral("etoken"));
    QCOMPARE(s.environment->source, QStringLiteral("environment (AWS_ACCESS_KEY_ID)"));
    QCOMPARE(s.credentials().first().accessKeyId, QStringLiteral("AKIDENV"));
    QVERIFY2(s.problems.isEmpty(), qPrintable(s.problems.join(u'\n')));

    env.insert(QStringLiteral("AWS_PROFILE"), QStringLiteral("missing"));
    env.remove(QStringLiteral("AWS_SECRET_ACCESS_KEY"));
    s = loadAwsSharedCredentials(env);
    QCOMPARE(s.problems,
             QStringList({QStringLiteral("AWS_PROFILE names profile `missing`, which has no access key in "
                                         "~/elsewhere/creds or ~/elsewhere/conf"),
                          QStringLiteral("AWS_ACCESS_KEY_ID is set but AWS_SECRET_ACCESS_KEY is not")}));
    QVERIFY(!s.environment);

    env.remove(QStringLiteral("AWS_PROFILE"));
    env.insert(QStringLiteral("AWS_DEFAULT_PROFILE"), QStringLiteral("cfg"));
    QCOMPARE(loadAwsSharedCredentials(env).activeCredential()->accessKeyId, QStringLiteral("AKIDCFG"));
}

void tst_AwsCredentials::defaultLocations()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    AwsSharedCredentials s = loadAwsSharedCredentials(env);
    QCOMPARE(s.credentialsFile, home.path() + QStringLiteral("/.aws/credentials"));
    QCOMPARE(s.configFile, home.path() + QStringLiteral("/.aws/config"));
    QVERIFY(!s.credentialsFileFound);
    QVERIFY(!s.configFileFound);
    QVERIFY(s.profiles.isEmpty());
    QVERIFY(s.problems.isEmpty()); // no files is not a problem

    QVERIFY(writeFile(home.filePath(QStringLiteral(".aws/credentials")),
                      "[default]\naws_access_key_id = AKIDHOME\naws_secret_access_key = h\nbroken line\n"));
    s = loadAwsSharedCredentials(env);
    QCOMPARE(s.activeCredential()->source, QStringLiteral("~/.aws/credentials [default]"));
    QCOMPARE(s.problems,
             QStringList({QStringLiteral("~/.aws/credentials:4: expected `name = value`, a [section] "
                                         "header or a # comment")}));
}

void tst_AwsCredentials::unreadableFiles()
{
    QTemporaryDir home;
    QVERIFY(home.isValid());
    QVERIFY(QDir().mkpath(home.filePath(QStringLiteral(".aws/credentials"))));
    QVERIFY(writeFile(home.filePath(QStringLiteral(".aws/config")), QByteArray(1024 * 1024 + 1, '#')));
    QProcessEnvironment env;
    env.insert(QStringLiteral("HOME"), home.path());
    const AwsSharedCredentials s = loadAwsSharedCredentials(env);
    QCOMPARE(s.problems,
             QStringList({QStringLiteral("~/.aws/credentials: is a directory, not a file"),
                          QStringLiteral("~/.aws/config: larger than 1 MiB; not read")}));
}

QTEST_GUILESS_MAIN(tst_AwsCredentials)
#include "tst_awscredentials.moc"
