// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/corsconfig.h"
#include "model/api.h"

#include <QWidget>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace gw::ui {

class ProjectDocument;

/// The editor of an HTTP API's CORS configuration (Explorer key "cors:API", `x-amazon-apigateway-cors`): allowed
/// origins, methods and headers, exposed headers, max age and credentials. A change is written only when AWS would
/// accept the whole configuration (ProjectEdits::setCors); otherwise the field says why and nothing is written.
/// Every change is one undoable edit; typing in one field merges into one undo step. Editing a field of an API
/// without a configuration creates one; Remove CORS deletes it. Below the form, the CORS traps of the API
/// (cors::findCorsTraps) and what browsers do with the values entered, kept up to date as the document changes.
class CorsEditor final : public QWidget
{
    Q_OBJECT
public:
    /// Merge ids: 2500-2599.
    enum : int { MergeBase = 2500 };
    enum Field { OriginsField, MethodsField, HeadersField, ExposeField, MaxAgeField, CredentialsField, FieldCount };

    explicit CorsEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the CORS configuration of the HTTP API `key` names ("cors:API"); false for other keys and APIs.
    bool showKey(const QString &key);
    QString apiId() const { return m_apiId; }

    /// Why a browser never sends `origin` as an Origin header (a path, a trailing '/', a wildcard sub-domain, no
    /// scheme, ...); empty when it is "*" or a serialized origin. AWS accepts such values; they just never match.
    static QString originProblem(const QString &origin);
    /// What browsers do differently from what the configuration seems to say (wildcards with credentials, a
    /// wildcard that does not cover Authorization, origins no browser sends), one sentence each.
    static QStringList browserNotes(const CorsConfig &config);

    QLabel *titleLabel() const { return m_title; }
    QLabel *statusLabel() const { return m_status; }
    QLineEdit *originsEdit() const { return m_origins; }
    QLineEdit *methodsEdit() const { return m_methods; }
    QLineEdit *headersEdit() const { return m_headers; }
    QLineEdit *exposeEdit() const { return m_expose; }
    QLineEdit *maxAgeEdit() const { return m_maxAge; }
    QCheckBox *credentialsCheck() const { return m_credentials; }
    QPushButton *removeButton() const { return m_remove; }
    /// The inline error under `field` (hidden while there is none).
    QLabel *errorLabel(Field field) const { return m_errors[field]; }
    /// The traps and browser notes below the form, as plain text.
    QString trapsText() const;

private:
    void refresh();
    /// Applies what the user changed in `field` when AWS would accept the result; otherwise shows why.
    void fieldEdited(Field field);
    std::optional<CorsConfig> current(QString *error) const;

    ProjectDocument *m_document;
    QString m_apiId;
    bool m_updating = false;
    QLabel *m_title;
    QLabel *m_missing;
    QLabel *m_status;
    QLineEdit *m_origins;
    QLineEdit *m_methods;
    QLineEdit *m_headers;
    QLineEdit *m_expose;
    QLineEdit *m_maxAge;
    QCheckBox *m_credentials;
    QPushButton *m_remove;
    QLabel *m_errors[FieldCount];
    QLabel *m_traps;
};

} // namespace gw::ui
