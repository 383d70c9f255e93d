// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace gw::ui {

class PairsTable;
class ProjectDocument;
class TemplateMapEditor;

/// Edits one `x-amazon-apigateway-integration` value: its type, backend (a function of the project, or a URI),
/// HTTP method, timeout, credentials (AWS and Lambda), content handling (REST, non-proxy), connection (INTERNET or a
/// VPC link, HTTP integrations), passthrough behaviour, payload format, request parameters and request templates. It
/// holds no document: every change the user makes is reported by edited() with the whole new value, and only when
/// the value is valid (an invalid field is tinted with its message shown and nothing is reported). Used by the REST
/// method editor (integration request) and the HTTP API route editor.
class IntegrationEditor final : public QWidget
{
    Q_OBJECT
public:
    /// Which API the integration belongs to: REST offers every type, mapping templates and passthrough; HTTP APIs
    /// offer Lambda proxy (payload 1.0/2.0) and HTTP proxy.
    enum class Flavour { Rest, Http };
    /// The field an edit changed; owners add it to their merge id range so that typing in one field merges.
    enum Field { TypeField, FunctionField, UriField, HttpMethodField, TimeoutField, PassthroughField, PayloadField,
                 RequestParametersField, RequestTemplatesField, CredentialsField, RoleArnField,
                 ContentHandlingField, ConnectionTypeField, ConnectionIdField, FieldCount };
    /// What the credentials chooser offers.
    enum class CredentialsMode { None, Role, Caller };

    explicit IntegrationEditor(Flavour flavour, QWidget *parent = nullptr);

    /// Shows `integration` (none: the method has no integration yet); `project` supplies the functions to choose.
    /// Fields keep their cursor when they already show the value.
    void setIntegration(const std::optional<model::Integration> &integration, const model::Project &project);
    std::optional<model::Integration> integration() const { return m_integration; }

    /// The invocation URI of function `name`, as AWS writes Lambda integrations.
    static QString lambdaUri(const QString &name);
    /// Why `uri` cannot be the URI of a `type` integration (empty when it can).
    /// `vpcLink`: the integration connects through a VPC link, where HTTP APIs name an ALB/NLB listener or Cloud Map
    /// service ARN instead of a URL.
    static QString uriProblem(model::IntegrationType type, const QString &uri, bool vpcLink = false);
    /// Why `arn` cannot be the role an integration's credentials name (empty when it can).
    static QString roleArnProblem(const QString &arn);
    /// What Gatehouse does with a VPC link integration instead of reaching the VPC (the compiler's fidelity report
    /// says the same).
    static QString vpcLinkNote(const model::Integration &integration);
    /// The value "caller's credentials" writes: API Gateway calls the backend with the caller's own IAM identity.
    static QString callerCredentials() { return QStringLiteral("arn:aws:iam::*:user/*"); }
    /// Why `text` is no valid timeout (empty when it is; empty text means AWS's default).
    static QString timeoutProblem(const QString &text, bool rest);

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *functionCombo() const { return m_function; }
    QLineEdit *uriEdit() const { return m_uri; }
    QComboBox *httpMethodCombo() const { return m_httpMethod; }
    QLineEdit *timeoutEdit() const { return m_timeout; }
    QLabel *timeoutError() const { return m_timeoutError; }
    QComboBox *passthroughCombo() const { return m_passthrough; }
    QComboBox *payloadCombo() const { return m_payload; }
    PairsTable *requestParameters() const { return m_parameters; }
    TemplateMapEditor *requestTemplates() const { return m_templates; }
    QComboBox *credentialsCombo() const { return m_credentialsMode; }
    QLineEdit *roleArnEdit() const { return m_roleArn; }
    QLabel *roleArnError() const { return m_roleArnError; }
    QComboBox *contentHandlingCombo() const { return m_contentHandling; }
    QComboBox *connectionTypeCombo() const { return m_connectionType; }
    QLineEdit *connectionIdEdit() const { return m_connectionId; }
    QLabel *connectionIdError() const { return m_connectionIdError; }
    QLabel *vpcLinkLabel() const { return m_vpcNote; }

Q_SIGNALS:
    /// The user changed `field` (described by `what`, e.g. "timeout"); `integration` is the whole new value.
    void edited(const model::Integration &integration, const QString &what, int field);

private:
    void updateVisibility();
    void emitEdit(const QString &what, Field field);
    void onTypeChosen();

