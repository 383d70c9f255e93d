// SPDX-License-Identifier: GPL-3.0-or-later
#include "inspectorpanel.h"

#include "bodyview.h"
#include "exchangeactions.h"
#include "cors/recordverdict.h"
#include "formatting.h"
#include "functionview.h"
#include "headerexplanations.h"
#include "waterfallwidget.h"

#include "observe/contextvalues.h"
#include "observe/latencybreakdown.h"

#include <QAction>
#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QScopedValueRollback>
#include <QSplitter>
#include <QTabWidget>
#include <QTextBrowser>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::ui {

namespace {

QTreeWidget *makeHeaderTable(QWidget *parent, const QString &name)
{
    auto *tree = new QTreeWidget(parent);
    tree->setColumnCount(3);
    tree->setHeaderLabels({InspectorPanel::tr("Header"), InspectorPanel::tr("Value"), InspectorPanel::tr("Meaning")});
    tree->setRootIsDecorated(false);
    tree->setUniformRowHeights(true);
    tree->setAlternatingRowColors(true);
    tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    tree->setAccessibleName(name);
    tree->header()->setStretchLastSection(true);
    tree->setWordWrap(false);
    return tree;
}

/// One row per header: name, value, and what the header means here (HeaderExplanations), also as the row's tooltip.
void fillHeaders(QTreeWidget *tree, const http::HttpHeaders &headers, bool response)
{
    tree->clear();
    QList<QTreeWidgetItem *> items;
    items.reserve(headers.size());
    for (const http::HttpHeaders::Field &f : headers.fields()) {
        const QString meaning = HeaderExplanations::explain(f.name, response);
        auto *item = new QTreeWidgetItem({QString::fromLatin1(f.name), QString::fromUtf8(f.value), meaning});
        item->setToolTip(0, meaning);
        item->setToolTip(1, item->text(1));
        item->setToolTip(2, meaning);
        items.append(item);
    }
    tree->addTopLevelItems(items);
    tree->resizeColumnToContents(0);
    // The value column gets a readable width; the meaning takes the rest (it stretches as the last section).
    tree->resizeColumnToContents(1);
    tree->setColumnWidth(1, std::min(tree->columnWidth(1) + 12, std::max(160, tree->viewport()->width() / 2)));
}

QWidget *makeMessageTab(QLabel *firstLine, QTreeWidget *headers, BodyView *body)
{
    auto *page = new QWidget;
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(4, 4, 4, 4);
    firstLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    firstLine->setWordWrap(true);
    layout->addWidget(firstLine);
    auto *split = new QSplitter(Qt::Vertical, page);
    split->setChildrenCollapsible(false);
    split->addWidget(headers);
    split->addWidget(body);
    split->setStretchFactor(0, 2);
    split->setStretchFactor(1, 3);
    layout->addWidget(split, 1);
    headers->setParent(split);
    body->setParent(split);
    return page;
}

QString esc(const QString &s)
{
    return s.toHtmlEscaped();
}

} // namespace

