// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QWidget>

#include <functional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;
class QStackedWidget;

namespace gw::ui {

class IntegrationEditor;
class PairsTable;
class ProjectDocument;

/// Edits a route ("route:API:ROUTEKEY"). HTTP APIs: the route key, the integration (IntegrationEditor: Lambda proxy
/// with payload 1.0/2.0, HTTP proxy URL, parameter mapping), the authorization (NONE, AWS_IAM, a JWT or Lambda
/// authorizer of the API) with its scopes, and response parameter mapping per status. WebSocket APIs: the route key,
/// the integration (Lambda, HTTP, mock), two-way (route response) and, on $connect, the authorization. Every change
/// is one undoable ProjectDocument edit, merged per field while typing; invalid input is shown next to the field and
/// never written.
class RouteEditor final : public QWidget
{
    Q_OBJECT
public:
    /// Merge ids: 1100-1199.
    enum : int { IntegrationMergeBase = 1100, RouteMergeBase = 1120, WebSocketMergeBase = 1140 };

    explicit RouteEditor(ProjectDocument *document, QWidget *parent = nullptr);

    /// Shows the route `key` names; false when it names no route of an HTTP or WebSocket API.
    bool showKey(const QString &key);
    QString key() const { return m_key; }
    bool isWebSocket() const { return m_webSocket; }

    QLineEdit *routeKeyEdit() const { return m_routeKeyEdit; }
    QLabel *routeKeyError() const { return m_routeKeyError; }
    IntegrationEditor *integrationEditor() const { return m_integration; }
    QComboBox *authorizationCombo() const { return m_authorization; }
    QComboBox *authorizerCombo() const { return m_authorizer; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    PairsTable *responseParameters() const { return m_responseParameters; }
    QLineEdit *responseStatusEdit() const { return m_responseStatus; }
    // WebSocket
    QLineEdit *wsRouteKeyEdit() const { return m_wsRouteKey; }
    QComboBox *wsTypeCombo() const { return m_wsType; }
    QLineEdit *wsUriEdit() const { return m_wsUri; }
    QLineEdit *wsTimeoutEdit() const { return m_wsTimeout; }
    QCheckBox *wsRouteResponseCheck() const { return m_wsRouteResponse; }
    QSpinBox *wsStatusSpin() const { return m_wsStatus; }
    QLineEdit *wsBodyEdit() const { return m_wsBody; }

    /// Why `routeKey` cannot be an HTTP API route key (empty when it can).
    static QString routeKeyProblem(const QString &routeKey);

Q_SIGNALS:
    /// The user renamed the route: the Explorer should select `key`.
    void keyRenamed(const QString &key);

private:
    QWidget *createHttpPage();
    QWidget *createWebSocketPage();
    void refresh();
    void refreshHttp(const model::Api &api);
    void refreshWebSocket(const model::Api &api);
    /// Checks the route key as it is typed; `commit` (Enter, or leaving the field) renames the route.
    void onHttpRouteKeyEdited(const QString &text, bool commit);
    void onHttpAuthorizationEdited(int field);
    void onResponseParametersEdited();
    void onWsRouteKeyEdited(const QString &text, bool commit);
    /// HTTP: applies `change` to a copy of the route's operation; false when the route is gone.
    bool applyHttp(const QString &what, int mergeId, const std::function<void(model::Api &, model::Operation &)> &change);
    /// WebSocket: applies `change` to a copy of the route's node in the definition.
    bool applyWs(const QString &what, int mergeId, const std::function<void(doc::Node &route, doc::Node &definition)> &change);

    ProjectDocument *m_document;
    QString m_key;
    QString m_apiId;
    QString m_routeKey; ///< HTTP: "GET /pets" or "$default"; WebSocket: the route key
    QString m_path;     ///< HTTP: the path item
    QString m_method;   ///< HTTP: the operation's method
    bool m_webSocket = false;
    bool m_updating = false;

    QLabel *m_title;
    QStackedWidget *m_pages;
    QLineEdit *m_routeKeyEdit;
    QLabel *m_routeKeyError;
    QLabel *m_sharedNote;
    IntegrationEditor *m_integration;
    QComboBox *m_authorization;
    QComboBox *m_authorizer;
    QLineEdit *m_scopes;
    QLabel *m_authError;
    QLineEdit *m_responseStatus;
    QLabel *m_responseError;
    PairsTable *m_responseParameters;

    QLineEdit *m_wsRouteKey;
    QLabel *m_wsRouteKeyError;
    QComboBox *m_wsType;
    QComboBox *m_wsFunction;
    QLineEdit *m_wsUri;
    QLabel *m_wsUriError;
    QLineEdit *m_wsTimeout;
    QLabel *m_wsTimeoutError;
    QSpinBox *m_wsStatus;
    QLineEdit *m_wsBody;
    QCheckBox *m_wsRouteResponse;
    QComboBox *m_wsAuthorization;
    QComboBox *m_wsAuthorizer;
    QLabel *m_wsAuthNote;
};

} // namespace gw::ui
