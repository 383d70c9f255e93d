// SPDX-License-Identifier: GPL-3.0-or-later
#include "inputloader.h"

#include "cfntemplate.h"
#include "openapi.h"
#include "projectfile.h"

#include "doc/docio.h"

#include <QDateTime>
#include <QFile>
#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

#include <algorithm>

namespace gw::io {

bool InputLoad::hasErrors() const
{
    for (const Diagnostic &d : diagnostics) {
        if (d.severity == Diagnostic::Severity::Error)
            return true;
    }
    return false;
}

InputLoad projectFromDocument(const doc::Node &root, const QString &fileName, const InputOptions &options)
{
    InputLoad result;
    DiagnosticSink sink(fileName);
    const model::Protocol protocol = options.protocol ? *options.protocol : detectProtocol(root);
    if (protocol == model::Protocol::WebSocket) {
        sink.error(root, {}, QStringLiteral("WebSocket APIs are not supported by this version of Gatehouse"));
        result.diagnostics = sink.diagnostics();
        return result;
    }
    auto def = readOpenApi(root, protocol, sink, {}, options.progress.get(), 850);
    result.diagnostics = sink.diagnostics();
    if (!def)
        return result;
    model::Api api;
    api.protocol = protocol;
    api.id = options.apiId.isEmpty() ? model::slugify(def->title()) : options.apiId;
    if (protocol == model::Protocol::Rest && options.stage == QLatin1String("$default")) {
        sink.error(root, {}, QStringLiteral("REST APIs cannot have a $default stage"),
                   QStringLiteral("choose another --stage, or --protocol http"));
        result.diagnostics = sink.diagnostics();
        return result;
    }
    model::Deployment dep;
    dep.id = newDeploymentId();
    dep.createdDate = QDateTime::currentDateTimeUtc();
    dep.description = QStringLiteral("Deployed from %1").arg(QFileInfo(fileName).fileName());
    dep.definition = *def;
    api.definition = std::move(*def);
    model::Stage stage;
    stage.name = options.stage;
    stage.deploymentId = dep.id;
    if (options.stageCacheTtl) {
        if (protocol == model::Protocol::Rest) {
            model::CacheSettings cache;
            cache.ttlSeconds = *options.stageCacheTtl;
            stage.cache = cache;
        } else {
            sink.warning(root, {}, QStringLiteral("--stage-cache has no effect: HTTP APIs have no stage cache"));
            result.diagnostics = sink.diagnostics();
        }
    }
    api.deployments.append(std::move(dep));
    api.stages.append(std::move(stage));
    model::Project project;
    project.name = api.definition.title();
    project.apis.append(std::move(api));
    result.project = std::move(project);
    return result;
}

bool parseStageCacheTtl(const QString &spec, int *out, QString *error)
{
    bool ok = false;
    const int ttl = spec.toInt(&ok);
    if (!ok || ttl < 0 || ttl > model::kMaxCacheTtlSeconds) {
        *error = QStringLiteral("--stage-cache must be a TTL in seconds from 0 to 3600 (AWS's maximum); got `%1`").arg(spec);
        return false;
    }
    *out = ttl;
    return true;
}

namespace {

/// Adds the command line's usage plans (covering every REST API stage), API keys and account throttle.
void applyTrafficOptions(const InputOptions &options, model::Project &project, QList<Diagnostic> &diagnostics)
{
    // --credentials wins over a project's own declaration of the same access key id.
    for (const model::AccessCredential &c : options.credentials) {
        project.credentials.removeIf([&](const model::AccessCredential &m) { return m.accessKeyId == c.accessKeyId; });
        project.credentials.prepend(c);
    }
    if (options.accountThrottle)
        project.accountThrottle = *options.accountThrottle;
    for (model::UsagePlan plan : options.usagePlans) {
        for (const model::Api &api : project.apis) {
            if (api.protocol != model::Protocol::Rest)
                continue;
            for (const model::Stage &stage : api.stages)
                plan.stages.append({api.id, stage.name, {}});
        }
        project.usagePlans.removeIf([&](const model::UsagePlan &p) { return p.name == plan.name; });
        project.usagePlans.append(plan);
    }
    for (const model::ApiKey &key : options.apiKeys) {
        if (!project.usagePlan(key.usagePlans.value(0))) {
            diagnostics.append({Diagnostic::Severity::Error, {}, 0, 0, QStringLiteral("--api-key"),
                                QStringLiteral("names a usage plan `%1` that is not defined").arg(key.usagePlans.value(0)),
                                QStringLiteral("define it with --usage-plan %1:RATE:BURST").arg(key.usagePlans.value(0))});
            continue;
        }
        project.apiKeys.removeIf([&](const model::ApiKey &k) { return k.value == key.value; });
        project.apiKeys.append(key);
    }
}

} // namespace

InputLoad loadInputs(const QStringList &paths, const InputOptions &options)
{
    InputLoad result;
    result.allProjectFiles = !paths.isEmpty();
    model::Project merged;
    for (const QString &path : paths) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, {},
                                       QStringLiteral("cannot read the file: %1").arg(file.errorString()), {}});
            continue;
        }
        const QByteArray data = file.readAll();
        const auto canceled = [&] {
            if (!options.progress || !options.progress->isCanceled())
                return false;
            result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, {},
                                       QStringLiteral("opening the file was canceled"), {}});
            return true;
        };
        if (options.progress)
            options.progress->set(50);
        if (canceled())
            break;
        const doc::ParseResult parsed = doc::parse(data);
        if (options.progress)
            options.progress->set(400); // parsing is most of the work for a large YAML document
        if (canceled())
            break;
        if (const std::optional<Diagnostic> cut = checkProjectEnd(data, parsed, path)) {
            result.diagnostics.append(*cut); // a truncated project file is not a smaller project
            continue;
        }
        if (!parsed.ok()) {
            result.diagnostics.append({Diagnostic::Severity::Error, path, parsed.error->line, parsed.error->column, {},
                                       parsed.error->message, QStringLiteral("fix the JSON/YAML syntax")});
            continue;
        }
        InputLoad one;
        result.allProjectFiles = result.allProjectFiles && isProjectDocument(parsed.root);
        if (isProjectDocument(parsed.root)) {
            ProjectLoad p = readProject(parsed.root, path);
            one.project = std::move(p.project);
            one.diagnostics = std::move(p.diagnostics);
            if (one.project)
                one.project->baseDir = QFileInfo(path).absolutePath();
        } else if (detectFlavor(parsed.root) != OpenApiFlavor::None) {
            one = projectFromDocument(parsed.root, path, options);
        } else if (isCfnTemplate(parsed.root)) {
            // Functions become local functions, code folders relative to the template.
            one = projectFromTemplate(parsed.root, path, options);
        } else {
            one.diagnostics.append({Diagnostic::Severity::Error, path, parsed.root.line(), 0, {},
                                    QStringLiteral("not a Gatehouse project, OpenAPI 3.0 or Swagger 2.0 document: it has "
                                                   "no `gatehouse`, `openapi` or `swagger` field"),
                                    {}});
        }
        result.diagnostics.append(one.diagnostics);
        if (!one.project)
            continue;
        if (merged.name.isEmpty())
            merged.name = one.project->name;
        if (!merged.extra.isMapping())
            merged.extra = one.project->extra; // the first file's unmodelled members survive a save
        if (merged.preferredPort == 0)
            merged.preferredPort = one.project->preferredPort;
        if (merged.identityFile.isEmpty())
            merged.identityFile = QFileInfo(path).absoluteFilePath();
        for (model::AuthorizerKeys &k : one.project->authorizerKeys) {
            if (!k.jwksFile.isEmpty())
                k.jwksFile = QDir(QFileInfo(path).absolutePath()).absoluteFilePath(k.jwksFile);
            merged.authorizerKeys.append(std::move(k));
        }
        // AWS_IAM keys: the first file to declare an access key id wins; the shared AWS files stay off if any file
        // turns them off.
        merged.awsCredentialFiles = merged.awsCredentialFiles && one.project->awsCredentialFiles;
        for (const model::AccessCredential &c : std::as_const(one.project->credentials)) {
            if (std::none_of(merged.credentials.cbegin(), merged.credentials.cend(),
                             [&](const model::AccessCredential &m) { return m.accessKeyId == c.accessKeyId; }))
                merged.credentials.append(c);
        }
        // Usage plans and API keys: the first file to declare a name (or a key value) wins; the account limit comes
        // from the first file that changes it.
        for (const model::UsagePlan &plan : std::as_const(one.project->usagePlans)) {
            if (!merged.usagePlan(plan.name))
                merged.usagePlans.append(plan);
        }
        for (const model::ApiKey &key : std::as_const(one.project->apiKeys)) {
            if (std::none_of(merged.apiKeys.cbegin(), merged.apiKeys.cend(),
                             [&](const model::ApiKey &k) { return k.value == key.value || k.name == key.name; }))
                merged.apiKeys.append(key);
        }
        if (merged.accountThrottle == model::kDefaultAccountThrottle)
            merged.accountThrottle = one.project->accountThrottle;
        merged.sourceNotes.append(one.project->sourceNotes);
        for (model::Function &fn : one.project->functions) {
            if (paths.size() > 1)
                fn.code = one.project->codePath(fn); // absolute: several files may live in different folders
            if (merged.function(fn.name)) {
                result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, {},
                                           QStringLiteral("a function called `%1` was already loaded from an earlier file")
                                               .arg(fn.name),
                                           {}});
                continue;
            }
            merged.functions.append(std::move(fn));
        }
        for (model::Api &api : one.project->apis) {
            if (merged.api(api.id)) {
                result.diagnostics.append({Diagnostic::Severity::Error, path, 0, 0, {},
                                           QStringLiteral("an API with the id `%1` was already loaded from an earlier "
                                                          "file")
                                               .arg(api.id),
                                           QStringLiteral("give this one another id with --api-id")});
                continue;
            }
            merged.apis.append(std::move(api));
        }
    }
    // The command line's --jwks wins over a project's own authorizerKeys for the same authorizer.
    for (const model::AuthorizerKeys &k : options.jwks) {
        merged.authorizerKeys.removeIf([&](const model::AuthorizerKeys &m) { return m.authorizer == k.authorizer && m.api == k.api; });
        merged.authorizerKeys.prepend(k);
    }
    for (const model::Function &fn : options.functions) {
        if (merged.function(fn.name)) {
            // The command line wins over a project's own definition.
            merged.functions.removeIf([&](const model::Function &f) { return f.name == fn.name; });
        }
        merged.functions.append(fn);
    }
    if (options.progress && options.progress->isCanceled()) {
        if (!result.hasErrors())
            result.diagnostics.append({Diagnostic::Severity::Error, {}, 0, 0, {},
                                       QStringLiteral("opening the file was canceled"), {}});
        return result;
    }
    if (options.progress)
        options.progress->set(850);
    if (paths.size() == 1)
        merged.baseDir = QFileInfo(paths.first()).absolutePath();
    applyTrafficOptions(options, merged, result.diagnostics);
    if (!result.hasErrors())
        result.project = std::move(merged);
    return result;
}