InspectorPanel::InspectorPanel(QWidget *parent)
    : QWidget(parent)
    , m_summary(new QLabel(this))
    , m_copyCurlAction(new QAction(tr("Copy as &curl"), this))
    , m_copyExchangeAction(new QAction(tr("Copy &Exchange"), this))
    , m_replayAction(new QAction(tr("&Replay"), this))
    , m_resendAction(new QAction(tr("Edit and Re&send…"), this))
    , m_waterfall(new WaterfallWidget(this))
    , m_tabs(new QTabWidget(this))
    , m_requestLine(new QLabel)
    , m_requestHeaders(makeHeaderTable(this, tr("Request headers")))
    , m_requestBody(new BodyView(this))
    , m_statusLine(new QLabel)
    , m_responseHeaders(makeHeaderTable(this, tr("Response headers")))
    , m_responseBody(new BodyView(this))
    , m_explain(new QTextBrowser(this))
    , m_cors(new QTextBrowser(this))
    , m_identity(new QTextBrowser(this))
    , m_mapping(new QTextBrowser(this))
    , m_function(new FunctionView(this))
    , m_contextPage(new QWidget(this))
    , m_contextFilter(new QLineEdit(m_contextPage))
    , m_context(new QTreeWidget(m_contextPage))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);

    m_copyCurlAction->setToolTip(tr("Copy the request as a curl command line (headers and body exactly as sent)"));
    m_copyExchangeAction->setToolTip(tr("Copy the request and the response as text, as on the wire"));
    m_replayAction->setToolTip(tr("Send this request to the running gateway again; the answer appears in Traffic"));
    m_resendAction->setToolTip(tr("Change the method, URL, headers or body, then send it to the running gateway"));
    auto *actions = new QHBoxLayout;
    actions->setContentsMargins(0, 0, 0, 0);
    for (QAction *action : {m_copyCurlAction, m_copyExchangeAction, m_replayAction, m_resendAction}) {
        auto *button = new QToolButton(this);
        button->setDefaultAction(action);
        button->setAutoRaise(true);
        actions->addWidget(button);
    }
    actions->addStretch(1);
    layout->addLayout(actions);
    connect(m_copyCurlAction, &QAction::triggered, this, [this] {
        if (m_record)
            ExchangeActions::copyAsCurl(*m_record);
    });
    connect(m_copyExchangeAction, &QAction::triggered, this, [this] {
        if (m_record)
            ExchangeActions::copyExchange(*m_record);
    });
    connect(m_replayAction, &QAction::triggered, this, [this] {
        if (m_record)
            Q_EMIT replayRequested(m_record);
    });
    connect(m_resendAction, &QAction::triggered, this, [this] {
        if (m_record)
            Q_EMIT resendRequested(m_record);
    });

    // The waterfall takes the height its steps need; the tabs get the rest.
    layout->addWidget(m_waterfall);
    layout->addWidget(m_tabs, 1);

    m_requestBody->setAccessibleName(tr("Request body"));
    m_responseBody->setAccessibleName(tr("Response body"));
    m_tabs->addTab(makeMessageTab(m_requestLine, m_requestHeaders, m_requestBody), tr("Request"));
    m_tabs->addTab(makeMessageTab(m_statusLine, m_responseHeaders, m_responseBody), tr("Response"));
    m_explain->setOpenLinks(false);
    connect(m_explain, &QTextBrowser::anchorClicked, this, [this](const QUrl &url) {
        if (url.toString() == QLatin1String("gatehouse:identity") && m_tabs->isTabVisible(IdentityTab))
            m_tabs->setCurrentIndex(IdentityTab);
    });
    m_explain->setAccessibleName(tr("Explanation"));
    m_tabs->addTab(m_explain, tr("Explain"));
    m_cors->setOpenLinks(false);
    m_cors->setAccessibleName(tr("CORS verdict"));
    m_tabs->addTab(m_cors, tr("CORS"));
    m_identity->setOpenLinks(false);
    m_identity->setAccessibleName(tr("Identity and limits"));
    m_tabs->addTab(m_identity, tr("Identity"));
    m_mapping->setOpenLinks(false);
    m_mapping->setAccessibleName(tr("Validation, mapping and cache"));
    m_tabs->addTab(m_mapping, tr("Mapping"));
    m_tabs->addTab(m_function, tr("Function"));
    {
        auto *contextLayout = new QVBoxLayout(m_contextPage);
        contextLayout->setContentsMargins(4, 4, 4, 4);
        m_contextFilter->setPlaceholderText(tr("Filter variables (e.g. identity, authorizer.claims)"));
        m_contextFilter->setAccessibleName(tr("Filter $context variables"));
        m_contextFilter->setClearButtonEnabled(true);
        contextLayout->addWidget(m_contextFilter);
        m_context->setColumnCount(2);
        m_context->setHeaderLabels({tr("Variable"), tr("Value")});
        m_context->setRootIsDecorated(false);
        m_context->setUniformRowHeights(true);
        m_context->setAlternatingRowColors(true);
        m_context->setSelectionMode(QAbstractItemView::ExtendedSelection);
        m_context->setAccessibleName(tr("$context variables"));
        m_context->header()->setStretchLastSection(true);
        contextLayout->addWidget(m_context, 1);
        connect(m_contextFilter, &QLineEdit::textChanged, this, [this](const QString &text) {
            for (int i = 0; i < m_context->topLevelItemCount(); ++i) {
                QTreeWidgetItem *item = m_context->topLevelItem(i);
                item->setHidden(!text.isEmpty() && !item->text(0).contains(text, Qt::CaseInsensitive)
                                && !item->text(1).contains(text, Qt::CaseInsensitive));
            }
        });
    }
    m_tabs->addTab(m_contextPage, tr("$context"));
    m_tabs->setTabToolTip(ContextTab, tr("Every $context variable with its value for this request, as mapping "
                                         "templates and access logs see it"));
    m_tabs->setAccessibleName(tr("Request details"));
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (!m_updating && index >= 0)
            m_preferredTab = index;
    });
    showRecord(nullptr);
}

void InspectorPanel::setRecord(const ExchangeRecordPtr &record)
{
    // The traffic table re-announces its current row when rows above it are trimmed; rendering a 256 KB event
    // again would cost time and the reader's scroll position.
    if (record && record == m_record)
        return;
    const QScopedValueRollback updating(m_updating, true);
    showRecord(record);
    // Hiding the current tab moved the selection; go back to the one the user picked when it is there again.
    if (m_preferredTab >= 0 && m_preferredTab < m_tabs->count() && m_tabs->isTabVisible(m_preferredTab))
        m_tabs->setCurrentIndex(m_preferredTab);
}

