// SPDX-License-Identifier: GPL-3.0-or-later
#include "testpanel.h"

#include "bodyview.h"
#include "editorsupport.h"
#include "formatting.h"
#include "gatewaycontroller.h"
#include "projectdocument.h"
#include "recordfeed.h"
#include "waterfallwidget.h"
#include "wrapdelegate.h"

#include "auth/localidentity.h"
#include "upstream/upstreamclient.h"

#include <QComboBox>
#include <QJsonObject>
#include <QFontDatabase>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::ui {

namespace {

/// Longer than API Gateway's 29 s integration timeout, so the gateway's own 504 arrives first.
constexpr int sendTimeoutMs = 35'000;
/// How long after the response the panel waits for the gateway's record before saying it is missing.
constexpr int recordWaitMs = 3'000;
/// The response body kept for display; the size is still counted beyond it.
constexpr qint64 bodyKeepLimit = 8 * 1024 * 1024;

const QStringList &methods()
{
    static const QStringList list = {QStringLiteral("GET"),    QStringLiteral("POST"),    QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"),  QStringLiteral("DELETE"),  QStringLiteral("HEAD"),
                                     QStringLiteral("OPTIONS")};
    return list;
}

} // namespace

TestPanel::TestPanel(ProjectDocument *document, GatewayController *gateway, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_gateway(gateway)
    , m_gatewayNote(new QLabel(this))
    , m_start(new QPushButton(this))
    , m_api(new QComboBox(this))
    , m_stage(new QComboBox(this))
    , m_method(new QComboBox(this))
    , m_path(new QLineEdit(this))
    , m_send(new QPushButton(this))
    , m_query(new QLineEdit(this))
    , m_headers(new QTableWidget(0, 2, this))
    , m_identityKind(new QComboBox(this))
    , m_identityPages(new QStackedWidget(this))
    , m_apiKey(new QComboBox(this))
    , m_authorizer(new QComboBox(this))
    , m_scopes(new QLineEdit(this))
    , m_credential(new QComboBox(this))
    , m_requestBody(new QPlainTextEdit(this))
    , m_url(new QLineEdit(this))
    , m_statusLine(new QLabel(this))
    , m_inspect(new QPushButton(this))
    , m_tabs(new QTabWidget(this))
    , m_bodyView(new BodyView(this))
    , m_responseHeaders(new QTreeWidget(this))
    , m_waterfall(new WaterfallWidget(this))
    , m_waterfallNote(new QLabel(this))
    , m_sent(new QPlainTextEdit(this))
    , m_timeout(new QTimer(this))
    , m_recordWait(new QTimer(this))
{
    buildUi();
    m_timeout->setSingleShot(true);
    m_timeout->setInterval(sendTimeoutMs);
    connect(m_timeout, &QTimer::timeout, this, [this] {
        if (!isSending())
            return;
        cancel();
        showError(tr("The gateway did not answer within %1 s. The Traffic dock shows whether the request reached it.")
                      .arg(sendTimeoutMs / 1000));
    });
    m_recordWait->setSingleShot(true);
    m_recordWait->setInterval(recordWaitMs);
    connect(m_recordWait, &QTimer::timeout, this, [this] {
        if (!m_record)
            m_waterfallNote->setText(tr("The gateway's record of this request did not arrive: the window's record feed "
                                        "dropped it under load, or the request never reached the gateway."));
    });

    connect(m_document, &ProjectDocument::changed, this, &TestPanel::rebuildTargets);
    connect(m_document, &ProjectDocument::opened, this, [this] {
        cancel();
        clearResponse();
    });
    connect(m_gateway, &GatewayController::stateChanged, this, &TestPanel::updateGatewayState);
    connect(m_gateway, &GatewayController::identityChanged, this, &TestPanel::updateGatewayState);
    connect(m_gateway->feed(), &RecordFeed::recordsArrived, this, &TestPanel::onRecords);
    rebuildTargets();
    updateGatewayState();
    clearResponse();
}

TestPanel::~TestPanel()
{
    // Not cancel(): the document and the gateway may already be gone while the window is being destroyed.
    ++m_generation;
    if (m_call)
        m_call->cancel();
}

void TestPanel::buildUi()
{
    // ---- the request (left) ---------------------------------------------------------------------------------
    auto *request = new QWidget;
    auto *form = new QFormLayout(request);
    form->setContentsMargins(6, 6, 6, 6);
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    form->setVerticalSpacing(4);

    auto *noteRow = new QHBoxLayout;
    m_gatewayNote->setWordWrap(true);
    m_gatewayNote->setAccessibleName(tr("Gateway state"));
    noteRow->addWidget(m_gatewayNote, 1);
    m_start->setText(tr("Start Gateway"));
    m_start->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/start.svg")));
    m_start->setToolTip(tr("Test requests go through the running gateway (F6)"));
    m_start->setAccessibleName(tr("Start gateway"));
    noteRow->addWidget(m_start);
    form->addRow(noteRow);
    connect(m_start, &QPushButton::clicked, this, &TestPanel::startGatewayRequested);

    auto *targetRow = new QHBoxLayout;
    m_api->setAccessibleName(tr("API"));
    m_api->setToolTip(tr("The API the request goes to"));
    m_stage->setAccessibleName(tr("Stage"));
    m_stage->setToolTip(tr("The stage: REST stages serve their last deployment, not the working copy"));
    targetRow->addWidget(m_api, 2);
    targetRow->addWidget(m_stage, 1);
    auto *targetLabel = new QLabel(tr("&Target:"), this);
    targetLabel->setBuddy(m_api);
    form->addRow(targetLabel, targetRow);

    auto *requestRow = new QHBoxLayout;
    m_method->setEditable(true);
    m_method->setInsertPolicy(QComboBox::NoInsert);
    m_method->addItems(methods());
    m_method->setMinimumContentsLength(8);
    m_method->setAccessibleName(tr("Method"));
    requestRow->addWidget(m_method);
    m_path->setAccessibleName(tr("Path"));
    m_path->setPlaceholderText(tr("/pets/1 (within the stage; a ?query may follow)"));
    m_path->setText(QStringLiteral("/"));
    requestRow->addWidget(m_path, 1);
    m_send->setText(tr("&Send"));
    m_send->setIcon(QIcon(QStringLiteral(":/gatehouse/icons/start.svg")));
    m_send->setDefault(true);
    m_send->setToolTip(tr("Send the request through the running gateway (%1)")
                           .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_send->setAccessibleName(tr("Send test request"));
    requestRow->addWidget(m_send);
    auto *requestLabel = new QLabel(tr("&Request:"), this);
    requestLabel->setBuddy(m_path);
    form->addRow(requestLabel, requestRow);
    connect(m_send, &QPushButton::clicked, this, &TestPanel::send);

    m_query->setAccessibleName(tr("Query string"));
    m_query->setPlaceholderText(tr("limit=3&type=dog"));
    m_query->setClearButtonEnabled(true);
    auto *queryLabel = new QLabel(tr("&Query:"), this);
    queryLabel->setBuddy(m_query);
    form->addRow(queryLabel, m_query);

    auto *headerBox = new QWidget(this);
    auto *headerLayout = new QHBoxLayout(headerBox);
    headerLayout->setContentsMargins(0, 0, 0, 0);
    m_headers->setHorizontalHeaderLabels({tr("Name"), tr("Value")});
    m_headers->setAccessibleName(tr("Request headers"));
    m_headers->setToolTip(tr("Headers sent as typed; Host and Content-Length are set by the panel, and the "
                             "identity's headers replace typed ones of the same name"));
    const editing::RowButtons headerButtons = editing::setUpHeaderRows(m_headers, headerLayout);
    // Three rows show; more scroll. The body below takes the rest of the height.
    m_headers->setMaximumHeight(m_headers->horizontalHeader()->sizeHint().height()
                                + 3 * m_headers->verticalHeader()->defaultSectionSize() + 4);
    headerButtons.add->setToolTip(tr("Add a request header"));
    headerButtons.add->setAccessibleName(tr("Add header"));
    headerButtons.remove->setToolTip(tr("Remove the selected request header"));
    headerButtons.remove->setAccessibleName(tr("Remove header"));
    auto *headersLabel = new QLabel(tr("&Headers:"), this);
    headersLabel->setBuddy(m_headers);
    form->addRow(headersLabel, headerBox);

    // Identity: one page per TestIdentity::Kind, in that order.
    m_identityKind->addItem(tr("None"), int(TestIdentity::Kind::None));
    m_identityKind->addItem(tr("API key"), int(TestIdentity::Kind::ApiKey));
    m_identityKind->addItem(tr("Bearer token (local identity provider)"), int(TestIdentity::Kind::BearerToken));
    m_identityKind->addItem(tr("SigV4 (project access key)"), int(TestIdentity::Kind::SigV4));
    m_identityKind->setAccessibleName(tr("Identity"));
    m_identityKind->setToolTip(tr("Who the request claims to be"));
    m_identityPages->addWidget(new QWidget(this));
    m_apiKey->setAccessibleName(tr("API key"));
    m_apiKey->setToolTip(tr("Sent as x-api-key; the project's apiKeys"));
    m_identityPages->addWidget(m_apiKey);
    auto *tokenPage = new QWidget(this);
    auto *tokenLayout = new QHBoxLayout(tokenPage);
    tokenLayout->setContentsMargins(0, 0, 0, 0);
    m_authorizer->setAccessibleName(tr("Token authorizer"));
    m_authorizer->setToolTip(tr("The JWT or Cognito authorizer the token is made for: a fresh token is signed with "
                                "the project's local identity provider key at every send"));
    m_scopes->setAccessibleName(tr("Token scopes"));
    m_scopes->setPlaceholderText(tr("scopes, space-separated"));
    tokenLayout->addWidget(m_authorizer, 2);
    tokenLayout->addWidget(m_scopes, 1);
    m_identityPages->addWidget(tokenPage);
    m_credential->setAccessibleName(tr("Access key"));
    m_credential->setToolTip(tr("Signs the request with AWS Signature Version 4 (execute-api, %1) at the gateway "
                                "clock's time")
                                 .arg(QString(model::kLocalRegion)));
    m_identityPages->addWidget(m_credential);
    m_identityPages->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
    auto *identityRow = new QHBoxLayout;
    identityRow->addWidget(m_identityKind);
    identityRow->addWidget(m_identityPages, 1);
    auto *identityLabel = new QLabel(tr("&Identity:"), this);
    identityLabel->setBuddy(m_identityKind);
    form->addRow(identityLabel, identityRow);
    connect(m_identityKind, &QComboBox::currentIndexChanged, m_identityPages, &QStackedWidget::setCurrentIndex);

    m_requestBody->setAccessibleName(tr("Request body"));
    m_requestBody->setPlaceholderText(tr("{\"type\": \"dog\"}"));
    m_requestBody->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_requestBody->setTabChangesFocus(true);
    m_requestBody->setMinimumHeight(fontMetrics().height() * 5);
    auto *bodyLabel = new QLabel(tr("&Body:"), this);
    bodyLabel->setBuddy(m_requestBody);
    form->addRow(bodyLabel, m_requestBody);

    m_url->setReadOnly(true);
    m_url->setAccessibleName(tr("Request URL"));
    m_url->setFrame(false);
    QPalette urlPalette = m_url->palette();
    urlPalette.setColor(QPalette::Base, Qt::transparent);
    m_url->setPalette(urlPalette);
    form->addRow(tr("URL:"), m_url);

    auto *requestScroll = new QScrollArea(this);
    requestScroll->setWidget(request);
    requestScroll->setWidgetResizable(true);
    requestScroll->setFrameShape(QFrame::NoFrame);
    requestScroll->setMinimumWidth(380);

    // ---- the response (right) -------------------------------------------------------------------------------
    auto *response = new QWidget;
    auto *responseLayout = new QVBoxLayout(response);
    responseLayout->setContentsMargins(6, 6, 6, 6);
    responseLayout->setSpacing(4);
    auto *statusRow = new QHBoxLayout;
    QFont big = m_statusLine->font();
    big.setPointSizeF(big.pointSizeF() * 1.3);
    big.setBold(true);
    m_statusLine->setFont(big);
    m_statusLine->setWordWrap(true);
    m_statusLine->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLine->setAccessibleName(tr("Response status"));
    statusRow->addWidget(m_statusLine, 1);
    m_inspect->setText(tr("Show in &Inspector"));
    m_inspect->setToolTip(tr("Open this request's record in the Inspector: $context, identity, mapping, Explain"));
    m_inspect->setAccessibleName(tr("Show in Inspector"));
    m_inspect->setEnabled(false);
    statusRow->addWidget(m_inspect, 0, Qt::AlignTop);
    responseLayout->addLayout(statusRow);
    connect(m_inspect, &QPushButton::clicked, this, [this] {
        if (m_record)
            Q_EMIT inspectRequested(m_record);
    });

    m_bodyView->setAccessibleName(tr("Response body"));
    m_tabs->addTab(m_bodyView, tr("Body"));
    m_responseHeaders->setColumnCount(2);
    m_responseHeaders->setHeaderLabels({tr("Name"), tr("Value")});
    m_responseHeaders->setRootIsDecorated(false);
    m_responseHeaders->setAlternatingRowColors(true);
    m_responseHeaders->setAccessibleName(tr("Response headers"));
    m_responseHeaders->header()->setStretchLastSection(true);
    m_responseHeaders->setColumnWidth(0, fontMetrics().horizontalAdvance(QStringLiteral("x-amzn-RequestId-xxxx")));
    WrapDelegate::install(m_responseHeaders);
    m_tabs->addTab(m_responseHeaders, tr("Headers"));
    // ---- the steps of the request (right) --------------------------------------------------------------------
    auto *steps = new QWidget(this);
    auto *stepsLayout = new QVBoxLayout(steps);
    stepsLayout->setContentsMargins(6, 6, 6, 6);
    stepsLayout->setSpacing(4);
    auto *stepsTitle = new QLabel(tr("Steps"), steps);
    QFont heading = stepsTitle->font();
    heading.setBold(true);
    stepsTitle->setFont(heading);
    stepsLayout->addWidget(stepsTitle);
    m_waterfallNote->setWordWrap(true);
    m_waterfallNote->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_waterfallNote->setAccessibleName(tr("Steps note"));
    stepsLayout->addWidget(m_waterfallNote);
    m_waterfall->setAccessibleName(tr("Step waterfall"));
    auto *waterfallScroll = new QScrollArea(this);
    waterfallScroll->setWidget(m_waterfall);
    waterfallScroll->setWidgetResizable(true);
    waterfallScroll->setFrameShape(QFrame::NoFrame);
    stepsLayout->addWidget(waterfallScroll, 1);
    m_sent->setReadOnly(true);
    m_sent->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_sent->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_sent->setAccessibleName(tr("Request as sent"));
    m_tabs->addTab(m_sent, tr("Sent"));
    m_tabs->setAccessibleName(tr("Response"));
    responseLayout->addWidget(m_tabs, 1);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("TestPanelSplitter"));
    split->addWidget(requestScroll);
    split->addWidget(response);
    split->addWidget(steps);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 4);
    split->setStretchFactor(2, 3);
    split->setChildrenCollapsible(false);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(split);

    for (const QKeySequence &keys : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        shortcut->setContext(Qt::WidgetWithChildrenShortcut);
        connect(shortcut, &QShortcut::activated, this, &TestPanel::send);
    }

    connect(m_api, &QComboBox::currentIndexChanged, this, [this] {
        fillStages();
        fillIdentities();
        updateUrl();
    });
    connect(m_stage, &QComboBox::currentIndexChanged, this, &TestPanel::updateUrl);
    connect(m_path, &QLineEdit::textChanged, this, &TestPanel::updateUrl);
    connect(m_query, &QLineEdit::textChanged, this, &TestPanel::updateUrl);
}