bool parseThrottleSpec(const QString &spec, model::Throttle *out, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    bool rateOk = false, burstOk = false;
    const double rate = parts.value(0).toDouble(&rateOk);
    const int burst = parts.value(1).toInt(&burstOk);
    if (parts.size() != 2 || !rateOk || !burstOk || rate < 0 || burst < 0) {
        *error = QStringLiteral("must be RATE:BURST (requests per second and bucket size, e.g. 10:20); got `%1`").arg(spec);
        return false;
    }
    *out = model::Throttle{rate, burst};
    return true;
}

bool parseUsagePlanSpec(const QString &spec, model::UsagePlan *out, QString *error)
{
    const QStringList parts = spec.split(QLatin1Char(':'));
    const auto fail = [&] {
        *error = QStringLiteral("--usage-plan must be NAME:RATE:BURST[:LIMIT/PERIOD] with PERIOD DAY, WEEK or MONTH, e.g. "
                                "basic:10:20:1000/DAY; got `%1`")
                     .arg(spec);
        return false;
    };
    if (parts.size() < 3 || parts.size() > 4 || parts[0].isEmpty())
        return fail();
    model::UsagePlan plan;
    plan.name = parts[0];
    model::Throttle t;
    QString ignored;
    if (!parseThrottleSpec(parts[1] + QLatin1Char(':') + parts[2], &t, &ignored))
        return fail();
    plan.throttle = t;
    if (parts.size() == 4) {
        const QStringList q = parts[3].split(QLatin1Char('/'));
        model::Quota quota;
        bool ok = false;
        quota.limit = q.value(0).toInt(&ok);
        if (q.size() != 2 || !ok || quota.limit < 0 || !model::parsePeriod(q.value(1), &quota.period))
            return fail();
        plan.quota = quota;
    }
    *out = plan;
    return true;
}