    Flavour m_flavour;
    std::optional<model::Integration> m_integration;
    bool m_updating = false;
    QComboBox *m_type;
    QLabel *m_functionLabel;
    QComboBox *m_function;
    QLabel *m_uriLabel;
    QLineEdit *m_uri;
    QLabel *m_uriError;
    QLabel *m_httpMethodLabel;
    QComboBox *m_httpMethod;
    QLineEdit *m_timeout;
    QLabel *m_timeoutError;
    QLabel *m_passthroughLabel;
    QComboBox *m_passthrough;
    QLabel *m_payloadLabel;
    QComboBox *m_payload;
    QLabel *m_parametersLabel;
    PairsTable *m_parameters;
    QLabel *m_templatesLabel;
    TemplateMapEditor *m_templates;
    QLabel *m_credentialsLabel;
    QComboBox *m_credentialsMode;
    QLineEdit *m_roleArn;
    QLabel *m_roleArnError;
    QLabel *m_contentHandlingLabel;
    QComboBox *m_contentHandling;
    QLabel *m_connectionTypeLabel;
    QComboBox *m_connectionType;
    QLabel *m_connectionIdLabel;
    QLineEdit *m_connectionId;
    QLabel *m_connectionIdError;
    QLabel *m_vpcNote;
};

/// Edits a REST integration's responses (`x-amazon-apigateway-integration.responses`): each selection pattern with
/// its method response status, response parameters and response templates.
class IntegrationResponsesEditor final : public QWidget
{
    Q_OBJECT
public:
    enum Field { PatternField, StatusField, ParametersField, TemplatesField, ListField, ContentHandlingField, FieldCount };

    explicit IntegrationResponsesEditor(QWidget *parent = nullptr);

    void setResponses(const QList<model::IntegrationResponse> &responses);
    QList<model::IntegrationResponse> responses() const { return m_responses; }
    QTableWidget *table() const { return m_table; }
    PairsTable *parameters() const { return m_parameters; }
    TemplateMapEditor *templates() const { return m_templates; }
    /// The selected response's content handling: passthrough, CONVERT_TO_TEXT or CONVERT_TO_BINARY.
    QComboBox *contentHandlingCombo() const { return m_contentHandling; }
    /// Appends a response for `pattern` answering `status`, as the Add button does.
    void addResponse(const QString &pattern, const QString &status);

Q_SIGNALS:
    void edited(const QList<model::IntegrationResponse> &responses, const QString &what, int field);

private:
    void showSelected();
    void onCellChanged(int row, int column);

    QList<model::IntegrationResponse> m_responses;
    QTableWidget *m_table;
    QLabel *m_error;
    PairsTable *m_parameters;
    TemplateMapEditor *m_templates;
    QComboBox *m_contentHandling;
    bool m_updating = false;
};

/// Edits a reusable integration of an HTTP API ("integration:API:NAME", in
/// components.x-amazon-apigateway-integrations) with the IntegrationEditor, and says which routes use it. An edit
/// rewrites the shared object and every route that refers to it, as one undoable edit merged per field.
class SharedIntegrationEditor final : public QWidget
{
    Q_OBJECT
public:
    /// Merge ids: 1300-1399.
    enum : int { MergeBase = 1300 };

    explicit SharedIntegrationEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the integration `key` names; false when the API has no reusable integration of that name.
    bool showKey(const QString &key);
    IntegrationEditor *integrationEditor() const { return m_editor; }
    QLabel *usageLabel() const { return m_usage; }

private:
    void refresh();

    ProjectDocument *m_document;
    QString m_key;
    QString m_apiId;
    QString m_name;
    model::Protocol m_protocol = model::Protocol::Http;
    QLabel *m_title;
    QLabel *m_usage;
    QLabel *m_error;
    IntegrationEditor *m_restEditor;
    IntegrationEditor *m_httpEditor;
    IntegrationEditor *m_editor; ///< the one of the two that matches the API
};

} // namespace gw::ui