// ---- targets ------------------------------------------------------------------------------------------------

void TestPanel::rebuildTargets()
{
    const model::Project *p = m_document->projectOrNull();
    {
        const QSignalBlocker block(m_api);
        const QString previous = m_api->currentData().toString();
        m_api->clear();
        if (p) {
            for (const model::Api &api : p->apis) {
                if (api.protocol == model::Protocol::WebSocket)
                    continue; // the Connections dock talks to WebSocket APIs
                const QString title = api.definition.title();
                m_api->addItem(title.isEmpty() || title == api.id ? api.id : tr("%1 (%2)").arg(title, api.id), api.id);
            }
        }
        const int i = m_api->findData(previous);
        m_api->setCurrentIndex(i >= 0 ? i : 0);
    }
    fillStages();
    fillIdentities();
    updateUrl();
    updateGatewayState();
}

void TestPanel::fillStages()
{
    const QSignalBlocker block(m_stage);
    const QString previous = m_stage->currentData().toString();
    m_stage->clear();
    const model::Project *p = m_document->projectOrNull();
    const model::Api *api = p ? p->api(m_api->currentData().toString()) : nullptr;
    if (api) {
        for (const model::Stage &stage : api->stages) {
            const bool undeployed = hasUndeployedChanges(*api, stage);
            m_stage->addItem(undeployed ? tr("%1 (undeployed changes)").arg(stage.name) : stage.name, stage.name);
        }
    }
    const int i = m_stage->findData(previous);
    m_stage->setCurrentIndex(i >= 0 ? i : 0);
}

