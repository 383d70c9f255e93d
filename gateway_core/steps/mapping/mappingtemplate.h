// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/integration.h"
#include "vtl/template.h"

#include <QStringList>

#include <optional>
#include <vector>

namespace gw {

class Exchange;

/// One mapping template of a deployment, parsed when the stage is deployed. A template that does not parse is kept
/// with its error: requests that select it are answered as AWS answers them (500), and the record says where.
struct CompiledTemplate
{
    QString contentType; ///< the key it was declared under ("application/json"), as written
    QString source;
    std::optional<vtl::Template> parsed;
    std::optional<vtl::ParseError> parseError;
    /// No `$` and no `#`: the template renders as its own text, so requests skip the engine.
    bool constant = false;
    /// Whether the text names `context`, `stageVariables` or `input`: a template can only reach a variable by
    /// writing its name, so the (costly) inputs it never names are not built per request.
    bool usesContext = true;
    bool usesStageVariables = true;
    bool usesInput = true;
};
using CompiledTemplates = std::vector<CompiledTemplate>;

/// Parses every template of `templates` (content type → text). Parse errors are appended to `errors` as
/// "`what` for CONTENT-TYPE, line L:C: message".
CompiledTemplates compileTemplates(const model::StringPairs &templates, const QString &what, QStringList *errors);

/// `$context` as mapping templates see it for this exchange: every variable Gatehouse knows (request, identity,
/// authorizer, error, stage), nested as AWS nests them.
vtl::Value templateContext(const Exchange &ex);

/// A render input for this exchange: `$input.body` = `body`, `$input.params()` from the method request, `$context`
/// and `$stageVariables`.
/// What a render of `t` sees for this request; inputs `t` never names are left empty (null: build everything).
vtl::RenderInput renderInputFor(const Exchange &ex, const QString &body, const CompiledTemplate *t = nullptr);

/// What running a template gave.
struct TemplateRun
{
    bool ok = false;
    QString output;
    vtl::Overrides overrides;
    std::optional<vtl::RenderError::Kind> errorKind; ///< nullopt: parse error (or none when ok)
    QString error;                                   ///< "line L:C: message"
};

/// Renders `t` for the exchange and records the render (selection reason, output, warnings, errors with their
/// position, overrides) in the exchange's mapping trace under `phase`.
TemplateRun runTemplate(Exchange &ex, const CompiledTemplate &t, const QString &phase, const QString &selection,
                        const QString &body);

/// Records a body that passed through without a template.
void recordPassthrough(Exchange &ex, const QString &phase, const QString &selection);

/// Lines describing what a render's overrides set, for the record.
QStringList describeOverrides(const vtl::Overrides &o);

/// Does a Content-Type (or Accept) value name one of `binaryMediaTypes` (x-amazon-apigateway-binary-media-types,
/// with `type/*` and `*/*` wildcards)?
bool isBinaryMediaType(QByteArrayView contentType, const QStringList &binaryMediaTypes);

} // namespace gw
