// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/testtoken.h"
#include "engine/testrequest.h"
#include "observe/exchangerecord.h"

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableWidget;
class QTimer;
class QTreeWidget;

namespace gw::upstream {
class UpstreamCall;
}

namespace gw::ui {

class BodyView;
class GatewayController;
class ProjectDocument;
class WaterfallWidget;

/// The Test dock: the AWS console's method Test, sent through the real running gateway. Compose a request (API,
/// stage, method, path, query, headers, body) and an identity: none, one of the project's API keys, a bearer token
/// the local identity provider mints for a JWT or Cognito authorizer at send time, or a SigV4 signature with one of
/// the project's access keys. Send (Ctrl+Enter) goes out asynchronously to 127.0.0.1 on the gateway's port, with a
/// unique x-gatehouse-test header; the response shows status, latency, headers and body, and the exchange record the
/// gateway wrote for that request (found by the header) gives the step waterfall. With the gateway stopped, Send asks
/// to start it and goes out once it runs. Reads the project from the document; never edits it.
class TestPanel final : public QWidget
{
    Q_OBJECT
public:
    /// `document` and `gateway` outlive the panel.
    TestPanel(ProjectDocument *document, GatewayController *gateway, QWidget *parent = nullptr);
    ~TestPanel() override;

    /// Prefills the request from an Explorer item key: "method:<api>:<path>:<METHOD>", "route:<api>:<routeKey>",
    /// "resource:<api>:<path>", "stage:<api>:<stage>" or "api:<api>". Other keys, and keys of APIs that do not exist,
    /// change nothing. Returns whether the target changed.
    bool setTargetFromKey(const QString &key);
    /// Points the request at `method` `path` (within the stage; "{param}" segments become "1") of `apiId`'s `stage`
    /// (empty: keep the current one when the API has it, else the first).
    void setTarget(const QString &apiId, const QString &stage, const QString &method, const QString &path);

    /// Sends the composed request; finished() follows (at once when it cannot be sent).
    void send();
    void cancel();
    bool isSending() const;

    /// The last response's status (0: none), as shown.
    int status() const { return m_status; }
    QByteArray responseBody() const { return m_body; }
    /// Why the last request got no response; empty otherwise.
    QString errorText() const { return m_error; }
    /// The exchange record of the last request; null until the gateway's record of it has arrived.
    ExchangeRecordPtr record() const { return m_record; }
    /// The request as last built (URL, headers sent).
    const BuiltTestRequest &lastRequest() const { return m_built; }

    QComboBox *apiCombo() const { return m_api; }
    QComboBox *stageCombo() const { return m_stage; }
    QComboBox *methodCombo() const { return m_method; }
    QLineEdit *pathEdit() const { return m_path; }
    QLineEdit *queryEdit() const { return m_query; }
    QTableWidget *headersTable() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_requestBody; }
    /// Identity kinds in TestIdentity::Kind order.
    QComboBox *identityCombo() const { return m_identityKind; }
    QComboBox *apiKeyCombo() const { return m_apiKey; }
    QComboBox *authorizerCombo() const { return m_authorizer; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QComboBox *credentialCombo() const { return m_credential; }
    QPushButton *sendButton() const { return m_send; }
    /// The URL the request goes to, as shown (or why it cannot be sent).
    QLineEdit *urlEdit() const { return m_url; }
    QLabel *statusLabel() const { return m_statusLine; }
    QTabWidget *responseTabs() const { return m_tabs; }
    QTreeWidget *responseHeadersTree() const { return m_responseHeaders; }
    BodyView *bodyView() const { return m_bodyView; }
    WaterfallWidget *waterfall() const { return m_waterfall; }
    QLabel *waterfallNote() const { return m_waterfallNote; }

Q_SIGNALS:
    /// The last request ended: with a response, or with errorText().
    void finished();
    /// The gateway's record of the last request arrived (record()).
    void recordArrived(const gw::ExchangeRecordPtr &record);
    /// Send found the gateway stopped; the window starts it, and the request goes out once it runs.
    void startGatewayRequested();
    /// The user asked to open the last request's record in the Inspector.
    void inspectRequested(const gw::ExchangeRecordPtr &record);

private:
    void buildUi();
    void rebuildTargets();
    void fillStages();
    void fillIdentities();
    void updateUrl();
    void updateGatewayState();
    /// The request as composed now. `mintToken`: sign a fresh bearer token for that identity, with `*error` set
    /// when none can be minted.
    TestRequestSpec composedSpec(bool mintToken, QString *error) const;
    void startSend();
    void onRecords(const std::vector<ExchangeRecordPtr> &batch);
    void finishResponse();
    void showError(const QString &text);
    void clearResponse();
    void showRecord(const ExchangeRecordPtr &record);
    QString samplePath(const QString &path) const;

    ProjectDocument *m_document;
    GatewayController *m_gateway;
    QList<auth::TokenAuthorizer> m_tokenAuthorizers; ///< the authorizer combo's entries, in order

    // The request
    QLabel *m_gatewayNote;
    QPushButton *m_start;
    QComboBox *m_api;
    QComboBox *m_stage;
    QComboBox *m_method;
    QLineEdit *m_path;
    QPushButton *m_send;
    QLineEdit *m_query;
    QTableWidget *m_headers;
    QComboBox *m_identityKind;
    QStackedWidget *m_identityPages;
    QComboBox *m_apiKey;
    QComboBox *m_authorizer;
    QLineEdit *m_scopes;
    QComboBox *m_credential;
    QPlainTextEdit *m_requestBody;
    QLineEdit *m_url;

    // The response
    QLabel *m_statusLine;
    QPushButton *m_inspect;
    QTabWidget *m_tabs;
    BodyView *m_bodyView;
    QTreeWidget *m_responseHeaders;
    WaterfallWidget *m_waterfall;
    QLabel *m_waterfallNote;
    QPlainTextEdit *m_sent;

    // The request in flight
    std::shared_ptr<upstream::UpstreamCall> m_call;
    quint64 m_generation = 0; ///< bumped by every send and cancel; callbacks of older sends do nothing
    bool m_sendPending = false; ///< Send waits for the gateway to start
    QTimer *m_timeout;
    QTimer *m_recordWait;
    QElapsedTimer m_elapsed;
    qint64 m_latencyUs = -1;
    QString m_correlationId;
    BuiltTestRequest m_built;
    int m_status = 0;
    QByteArray m_reason;
    http::HttpHeaders m_responseHeadersData;
    QByteArray m_body;
    qint64 m_bodySize = 0;
    bool m_responseDone = false;
    QString m_error;
    ExchangeRecordPtr m_record;
};

} // namespace gw::ui