void TestPanel::fillIdentities()
{
    const model::Project *p = m_document->projectOrNull();
    const QString apiId = m_api->currentData().toString();
    auto refill = [](QComboBox *box, const QList<QPair<QString, QString>> &entries) {
        const QSignalBlocker block(box);
        const QString previous = box->currentData().toString();
        box->clear();
        for (const auto &entry : entries)
            box->addItem(entry.first, entry.second);
        const int i = box->findData(previous);
        box->setCurrentIndex(i >= 0 ? i : 0);
    };

    QList<QPair<QString, QString>> keys;
    QList<QPair<QString, QString>> credentials;
    QList<QPair<QString, QString>> authorizers;
    m_tokenAuthorizers.clear();
    if (p) {
        for (const model::ApiKey &key : p->apiKeys) {
            QString label = tr("%1 (%2)").arg(key.name, key.masked());
            if (!key.enabled)
                label = tr("%1, disabled").arg(label);
            keys.append({label, key.name});
        }
        for (const model::AccessCredential &c : p->credentials) {
            QString label = c.arn.isEmpty() ? c.accessKeyId : tr("%1 (%2)").arg(c.accessKeyId, c.arn);
            if (!c.sessionToken.isEmpty())
                label = tr("%1, temporary").arg(label);
            credentials.append({label, c.accessKeyId});
        }
        // The chosen API's authorizers first: those are the ones its methods can name.
        QList<auth::TokenAuthorizer> all = auth::tokenAuthorizers(*p);
        std::stable_partition(all.begin(), all.end(),
                              [&apiId](const auth::TokenAuthorizer &t) { return t.apiId == apiId; });
        for (const auth::TokenAuthorizer &t : all) {
            const QString kind = t.cognito ? tr("Cognito") : tr("JWT");
            authorizers.append({tr("%1 · %2 (%3)").arg(t.apiId, t.name, kind), t.apiId + QLatin1Char('/') + t.name});
            m_tokenAuthorizers.append(t);
        }
    }
    if (keys.isEmpty())
        m_apiKey->setPlaceholderText(tr("The project has no API keys"));
    if (credentials.isEmpty())
        m_credential->setPlaceholderText(tr("The project declares no access keys (credentials)"));
    if (authorizers.isEmpty())
        m_authorizer->setPlaceholderText(tr("No JWT or Cognito authorizer: the token is issued by the local provider"));
    refill(m_apiKey, keys);
    refill(m_credential, credentials);
    refill(m_authorizer, authorizers);
}