void InspectorPanel::showRecord(const ExchangeRecordPtr &record)
{
    m_record = record;
    m_waterfall->setRecord(record);
    for (QAction *action : {m_copyCurlAction, m_copyExchangeAction, m_replayAction, m_resendAction})
        action->setEnabled(record != nullptr);
    if (!record) {
        m_summary->setText(tr("No request selected."));
        m_requestLine->clear();
        m_statusLine->clear();
        m_requestHeaders->clear();
        m_responseHeaders->clear();
        m_requestBody->clear();
        m_responseBody->clear();
        m_explain->setHtml(QStringLiteral("<p>%1</p>").arg(
            esc(tr("Select a request in Traffic: this tab says what answered it, why, and what to change."))));
        m_cors->clear();
        m_tabs->setTabVisible(CorsTab, false);
        m_identity->clear();
        m_tabs->setTabVisible(IdentityTab, false);
        m_mapping->clear();
        m_tabs->setTabVisible(MappingTab, false);
        m_function->setTraces({});
        m_tabs->setTabVisible(FunctionTab, false);
        m_context->clear();
        m_tabs->setTabVisible(ContextTab, false);
        return;
    }
    const ExchangeRecord &r = *record;
    const QColor colour = Formatting::statusColor(r.status, palette());
    const QString status = r.status > 0 ? QString::number(r.status) : tr("no response");
    m_summary->setText(QStringLiteral("<b>%1</b> %2 &nbsp;→&nbsp; <b><span style=\"color:%3\">%4</span></b> "
                                      "&nbsp;·&nbsp; %5")
                           .arg(esc(r.method), esc(r.path),
                                colour.isValid() ? colour.name() : palette().color(QPalette::Text).name(), esc(status),
                                esc(Formatting::duration(r.totalUs)))
                       + latencyLine(r));

    // Request
    const QByteArray host = r.requestHeaders.value("host");
    QString url = r.path;
    if (!host.isEmpty())
        url = QStringLiteral("http://") + QString::fromLatin1(host) + r.path;
    if (!r.query.isEmpty())
        url += QLatin1Char('?') + r.query;
    m_requestLine->setText(QStringLiteral("<b>%1</b> %2 <span>%3</span>")
                               .arg(esc(r.method), esc(url), esc(r.httpVersion)));
    fillHeaders(m_requestHeaders, r.requestHeaders, false);
    m_requestBody->setBody(r.requestBody, r.requestBodySize, r.requestHeaders.value("content-type"));

    // Response
    if (r.status > 0) {
        const QString reason = Formatting::reasonPhrase(r.status);
        m_statusLine->setText(QStringLiteral("<b><span style=\"color:%1\">%2 %3</span></b>")
                                  .arg(colour.isValid() ? colour.name() : palette().color(QPalette::Text).name())
                                  .arg(r.status)
                                  .arg(esc(reason)));
    } else {
        m_statusLine->setText(esc(tr("No response was sent: the client went away first.")));
    }
    fillHeaders(m_responseHeaders, r.responseHeaders, true);
    m_responseBody->setBody(r.responseBody, r.responseBodySize, r.responseHeaders.value("content-type"));

    QString explain = explainHtml(r);
    if (r.traffic && (r.status == 429 || (r.status == 403 && !r.traffic->checks.empty())))
        explain += QStringLiteral("<p><a href=\"gatehouse:identity\">%1</a></p>")
                       .arg(esc(tr("Each bucket and quota as this request found them ▸")));
    m_explain->setHtml(explain);

    const bool hasOrigin = r.requestHeaders.contains("origin");
    if (hasOrigin)
        m_cors->setHtml(corsHtml(r));
    else
        m_cors->clear();
    m_tabs->setTabVisible(CorsTab, hasOrigin);

    QString identity;
    if (r.resourcePolicy)
        identity += resourcePolicyHtml(*r.resourcePolicy);
    if (r.iam)
        identity += iamHtml(*r.iam);
    if (r.authorizer)
        identity += authorizerHtml(*r.authorizer);
    // Every request passes the account bucket; the section is worth a tab when a key was involved or a limit refused.
    if (r.traffic
        && (!r.traffic->apiKeyMasked.isEmpty() || !r.traffic->usagePlan.isEmpty()
            || std::any_of(r.traffic->checks.cbegin(), r.traffic->checks.cend(),
                           [](const TrafficCheck &c) { return !c.allowed; })))
        identity += trafficHtml(*r.traffic);
    if (identity.isEmpty())
        m_identity->clear();
    else
        m_identity->setHtml(identity);
    m_tabs->setTabVisible(IdentityTab, !identity.isEmpty());

    const bool mapped = r.mapping || r.validation || r.cache;
    if (mapped)
        m_mapping->setHtml(mappingHtml(r));
    else
        m_mapping->clear();
    m_tabs->setTabVisible(MappingTab, mapped);

    m_function->setTraces(r.lambda);
    m_tabs->setTabVisible(FunctionTab, !r.lambda.empty());

    fillContext(r);
    m_tabs->setTabVisible(ContextTab, true);
}

QString InspectorPanel::latencyLine(const ExchangeRecord &r)
{
    const LatencyBreakdown b = latencyBreakdown(r);
    if (b.authorizerUs < 0 && b.integrationUs < 0)
        return {}; // the gateway answered alone: the total says it all
    QStringList parts{tr("gateway %1").arg(Formatting::duration(b.gatewayUs))};
    if (b.authorizerUs >= 0)
        parts.append(tr("authorizer %1").arg(Formatting::duration(b.authorizerUs)));
    if (b.integrationUs >= 0)
        parts.append(tr("integration %1").arg(Formatting::duration(b.integrationUs)));
    if (b.coldStarts > 0)
        parts.append(tr("of which cold start %1").arg(Formatting::duration(b.coldStartUs)));
    return QStringLiteral("<br><span>%1 %2</span>").arg(esc(tr("Where the time went:")), esc(parts.join(QStringLiteral(" · "))));
}

void InspectorPanel::fillContext(const ExchangeRecord &r)
{
    m_context->clear();
    const QString none = tr("(no value)");
    QList<QTreeWidgetItem *> items;
    const QStringList names = knownContextVariables();
    items.reserve(names.size());
    const QString filter = m_contextFilter->text();
    for (const QString &name : names) {
        const QString value = contextValue(r, name);
        if (value.isNull())
            continue;
        auto *item = new QTreeWidgetItem({QStringLiteral("$context.") + name, value.isEmpty() ? none : value});
        if (value.isEmpty()) {
            item->setForeground(1, palette().brush(QPalette::Disabled, QPalette::Text));
            item->setToolTip(1, tr("This variable has no value for this request; access logs print \"-\""));
        } else {
            item->setToolTip(1, value);
        }
        items.append(item);
    }
    m_context->addTopLevelItems(items);
    // Hiding works on items in the tree only.
    for (QTreeWidgetItem *item : std::as_const(items))
        item->setHidden(!filter.isEmpty() && !item->text(0).contains(filter, Qt::CaseInsensitive)
                        && !item->text(1).contains(filter, Qt::CaseInsensitive));
    m_context->resizeColumnToContents(0);
}

