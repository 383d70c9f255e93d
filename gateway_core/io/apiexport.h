// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include "doc/docio.h"

#include <QStringList>

namespace gw::io {

/// What `gatehouse export` and the export dialog write.
enum class ExportFormat {
    OpenApi30,      ///< "oas30": OpenAPI 3.0.1 with x-amazon-apigateway-*, as AWS's own export
    Swagger20,      ///< "swagger": Swagger 2.0 with x-amazon-apigateway-* (REST APIs only, as AWS)
    Sam,            ///< "sam": AWS::Serverless::Api / HttpApi with DefinitionBody, and the functions
    CloudFormation, ///< "cloudformation": AWS::ApiGateway::* / AWS::ApiGatewayV2::* with Body
    Terraform,      ///< "terraform": aws_api_gateway_* / aws_apigatewayv2_* with body = jsonencode(...)
};
QString exportFormatName(ExportFormat format);
/// Accepts the command line's names: oas30, swagger, sam, cloudformation, terraform.
bool parseExportFormat(QStringView text, ExportFormat *out);
QStringList exportFormatNames();

struct ExportOptions
{
    ExportFormat format = ExportFormat::OpenApi30;
    doc::Syntax syntax = doc::Syntax::Yaml; ///< Terraform ignores it (always HCL)
    /// oas30 and swagger export one API: this one; empty: the project's first (with a warning when it has several).
    QString apiId;
    /// The folder the output is written to: SAM CodeUri paths are made relative to it. Empty: the project's folder.
    QString outputDir;
};

/// One local-only value that the export replaced by a template parameter or Terraform variable.
struct ExportParameter
{
    QString name;        ///< CloudFormation/SAM: "OrdersFunctionArn"; Terraform: "orders_function_arn"
    QString description; ///< what to pass, and which local value it replaces
    bool secret = false; ///< NoEcho / sensitive (API key values)
};

struct ExportResult
{
    QByteArray text;
    /// One line each: local-only values replaced (and by what), things AWS will not take as they are, things left
    /// out. `gatehouse export` prints them on stderr.
    QStringList warnings;
    QList<ExportParameter> parameters;
    QString error; ///< non-empty: nothing was exported (e.g. Swagger 2.0 asked for an HTTP API)
    bool ok() const { return error.isEmpty(); }
};

/// Exports a project (every API, stage, usage plan, API key and function for the template formats; one API for
/// oas30/swagger). Never fails for a project that loaded without errors, except for combinations AWS has no
/// export for.
ExportResult exportProject(const model::Project &project, const ExportOptions &options);

/// Whether `format` exports one API (oas30, swagger: ExportOptions::apiId) rather than the whole project.
bool exportsOneApi(ExportFormat format);
/// Whether `format` is written as YAML or JSON (ExportOptions::syntax); Terraform is always HCL.
bool exportHasSyntax(ExportFormat format);
/// The syntax an export to `outputPath` is written in when none is asked for: JSON for a `.json` file, else YAML.
doc::Syntax defaultExportSyntax(const QString &outputPath);
/// Writes an export to `path` in one rename (QSaveFile): afterwards `path` holds all of `text`, or is as it was
/// (no partial file, also when the disk fills up). False with the reason in `error` ("Permission denied").
/// `gatehouse export -o` and the window's export dialog both write through it.
bool writeExportFile(const QString &path, const QByteArray &text, QString *error);

/// The OpenAPI 3.0 document of `api`'s working definition as AWS would export it: integration URIs that name the
/// project's local functions become `${AWS::Region}`/`${AWS::AccountId}` ARNs (AWS substitutes them on import);
/// other local-only values are kept and reported in `warnings`.
doc::Node exportOpenApi30(const model::Project &project, const model::Api &api, QStringList *warnings);

/// Fills in what OpenAPI 3.0 requires and AWS's own export always writes, each addition reported in `warnings`: a
/// string info.version, declared path parameters, parameter schemas, and method responses for operations without
/// any (one per status code of the integration's responses, with the headers its responseParameters set; else 200).
/// Routes and integrations are not touched.
void completeForAws(doc::Node &document, const QString &apiId, QStringList *warnings);

/// Converts an OpenAPI 3.0 document to Swagger 2.0 (the reverse of convertSwagger2): components → definitions,
/// parameters, responses and securityDefinitions; requestBody → a body (or formData) parameter named by
/// x-amazon-apigateway-request-body-name; content → consumes/produces and schema; servers → host, basePath and
/// schemes; every `$ref` rewritten. What Swagger 2.0 cannot say is reported in `warnings`.
doc::Node convertToSwagger2(const doc::Node &oas3, QStringList *warnings);

} // namespace gw::io