QString TestPanel::samplePath(const QString &path) const
{
    static const QRegularExpression param(QStringLiteral("\\{[^}]*\\}"));
    if (path.isEmpty() || path == QLatin1String("$default"))
        return QStringLiteral("/");
    return QString(path).replace(param, QStringLiteral("1"));
}

void TestPanel::setTarget(const QString &apiId, const QString &stage, const QString &method, const QString &path)
{
    const int apiIndex = m_api->findData(apiId);
    if (apiIndex < 0)
        return;
    m_api->setCurrentIndex(apiIndex); // refills the stages when it changes
    if (!stage.isEmpty()) {
        const int stageIndex = m_stage->findData(stage);
        if (stageIndex >= 0)
            m_stage->setCurrentIndex(stageIndex);
    }
    if (!method.isEmpty())
        m_method->setCurrentText(method == QLatin1String("ANY") ? QStringLiteral("GET") : method.toUpper());
    if (!path.isNull())
        m_path->setText(samplePath(path));
    updateUrl();
}

bool TestPanel::setTargetFromKey(const QString &key)
{
    const QString kind = key.section(QLatin1Char(':'), 0, 0);
    const QString apiId = key.section(QLatin1Char(':'), 1, 1);
    const QString rest = key.section(QLatin1Char(':'), 2);
    const model::Project *p = m_document->projectOrNull();
    const model::Api *api = p ? p->api(apiId) : nullptr;
    if (!api || m_api->findData(apiId) < 0)
        return false;
    if (kind == QLatin1String("method")) {
        const qsizetype colon = rest.lastIndexOf(QLatin1Char(':'));
        if (colon <= 0)
            return false;
        setTarget(apiId, {}, rest.mid(colon + 1), rest.left(colon));
    } else if (kind == QLatin1String("route")) {
        // "GET /pets", "ANY /{proxy+}" or "$default"
        const qsizetype space = rest.indexOf(QLatin1Char(' '));
        if (space < 0)
            setTarget(apiId, {}, QStringLiteral("GET"), QStringLiteral("/"));
        else
            setTarget(apiId, {}, rest.left(space), rest.mid(space + 1));
    } else if (kind == QLatin1String("resource")) {
        if (rest.isEmpty())
            return false;
        setTarget(apiId, {}, {}, rest);
    } else if (kind == QLatin1String("stage")) {
        if (!api->stage(rest))
            return false;
        setTarget(apiId, rest, {}, QString());
    } else if (kind == QLatin1String("api")) {
        if (m_api->currentData().toString() == apiId)
            return false;
        setTarget(apiId, {}, {}, QString());
    } else {
        return false;
    }
    return true;
}