bool parseCredentialSpec(const QString &spec, model::AccessCredential *out, QString *error)
{
    // Secret access keys may contain '/' and '+', never ':'; access key ids are letters and digits.
    const qsizetype colon = spec.indexOf(QLatin1Char(':'));
    const QString id = spec.left(colon);
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{4,128}$"));
    if (colon <= 0 || colon == spec.size() - 1 || !idPattern.match(id).hasMatch()) {
        *error = QStringLiteral("--credentials must be ACCESS_KEY_ID:SECRET, e.g. AKIAIOSFODNN7EXAMPLE:wJalrXUtnFEMI/K7MDENG; "
                                "got `%1`")
                     .arg(colon > 0 ? id + QStringLiteral(":...") : spec);
        return false;
    }
    model::AccessCredential c;
    c.accessKeyId = id;
    c.secretAccessKey = spec.mid(colon + 1);
    c.source = QStringLiteral("--credentials");
    *out = c;
    return true;
}

bool parseApiKeySpec(const QString &spec, model::ApiKey *out, QString *error)
{
    const qsizetype colon = spec.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0 || colon == spec.size() - 1) {
        *error = QStringLiteral("--api-key must be VALUE:PLAN, e.g. my-key-0123456789abcdef:basic; got `%1`").arg(spec);
        return false;
    }
    model::ApiKey key;
    key.value = spec.left(colon);
    key.usagePlans = {spec.mid(colon + 1)};
    key.name = key.usagePlans.first() + QLatin1Char('-') + key.masked().mid(4);
    *out = key;
    return true;
}

