// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"

#include <QWidget>

class QAction;
class QLabel;
class QLineEdit;
class QTabWidget;
class QTextBrowser;
class QTreeWidget;

namespace gw::ui {

class BodyView;
class FunctionView;
class WaterfallWidget;

/// Everything about one finished exchange: the step waterfall, then Request, Response and Explain tabs, a CORS tab
/// for requests with an Origin header (what the browser made of it), an Identity tab when an authorizer ran or
/// limits applied (what the authorizer decided and why, the API key, its usage plan and every bucket and quota
/// the request was checked against, as they stood at that moment) and a Function tab when Lambda functions ran (what each received, returned and
/// logged). A tab the user picked comes back when the next record has it again. Shows an immutable record; holds
/// no pointer into the engine.
class InspectorPanel final : public QWidget
{
    Q_OBJECT
public:
    enum Tab { RequestTab, ResponseTab, ExplainTab, CorsTab, IdentityTab, MappingTab, FunctionTab, ContextTab };

    explicit InspectorPanel(QWidget *parent = nullptr);

    /// Shows `record`; null shows the empty state. Showing the record already shown changes nothing.
    void setRecord(const ExchangeRecordPtr &record);

    /// The action row above the waterfall: Copy as curl and Copy Exchange put text on the clipboard; Replay and
    /// Edit and Resend ask the window to send the request again (replayRequested(), resendRequested()). Disabled
    /// while no record is shown.
    QAction *copyAsCurlAction() const { return m_copyCurlAction; }
    QAction *copyExchangeAction() const { return m_copyExchangeAction; }
    QAction *replayAction() const { return m_replayAction; }
    QAction *resendAction() const { return m_resendAction; }
    ExchangeRecordPtr record() const { return m_record; }

    WaterfallWidget *waterfall() const { return m_waterfall; }
    QTabWidget *tabs() const { return m_tabs; }
    QString explainText() const;
    /// The CORS tab's text; empty when the tab is hidden (the request has no Origin header).
    QString corsText() const;
    bool isCorsTabVisible() const;
    /// The Identity tab's text; empty when the tab is hidden (no authorizer ran and no API key or limit applied).
    QString identityText() const;
    bool isIdentityTabVisible() const;
    bool isFunctionTabVisible() const;
    /// The Mapping tab's text (request validation, parameter mapping, templates, integration response, cache);
    /// empty when the tab is hidden (none of them applied).
    QString mappingText() const;
    bool isMappingTabVisible() const;
    FunctionView *functionView() const { return m_function; }
    /// The $context tab: every variable Gatehouse knows with its value for the record (access logs print the same).
    QTreeWidget *contextTree() const { return m_context; }
    QLineEdit *contextFilter() const { return m_contextFilter; }
    /// The summary above the waterfall: request, status, total time, and where the time went.
    QString summaryText() const;
    QTreeWidget *requestHeadersTree() const { return m_requestHeaders; }
    QTreeWidget *responseHeadersTree() const { return m_responseHeaders; }
    QString requestBodyText() const;
    QString responseBodyText() const;

    /// The Explain tab's content for `record`, as HTML: what answered, why, and what to change.
    static QString explainHtml(const ExchangeRecord &record);
    /// The CORS tab's content for `record`, as HTML: preflight or actual request, every check, the verdict.
    QString corsHtml(const ExchangeRecord &record) const;
    /// The Authorizer tab's content for `trace`, as HTML: the decision and why, what it was asked, the context it
    /// returned and its policy.
    QString authorizerHtml(const AuthorizerTrace &trace) const;
    /// The Identity tab's section on API keys and limits: the key, its usage plan, and each bucket and quota as
    /// the request found it, the one that refused marked.
    QString trafficHtml(const TrafficTrace &trace) const;
    /// The Identity tab's section on Signature Version 4: the key, where it is declared, each check, and the
    /// canonical request and string to sign the gateway computed.
    QString iamHtml(const IamTrace &trace) const;
    /// The Identity tab's section on a REST API's resource policy: the ARN and principal, each statement and the
    /// decision.
    QString resourcePolicyHtml(const ResourcePolicyTrace &trace) const;
    /// The Mapping tab's content: validation, mapping and cache traces of one request, as HTML.
    QString mappingHtml(const ExchangeRecord &record) const;

Q_SIGNALS:
    /// Replay: send the request of `record` to the running gateway again.
    void replayRequested(const gw::ExchangeRecordPtr &record);
    /// Edit and Resend: open the request of `record` for editing, then send it.
    void resendRequested(const gw::ExchangeRecordPtr &record);

private:
    /// "Where the time went: gateway … · authorizer … · integration … · of which cold start …" as an HTML line; empty
    /// when the gateway answered alone.
    static QString latencyLine(const ExchangeRecord &record);
    void fillContext(const ExchangeRecord &record);
    void showRecord(const ExchangeRecordPtr &record);
    /// "pass: …"/"fail: …" lines as a table of ✓ and ✗.
    QString checksHtml(const QStringList &checks) const;

    ExchangeRecordPtr m_record;
    QLabel *m_summary;
    QAction *m_copyCurlAction;
    QAction *m_copyExchangeAction;
    QAction *m_replayAction;
    QAction *m_resendAction;
    WaterfallWidget *m_waterfall;
    QTabWidget *m_tabs;
    QLabel *m_requestLine;
    QTreeWidget *m_requestHeaders;
    BodyView *m_requestBody;
    QLabel *m_statusLine;
    QTreeWidget *m_responseHeaders;
    BodyView *m_responseBody;
    QTextBrowser *m_explain;
    QTextBrowser *m_cors;
    QTextBrowser *m_identity;
    QTextBrowser *m_mapping;
    FunctionView *m_function;
    QWidget *m_contextPage;
    QLineEdit *m_contextFilter;
    QTreeWidget *m_context;
    int m_preferredTab = RequestTab; ///< the tab the user last picked
    bool m_updating = false;         ///< setRecord() is showing and hiding tabs
};

} // namespace gw::ui