void TestPanel::updateUrl()
{
    if (m_api->currentData().toString().isEmpty()) {
        m_url->setText(tr("Open a project to choose an API."));
        m_url->setToolTip({});
        return;
    }
    TestRequestSpec spec = composedSpec(false, nullptr);
    spec.identity = {}; // the URL does not depend on it
    const BuiltTestRequest built = buildTestRequest(spec, m_gateway->isRunning() ? m_gateway->port() : 0, 0);
    if (built.url.isEmpty()) {
        m_url->setText(built.problem);
    } else if (!m_gateway->isRunning()) {
        m_url->setText(tr("%1 (once the gateway runs)").arg(QString(built.url).replace(QStringLiteral(":0/"),
                                                                                         QStringLiteral(":…/"))));
    } else {
        m_url->setText(built.url);
    }
    m_url->setToolTip(m_url->text());
    m_url->setCursorPosition(0);
}

void TestPanel::updateGatewayState()
{
    const bool running = m_gateway->isRunning();
    const bool stopping = m_gateway->state() == GatewayController::State::Stopping;
    const bool open = m_document->isOpen();
    m_start->setVisible(open && !running && !stopping);
    if (!open)
        m_gatewayNote->setText(tr("Open a project to test its APIs."));
    else if (running)
        m_gatewayNote->setText(tr("Sent through the running gateway (127.0.0.1:%1), every step included.")
                                   .arg(m_gateway->port()));
    else if (stopping)
        m_gatewayNote->setText(tr("The gateway is stopping."));
    else
        m_gatewayNote->setText(m_sendPending ? tr("Starting the gateway…")
                                             : tr("The gateway is stopped: Send starts it, then sends the request."));
    m_send->setEnabled(open && m_api->count() > 0);
    updateUrl();
    if (running && m_sendPending) {
        m_sendPending = false;
        startSend();
    }
}