QString InspectorPanel::summaryText() const
{
    return m_summary->text();
}

QString InspectorPanel::corsHtml(const ExchangeRecord &r) const
{
    const cors::RecordVerdict v = cors::judgeRecord(r);
    const QString origin = QString::fromUtf8(r.requestHeaders.value("origin"));
    QString html;
    if (v.kind == cors::RecordVerdict::Kind::NotCors) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Not a cross-origin request")));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(r.status == 0
                                 ? tr("The client went away before a response, so there is nothing to judge.")
                                 : tr("The page at %1 and the API share an origin, so the browser applies no "
                                      "CORS checks.")
                                       .arg(origin)));
        return html;
    }
    const bool allowed = v.kind == cors::RecordVerdict::Kind::Allowed;
    const QString colour = Formatting::passColor(allowed, palette()).name();
    html += QStringLiteral("<h2 style=\"color:%1\">%2</h2>")
                .arg(colour, esc(allowed ? tr("✓ Allowed by the browser") : tr("✗ Blocked by the browser")));
    if (v.preflight) {
        const QString method = QString::fromLatin1(r.requestHeaders.value("access-control-request-method"));
        const QString headers = QString::fromLatin1(r.requestHeaders.value("access-control-request-headers"));
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(headers.isEmpty()
                                 ? tr("A preflight: the page at %1 asked whether it may send %2 %3.")
                                       .arg(origin, method, r.path)
                                 : tr("A preflight: the page at %1 asked whether it may send %2 %3 with the "
                                      "headers %4.")
                                       .arg(origin, method, r.path, headers)));
        if (!allowed)
            html += QStringLiteral("<p>%1</p>")
                        .arg(esc(tr("The browser does not send the %1 request itself; the page "
                                    "sees a network error.")
                                     .arg(method)));
    } else {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(allowed
                                 ? tr("The page at %1 sent %2 %3, and the browser lets it read the response.")
                                       .arg(origin, r.method, r.path)
                                 : tr("The page at %1 sent %2 %3; the request reached the API, but the "
                                      "browser hides "
                                      "the response from the page (a network error in JavaScript).")
                                       .arg(origin, r.method, r.path)));
    }
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    for (const cors::Check &c : v.checks) {
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color:%1\"><b>%2</b></td>"
                               "<td valign=\"top\"><code>%3</code></td><td valign=\"top\">%4</td></tr>")
                    .arg(Formatting::passColor(c.pass, palette()).name(),
                         c.pass ? QStringLiteral("✓") : QStringLiteral("✗"), esc(c.name), esc(c.explanation));
    }
    html += QStringLiteral("</table>");
    if (!v.reasons.isEmpty()) {
        html += QStringLiteral("<h4>%1</h4><ul>").arg(esc(tr("Why the browser blocks it")));
        for (const QString &reason : v.reasons)
            html += QStringLiteral("<li>%1</li>").arg(esc(reason));
        html += QStringLiteral("</ul><p>%1</p>")
                    .arg(esc(tr(
                        "The CORS Lab (View ▸ CORS Lab) replays such a request and advises the change that "
                        "fixes it.")));
    }
    return html;
}

QString InspectorPanel::corsText() const
{
    return isCorsTabVisible() ? m_cors->toPlainText() : QString();
}

bool InspectorPanel::isCorsTabVisible() const
{
    return m_tabs->isTabVisible(CorsTab);
}

