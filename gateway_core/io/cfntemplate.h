// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "inputloader.h"

namespace gw::io {

/// A CloudFormation or SAM template: a mapping with `AWSTemplateFormatVersion`, `Transform` or `Resources`.
bool isCfnTemplate(const doc::Node &root);

/// Rewrites YAML short-form intrinsics as CloudFormation's long forms: `!Ref X` becomes {Ref: X}, `!GetAtt a.b`
/// becomes {Fn::GetAtt: [a, b]}, any other `!Name v` becomes {Fn::Name: v} (`!Condition c` becomes {Condition: c}).
/// Other tags and locations are kept.
doc::Node expandShortFormIntrinsics(const doc::Node &node);

/// Reads a template as a project, code folders relative to the template's folder (`fileName`):
/// - AWS::Serverless::Function (with Globals.Function) becomes a local function named by its logical id;
/// - AWS::Serverless::Api and AWS::ApiGateway::RestApi with an inline DefinitionBody/Body become REST APIs (id: the
///   logical id lower-cased; stage: StageName, or a Stage/Deployment naming the API, else "prod");
/// - AWS::Serverless::HttpApi and AWS::ApiGatewayV2::Api with DefinitionBody/Body become HTTP APIs ($default,
///   auto-deploy);
/// - Api and HttpApi events become AWS_PROXY routes: on their RestApiId/ApiId, else on the implicit ServerlessRestApi
///   (stage Prod) or ServerlessHttpApi.
/// Intrinsics are resolved where they can be statically (Ref, Fn::Sub, Fn::GetAtt ...Arn, Fn::Join, Fn::Select,
/// pseudo parameters, parameter defaults). Everything else is reported (warnings naming the logical id and field),
/// never fatal unless no function or API could be built from what the template says.
InputLoad projectFromTemplate(const doc::Node &root, const QString &fileName, const InputOptions &options);

} // namespace gw::io
