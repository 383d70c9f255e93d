// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QAbstractButton>
#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QStackedWidget;
class QTableWidget;

namespace gw::ui {

class IntegrationEditor;
class IntegrationResponsesEditor;
class ProjectDocument;

/// One box of the method execution flow: a title and a few summary lines, checkable, painted with palette roles.
class FlowBox final : public QAbstractButton
{
public:
    explicit FlowBox(const QString &title, QWidget *parent = nullptr);
    void setSummary(const QStringList &lines);
    QStringList summary() const { return m_lines; }
    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    QStringList m_lines;
};

/// The REST method execution flow, as the AWS console draws it: Method Request → Integration Request → backend →
/// Integration Response → Method Response, boxes joined by arrows. Lays out and connects the boxes it is given.
class FlowView final : public QWidget
{
public:
    FlowView(FlowBox *methodRequest, FlowBox *integrationRequest, FlowBox *backend, FlowBox *integrationResponse,
             FlowBox *methodResponse, QWidget *parent = nullptr);

protected:
    void paintEvent(QPaintEvent *event) override;

private:
    FlowBox *m_boxes[5];
};

/// Edits one REST method ("method:API:PATH:METHOD"): the method execution flow on top, each box summarising its
/// settings; clicking one opens its editor below. Method request: authorization (NONE, AWS_IAM, a Lambda or
/// Cognito user pool authorizer of the API, with scopes), API key required, request validator, request parameters.
/// Integration request: the IntegrationEditor. Integration responses and method responses. Every change is one
/// undoable ProjectDocument edit, merged per field while typing; invalid input is shown next to the field and never
/// written. Refreshes from the document when it changes.
class MethodEditor final : public QWidget
{
    Q_OBJECT
public:
    enum Box { MethodRequestBox, IntegrationRequestBox, BackendBox, IntegrationResponseBox, MethodResponseBox };
    /// Merge ids (1000-1999 belong to the method, route and authorizer editors).
    enum : int { IntegrationMergeBase = 1000, ResponsesMergeBase = 1020, MethodRequestMergeBase = 1040,
                 MethodResponseMergeBase = 1060 };

    explicit MethodEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the method `key` names; false when it names no REST method of the project.
    bool showKey(const QString &key);
    QString key() const { return m_key; }
    /// Opens the editor of `box` below the flow, as clicking the box does.
    void openBox(Box box);

    FlowBox *box(Box box) const { return m_boxes[box]; }
    QStackedWidget *panels() const { return m_panels; }
    IntegrationEditor *integrationEditor() const { return m_integration; }
    IntegrationResponsesEditor *integrationResponses() const { return m_responses; }
    QComboBox *authorizationCombo() const { return m_authorization; }
    QComboBox *authorizerCombo() const { return m_authorizer; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QCheckBox *apiKeyCheck() const { return m_apiKey; }
    QComboBox *validatorCombo() const { return m_validator; }
    QTableWidget *parametersTable() const { return m_parameters; }
    QTableWidget *methodResponsesTable() const { return m_methodResponses; }

    /// The authorization of `op` as the console names it: NONE, AWS_IAM, CUSTOM, COGNITO_USER_POOLS or (HTTP APIs)
    /// JWT, with the authorizer's name and scopes. Shared with the HTTP API route editor.
    struct Authorization
    {
        QString type = QStringLiteral("NONE");
        QString authorizer;
        QStringList scopes;
        bool apiKeyRequired = false;
    };
    static Authorization authorizationOf(const doc::Node &document, const model::Operation &op);
    /// Writes `auth` into `op` (security requirements, x-amazon-apigateway-auth) and, for an API key, the API key
    /// security scheme into `document` when it has none.
    static void setAuthorization(doc::Node &document, model::Operation &op, const Authorization &auth);

private:
    QWidget *createMethodRequestPanel();
    QWidget *createMethodResponsePanel();
    void refresh();
    void updateSummaries(const model::Api &api, const model::Operation &op);
    void onAuthorizationEdited(int field);
    void onParameterEdited();
    void onMethodResponseEdited(int row, int column);
    /// Applies `change` to a copy of the project's operation and pushes it as one edit; false when the method is gone.
    bool apply(const QString &what, int mergeId, const std::function<void(model::Api &, model::Operation &)> &change);

    ProjectDocument *m_document;
    QString m_key;
    QString m_apiId;
    QString m_path;
    QString m_method;
    bool m_updating = false;

    QLabel *m_title;
    FlowBox *m_boxes[5];
    QStackedWidget *m_panels;
    IntegrationEditor *m_integration;
    IntegrationResponsesEditor *m_responses;
    QLabel *m_proxyNote;
    QComboBox *m_authorization;
    QComboBox *m_authorizer;
    QLineEdit *m_scopes;
    QLabel *m_authError;
    QCheckBox *m_apiKey;
    QComboBox *m_validator;
    QTableWidget *m_parameters;
    QLabel *m_parameterError;
    QTableWidget *m_methodResponses;
    QLabel *m_methodResponseError;
};

} // namespace gw::ui
