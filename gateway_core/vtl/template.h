// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "parser.h"
#include "value.h"

#include <QList>
#include <QPair>
#include <QString>

#include <memory>
#include <optional>
#include <variant>

// The Velocity Template Language engine of API Gateway mapping templates.
//
//     auto parsed = vtl::Template::parse(text);            // once, when a deployment is compiled
//     if (const auto *err = std::get_if<vtl::ParseError>(&parsed)) ...
//     const vtl::Template &t = std::get<vtl::Template>(parsed);
//     vtl::RenderInput in;  in.body = ...; in.header = ...;  // per request, on the worker thread
//     vtl::RenderResult r = t.render(in);
//
// What API Gateway does with a failure (for the integrator): a template that does not parse, or fails while
// rendering (a method throws, a limit is hit), makes the request fail with 500 `{"message": "Internal server
// error"}` (execution log: "Execution failed due to configuration error: Unable to transform request" for a
// request template). `$input.json()` / `$input.path()` on a body that is not JSON fail with kind InvalidJsonBody;
// API Gateway answers 400 `{"message": "Could not parse request body into json: ..."}` there (wording from
// field reports, not verified here).

namespace gw::vtl {

using ParamList = QList<QPair<QString, QString>>;

/// Limits that keep a hostile template from hanging or exhausting memory. The defaults are generous for real
/// templates; only maxForeachIterations is an AWS number.
struct Limits
{
    /// AWS: a #foreach stops silently after 1,000 iterations (Velocity's directive.foreach.maxloops);
    /// the render gets a warning.
    int maxForeachIterations = 1000;
    /// Nesting of macro calls and #define expansions (Velocity's velocimacro.max.depth is 20).
    int maxCallDepth = 20;
    /// Characters of output, and of any one string a template builds. API Gateway's payload limit is 10 MB.
    qsizetype maxOutputChars = 10 * 1024 * 1024;
    /// Evaluation steps (nodes rendered plus expressions evaluated) in one render.
    qint64 maxSteps = 5'000'000;
    /// Items in one list a template builds ([1..n] ranges, add() in loops).
    qsizetype maxCollectionSize = 1'000'000;
};

/// What one render sees. The caller fills it from the request (or the integration response); the engine depends
/// on nothing in the pipeline.
struct RenderInput
{
    /// `$input.body`: the payload as text. An empty payload reads as `{}`, as on AWS.
    QString body;
    /// `$input.params()`: path, querystring and header parameters in the order they should iterate.
    ParamList path;
    ParamList querystring;
    ParamList header;
    /// `$context`: a map (Value::map()) with the request's context variables, nested as AWS nests them
    /// (`identity` -> `sourceIp`; MapData::insertPath helps). requestOverride/responseOverride are added by the
    /// engine. Copied before rendering, so one map can serve many renders on many threads.
    Value context;
    /// `$stageVariables`: a map of strings (copied like `context`).
    Value stageVariables;
    /// More top-level variables, e.g. for tests or a preview (copied like `context`).
    QList<QPair<QString, Value>> variables;
    Limits limits;
    /// Velocity prints a reference whose value is null as written (`$missing`); API Gateway prints nothing (the
    /// recorded outputs in conformance/vtl-mapping show it). false = API Gateway's behaviour.
    bool printNullReferencesLiterally = false;
};

/// A failure while rendering. The output rendered so far stays in RenderResult::output.
struct RenderError
{
    enum class Kind {
        Runtime,         ///< a method failed (index out of range, bad regex, invalid JSON for parseJson, ...)
        InvalidJsonBody, ///< $input.json/$input.path on a body that is not JSON
        LimitExceeded,   ///< output size, step budget, call depth, collection size
    };
    Kind kind = Kind::Runtime;
    int line = 0;
    int column = 0;
    QString message;
    QString toString() const;
};

/// Something that did not fail the render but that a user should see (the inspector shows these).
struct RenderWarning
{
    int line = 0;
    int column = 0;
    QString message;
};

/// `$context.requestOverride.*` and `$context.responseOverride.*` as the template left them.
struct Overrides
{
    ParamList requestHeaders;
    ParamList requestQuerystring;
    ParamList requestPath;
    std::optional<int> responseStatus; ///< set when `responseOverride.status` holds a number (or numeric text)
    ParamList responseHeaders;
    bool isEmpty() const;
};

struct RenderResult
{
    QString output;
    std::optional<RenderError> error;
    Overrides overrides;
    QList<RenderWarning> warnings;
    bool ok() const { return !error.has_value(); }
};

/// A parsed template: immutable, cheap to copy, safe to render from many threads at once.
class Template
{
public:
    static std::variant<Template, ParseError> parse(const QString &text);

    RenderResult render(const RenderInput &input) const;
    const QString &source() const;

private:
    explicit Template(std::shared_ptr<const ast::TemplateData> d) : d(std::move(d)) { }
    std::shared_ptr<const ast::TemplateData> d;
};

} // namespace gw::vtl