// ---- sending ------------------------------------------------------------------------------------------------

TestRequestSpec TestPanel::composedSpec(bool mintToken, QString *error) const
{
    TestRequestSpec spec;
    spec.apiId = m_api->currentData().toString();
    spec.stage = m_stage->currentData().toString();
    spec.method = m_method->currentText();
    spec.path = m_path->text();
    spec.query = m_query->text();
    for (int row = 0; row < m_headers->rowCount(); ++row) {
        const QTableWidgetItem *name = m_headers->item(row, 0);
        const QTableWidgetItem *value = m_headers->item(row, 1);
        spec.headers.append({name ? name->text() : QString(), value ? value->text() : QString()});
    }
    spec.body = m_requestBody->toPlainText().toUtf8();
    const auto kind = TestIdentity::Kind(m_identityKind->currentData().toInt());
    spec.identity.kind = kind;
    const model::Project *p = m_document->projectOrNull();
    if (!p)
        return spec;
    if (kind == TestIdentity::Kind::ApiKey) {
        for (const model::ApiKey &key : p->apiKeys) {
            if (key.name == m_apiKey->currentData().toString())
                spec.identity.apiKey = key.value;
        }
    } else if (kind == TestIdentity::Kind::SigV4) {
        for (const model::AccessCredential &c : p->credentials) {
            if (c.accessKeyId == m_credential->currentData().toString())
                spec.identity.credential = {c.accessKeyId, c.secretAccessKey, c.sessionToken, QStringLiteral("project")};
        }
    } else if (kind == TestIdentity::Kind::BearerToken && mintToken) {
        const std::shared_ptr<const auth::LocalIdentity> identity = m_gateway->identity();
        if (!identity || identity->issuer.isEmpty()) {
            *error = identity ? tr("Identity: the local identity provider is not serving yet; start the gateway (F6).")
                              : tr("Identity: this project has no local identity provider key, so no token can be "
                                   "minted. Save the project to a file first.");
            return spec;
        }
        const int i = m_authorizer->currentIndex();
        std::optional<auth::TokenAuthorizer> target;
        if (i >= 0 && i < m_tokenAuthorizers.size())
            target = m_tokenAuthorizers.at(i);
        auth::TokenRequest request;
        request.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
        const qint64 now = m_gateway->clock().epochMs() / 1000;
        const QJsonObject claims = auth::testTokenClaims(target, identity->issuer, request, now);
        spec.identity.token = QString::fromLatin1(identity->key.signJwt(claims));
        if (spec.identity.token.isEmpty()) {
            *error = tr("Identity: OpenSSL could not sign the token with the key in %1.").arg(identity->keyPath);
            return spec;
        }
        if (target) {
            if (const model::Api *api = p->api(target->apiId))
                spec.identity.tokenHeader = tokenHeaderOf(*api, target->name);
            spec.identity.bearerPrefix = !target->cognito;
        }
    }
    return spec;
}