bool parseFunctionSpec(const QString &spec, model::Function *out, QString *error)
{
    // NAME=RUNTIME:DIR:HANDLER; DIR may itself contain ':' only on odd systems, so split from both ends.
    const qsizetype eq = spec.indexOf(QLatin1Char('='));
    const qsizetype first = spec.indexOf(QLatin1Char(':'), eq + 1);
    const qsizetype last = spec.lastIndexOf(QLatin1Char(':'));
    if (eq <= 0 || first < 0 || last <= first) {
        *error = QStringLiteral("--function must be NAME=RUNTIME:DIR:HANDLER, e.g. hello=nodejs:fn/hello:index.handler; "
                                "got `%1`")
                     .arg(spec);
        return false;
    }
    model::Function fn;
    fn.name = spec.left(eq);
    fn.runtime = spec.mid(eq + 1, first - eq - 1);
    fn.code = QDir::cleanPath(QDir::current().absoluteFilePath(spec.mid(first + 1, last - first - 1)));
    fn.handler = spec.mid(last + 1);
    model::Function::Kind kind;
    if (!model::parseFunctionKind(fn.runtime, &kind)) {
        *error = QStringLiteral("--function %1: the runtime must be nodejs, python or provided (or AWS's names such as "
                                "nodejs20.x); got `%2`")
                     .arg(fn.name, fn.runtime);
        return false;
    }
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9_-]{1,64}$"));
    if (!validName.match(fn.name).hasMatch()) {
        *error = QStringLiteral("--function: `%1` is not a function name (letters, digits, '-', '_')").arg(fn.name);
        return false;
    }
    if (!QFileInfo(fn.code).isDir()) {
        *error = QStringLiteral("--function %1: the code folder %2 does not exist").arg(fn.name, fn.code);
        return false;
    }
    if (fn.handler.isEmpty()) {
        *error = QStringLiteral("--function %1: the handler is empty").arg(fn.name);
        return false;
    }
    *out = fn;
    return true;
}

} // namespace gw::io
