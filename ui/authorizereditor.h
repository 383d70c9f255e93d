// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gw::ui {

class ProjectDocument;

/// Edits an authorizer ("authorizer:API:NAME"). REST and HTTP APIs keep them as security schemes with
/// `x-amazon-apigateway-authorizer` in components.securitySchemes: REST TOKEN and REQUEST Lambda authorizers (function,
/// identity sources, validation expression, result TTL), REST Cognito user pools (provider ARNs, checked), HTTP API
/// JWT authorizers (issuer, audiences, identity source) and HTTP API Lambda authorizers (payload 1.0/2.0, simple
/// responses, identity sources, TTL); an IAM (SigV4) scheme is explained, with nothing to set. WebSocket APIs keep
/// Lambda REQUEST authorizers in the definition's `authorizers`. Every change is one undoable edit, merged per field
/// while typing; invalid input is shown next to the field and never written.
class AuthorizerEditor final : public QWidget
{
    Q_OBJECT
public:
    /// Merge ids: 1200-1299.
    enum : int { MergeBase = 1200 };
    enum Field { TypeField, FunctionField, UriField, IdentityField, ValidationField, TtlField, ProvidersField,
                 IssuerField, AudienceField, PayloadField, SimpleResponsesField };

    explicit AuthorizerEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the authorizer `key` names; false when the API has no authorizer of that name.
    bool showKey(const QString &key);
    QString key() const { return m_key; }

    QComboBox *typeCombo() const { return m_type; }
    QComboBox *functionCombo() const { return m_function; }
    QLineEdit *uriEdit() const { return m_uri; }
    QLineEdit *identityEdit() const { return m_identity; }
    QLineEdit *validationEdit() const { return m_validation; }
    QSpinBox *ttlSpin() const { return m_ttl; }
    QLineEdit *providersEdit() const { return m_providers; }
    QLineEdit *issuerEdit() const { return m_issuer; }
    QLineEdit *audienceEdit() const { return m_audience; }
    QComboBox *payloadCombo() const { return m_payload; }
    QCheckBox *simpleResponsesCheck() const { return m_simple; }
    QLabel *errorLabel() const { return m_error; }

    /// Why `text` (comma-separated provider ARNs) is not a list of Cognito user pool ARNs; empty when it is.
    static QString providerArnsProblem(const QString &text);
    /// Why `issuer` cannot be a JWT authorizer's issuer; empty when it can.
    static QString issuerProblem(const QString &issuer);

private:
    enum class Kind { Token, Request, Cognito, Jwt, Iam, WebSocket };
    void refresh();
    void updateVisibility();
    /// Checks `field` shows valid input; shows why not.
    bool validate(QWidget *field, const QString &problem);
    /// Applies `change` to a copy of the authorizer object (x-amazon-apigateway-authorizer, or the WebSocket
    /// authorizer) and its security scheme, and pushes it as one edit.
    bool apply(const QString &what, Field field, const std::function<void(doc::Node &authorizer, doc::Node &scheme)> &change);
    void onTypeChosen();

    ProjectDocument *m_document;
    QString m_key;
    QString m_apiId;
    QString m_name;
    model::Protocol m_protocol = model::Protocol::Rest;
    Kind m_kind = Kind::Token;
    bool m_updating = false;

    QLabel *m_title;
    QLabel *m_note;
    QFormLayout *m_form;
    QComboBox *m_type;
    QComboBox *m_function;
    QLineEdit *m_uri;
    QLineEdit *m_identity;
    QLineEdit *m_validation;
    QSpinBox *m_ttl;
    QLineEdit *m_providers;
    QLineEdit *m_issuer;
    QLineEdit *m_audience;
    QComboBox *m_payload;
    QCheckBox *m_simple;
    QLabel *m_error;
    QWidget *m_invalidField = nullptr;
};

} // namespace gw::ui