QString InspectorPanel::authorizerHtml(const AuthorizerTrace &a) const
{
    const bool allowed = a.decision == QLatin1String("allow");
    QString title;
    if (allowed)
        title = tr("Allowed");
    else if (a.decision == QLatin1String("deny"))
        title = tr("Denied");
    else if (a.decision == QLatin1String("unauthorized"))
        title = tr("Unauthorized");
    else if (a.decision == QLatin1String("error"))
        title = tr("Authorizer failed");
    else
        title = a.decision;
    const int iconSize = fontMetrics().height() * 3 / 2;
    QString html = QStringLiteral("<h2 style=\"color:%1\"><img src=\"qrc:/gatehouse/icons/%2.svg\" width=\"%3\" "
                                  "height=\"%3\"> %4")
                       .arg(Formatting::passColor(allowed, palette()).name(),
                            allowed ? QStringLiteral("pass") : QStringLiteral("fail"), QString::number(iconSize),
                            esc(title));
    if (a.status > 0)
        html += QStringLiteral(" &nbsp;<span style=\"font-weight:normal\">%1 %2</span>")
                    .arg(QString::number(a.status), esc(Formatting::reasonPhrase(a.status)));
    html += QStringLiteral("</h2>");
    if (!a.reason.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(a.reason));
    if (!a.error.isEmpty())
        html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                    .arg(Formatting::passColor(false, palette()).name(), esc(a.error));

    auto row = [](const QString &name, const QString &valueHtml) {
        return QStringLiteral("<tr><td valign=\"top\" style=\"white-space:nowrap\"><b>%1</b></td>"
                              "<td valign=\"top\">%2</td></tr>")
            .arg(esc(name), valueHtml);
    };
    auto code = [](const QString &text) { return QStringLiteral("<code>%1</code>").arg(esc(text)); };
    const QString none = QStringLiteral("<i>%1</i>").arg(esc(tr("(none)")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Authorizer"), QStringLiteral("%1 (%2)").arg(esc(a.name), esc(a.type)));
    const bool token = a.type == QLatin1String("JWT") || a.type == QLatin1String("COGNITO_USER_POOLS");
    if (token) {
        html += row(tr("Token"), a.identity.isEmpty() ? none : code(a.identity.size() > 48 ? a.identity.left(47) + QChar(0x2026) : a.identity));
        if (!a.keyId.isEmpty() || !a.keySource.isEmpty())
            html += row(tr("Verified with"), QStringLiteral("%1 %2").arg(code(a.keyId), esc(a.keySource)));
        html += row(tr("Scopes required"), a.requiredScopes.isEmpty() ? none : code(a.requiredScopes.join(u' ')));
        html += row(tr("Token scopes"), a.scopes.isEmpty() ? none : code(a.scopes.join(u' ')));
        html += row(tr("Latency"), esc(Formatting::duration(a.latencyUs)));
        html += QStringLiteral("</table>");
        html += checksHtml(a.checks);
        auto jsonTable = [this](const QJsonObject &o) -> QString {
            QString t = QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                                       "style=\"border-collapse:collapse; border-color:%1\">")
                            .arg(palette().color(QPalette::Mid).name());
            for (auto it = o.begin(); it != o.end(); ++it)
                t += QStringLiteral("<tr><td valign=\"top\"><code>%1</code></td><td valign=\"top\">%2</td></tr>")
                         .arg(esc(it.key()), esc(it->isString() ? it->toString()
                                                                : QString::fromUtf8(QJsonDocument(QJsonArray{*it}).toJson(QJsonDocument::Compact)).mid(1).chopped(1)));
            return t + QStringLiteral("</table>");
        };
        if (!a.tokenHeader.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Token header"))) + jsonTable(a.tokenHeader);
        if (!a.claims.isEmpty())
            html += QStringLiteral("<h4>%1 <span style=\"font-weight:normal\">%2</span></h4>")
                        .arg(esc(tr("Claims")),
                             esc(a.decision == QLatin1String("allow") ? tr("(verified)") : tr("(decoded, not trusted)")))
                    + jsonTable(a.claims);
        return html;
    }
    if (!a.function.isEmpty())
        html += row(tr("Function"), code(a.function));
    html += row(tr("Identity"), a.identity.isEmpty() ? none : code(a.identity));
    html += row(tr("Method ARN"), a.arn.isEmpty() ? none : code(a.arn));
    html += row(tr("Cache"),
                esc(a.cacheHit ? tr("hit: decided %1 ago; the function was not called")
                                     .arg(Formatting::duration(a.cachedAgeMs * 1000))
                               : tr("miss: the function was called")));
    html += row(tr("Principal"), a.principalId.isEmpty() ? none : code(a.principalId));
    html += row(tr("Latency"), esc(Formatting::duration(a.latencyUs)));
    html += row(tr("Integration latency"),
                esc(a.integrationLatencyUs < 0 ? tr("— (answered from the cache)")
                                               : Formatting::duration(a.integrationLatencyUs)));
    html += QStringLiteral("</table>");

    html += QStringLiteral("<h4>%1 <span style=\"font-weight:normal\"><code>$context.authorizer.*</code></span></h4>")
                .arg(esc(tr("Context")));
    if (a.context.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The authorizer returned no context.")));
    } else {
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                               "style=\"border-collapse:collapse; border-color:%1\">")
                    .arg(palette().color(QPalette::Mid).name());
        html += QStringLiteral("<tr><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                    .arg(esc(tr("Key")), esc(tr("Value")));
        for (auto it = a.context.begin(); it != a.context.end(); ++it) {
            const QJsonValue v = it.value();
            QString value;
            if (v.isString())
                value = v.toString();
            else if (v.isObject())
                value = QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
            else if (v.isArray())
                value = QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
            else if (v.isNull())
                value = QStringLiteral("null");
            else
                value = QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
            html += QStringLiteral("<tr><td valign=\"top\"><code>%1</code></td><td valign=\"top\">%2</td></tr>")
                        .arg(esc(it.key()), esc(value));
        }
        html += QStringLiteral("</table>");
    }

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Policy")));
    if (a.policy.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The authorizer returned no policy.")));
    else
        html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>").arg(esc(bodyText(a.policy, "application/json").text));
    return html;
}

QString InspectorPanel::checksHtml(const QStringList &checks) const
{
    if (checks.isEmpty())
        return {};
    QString html = QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"2\">").arg(esc(tr("Checks, in order")));
    for (const QString &c : checks) {
        const bool pass = c.startsWith(QLatin1String("pass"));
        const qsizetype colon = c.indexOf(QLatin1Char(':'));
        const QString text = colon >= 0 ? c.mid(colon + 1).trimmed() : c;
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color:%1\"><b>%2</b></td><td valign=\"top\">%3</td></tr>")
                    .arg(Formatting::passColor(pass, palette()).name(), pass ? QStringLiteral("✓") : QStringLiteral("✗"),
                         esc(text));
    }
    return html + QStringLiteral("</table>");
}

QString InspectorPanel::iamHtml(const IamTrace &t) const
{
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                       .arg(Formatting::passColor(t.ok, palette()).name(),
                            esc(t.ok ? tr("IAM (Signature Version 4): signature valid") : tr("IAM (Signature Version 4): refused")));
    if (!t.failure.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(t.failure));
    auto row = [](const QString &name, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td valign=\"top\" style=\"white-space:nowrap\"><b>%1</b></td>"
                                                "<td valign=\"top\"><code>%2</code></td></tr>")
                                     .arg(esc(name), esc(value));
    };
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    html += row(tr("Form"), t.presigned ? tr("presigned URL (query string)") : tr("Authorization header"));
    html += row(tr("Access key"), t.accessKey);
    html += row(tr("Declared in"), t.credentialSource);
    html += row(tr("Region / service"), t.region.isEmpty() ? QString() : t.region + QLatin1Char('/') + t.service);
    html += row(tr("Signed at"), t.date);
    html += row(tr("Signed headers"), t.signedHeaders);
    html += row(tr("Caller ARN"), t.userArn);
    html += row(tr("User"), t.user);
    html += row(tr("Account"), t.accountId);
    html += row(tr("Gateway response"), t.gatewayResponseType);
    html += QStringLiteral("</table>");
    html += checksHtml(t.checks);
    if (!t.canonicalRequest.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(esc(tr("Canonical request (as the gateway computed it)")),
                                                            esc(t.canonicalRequest));
    if (!t.stringToSign.isEmpty())
        html += QStringLiteral("<h4>%1</h4><pre>%2</pre>").arg(esc(tr("String to sign")), esc(t.stringToSign));
    return html;
}

QString InspectorPanel::resourcePolicyHtml(const ResourcePolicyTrace &t) const
{
    QString html = QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                       .arg(Formatting::passColor(t.allowed, palette()).name(),
                            esc(t.allowed ? tr("Resource policy: the request may go on")
                                          : tr("Resource policy: refused (%1)").arg(t.decision)));
    if (!t.explanation.isEmpty())
        html += QStringLiteral("<p>%1</p>").arg(esc(t.explanation));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    const auto row = [](const QString &name, const QString &value) {
        return QStringLiteral("<tr><td valign=\"top\"><b>%1</b></td><td valign=\"top\"><code>%2</code></td></tr>")
            .arg(esc(name), esc(value));
    };
    html += row(tr("Evaluated"), t.phase);
    html += row(tr("Resource"), t.arn);
    html += row(tr("Principal"), t.principal);
    html += row(tr("Source IP"), t.sourceIp);
    html += row(tr("Policy verdict"), t.decision);
    html += QStringLiteral("</table>");
    if (!t.statements.empty()) {
        html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(tr("Statements")));
        for (const auto &st : t.statements) {
            const bool deciding = st.index == t.statement;
            html += QStringLiteral("<tr><td valign=\"top\">%1</td><td valign=\"top\"><b>%2</b></td><td valign=\"top\">%3</td>"
                                   "<td valign=\"top\">%4%5</td></tr>")
                        .arg(QString::number(st.index + 1), esc(st.effect),
                             esc(st.applies ? tr("applies") : tr("does not apply")), esc(st.note),
                             deciding ? QStringLiteral(" <b>← %1</b>").arg(esc(tr("decides"))) : QString());
        }
        html += QStringLiteral("</table>");
    }
    return html;
}