void TestPanel::send()
{
    cancel();
    if (!m_document->isOpen()) {
        showError(tr("Open a project first: the test panel sends requests to its APIs."));
        return;
    }
    if (!m_gateway->isRunning()) {
        clearResponse();
        m_sendPending = true;
        m_statusLine->setText(tr("Starting the gateway…"));
        updateGatewayState();
        Q_EMIT startGatewayRequested();
        if (!m_gateway->isRunning() && m_gateway->state() == GatewayController::State::Stopped && m_sendPending) {
            // Nobody started it (or it could not start): say so instead of waiting forever.
            m_sendPending = false;
            updateGatewayState();
            showError(tr("The gateway is not running and could not be started; see the status bar, then press "
                         "Start Gateway (F6)."));
        }
        return;
    }
    startSend();
}

void TestPanel::startSend()
{
    clearResponse();
    QString error;
    TestRequestSpec spec = composedSpec(true, &error);
    if (!error.isEmpty()) {
        showError(error);
        return;
    }
    m_correlationId = QUuid::createUuid().toString(QUuid::WithoutBraces);
    spec.correlationId = m_correlationId;
    m_built = buildTestRequest(spec, m_gateway->port(), m_gateway->clock().epochMs() / 1000);
    if (!m_built.problem.isEmpty()) {
        m_correlationId.clear();
        showError(m_built.problem);
        return;
    }

    // One connection per test request, closed after it: nothing of ours idles in the GUI thread's upstream pool
    // when the gateway stops or restarts on another port.
    m_built.request.headers.set(QByteArrayLiteral("Connection"), QByteArrayLiteral("close"));

    // What goes out, for the Sent tab.
    QString sent = QString::fromLatin1(m_built.request.method) + QLatin1Char(' ') + QString::fromLatin1(m_built.request.target)
        + QStringLiteral(" HTTP/1.1\nHost: %1:%2\n").arg(m_built.request.host).arg(m_built.request.port);
    for (const http::HttpHeaders::Field &f : m_built.request.headers.fields())
        sent += QString::fromLatin1(f.name) + QStringLiteral(": ") + QString::fromUtf8(f.value) + QLatin1Char('\n');
    if (!m_built.request.body.isEmpty())
        sent += QLatin1Char('\n') + QString::fromUtf8(m_built.request.body) + QLatin1Char('\n');
    if (!m_built.canonicalRequest.isEmpty())
        sent += tr("\n--- SigV4 canonical request\n%1\n\n--- String to sign\n%2\n")
                    .arg(QString::fromUtf8(m_built.canonicalRequest), QString::fromUtf8(m_built.stringToSign));
    m_sent->setPlainText(sent);

    const quint64 generation = ++m_generation;
    upstream::UpstreamCallbacks callbacks;
    callbacks.onHead = [this, generation](upstream::UpstreamHead &&head) {
        if (generation != m_generation)
            return;
        m_status = head.status;
        m_reason = head.reason;
        m_responseHeadersData = head.headers;
    };
    callbacks.onBody = [this, generation](const QByteArray &chunk) {
        if (generation != m_generation)
            return;
        m_bodySize += chunk.size();
        if (m_body.size() < bodyKeepLimit)
            m_body += chunk.left(bodyKeepLimit - m_body.size());
    };
    callbacks.onDone = [this, generation] {
        if (generation != m_generation)
            return;
        m_latencyUs = m_elapsed.nsecsElapsed() / 1000;
        finishResponse();
    };
    callbacks.onError = [this, generation](upstream::UpstreamError, const QString &message) {
        if (generation != m_generation)
            return;
        m_call.reset();
        m_timeout->stop();
        showError(tr("The request to %1 failed: %2. Is the gateway still running on port %3?")
                      .arg(m_built.url, message)
                      .arg(m_built.request.port));
    };
    m_statusLine->setText(tr("Sending %1 %2…").arg(QString::fromLatin1(m_built.request.method), m_built.url));
    m_elapsed.start();
    m_timeout->start();
    upstream::UpstreamRequest request = m_built.request;
    m_call = upstream::UpstreamClient::forCurrentThread().send(std::move(request), std::move(callbacks));
}

