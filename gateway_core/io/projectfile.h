// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "diagnostic.h"

#include "doc/docio.h"

#include "model/api.h"

#include <optional>

namespace gw::io {

/// The Gatehouse project format, version 1: YAML with a stable key order (see docs/project-format.md).
///
///     gatehouse: 1
///     name: PetStore example
///     port: 4510
///     apis:
///       - id: petstore
///         protocol: rest
///         definition: { OpenAPI 3.0 with x-amazon-apigateway-* }
///         stages: [ { name, deployment, description, variables, autoDeploy } ]
///         deployments: [ { id, createdDate, description, definition } ]
///
/// A deployment without `definition` is identical to the API's current definition.
constexpr int projectFormatVersion = 1;

struct ProjectLoad
{
    std::optional<model::Project> project;
    QList<Diagnostic> diagnostics;
};

/// True when `root` is a Gatehouse project (it has a top-level `gatehouse` field).
bool isProjectDocument(const doc::Node &root);

ProjectLoad readProject(const doc::Node &root, const QString &fileName);
doc::Node writeProject(const model::Project &project);
QByteArray serializeProject(const model::Project &project);

/// Loads a project file; every problem comes back as a diagnostic with file, line and field.
ProjectLoad loadProject(const QString &path);
/// A project file Gatehouse wrote (serializeProject() starts it with a header that promises a last line
/// `# end of project`) that lacks that last line is cut short: an error with the file, its last line and the last
/// field that was read, so a truncated file is never taken for a smaller project. Nullopt for whole files and files
/// without the header. `parsed` is `data` parsed (it may have failed).
std::optional<Diagnostic> checkProjectEnd(const QByteArray &data, const doc::ParseResult &parsed, const QString &path);
/// Writes atomically (QSaveFile): either the whole new file is there or the old one is untouched.
bool saveProject(const model::Project &project, const QString &path, QString *error);

/// Moves the project to `newBaseDir` (Save As into another folder): function code folders that were relative to the
/// old folder are rewritten relative to the new one, so they still name the same code.
void rebaseProject(model::Project *project, const QString &newBaseDir);

/// A new deployment id in AWS's style: 6 lower-case letters and digits.
QString newDeploymentId();

} // namespace gw::io
