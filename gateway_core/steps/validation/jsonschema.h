// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QJsonValue>
#include <QString>

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace valijson {
class Schema;
}

namespace gw {

/// One rule of a model that a request body broke.
struct SchemaViolation
{
    QString pointer; ///< JSON pointer (RFC 6901) into the body: "" is the whole body, "/pets/0/name" a member
    QString keyword; ///< the draft-4 keyword that failed: "required", "enum", "type", ...
    QString message; ///< in API Gateway's wording, e.g. `object has missing required properties (["name"])`
};

/// A JSON Schema draft 4 model, compiled once when a stage is deployed and then only read (thread-safe).
///
/// valijson decides whether an instance is valid. The violations are then described the way API Gateway words them
/// in `$context.error.validationErrorString` and its execution logs (its validator's messages:
/// `instance value ("bird") not found in enum (possible values: ["dog","cat","fish"])`), with the JSON pointer of
/// each, for the inspector. Keywords that wording is not known for keep valijson's own description.
class JsonSchema final
{
public:
    /// Returns the document a remote `$ref` names (without its fragment), or nullopt when it is unknown.
    using FetchRemote = std::function<std::optional<QJsonValue>(const QString &uri)>;

    /// Compiles `schema`. `$ref`s resolve with draft-4 scoping (`id`); remote documents come from `fetch` (none:
    /// such references fail). Returns null with `error` set when the schema is unusable.
    static std::shared_ptr<const JsonSchema> compile(const QJsonValue &schema, QString *error,
                                                     const FetchRemote &fetch = {});
    ~JsonSchema();

    bool isValid(const QJsonValue &instance) const;
    /// Every violation, in document order of the schema's keywords; empty when the instance is valid.
    std::vector<SchemaViolation> violations(const QJsonValue &instance) const;

    /// API Gateway's validationErrorString for a list of violations: "[message, message]".
    static QString errorString(const std::vector<SchemaViolation> &violations);

private:
    JsonSchema();
    QJsonValue m_root;   ///< the schema, bundled: every $ref local (what the explainer walks)
    bool m_custom = false; ///< uses keywords valijson is not trusted with (format, multipleOf): the explainer decides them
    std::unique_ptr<valijson::Schema> m_schema;
};

} // namespace gw