QString InspectorPanel::trafficHtml(const TrafficTrace &t) const
{
    QString html = QStringLiteral("<h3>%1</h3>").arg(esc(tr("API key and limits")));
    auto row = [](const QString &name, const QString &valueHtml) {
        return QStringLiteral("<tr><td valign=\"top\" style=\"white-space:nowrap\"><b>%1</b></td>"
                              "<td valign=\"top\">%2</td></tr>")
            .arg(esc(name), valueHtml);
    };
    const QString none = QStringLiteral("<i>%1</i>").arg(esc(tr("(none)")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
    QString key = none;
    if (!t.apiKeyName.isEmpty())
        key = QStringLiteral("%1 <code>%2</code>").arg(esc(t.apiKeyName), esc(t.apiKeyMasked));
    else if (!t.apiKeyMasked.isEmpty())
        key = QStringLiteral("<code>%1</code> %2").arg(esc(t.apiKeyMasked), esc(tr("(no such key)")));
    html += row(tr("API key"), key);
    if (!t.apiKeyId.isEmpty())
        html += row(tr("API key id"), QStringLiteral("<code>%1</code>").arg(esc(t.apiKeyId)));
    html += row(tr("Usage plan"), t.usagePlan.isEmpty() ? none : esc(t.usagePlan));
    html += QStringLiteral("</table>");
    if (t.checks.empty())
        return html;

    html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Buckets and quotas, as this request found them")));
    html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\" border=\"1\" "
                           "style=\"border-collapse:collapse; border-color:%1\">")
                .arg(palette().color(QPalette::Mid).name());
    html += QStringLiteral("<tr><th></th><th align=\"left\">%1</th><th align=\"left\">%2</th></tr>")
                .arg(esc(tr("Limit")), esc(tr("State")));
    const QLocale locale;
    for (const TrafficCheck &c : t.checks) {
        QString state;
        if (c.kind == TrafficCheck::Kind::Quota) {
            const QString end = QDateTime::fromMSecsSinceEpoch(c.periodEndMs, Qt::UTC).toString(u"yyyy-MM-dd HH:mm 'UTC'");
            state = c.allowed ? tr("%1 of %2 requests used, this one included; resets %3")
                                    .arg(locale.toString(c.used), locale.toString(c.limit), end)
                              : tr("all %1 requests of the period used; resets %2").arg(locale.toString(c.limit), end);
        } else {
            state = tr("%1 of %2 tokens before this request; refills %3 per second")
                        .arg(locale.toString(c.tokens, 'f', c.tokens < 10 ? 2 : 0), locale.toString(c.burst),
                             locale.toString(c.rate, 'g', 6));
            if (!c.allowed)
                state += QStringLiteral(" — ") + tr("empty: less than one token, so the request was throttled");
        }
        html += QStringLiteral("<tr><td valign=\"top\" style=\"color:%1\"><b>%2</b></td><td valign=\"top\">%3</td>"
                               "<td valign=\"top\">%4</td></tr>")
                    .arg(Formatting::passColor(c.allowed, palette()).name(),
                         c.allowed ? QStringLiteral("✓") : QStringLiteral("✗"), esc(c.label), esc(state));
    }
    html += QStringLiteral("</table>");
    return html;
}

QString InspectorPanel::identityText() const
{
    return isIdentityTabVisible() ? m_identity->toPlainText() : QString();
}

bool InspectorPanel::isIdentityTabVisible() const
{
    return m_tabs->isTabVisible(IdentityTab);
}

QString InspectorPanel::mappingHtml(const ExchangeRecord &r) const
{
    QString html;
    const auto row = [](const QString &name, const QString &value) {
        return value.isEmpty() ? QString()
                               : QStringLiteral("<tr><td valign=\"top\" style=\"white-space:nowrap\"><b>%1</b></td>"
                                                "<td valign=\"top\">%2</td></tr>")
                                     .arg(esc(name), esc(value));
    };
    const auto list = [](const QStringList &items) -> QString {
        QString out = QStringLiteral("<ul>");
        for (const QString &item : items)
            out += QStringLiteral("<li><code>%1</code></li>").arg(esc(item));
        return out + QStringLiteral("</ul>");
    };
    if (const ValidationTrace *v = r.validation.get()) {
        const bool ok = v->failedRule.isEmpty();
        html += QStringLiteral("<h3 style=\"color:%1\">%2</h3>")
                    .arg(Formatting::passColor(ok, palette()).name(),
                         esc(ok ? tr("Request validation: passed") : tr("Request validation: failed (%1)").arg(v->failedRule)));
        html += QStringLiteral("<table cellspacing=\"0\" cellpadding=\"3\">");
        html += row(tr("Validator"), v->validator);
        html += row(tr("Checks"), v->validateBody && v->validateParameters ? tr("body and parameters")
                                  : v->validateBody                       ? tr("body")
                                                                          : tr("parameters"));
        html += row(tr("Required parameters"), v->requiredParameters.join(QStringLiteral(", ")));
        html += row(tr("Missing"), v->missingParameters.join(QStringLiteral(", ")));
        html += row(tr("Model"), v->model.isEmpty() ? QString() : tr("%1 (for %2)").arg(v->model, v->contentType));
        html += row(tr("Body"), v->bodyOutcome);
        html += row(tr("validationErrorString"), v->errorString);
        html += QStringLiteral("</table>");
        if (!v->violations.empty()) {
            html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(tr("Where the body breaks the model")));
            for (const ValidationViolation &x : v->violations)
                html += QStringLiteral("<tr><td valign=\"top\"><code>%1</code></td><td valign=\"top\"><code>%2</code></td>"
                                       "<td valign=\"top\">%3</td></tr>")
                            .arg(esc(x.pointer.isEmpty() ? tr("(the whole body)") : x.pointer), esc(x.keyword), esc(x.message));
            html += QStringLiteral("</table>");
        }
    }
    if (const MappingTrace *m = r.mapping.get()) {
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("Mapping")));
        if (!m->requestParameters.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Request parameters"))) + list(m->requestParameters);
        for (const TemplateRender &t : m->templates) {
            const bool ok = t.error.isEmpty();
            html += QStringLiteral("<h4 style=\"color:%1\">%2</h4>")
                        .arg(ok ? palette().color(QPalette::Text).name() : Formatting::passColor(false, palette()).name(),
                             esc(tr("%1 template %2").arg(t.phase, t.contentType.isEmpty() ? tr("(passthrough)") : t.contentType)));
            html += QStringLiteral("<p>%1</p>").arg(esc(t.selection));
            if (!ok)
                html += QStringLiteral("<p style=\"color:%1\">%2</p>")
                            .arg(Formatting::passColor(false, palette()).name(),
                                 esc(t.errorLine > 0 ? tr("line %1, column %2: %3").arg(t.errorLine).arg(t.errorColumn).arg(t.error)
                                                     : t.error));
            for (const QString &w : t.warnings)
                html += QStringLiteral("<p>%1 %2</p>").arg(esc(tr("Warning:")), esc(w));
            if (!t.overrides.isEmpty())
                html += list(t.overrides);
            if (!t.output.isEmpty())
                html += QStringLiteral("<pre style=\"white-space:pre-wrap\">%1</pre>").arg(esc(t.output));
        }
        if (!m->selectorKind.isEmpty()) {
            html += QStringLiteral("<h4>%1</h4><table cellspacing=\"0\" cellpadding=\"3\">").arg(esc(tr("Integration response")));
            html += row(tr("Matched against"), tr("%1 %2").arg(m->selectorKind, m->selector));
            html += row(tr("Chosen"), m->matchedPattern.isEmpty() ? tr("none") : m->matchedPattern);
            html += row(tr("Status"), m->matchedStatus);
            html += row(tr("Why"), m->matchReason);
            html += QStringLiteral("</table>");
        }
        if (!m->responseParameters.isEmpty())
            html += QStringLiteral("<h4>%1</h4>").arg(esc(tr("Response parameters"))) + list(m->responseParameters);
    }
    if (const CacheTrace *c = r.cache.get()) {
        html += QStringLiteral("<h3>%1</h3><table cellspacing=\"0\" cellpadding=\"3\">")
                    .arg(esc(c->hit ? tr("Cache: hit (the integration was not called)") : tr("Cache: %1").arg(c->outcome)));
        html += row(tr("Key"), c->key);
        html += row(tr("TTL"), tr("%1 s").arg(c->ttlSeconds));
        if (c->hit)
            html += row(tr("Entry age"), Formatting::duration(c->ageMs * 1000));
        html += row(tr("Outcome"), c->outcome);
        if (c->invalidationRequested)
            html += row(tr("Cache-Control: max-age=0"),
                        c->invalidationAuthorized ? tr("authorized: the entry was invalidated")
                                                  : tr("not authorized (%1)").arg(c->strategy));
        html += QStringLiteral("</table>");
    }
    return html;
}

