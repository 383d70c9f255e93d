// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "integration.h"

namespace gw::model {

/// A Lambda function that runs locally as a process speaking the Lambda Runtime API.
struct Function
{
    enum class Kind { NodeJs, Python, Custom };

    QString name;
    QString runtime;           ///< as AWS names it: "nodejs20.x", "python3.11", "provided.al2023"; or "nodejs", "python", "provided"
    QString code;              ///< the code folder, as written (relative to the project file's folder)
    QString handler;           ///< "index.handler", "app.lambda_handler"; custom runtimes: the bootstrap (default "bootstrap")
    int memorySize = 128;      ///< MB, 128 to 10,240
    int timeout = 3;           ///< seconds, 1 to 900
    StringPairs environment;
    int reservedConcurrency = -1; ///< -1: not reserved (unreserved account concurrency)
    doc::Node extra;

    Kind kind() const;
    /// AWS_EXECUTION_ENV, e.g. "AWS_Lambda_nodejs20.x"; empty for custom runtimes.
    QString executionEnvironment() const;
    bool operator==(const Function &o) const;
};

/// Parses a runtime name; false when Gatehouse cannot run it locally.
bool parseFunctionKind(QStringView runtime, Function::Kind *out);

/// The function name in a Lambda integration or authorizer URI
/// ("arn:aws:apigateway:REGION:lambda:path/2015-03-31/functions/arn:aws:lambda:REGION:ACCOUNT:function:NAME/invocations"),
/// a plain function ARN, or a bare name; empty when the URI names no function.
QString functionNameFromUri(const QString &uri);

} // namespace gw::model
