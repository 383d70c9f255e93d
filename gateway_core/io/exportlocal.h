// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the exporters (apiexport.cpp, templateexport.cpp, terraformexport.cpp): finding the values of a
// definition that only make sense on this machine, and writing them for each target.
#pragma once

#include "apiexport.h"

#include <QHash>

namespace gw::io::exportlocal {

enum class Target { OpenApi, Sam, CloudFormation, Terraform };

/// A piece of a rewritten string: literal text, or a reference the target writes in its own syntax.
struct Piece
{
    enum class Kind {
        Text,        ///< literal
        Parameter,   ///< a template parameter / Terraform variable: `text` is its name
        FunctionArn, ///< the ARN of local function `text`
        ApiId,       ///< the id of API `text` of the same template
        Region,
        AccountId,
        UrlSuffix,   ///< amazonaws.com
    };
    Kind kind = Kind::Text;
    QString text;
};
using Pieces = QList<Piece>;

/// CloudFormation logical id from a name: "my-api_2" → "MyApi2" (letters and digits, starting with a letter).
QString logicalId(const QString &name);
/// Terraform identifier from a name: "My API" → "my_api".
QString tfIdentifier(const QString &name);

/// The parameter name of each kind of local value, per target.
QString functionArnParameter(Target target, const QString &function);

/// Collects the parameters and warnings of one export.
class Collector
{
public:
    Collector(const model::Project &project, Target target) : m_project(project), m_target(target) {}

    Target target() const { return m_target; }
    const model::Project &project() const { return m_project; }
    /// Logical ids (CloudFormation/SAM) or Terraform resource names of the APIs in the template; an execute-api
    /// URL of a listed API becomes a reference to it. Empty: none (OpenAPI exports).
    void setTemplateApis(const QHash<QString, QString> &apiRefs) { m_apiRefs = apiRefs; }
    QString apiRef(const QString &apiId) const { return m_apiRefs.value(apiId); }

    /// Adds a parameter once (by name) and warns about it once.
    void addParameter(const ExportParameter &parameter, const QString &warning);
    void warn(const QString &warning);

    /// Rewrites the local-only values of a definition document: integration and authorizer URIs naming the project's
    /// functions or local hosts, and loopback JWT issuers. `apiId` names the API in warnings.
    void rewrite(doc::Node &document, const QString &apiId);

    /// A string with references, as the target writes it: OpenAPI a plain string (AWS variables as ${AWS::...}),
    /// CloudFormation/SAM {"Fn::Sub": ...} (or the plain string when there is no reference), Terraform a string node
    /// tagged kHclRaw whose text is already HCL string content (escaped, with ${...} interpolations).
    doc::Node render(const Pieces &pieces) const;

    QList<ExportParameter> parameters() const { return m_parameters; }
    QStringList warnings() const { return m_warnings; }
    /// The project's functions the definitions rewritten so far name, by API id, in first-use order.
    QStringList functionsUsedBy(const QString &apiId) const { return m_usedFunctions.value(apiId); }

private:
    bool rewriteUri(doc::Node &value, const QString &where, const QString &apiId);
    bool rewriteIssuer(doc::Node &value, const QString &where, const QString &authorizer, const QString &apiId);
    void walk(doc::Node &n, const QString &path, const QString &apiId);

    const model::Project &m_project;
    Target m_target;
    QHash<QString, QString> m_apiRefs;
    QList<ExportParameter> m_parameters;
    QStringList m_warnings;
    QHash<QString, QStringList> m_usedFunctions;
};

/// One entry of a REST stage's method settings, from its throttling and cache settings.
struct MethodSetting
{
    QString resourcePath; ///< "/pets/{petId}", or "/*" for every method
    QString httpMethod;   ///< "GET", or "*"
    std::optional<model::Throttle> throttle;
    std::optional<bool> cachingEnabled;
    std::optional<int> cacheTtlInSeconds;
    std::optional<bool> requireAuthorizationForCacheControl;
    QString unauthorizedCacheControlHeaderStrategy;
};
/// "*/*" first, then each method path ("/pets/GET") that has its own throttling or cache settings.
QList<MethodSetting> restMethodSettings(const model::Stage &stage);
/// Splits "/pets/GET" into "/pets" and "GET" (false when there is no method part).
bool splitMethodPath(const QString &methodPath, QString *resourcePath, QString *method);

/// The OpenAPI 3.0 body of `api` for a template (its working definition, importexport-version as AWS wants it for
/// the protocol), its local-only values rewritten by `collector`. Warns about stages that serve a deployment that
/// differs from the working definition (the template deploys the working definition).
doc::Node definitionBody(const model::Api &api, Collector &collector);
/// A local runtime name as AWS Lambda names it ("nodejs" → "nodejs20.x"); AWS names are kept.
QString lambdaRuntime(const QString &runtime);

/// The tag of a Terraform string node whose text is HCL string content, written between quotes as it is.
inline const QString kHclRaw = QStringLiteral("!hcl");

/// HCL string content for literal text: escapes \, ", control characters, and ${ / %{ (as $${ / %%{).
QString hclEscape(const QString &text);
/// Fn::Sub text for literal text: ${ becomes ${! so CloudFormation keeps it.
QString subEscape(const QString &text);

} // namespace gw::io::exportlocal

namespace gw::io {
/// The template exporters (templateexport.cpp, terraformexport.cpp).
ExportResult exportCloudFormation(const model::Project &project, const ExportOptions &options, bool sam);
ExportResult exportTerraform(const model::Project &project, const ExportOptions &options);
} // namespace gw::io