QString InspectorPanel::mappingText() const
{
    return isMappingTabVisible() ? m_mapping->toPlainText() : QString();
}

bool InspectorPanel::isMappingTabVisible() const
{
    return m_tabs->isTabVisible(MappingTab);
}

bool InspectorPanel::isFunctionTabVisible() const
{
    return m_tabs->isTabVisible(FunctionTab);
}

QString InspectorPanel::explainHtml(const ExchangeRecord &r)
{
    QString html;
    const QString reason = Formatting::reasonPhrase(r.status);
    if (r.status > 0)
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("%1 %2 for %3 %4").arg(QString::number(r.status), reason,
                                                                                r.method, r.path)));
    else
        html += QStringLiteral("<h3>%1</h3>").arg(esc(tr("No response for %1 %2").arg(r.method, r.path)));
    if (r.imported)
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("Imported from a HAR file: this gateway did not serve it, so no step ran here and the "
                                "timings are the file's. Replay sends the request to the running gateway.")));

    QStringList facts;
    if (!r.apiId.isEmpty())
        facts << tr("API <b>%1</b>, stage <b>%2</b>").arg(esc(r.apiId), esc(r.stage.isEmpty() ? tr("(none)") : r.stage));
    if (r.stageHasCanary)
        facts << (r.canary ? tr("served by the stage's <b>canary</b> (deployment %1, <code>$context.isCanaryRequest</code> "
                                "true)")
                                 .arg(esc(r.deploymentId))
                           : tr("served by the stage's own deployment %1, not its canary").arg(esc(r.deploymentId)));
    if (!r.route.isEmpty())
        facts << tr("matched route <code>%1</code>").arg(esc(r.route));
    if (!facts.isEmpty())
        html += QStringLiteral("<p>%1.</p>").arg(facts.join(QStringLiteral("; ")));

    if (!r.stoppedAt.isEmpty()) {
        QString note;
        for (const StepSpan &s : r.steps) {
            if (s.responded && !s.note.isEmpty())
                note = s.note;
        }
        html += QStringLiteral("<p>%1</p>")
                    .arg(tr("The <b>%1</b> step answered the request itself (<code>%2</code>), so the steps after it "
                            "did not run.")
                             .arg(esc(r.stoppedAtStep.isEmpty() ? tr("(unknown)") : r.stoppedAtStep), esc(r.stoppedAt)));
        if (!note.isEmpty())
            html += QStringLiteral("<p>%1</p>").arg(esc(note));
    } else if (r.status >= 200 && r.status < 400) {
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("Every step ran and the integration answered.")));
    }
    if (!r.errorType.isEmpty()) {
        html += QStringLiteral("<p>%1</p>").arg(tr("Gateway response <code>%1</code>").arg(esc(r.errorType))
                                                + (r.errorMessage.isEmpty()
                                                       ? QString()
                                                       : QStringLiteral(": “%1”").arg(esc(r.errorMessage))));
    }
    if (!r.explanation.isEmpty()) {
        html += QStringLiteral("<ul>");
        for (const QString &line : r.explanation)
            html += QStringLiteral("<li>%1</li>").arg(esc(line));
        html += QStringLiteral("</ul>");
    }
    if (r.integrationStatus > 0) {
        html += QStringLiteral("<p>%1</p>")
                    .arg(esc(tr("The integration answered %1 in %2.")
                                 .arg(QString::number(r.integrationStatus), Formatting::duration(r.integrationLatencyUs))));
    }
    if (r.clientAborted)
        html += QStringLiteral("<p>%1</p>").arg(esc(tr("The client closed the connection before the response was complete.")));
    html += QStringLiteral("<p style=\"color:gray\">%1</p>")
                .arg(esc(tr("Request id %1 · received %2 · took %3")
                             .arg(r.requestId.isEmpty() ? tr("(none)") : r.requestId,
                                  QDateTime::fromMSecsSinceEpoch(r.startEpochMs).toString(QStringLiteral("yyyy-MM-dd hh:mm:ss.zzz")),
                                  Formatting::duration(r.totalUs))));
    return html;
}

QString InspectorPanel::explainText() const
{
    return m_explain->toPlainText();
}

QString InspectorPanel::requestBodyText() const
{
    return m_requestBody->text();
}

QString InspectorPanel::responseBodyText() const
{
    return m_responseBody->text();
}

} // namespace gw::ui
