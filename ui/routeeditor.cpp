// SPDX-License-Identifier: GPL-3.0-or-later
#include "routeeditor.h"

#include "editorsupport.h"
#include "integrationeditor.h"
#include "methodeditor.h"
#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

const QStringList &httpMethods()
{
    static const QStringList methods{QStringLiteral("GET"),    QStringLiteral("POST"),    QStringLiteral("PUT"),
                                     QStringLiteral("PATCH"),  QStringLiteral("DELETE"),  QStringLiteral("HEAD"),
                                     QStringLiteral("OPTIONS"), QStringLiteral("ANY")};
    return methods;
}

model::StringPairs pairsOf(const doc::Node &node)
{
    model::StringPairs out;
    for (const auto &member : node.members())
        out.append({member.first, member.second.toString()});
    return out;
}

} // namespace

RouteEditor::RouteEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_pages(new QStackedWidget(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_pages->addWidget(createHttpPage());
    m_pages->addWidget(createWebSocketPage());
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_pages, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    editing::makeCombosCompact(this);
    connect(m_document, &ProjectDocument::changed, this, &RouteEditor::refresh);
}

QString RouteEditor::routeKeyProblem(const QString &routeKey)
{
    const QString key = routeKey.trimmed();
    if (key == QLatin1String("$default"))
        return {};
    QString method;
    QString path;
    if (!editing::splitRouteKey(key, &method, &path))
        return tr("A route key is METHOD /path (e.g. GET /pets/{id}) or $default; got “%1”.").arg(key);
    if (!httpMethods().contains(method))
        return tr("“%1” is not an HTTP method; use one of %2.").arg(method, httpMethods().join(QStringLiteral(", ")));
    static const QRegularExpression segment(QStringLiteral("^(\\{[A-Za-z0-9._-]+\\+?\\}|[A-Za-z0-9._~!$&'()*+,;=:@%-]+)$"));
    const QStringList segments = path.mid(1).split(QLatin1Char('/'));
    for (int i = 0; i < segments.size(); ++i) {
        const QString &s = segments[i];
        if (s.isEmpty() && segments.size() == 1)
            break; // "/"
        if (!segment.match(s).hasMatch())
            return tr("Path segment “%1” of %2 is not valid: use letters, digits, -._~ or a {parameter}.").arg(s, path);
        if (s.endsWith(QLatin1String("+}")) && i != segments.size() - 1)
            return tr("A greedy {%1} must be the last segment of the path.").arg(s.mid(1, s.size() - 3));
    }
    return {};
}

QWidget *RouteEditor::createHttpPage()
{
    auto *page = new QWidget(this);
    m_routeKeyEdit = new QLineEdit(page);
    m_routeKeyEdit->setAccessibleName(tr("Route key"));
    m_routeKeyEdit->setPlaceholderText(tr("GET /pets/{id}, ANY /{proxy+} or $default"));
    m_routeKeyError = editing::makeErrorLabel(page);
    m_sharedNote = new QLabel(page);
    m_sharedNote->setWordWrap(true);
    m_sharedNote->setMinimumWidth(120); // wraps instead of widening the editor
    m_integration = new IntegrationEditor(IntegrationEditor::Flavour::Http, page);
    m_authorization = new QComboBox(page);
    m_authorization->setAccessibleName(tr("Authorization"));
    m_authorization->addItem(tr("None (NONE)"), QStringLiteral("NONE"));
    m_authorization->addItem(tr("IAM, SigV4-signed requests (AWS_IAM)"), QStringLiteral("AWS_IAM"));
    m_authorization->addItem(tr("JWT authorizer (JWT)"), QStringLiteral("JWT"));
    m_authorization->addItem(tr("Lambda authorizer (CUSTOM)"), QStringLiteral("CUSTOM"));
    m_authorizer = new QComboBox(page);
    m_authorizer->setAccessibleName(tr("Authorizer"));
    m_scopes = new QLineEdit(page);
    m_scopes->setAccessibleName(tr("Authorization scopes"));
    m_scopes->setPlaceholderText(tr("e.g. orders/read, orders/write (comma-separated; the token needs one of them)"));
    m_authError = editing::makeErrorLabel(page);
    m_responseStatus = new QLineEdit(QStringLiteral("200"), page);
    m_responseStatus->setAccessibleName(tr("Response status to map"));
    m_responseStatus->setMaximumWidth(80);
    m_responseError = editing::makeErrorLabel(page);
    m_responseParameters = new PairsTable(tr("Modification"), tr("Value"), tr("Response parameter mapping"), page);
    m_responseParameters->setKeyPrefix(QStringLiteral("overwrite:header."));

    auto *routeBox = new QGroupBox(tr("Route"), page);
    auto *routeForm = new QFormLayout(routeBox);
    routeForm->addRow(tr("Route key:"), m_routeKeyEdit);
    routeForm->addRow(QString(), m_routeKeyError);
    auto *integrationBox = new QGroupBox(tr("Integration"), page);
    auto *integrationLayout = new QVBoxLayout(integrationBox);
    integrationLayout->addWidget(m_sharedNote);
    integrationLayout->addWidget(m_integration);
    auto *authBox = new QGroupBox(tr("Authorization"), page);
    auto *authForm = new QFormLayout(authBox);
    authForm->addRow(tr("Authorization:"), m_authorization);
    authForm->addRow(tr("Authorizer:"), m_authorizer);
    authForm->addRow(tr("Scopes:"), m_scopes);
    authForm->addRow(QString(), m_authError);
    auto *responseBox = new QGroupBox(tr("Response parameter mapping"), page);
    auto *responseForm = new QFormLayout(responseBox);
    auto *hint = new QLabel(tr("Changes the response for one status: overwrite:header.NAME, append:header.NAME, "
                               "remove:header.NAME or overwrite:statuscode, from $response.header.NAME, $response.body.PATH, "
                               "$context.X or static text."),
                            responseBox);
    hint->setWordWrap(true);
    hint->setMinimumWidth(120); // wraps instead of widening the editor
    responseForm->addRow(hint);
    responseForm->addRow(tr("When the status is:"), m_responseStatus);
    responseForm->addRow(QString(), m_responseError);
    responseForm->addRow(m_responseParameters);

    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(routeBox);
    layout->addWidget(integrationBox);
    layout->addWidget(authBox);
    layout->addWidget(responseBox);
    layout->addStretch(1);

    // A rename moves the route, so it happens when the key is complete, not at every keystroke.
    connect(m_routeKeyEdit, &QLineEdit::textEdited, this, [this](const QString &text) { onHttpRouteKeyEdited(text, false); });
    connect(m_routeKeyEdit, &QLineEdit::editingFinished, this,
            [this] { onHttpRouteKeyEdited(m_routeKeyEdit->text(), true); });
    connect(m_integration, &IntegrationEditor::edited, this,
            [this](const model::Integration &integration, const QString &what, int field) {
                applyHttp(what, IntegrationMergeBase + field, [&integration](model::Api &, model::Operation &op) {
                    op.integration = integration;
                    op.integrationRef.clear(); // the route now has its own integration
                });
            });
    connect(m_authorization, &QComboBox::activated, this, [this] { onHttpAuthorizationEdited(0); });
    connect(m_authorizer, &QComboBox::activated, this, [this] { onHttpAuthorizationEdited(1); });
    connect(m_scopes, &QLineEdit::textEdited, this, [this] { onHttpAuthorizationEdited(2); });
    connect(m_responseStatus, &QLineEdit::textEdited, this, [this] {
        m_updating = true;
        refresh();
        m_updating = false;
    });
    connect(m_responseParameters, &PairsTable::pairsEdited, this, &RouteEditor::onResponseParametersEdited);
    return page;
}

QWidget *RouteEditor::createWebSocketPage()
{
    auto *page = new QWidget(this);
    m_wsRouteKey = new QLineEdit(page);
    m_wsRouteKey->setAccessibleName(tr("WebSocket route key"));
    m_wsRouteKey->setPlaceholderText(tr("$connect, $disconnect, $default or the route selection value, e.g. sendmessage"));
    m_wsRouteKeyError = editing::makeErrorLabel(page);
    m_wsType = new QComboBox(page);
    m_wsType->setAccessibleName(tr("WebSocket integration type"));
    m_wsType->addItem(tr("Lambda function (AWS_PROXY)"), QStringLiteral("aws_proxy"));
    m_wsType->addItem(tr("HTTP proxy (HTTP_PROXY)"), QStringLiteral("http_proxy"));
    m_wsType->addItem(tr("HTTP (HTTP)"), QStringLiteral("http"));
    m_wsType->addItem(tr("Mock (MOCK)"), QStringLiteral("mock"));
    m_wsFunction = new QComboBox(page);
    m_wsFunction->setAccessibleName(tr("WebSocket integration function"));
    m_wsUri = new QLineEdit(page);
    m_wsUri->setAccessibleName(tr("WebSocket integration URI"));
    m_wsUriError = editing::makeErrorLabel(page);
    m_wsTimeout = new QLineEdit(page);
    m_wsTimeout->setAccessibleName(tr("WebSocket integration timeout in milliseconds"));
    m_wsTimeout->setPlaceholderText(tr("default: 29000"));
    m_wsTimeoutError = editing::makeErrorLabel(page);
    m_wsStatus = new QSpinBox(page);
    m_wsStatus->setAccessibleName(tr("Mock status"));
    m_wsStatus->setRange(100, 599);
    m_wsBody = new QLineEdit(page);
    m_wsBody->setAccessibleName(tr("Mock response body"));
    m_wsRouteResponse = new QCheckBox(tr("Two-way (route response)"), page);
    m_wsRouteResponse->setToolTip(tr("Send the integration's response back to the client as a message"));
    m_wsRouteResponse->setAccessibleName(tr("Route response"));
    m_wsAuthorization = new QComboBox(page);
    m_wsAuthorization->setAccessibleName(tr("WebSocket authorization"));
    m_wsAuthorization->addItem(tr("None (NONE)"), QStringLiteral("NONE"));
    m_wsAuthorization->addItem(tr("IAM (AWS_IAM)"), QStringLiteral("AWS_IAM"));
    m_wsAuthorization->addItem(tr("Lambda authorizer (CUSTOM)"), QStringLiteral("CUSTOM"));
    m_wsAuthorizer = new QComboBox(page);
    m_wsAuthorizer->setAccessibleName(tr("WebSocket authorizer"));
    m_wsAuthNote = new QLabel(tr("WebSocket APIs authorize the $connect route only."), page);
    m_wsAuthNote->setWordWrap(true);
    m_wsAuthNote->setMinimumWidth(120); // wraps instead of widening the editor

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Route key:"), m_wsRouteKey);
    form->addRow(QString(), m_wsRouteKeyError);
    form->addRow(tr("Integration type:"), m_wsType);
    form->addRow(tr("Lambda function:"), m_wsFunction);
    form->addRow(tr("URI:"), m_wsUri);
    form->addRow(QString(), m_wsUriError);
    form->addRow(tr("Timeout (ms):"), m_wsTimeout);
    form->addRow(QString(), m_wsTimeoutError);
    form->addRow(tr("Mock status:"), m_wsStatus);
    form->addRow(tr("Mock response body:"), m_wsBody);
    form->addRow(QString(), m_wsRouteResponse);
    form->addRow(tr("Authorization:"), m_wsAuthorization);
    form->addRow(tr("Authorizer:"), m_wsAuthorizer);
    form->addRow(QString(), m_wsAuthNote);

    auto setIntegrationMember = [this](const QString &what, int field, const QString &member, doc::Node value) {
        applyWs(what, WebSocketMergeBase + field, [&member, &value](doc::Node &route, doc::Node &) {
            doc::Node integration = route[u"integration"];
            if (value.isNull())
                integration.remove(member);
            else
                integration.set(member, value);
            route.set(QStringLiteral("integration"), integration);
        });
    };
    connect(m_wsRouteKey, &QLineEdit::textEdited, this, [this](const QString &text) { onWsRouteKeyEdited(text, false); });
    connect(m_wsRouteKey, &QLineEdit::editingFinished, this, [this] { onWsRouteKeyEdited(m_wsRouteKey->text(), true); });
    connect(m_wsType, &QComboBox::activated, this, [this] {
        const QString type = m_wsType->currentData().toString();
        applyWs(tr("integration type"), WebSocketMergeBase + 1, [this, &type](doc::Node &route, doc::Node &) {
            doc::Node integration = doc::Node::mapping();
            integration.set(QStringLiteral("type"), doc::Node::string(type));
            if (type == QLatin1String("aws_proxy") && !m_document->project().functions.isEmpty())
                integration.set(QStringLiteral("uri"), doc::Node::string(m_document->project().functions.first().name));
            route.set(QStringLiteral("integration"), integration);
        });
    });
    connect(m_wsFunction, &QComboBox::activated, this, [this, setIntegrationMember] {
        const QString name = m_wsFunction->currentData().toString();
        if (!name.isEmpty())
            setIntegrationMember(tr("integration function"), 2, QStringLiteral("uri"), doc::Node::string(name));
    });
    connect(m_wsUri, &QLineEdit::textEdited, this, [this, setIntegrationMember](const QString &text) {
        const QString type = m_wsType->currentData().toString();
        QString problem;
        if (text.trimmed().isEmpty())
            problem = tr("The integration needs a URI: a function name or ARN, or an http(s) URL.");
        else if (type.startsWith(QLatin1String("http")))
            problem = IntegrationEditor::uriProblem(model::IntegrationType::Http, text.trimmed());
        editing::showFieldError(m_wsUri, m_wsUriError, problem);
        if (problem.isEmpty())
            setIntegrationMember(tr("integration URI"), 3, QStringLiteral("uri"), doc::Node::string(text.trimmed()));
    });
    connect(m_wsTimeout, &QLineEdit::textEdited, this, [this, setIntegrationMember](const QString &text) {
        const QString problem = IntegrationEditor::timeoutProblem(text, true);
        editing::showFieldError(m_wsTimeout, m_wsTimeoutError, problem);
        if (problem.isEmpty())
            setIntegrationMember(tr("integration timeout"), 4, QStringLiteral("timeoutInMillis"),
                                 text.trimmed().isEmpty() ? doc::Node() : doc::Node::integer(text.trimmed().toInt()));
    });
    connect(m_wsStatus, &QSpinBox::valueChanged, this, [this, setIntegrationMember](int value) {
        if (!m_updating)
            setIntegrationMember(tr("mock status"), 5, QStringLiteral("statusCode"), doc::Node::integer(value));
    });
    connect(m_wsBody, &QLineEdit::textEdited, this, [setIntegrationMember, this](const QString &text) {
        setIntegrationMember(tr("mock response body"), 6, QStringLiteral("responseBody"), doc::Node::string(text));
    });
    connect(m_wsRouteResponse, &QCheckBox::clicked, this, [this](bool checked) {
        applyWs(tr("route response"), WebSocketMergeBase + 7, [checked](doc::Node &route, doc::Node &) {
            if (checked)
                route.set(QStringLiteral("routeResponse"), doc::Node::boolean(true));
            else
                route.remove(u"routeResponse");
        });
    });
    auto authEdited = [this](int field) {
        const QString type = m_wsAuthorization->currentData().toString();
        QString authorizer = field == 1 ? m_wsAuthorizer->currentData().toString() : QString();
        const model::Api *api = m_document->project().api(m_apiId);
        if (type == QLatin1String("CUSTOM") && authorizer.isEmpty() && api) {
            const auto &members = api->definition.document[u"authorizers"].members();
            if (members.empty()) {
                editing::showFieldError(m_wsAuthorizer, m_wsAuthNote,
                                        tr("This API has no authorizer. Add one under Authorizers in the Explorer first."));
                refresh();
                return;
            }
            authorizer = members.front().first;
        }
        applyWs(tr("authorization"), WebSocketMergeBase + 8 + field, [&type, &authorizer](doc::Node &route, doc::Node &) {
            if (type == QLatin1String("NONE"))
                route.remove(u"authorizationType");
            else
                route.set(QStringLiteral("authorizationType"), doc::Node::string(type));
            if (type == QLatin1String("CUSTOM"))
                route.set(QStringLiteral("authorizerId"), doc::Node::string(authorizer));
            else
                route.remove(u"authorizerId");
        });
    };
    connect(m_wsAuthorization, &QComboBox::activated, this, [authEdited] { authEdited(0); });
    connect(m_wsAuthorizer, &QComboBox::activated, this, [authEdited] { authEdited(1); });
    return page;
}

bool RouteEditor::showKey(const QString &key)
{
    const EditorKey k = EditorKey::parse(key);
    if (k.prefix != QLatin1String("route") || !m_document->isOpen())
        return false;
    const model::Api *api = m_document->project().api(k.apiId);
    if (!api)
        return false;
    if (api->protocol == model::Protocol::WebSocket) {
        if (!api->definition.document[u"routes"].contains(k.rest))
            return false;
        m_webSocket = true;
    } else if (api->protocol == model::Protocol::Http) {
        QString method;
        QString path;
        if (!editing::splitRouteKey(k.rest, &method, &path))
            return false;
        const model::Operation *op = nullptr;
        if (path == QLatin1String("$default")) {
            const model::PathItem *item = api->definition.path(path);
            op = item && !item->operations.isEmpty() ? &item->operations.first() : nullptr;
            method = op ? op->method : QString();
        } else {
            op = editing::findOperation(*api, path, method);
        }
        if (!op)
            return false;
        m_webSocket = false;
        m_path = path;
        m_method = method;
    } else {
        return false;
    }
    if (key != m_key) {
        editing::showFieldError(m_routeKeyEdit, m_routeKeyError, {});
        editing::showFieldError(m_wsRouteKey, m_wsRouteKeyError, {});
        editing::showFieldError(m_authorizer, m_authError, {});
    }
    m_key = key;
    m_apiId = k.apiId;
    m_routeKey = k.rest;
    m_pages->setCurrentIndex(m_webSocket ? 1 : 0);
    refresh();
    return true;
}

bool RouteEditor::applyHttp(const QString &what, int mergeId,
                            const std::function<void(model::Api &, model::Operation &)> &change)
{
    if (!m_document->isOpen() || m_webSocket)
        return false;
    model::Project project = m_document->project();
    model::Api *api = editing::findApi(project, m_apiId);
    model::Operation *op = api ? editing::findOperation(*api, m_path, m_method) : nullptr;
    if (!op)
        return false;
    change(*api, *op);
    // (compared with the document's copy: `op` points into list storage a copy taken here would share)
    if (api->definition == m_document->project().api(m_apiId)->definition)
        return false; // nothing changed: no empty undo step
    m_document->edit(tr("Set %1 of route %2").arg(what, m_routeKey), std::move(project), mergeId);
    return true;
}

bool RouteEditor::applyWs(const QString &what, int mergeId,
                          const std::function<void(doc::Node &route, doc::Node &definition)> &change)
{
    if (!m_document->isOpen() || !m_webSocket || m_updating)
        return false;
    model::Project project = m_document->project();
    model::Api *api = editing::findApi(project, m_apiId);
    if (!api)
        return false;
    doc::Node &definition = api->definition.document;
    doc::Node routes = definition[u"routes"];
    doc::Node *route = routes.find(m_routeKey);
    if (!route)
        return false;
    const doc::Node before = *route;
    change(*route, definition);
    if (*route == before)
        return false; // nothing changed: no empty undo step
    definition.set(QStringLiteral("routes"), routes);
    m_document->edit(tr("Set %1 of route %2").arg(what, m_routeKey), std::move(project), mergeId);
    return true;
}

void RouteEditor::refresh()
{
    if (m_key.isEmpty() || !m_document->isOpen())
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    if (!api)
        return;
    const bool wasUpdating = m_updating;
    m_updating = true;
    if (m_webSocket)
        refreshWebSocket(*api);
    else
        refreshHttp(*api);
    m_updating = wasUpdating;
}

void RouteEditor::refreshHttp(const model::Api &api)
{
    const model::Operation *op = editing::findOperation(api, m_path, m_method);
    if (!op)
        return;
    m_title->setText(tr("Route %1 · %2").arg(m_routeKey, api.definition.title().isEmpty() ? api.id : api.definition.title()));
    if (!m_routeKeyEdit->hasFocus() || routeKeyProblem(m_routeKeyEdit->text()).isEmpty())
        editing::setTextIfChanged(m_routeKeyEdit, m_routeKey);
    m_sharedNote->setVisible(!op->integrationRef.isEmpty());
    m_sharedNote->setText(tr("This route uses the shared integration “%1” (components.x-amazon-apigateway-integrations). "
                             "Changing it here gives this route its own copy.")
                              .arg(op->integrationRef));
    m_integration->setIntegration(op->integration, m_document->project());

    const doc::Node &document = api.definition.document;
    const MethodEditor::Authorization auth = MethodEditor::authorizationOf(document, *op);
    editing::setComboValue(m_authorization, auth.type);
    editing::showAuthorizers(m_authorizer, document, auth.type, {QStringLiteral("JWT"), QStringLiteral("CUSTOM")},
                             auth.authorizer);
    m_scopes->setEnabled(auth.type == QLatin1String("JWT"));
    if (!m_scopes->hasFocus())
        editing::setTextIfChanged(m_scopes, auth.scopes.join(QStringLiteral(", ")));

    const QString status = m_responseStatus->text().trimmed();
    const doc::Node &mapping = op->integration ? op->integration->extra[u"responseParameters"][status] : doc::Node::null();
    m_responseParameters->setEnabled(op->integration.has_value());
    m_responseParameters->setPairs(pairsOf(mapping));
}

void RouteEditor::refreshWebSocket(const model::Api &api)
{
    const doc::Node &route = api.definition.document[u"routes"][m_routeKey];
    if (route.isNull())
        return;
    m_title->setText(tr("WebSocket route %1 · %2").arg(m_routeKey, api.id));
    if (!m_wsRouteKey->hasFocus() || m_wsRouteKeyError->text().isEmpty())
        editing::setTextIfChanged(m_wsRouteKey, m_routeKey);
    const doc::Node &integration = route[u"integration"];
    const QString type = integration[u"type"].toString(QStringLiteral("mock")).toLower();
    editing::setComboValue(m_wsType, type);
    const QString uri = integration[u"uri"].toString();
    m_wsFunction->clear();
    m_wsFunction->addItem(tr("(enter a URI)"), QString());
    for (const model::Function &f : m_document->project().functions)
        m_wsFunction->addItem(f.name, f.name);
    const QString function = model::functionNameFromUri(uri);
    if (m_document->project().function(function))
        editing::setComboValue(m_wsFunction, function);
    else
        m_wsFunction->setCurrentIndex(0);
    if (!m_wsUri->hasFocus() || m_wsUriError->text().isEmpty())
        editing::setTextIfChanged(m_wsUri, uri);
    const qint64 timeout = integration[u"timeoutInMillis"].toInteger();
    if (!m_wsTimeout->hasFocus() || m_wsTimeoutError->text().isEmpty())
        editing::setTextIfChanged(m_wsTimeout, timeout > 0 ? QString::number(timeout) : QString());
    m_wsStatus->setValue(int(integration[u"statusCode"].toInteger(nullptr, true) ? integration[u"statusCode"].toInteger(nullptr, true)
                                                                                 : 200));
    editing::setTextIfChanged(m_wsBody, integration[u"responseBody"].toString());
    m_wsRouteResponse->setChecked(route[u"routeResponse"].toBool());
    const bool mock = type == QLatin1String("mock");
    const bool lambda = type == QLatin1String("aws_proxy");
    m_wsFunction->setEnabled(lambda);
    m_wsUri->setEnabled(!mock);
    m_wsStatus->setEnabled(mock);
    m_wsBody->setEnabled(mock);
    const bool isConnect = m_routeKey == QLatin1String("$connect");
    m_wsAuthorization->setEnabled(isConnect);
    editing::setComboValue(m_wsAuthorization, route[u"authorizationType"].toString(QStringLiteral("NONE")).toUpper());
    m_wsAuthorizer->clear();
    for (const auto &member : api.definition.document[u"authorizers"].members())
        m_wsAuthorizer->addItem(member.first, member.first);
    m_wsAuthorizer->setEnabled(isConnect && route[u"authorizationType"].toString().toUpper() == QLatin1String("CUSTOM"));
    editing::setComboValue(m_wsAuthorizer, route[u"authorizerId"].toString());
}

void RouteEditor::onHttpRouteKeyEdited(const QString &text, bool commit)
{
    QString problem = routeKeyProblem(text);
    QString method;
    QString path;
    const QString key = text.trimmed();
    if (problem.isEmpty())
        editing::splitRouteKey(key, &method, &path);
    const model::Api *api = m_document->project().api(m_apiId);
    if (problem.isEmpty() && key != m_routeKey && api) {
        for (const model::PathItem &p : api->definition.paths) {
            for (const model::Operation &op : p.operations) {
                if (editing::routeKeyOf(editing::normalizedPath(p.path), op) == (path == QLatin1String("$default")
                                                                                      ? path
                                                                                      : method + QLatin1Char(' ') + path))
                    problem = tr("The API already has a route %1.").arg(key);
            }
        }
    }
    editing::showFieldError(m_routeKeyEdit, m_routeKeyError, problem);
    if (!problem.isEmpty() || key == m_routeKey)
        return;
    if (!commit)
        return;
    model::Project project = m_document->project();
    model::Api *a = editing::findApi(project, m_apiId);
    if (!a)
        return;
    std::optional<model::Operation> moved;
    for (qsizetype i = 0; i < a->definition.paths.size() && !moved; ++i) {
        model::PathItem &p = a->definition.paths[i];
        if (editing::normalizedPath(p.path) != m_path)
            continue;
        for (qsizetype j = 0; j < p.operations.size(); ++j) {
            if (p.operations[j].method == m_method) {
                moved = p.operations.takeAt(j);
                break;
            }
        }
        if (moved && p.operations.isEmpty() && p.extra.members().empty())
            a->definition.paths.removeAt(i);
    }
    if (!moved)
        return;
    const QString newMethod = path == QLatin1String("$default") ? QStringLiteral("ANY") : method;
    moved->method = newMethod;
    model::PathItem *target = nullptr;
    for (model::PathItem &p : a->definition.paths) {
        if (editing::normalizedPath(p.path) == path)
            target = &p;
    }
    if (!target) {
        model::PathItem item;
        item.path = path;
        a->definition.paths.append(item);
        target = &a->definition.paths.last();
    }
    target->operations.append(*moved);
    const QString oldKey = m_routeKey;
    // Follow the route before the document tells everyone it changed.
    m_path = path;
    m_method = newMethod;
    m_routeKey = path == QLatin1String("$default") ? path : newMethod + QLatin1Char(' ') + path;
    m_key = QStringLiteral("route:%1:%2").arg(m_apiId, m_routeKey);
    m_document->edit(tr("Rename route %1 to %2").arg(oldKey, m_routeKey), std::move(project), RouteMergeBase);
    Q_EMIT keyRenamed(m_key);
}

void RouteEditor::onHttpAuthorizationEdited(int field)
{
    if (m_updating)
        return;
    MethodEditor::Authorization auth;
    auth.type = m_authorization->currentData().toString();
    auth.scopes = editing::splitList(m_scopes->text());
    const model::Api *api = m_document->project().api(m_apiId);
    const model::Operation *op = api ? editing::findOperation(*api, m_path, m_method) : nullptr;
    if (!op)
        return;
    if (auth.type == QLatin1String("JWT") || auth.type == QLatin1String("CUSTOM")) {
        const bool jwt = auth.type == QLatin1String("JWT");
        QString chosen = field == 0 ? QString() : m_authorizer->currentData().toString();
        if (chosen.isEmpty())
            chosen = editing::firstAuthorizerFor(api->definition.document, auth.type);
        if (chosen.isEmpty()) {
            editing::showFieldError(m_authorizer, m_authError,
                                    jwt ? tr("This API has no JWT authorizer. Add one under Authorizers in the Explorer "
                                             "first.")
                                        : tr("This API has no Lambda authorizer. Add one under Authorizers in the "
                                             "Explorer first."));
            refresh();
            return;
        }
        auth.authorizer = chosen;
    }
    const QString badScope = editing::firstInvalidScope(auth.scopes);
    if (!badScope.isEmpty()) {
        editing::showFieldError(m_scopes, m_authError,
                                tr("Scope “%1” has characters OAuth scopes cannot have (spaces, quotes or "
                                   "backslashes); separate scopes with commas.")
                                    .arg(badScope));
        return;
    }
    if (auth.scopes.size() > 10) {
        editing::showFieldError(m_scopes, m_authError, tr("A route takes at most 10 scopes; there are %1.").arg(auth.scopes.size()));
        return;
    }
    editing::showFieldError(m_scopes, m_authError, {});
    editing::showFieldError(m_authorizer, nullptr, {});
    static const char *const what[] = {QT_TR_NOOP("authorization"), QT_TR_NOOP("authorizer"),
                                       QT_TR_NOOP("authorization scopes")};
    applyHttp(tr(what[field]), RouteMergeBase + 1 + field, [&auth](model::Api &a, model::Operation &o) {
        MethodEditor::setAuthorization(a.definition.document, o, auth);
    });
}

void RouteEditor::onResponseParametersEdited()
{
    const QString status = m_responseStatus->text().trimmed();
    bool ok = false;
    const int code = status.toInt(&ok);
    QString problem;
    if (!ok || code < 200 || code > 599 || status.size() != 3)
        problem = tr("Response mappings apply to a status from 200 to 599; got “%1”.").arg(status);
    static const QRegularExpression key(
        QStringLiteral("^((append|overwrite|remove):header\\.[A-Za-z0-9!#$%&'*+.^_`|~-]+|overwrite:statuscode)$"));
    const model::StringPairs pairs = m_responseParameters->pairs();
    for (const auto &p : pairs) {
        if (problem.isEmpty() && !key.match(p.first).hasMatch())
            problem = tr("“%1” is not a response modification: use overwrite:header.NAME, append:header.NAME, "
                         "remove:header.NAME or overwrite:statuscode.")
                          .arg(p.first);
    }
    editing::showFieldError(m_responseParameters->table(), m_responseError, problem);
    if (!problem.isEmpty())
        return;
    applyHttp(tr("response parameters"), RouteMergeBase + 5, [&status, &pairs](model::Api &, model::Operation &op) {
        if (!op.integration)
            return;
        doc::Node all = op.integration->extra[u"responseParameters"];
        doc::Node mapping = doc::Node::mapping();
        for (const auto &p : pairs)
            mapping.set(p.first, doc::Node::string(p.second));
        if (pairs.isEmpty())
            all.remove(status);
        else
            all.set(status, mapping);
        if (all.members().empty())
            op.integration->extra.remove(u"responseParameters");
        else
            op.integration->extra.set(QStringLiteral("responseParameters"), all);
        op.integrationRef.clear();
    });
}

void RouteEditor::onWsRouteKeyEdited(const QString &text, bool commit)
{
    const QString key = text.trimmed();
    QString problem;
    const model::Api *api = m_document->project().api(m_apiId);
    if (key.isEmpty())
        problem = tr("A route key cannot be empty.");
    else if (key.startsWith(QLatin1Char('$')) && key != QLatin1String("$connect") && key != QLatin1String("$disconnect")
             && key != QLatin1String("$default"))
        problem = tr("Route keys starting with $ are reserved: $connect, $disconnect and $default.");
    else if (key != m_routeKey && api && api->definition.document[u"routes"].contains(key))
        problem = tr("The API already has a route %1.").arg(key);
    editing::showFieldError(m_wsRouteKey, m_wsRouteKeyError, problem);
    if (!problem.isEmpty() || key == m_routeKey)
        return;
    if (!commit)
        return;
    model::Project project = m_document->project();
    model::Api *a = editing::findApi(project, m_apiId);
    if (!a)
        return;
    doc::Node routes = a->definition.document[u"routes"];
    for (auto &member : routes.members()) {
        if (member.first == m_routeKey)
            member.first = key;
    }
    a->definition.document.set(QStringLiteral("routes"), routes);
    const QString oldKey = m_routeKey;
    m_routeKey = key;
    m_key = QStringLiteral("route:%1:%2").arg(m_apiId, key);
    m_document->edit(tr("Rename route %1 to %2").arg(oldKey, key), std::move(project), WebSocketMergeBase);
    Q_EMIT keyRenamed(m_key);
}

} // namespace gw::ui