void TestPanel::cancel()
{
    ++m_generation;
    m_sendPending = false;
    m_timeout->stop();
    if (m_call) {
        m_call->cancel();
        m_call.reset();
    }
    m_send->setEnabled(m_document->isOpen() && m_api->count() > 0);
}

bool TestPanel::isSending() const
{
    return m_call != nullptr || m_sendPending;
}

void TestPanel::finishResponse()
{
    m_call.reset();
    m_timeout->stop();
    m_responseDone = true;
    m_send->setEnabled(true);
    m_error.clear();

    QString reason = QString::fromLatin1(m_reason);
    if (reason.isEmpty())
        reason = Formatting::reasonPhrase(m_status);
    m_statusLine->setText(tr("%1 %2 · %3 · %4")
                              .arg(m_status)
                              .arg(reason, Formatting::duration(m_latencyUs), Formatting::byteSize(m_bodySize)));
    QPalette pal = m_statusLine->palette();
    const QColor colour = Formatting::statusColor(m_status, palette());
    pal.setColor(QPalette::WindowText, colour.isValid() ? colour : palette().color(QPalette::WindowText));
    m_statusLine->setPalette(pal);

    m_bodyView->setBody(m_body, m_bodySize, m_responseHeadersData.value("content-type"));
    m_responseHeaders->clear();
    for (const http::HttpHeaders::Field &f : m_responseHeadersData.fields()) {
        auto *item = new QTreeWidgetItem(m_responseHeaders, {QString::fromLatin1(f.name), QString::fromUtf8(f.value)});
        item->setToolTip(1, item->text(1));
    }
    m_tabs->setTabText(1, tr("Headers (%1)").arg(m_responseHeadersData.size()));
    if (!m_record) {
        m_waterfallNote->setText(tr("Waiting for the gateway's record of this request…"));
        m_recordWait->start();
    }
    Q_EMIT finished();
}

void TestPanel::onRecords(const std::vector<ExchangeRecordPtr> &batch)
{
    if (m_correlationId.isEmpty() || m_record)
        return;
    for (const ExchangeRecordPtr &record : batch) {
        if (record && isRecordOfTestRequest(*record, m_correlationId)) {
            showRecord(record);
            return;
        }
    }
}

void TestPanel::showRecord(const ExchangeRecordPtr &record)
{
    m_record = record;
    m_recordWait->stop();
    m_waterfall->setRecord(record);
    m_inspect->setEnabled(true);
    QString note = tr("%n step(s), %1 in the gateway", nullptr, int(record->steps.size()))
                       .arg(Formatting::duration(record->totalUs));
    if (!record->route.isEmpty())
        note += tr(" · matched %1").arg(record->route);
    if (!record->stoppedAt.isEmpty())
        note += tr(" · answered early at %1 (%2)").arg(record->stoppedAtStep, record->stoppedAt);
    if (!record->explanation.isEmpty())
        note += QLatin1Char('\n') + record->explanation.join(QLatin1Char(' '));
    m_waterfallNote->setText(note);
    Q_EMIT recordArrived(record);
}

void TestPanel::showError(const QString &text)
{
    m_error = text;
    m_statusLine->setText(text);
    QPalette pal = m_statusLine->palette();
    pal.setColor(QPalette::WindowText, Formatting::statusColor(500, palette()));
    m_statusLine->setPalette(pal);
    m_send->setEnabled(m_document->isOpen() && m_api->count() > 0);
    Q_EMIT finished();
}

void TestPanel::clearResponse()
{
    m_error.clear();
    m_status = 0;
    m_reason.clear();
    m_responseHeadersData.clear();
    m_body.clear();
    m_bodySize = 0;
    m_latencyUs = -1;
    m_responseDone = false;
    m_record.reset();
    m_correlationId.clear();
    m_built = {};
    m_recordWait->stop();
    m_statusLine->setText(tr("No response yet: compose a request and press Send (%1).")
                              .arg(QKeySequence(Qt::CTRL | Qt::Key_Return).toString(QKeySequence::NativeText)));
    m_statusLine->setPalette(QPalette()); // inherit again
    m_bodyView->clear();
    m_responseHeaders->clear();
    m_tabs->setTabText(1, tr("Headers"));
    m_waterfall->setRecord(nullptr);
    m_waterfallNote->setText(tr("The steps of the request appear here once the gateway has answered."));
    m_sent->clear();
    m_inspect->setEnabled(false);
}

} // namespace gw::ui
