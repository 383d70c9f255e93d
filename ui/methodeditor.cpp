// SPDX-License-Identifier: GPL-3.0-or-later
#include "methodeditor.h"

#include "editorsupport.h"
#include "formatting.h"
#include "integrationeditor.h"
#include "projectdocument.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QPainterPath>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSet>
#include <QStackedWidget>
#include <QTableWidget>
#include <QVBoxLayout>

#include <cmath>

namespace gw::ui {

namespace {

const QString kApiKeySchemeName = QStringLiteral("api_key");

QString elide(const QString &text, int max = 48)
{
    return text.size() <= max ? text : text.left(max / 2 - 1) + QStringLiteral("…") + text.right(max / 2 - 1);
}

bool isApiKeyScheme(const doc::Node &scheme)
{
    return scheme[u"type"].toString() == QLatin1String("apiKey") && !scheme.contains(u"x-amazon-apigateway-authorizer")
        && !scheme.contains(u"x-amazon-apigateway-authtype")
        && scheme[u"name"].toString().compare(QLatin1String("x-api-key"), Qt::CaseInsensitive) == 0;
}

bool isSigV4Scheme(const doc::Node &scheme)
{
    return scheme[u"x-amazon-apigateway-authtype"].toString().compare(QLatin1String("awsSigv4"), Qt::CaseInsensitive) == 0;
}

/// A method request parameter as the table shows it.
struct Parameter
{
    QString name;
    QString in;
    bool required = false;
    bool operator==(const Parameter &o) const { return name == o.name && in == o.in && required == o.required; }
};

QList<Parameter> parametersOf(const model::Operation &op)
{
    QList<Parameter> out;
    for (const doc::Node &p : op.body[u"parameters"].items()) {
        if (p.contains(u"$ref"))
            continue;
        out.append({p[u"name"].toString(), p[u"in"].toString(), p[u"required"].toBool()});
    }
    return out;
}

/// The method responses as the table shows them: status, header names, "content-type=Model" pairs.
struct MethodResponseRow
{
    QString status;
    QString headers;
    QString models;
};

QList<MethodResponseRow> methodResponsesOf(const model::Operation &op)
{
    QList<MethodResponseRow> out;
    for (const auto &member : op.body[u"responses"].members()) {
        MethodResponseRow row;
        row.status = member.first;
        QStringList headers;
        for (const auto &h : member.second[u"headers"].members())
            headers.append(h.first);
        row.headers = headers.join(QStringLiteral(", "));
        QStringList models;
        for (const auto &c : member.second[u"content"].members()) {
            const QString ref = c.second[u"schema"][u"$ref"].toString();
            models.append(c.first + QLatin1Char('=') + ref.section(QLatin1Char('/'), -1));
        }
        row.models = models.join(QStringLiteral(", "));
        out.append(row);
    }
    return out;
}

} // namespace

// ---- FlowBox / FlowView ------------------------------------------------------------------------------------------

FlowBox::FlowBox(const QString &title, QWidget *parent)
    : QAbstractButton(parent)
{
    setText(title);
    setCheckable(true);
    setAutoExclusive(true);
    setFocusPolicy(Qt::StrongFocus);
    setCursor(Qt::PointingHandCursor);
    setAccessibleName(title);
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Fixed);
}

void FlowBox::setSummary(const QStringList &lines)
{
    if (lines == m_lines)
        return;
    m_lines = lines;
    setAccessibleDescription(lines.join(QLatin1Char('\n')));
    setToolTip(lines.join(QLatin1Char('\n')));
    updateGeometry();
    update();
}

QSize FlowBox::sizeHint() const
{
    const QFontMetrics fm(font());
    int width = fm.horizontalAdvance(text()) + 24;
    for (const QString &line : m_lines)
        width = std::max(width, fm.horizontalAdvance(line) + 24);
    const int lines = std::clamp<int>(int(m_lines.size()), 3, 5);
    return {std::min(width, 260), fm.height() * (lines + 1) + 24};
}

QSize FlowBox::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {std::min(fm.horizontalAdvance(text()) + 28, 120), sizeHint().height()}; // the title elides below that
}

void FlowBox::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    const QRectF r = QRectF(rect()).adjusted(1.5, 1.5, -1.5, -1.5);
    QColor fill = pal.color(QPalette::Base);
    if (isChecked())
        fill = Formatting::blend(fill, pal.color(QPalette::Highlight), 0.16);
    else if (underMouse())
        fill = Formatting::blend(fill, pal.color(QPalette::Highlight), 0.07);
    p.setPen(QPen(isChecked() || hasFocus() ? pal.color(QPalette::Highlight) : pal.color(QPalette::Mid),
                  isChecked() ? 2.0 : 1.0));
    p.setBrush(fill);
    p.drawRoundedRect(r, 6, 6);
    const QRectF inner = r.adjusted(10, 8, -10, -8);
    QFont bold = font();
    bold.setBold(true);
    p.setFont(bold);
    p.setPen(pal.color(QPalette::Text));
    const QFontMetrics fm(bold);
    p.drawText(QRectF(inner.left(), inner.top(), inner.width(), fm.height()), Qt::AlignLeft | Qt::AlignVCenter,
               fm.elidedText(text(), Qt::ElideRight, int(inner.width())));
    p.setFont(font());
    const QFontMetrics nfm(font());
    qreal y = inner.top() + fm.height() + 4;
    p.setPen(Formatting::dimColor(pal));
    for (const QString &line : m_lines) {
        if (y + nfm.height() > inner.bottom() + 2)
            break;
        p.drawText(QRectF(inner.left(), y, inner.width(), nfm.height()), Qt::AlignLeft | Qt::AlignVCenter,
                   nfm.elidedText(line, Qt::ElideRight, int(inner.width())));
        y += nfm.height();
    }
}

FlowView::FlowView(FlowBox *methodRequest, FlowBox *integrationRequest, FlowBox *backend, FlowBox *integrationResponse,
                   FlowBox *methodResponse, QWidget *parent)
    : QWidget(parent)
    , m_boxes{methodRequest, integrationRequest, backend, integrationResponse, methodResponse}
{
    auto *grid = new QGridLayout(this);
    grid->setContentsMargins(4, 4, 4, 4);
    grid->setHorizontalSpacing(30); // room for the arrows
    grid->setVerticalSpacing(18);
    grid->addWidget(methodRequest, 0, 0);
    grid->addWidget(integrationRequest, 0, 1);
    backend->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Expanding); // spans both rows: both arrows reach it
    grid->addWidget(backend, 0, 2, 2, 1);
    grid->addWidget(methodResponse, 1, 0);
    grid->addWidget(integrationResponse, 1, 1);
    for (int column = 0; column < 3; ++column)
        grid->setColumnStretch(column, 1);
}

void FlowView::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QColor color = palette().color(QPalette::Mid).darker(palette().color(QPalette::Base).lightness() < 128 ? 60 : 130);
    p.setPen(QPen(color, 1.6));
    p.setBrush(color);
    auto arrow = [&p](QPointF from, QPointF to) {
        p.drawLine(from, to);
        const QPointF dir = (to - from) / std::max(1.0, std::hypot(to.x() - from.x(), to.y() - from.y()));
        const QPointF normal(-dir.y(), dir.x());
        QPolygonF head;
        head << to << to - dir * 8 + normal * 4 << to - dir * 8 - normal * 4;
        p.drawPolygon(head);
    };
    const QRect mreq = m_boxes[0]->geometry();
    const QRect ireq = m_boxes[1]->geometry();
    const QRect backend = m_boxes[2]->geometry();
    const QRect iresp = m_boxes[3]->geometry();
    const QRect mresp = m_boxes[4]->geometry();
    arrow(QPointF(mreq.right() + 3, mreq.center().y()), QPointF(ireq.left() - 3, mreq.center().y()));
    arrow(QPointF(ireq.right() + 3, ireq.center().y()), QPointF(backend.left() - 3, ireq.center().y()));
    arrow(QPointF(backend.left() - 3, iresp.center().y()), QPointF(iresp.right() + 3, iresp.center().y()));
    arrow(QPointF(iresp.left() - 3, iresp.center().y()), QPointF(mresp.right() + 3, iresp.center().y()));
}

// ---- MethodEditor: authorization -----------------------------------------------------------------------------------

MethodEditor::Authorization MethodEditor::authorizationOf(const doc::Node &document, const model::Operation &op)
{
    Authorization auth;
    const doc::Node &schemes = document[u"components"][u"securitySchemes"];
    const doc::Node &security = op.body.contains(u"security") ? op.body[u"security"] : document[u"security"];
    for (const doc::Node &requirement : security.items()) {
        for (const auto &member : requirement.members()) {
            const doc::Node &scheme = schemes[member.first];
            const QString type = editing::authorizerTypeOf(scheme);
            if (isApiKeyScheme(scheme)) {
                auth.apiKeyRequired = true;
            } else if (isSigV4Scheme(scheme)) {
                auth.type = QStringLiteral("AWS_IAM");
            } else if (type == QLatin1String("token") || type == QLatin1String("request")
                       || type == QLatin1String("cognito_user_pools") || type == QLatin1String("jwt")) {
                auth.type = type == QLatin1String("cognito_user_pools") ? QStringLiteral("COGNITO_USER_POOLS")
                    : type == QLatin1String("jwt")                         ? QStringLiteral("JWT")
                                                                           : QStringLiteral("CUSTOM");
                auth.authorizer = member.first;
                for (const doc::Node &scope : member.second.items())
                    auth.scopes.append(scope.toString());
            }
        }
    }
    if (op.body.contains(u"x-amazon-apigateway-auth"))
        auth.type = op.body[u"x-amazon-apigateway-auth"][u"type"].toString().toUpper() == QLatin1String("AWS_IAM")
            ? QStringLiteral("AWS_IAM")
            : (auth.type == QLatin1String("AWS_IAM") ? QStringLiteral("NONE") : auth.type);
    return auth;
}

void MethodEditor::setAuthorization(doc::Node &document, model::Operation &op, const Authorization &auth)
{
    op.body.remove(u"x-amazon-apigateway-auth");
    if (auth.type == QLatin1String("AWS_IAM"))
        op.body.set(QStringLiteral("x-amazon-apigateway-auth"),
                    editing::mappingWith(QStringLiteral("type"), doc::Node::string(QStringLiteral("AWS_IAM"))));
    doc::Node requirement = doc::Node::mapping();
    const bool scoped = auth.type == QLatin1String("COGNITO_USER_POOLS") || auth.type == QLatin1String("JWT");
    if ((auth.type == QLatin1String("CUSTOM") || scoped) && !auth.authorizer.isEmpty()) {
        doc::Node scopes = doc::Node::sequence();
        if (scoped) {
            for (const QString &s : auth.scopes)
                scopes.append(doc::Node::string(s));
        }
        requirement.set(auth.authorizer, scopes);
    }
    if (auth.apiKeyRequired) {
        QString keyScheme;
        for (const auto &member : document[u"components"][u"securitySchemes"].members()) {
            if (isApiKeyScheme(member.second)) {
                keyScheme = member.first;
                break;
            }
        }
        if (keyScheme.isEmpty()) {
            keyScheme = kApiKeySchemeName;
            doc::Node scheme = doc::Node::mapping();
            scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
            scheme.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("x-api-key")));
            scheme.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
            doc::Node components = document[u"components"];
            doc::Node schemes = components[u"securitySchemes"];
            schemes.set(keyScheme, scheme);
            components.set(QStringLiteral("securitySchemes"), schemes);
            document.set(QStringLiteral("components"), components);
        }
        requirement.set(keyScheme, doc::Node::sequence());
    }
    if (!requirement.members().empty()) {
        doc::Node security = doc::Node::sequence();
        security.append(requirement);
        op.body.set(QStringLiteral("security"), security);
    } else if (!document[u"security"].isNull()) {
        op.body.set(QStringLiteral("security"), doc::Node::sequence()); // overrides the API's default
    } else {
        op.body.remove(u"security");
    }
}

// ---- MethodEditor ------------------------------------------------------------------------------------------------

MethodEditor::MethodEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_boxes{new FlowBox(tr("Method Request"), this), new FlowBox(tr("Integration Request"), this),
              new FlowBox(tr("Backend"), this), new FlowBox(tr("Integration Response"), this),
              new FlowBox(tr("Method Response"), this)}
    , m_panels(new QStackedWidget(this))
    , m_integration(new IntegrationEditor(IntegrationEditor::Flavour::Rest, this))
    , m_responses(new IntegrationResponsesEditor(this))
    , m_proxyNote(new QLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    auto *flow = new FlowView(m_boxes[0], m_boxes[1], m_boxes[2], m_boxes[3], m_boxes[4], this);
    flow->setAccessibleName(tr("Method execution flow"));

    m_panels->addWidget(createMethodRequestPanel());
    m_panels->addWidget(m_integration);
    auto *responsesPage = new QWidget(this);
    auto *responsesLayout = new QVBoxLayout(responsesPage);
    responsesLayout->setContentsMargins(0, 0, 0, 0);
    m_proxyNote->setWordWrap(true);
    m_proxyNote->setMinimumWidth(120); // wraps instead of widening the editor
    m_proxyNote->setText(tr("A proxy integration passes the backend's response through as it is: integration responses "
                            "do not apply."));
    responsesLayout->addWidget(m_proxyNote);
    responsesLayout->addWidget(m_responses, 1);
    m_panels->addWidget(responsesPage);
    m_panels->addWidget(createMethodResponsePanel());

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(flow);
    layout->addSpacing(6);
    layout->addWidget(m_panels, 1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    editing::makeCombosCompact(this);
    for (int i = 0; i < 5; ++i)
        connect(m_boxes[i], &QAbstractButton::clicked, this, [this, i] { openBox(Box(i)); });
    connect(m_integration, &IntegrationEditor::edited, this,
            [this](const model::Integration &integration, const QString &what, int field) {
                apply(what, IntegrationMergeBase + field, [&integration](model::Api &, model::Operation &op) {
                    op.integration = integration;
                });
            });
    connect(m_responses, &IntegrationResponsesEditor::edited, this,
            [this](const QList<model::IntegrationResponse> &responses, const QString &what, int field) {
                apply(what, ResponsesMergeBase + field, [&responses](model::Api &, model::Operation &op) {
                    if (op.integration)
                        op.integration->responses = responses;
                });
            });
    connect(m_document, &ProjectDocument::changed, this, &MethodEditor::refresh);
    openBox(MethodRequestBox);
}

QWidget *MethodEditor::createMethodRequestPanel()
{
    auto *page = new QWidget(this);
    m_authorization = new QComboBox(page);
    m_authorization->setAccessibleName(tr("Authorization"));
    m_authorization->addItem(tr("None (NONE)"), QStringLiteral("NONE"));
    m_authorization->addItem(tr("IAM, SigV4-signed requests (AWS_IAM)"), QStringLiteral("AWS_IAM"));
    m_authorization->addItem(tr("Lambda authorizer (CUSTOM)"), QStringLiteral("CUSTOM"));
    m_authorization->addItem(tr("Cognito user pool (COGNITO_USER_POOLS)"), QStringLiteral("COGNITO_USER_POOLS"));
    m_authorizer = new QComboBox(page);
    m_authorizer->setAccessibleName(tr("Authorizer"));
    m_scopes = new QLineEdit(page);
    m_scopes->setAccessibleName(tr("Authorization scopes"));
    m_scopes->setPlaceholderText(tr("e.g. email, orders/read (comma-separated; empty: an ID token is enough)"));
    m_authError = editing::makeErrorLabel(page);
    m_apiKey = new QCheckBox(tr("API key required"), page);
    m_apiKey->setAccessibleName(tr("API key required"));
    m_validator = new QComboBox(page);
    m_validator->setAccessibleName(tr("Request validator"));
    m_parameters = new QTableWidget(0, 3, page);
    m_parameters->setAccessibleName(tr("Method request parameters"));
    m_parameters->setHorizontalHeaderLabels({tr("Name"), tr("Location"), tr("Required")});
    m_parameters->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_parameters->verticalHeader()->setVisible(false);
    m_parameters->setMinimumHeight(110);
    m_parameterError = editing::makeErrorLabel(page);
    auto *addParameter = new QPushButton(tr("Add Parameter"), page);
    addParameter->setAccessibleName(tr("Add method request parameter"));
    auto *removeParameter = new QPushButton(tr("Remove"), page);
    removeParameter->setAccessibleName(tr("Remove method request parameter"));

    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Authorization:"), m_authorization);
    form->addRow(tr("Authorizer:"), m_authorizer);
    form->addRow(tr("OAuth scopes:"), m_scopes);
    form->addRow(QString(), m_authError);
    form->addRow(QString(), m_apiKey);
    form->addRow(tr("Request validator:"), m_validator);
    auto *parameterButtons = new QVBoxLayout;
    parameterButtons->addWidget(addParameter);
    parameterButtons->addWidget(removeParameter);
    parameterButtons->addStretch(1);
    auto *parameterRow = new QHBoxLayout;
    parameterRow->addWidget(m_parameters, 1);
    parameterRow->addLayout(parameterButtons);
    form->addRow(tr("Request parameters:"), parameterRow);
    form->addRow(QString(), m_parameterError);

    connect(m_authorization, &QComboBox::activated, this, [this] { onAuthorizationEdited(0); });
    connect(m_authorizer, &QComboBox::activated, this, [this] { onAuthorizationEdited(1); });
    connect(m_scopes, &QLineEdit::textEdited, this, [this] { onAuthorizationEdited(2); });
    connect(m_apiKey, &QCheckBox::clicked, this, [this] { onAuthorizationEdited(3); });
    connect(m_validator, &QComboBox::activated, this, [this] {
        const QString name = m_validator->currentData().toString();
        apply(tr("request validator"), MethodRequestMergeBase + 4, [&name](model::Api &, model::Operation &op) {
            if (name.isEmpty())
                op.body.remove(u"x-amazon-apigateway-request-validator");
            else
                op.body.set(QStringLiteral("x-amazon-apigateway-request-validator"), doc::Node::string(name));
        });
    });
    connect(m_parameters, &QTableWidget::cellChanged, this, [this] {
        if (!m_updating)
            onParameterEdited();
    });
    connect(addParameter, &QPushButton::clicked, this, [this] {
        apply(tr("request parameters"), -1, [](model::Api &, model::Operation &op) {
            doc::Node parameters = op.body[u"parameters"];
            if (!parameters.isSequence())
                parameters = doc::Node::sequence();
            QSet<QString> names;
            for (const doc::Node &p : parameters.items())
                names.insert(p[u"name"].toString());
            QString name = QStringLiteral("param");
            for (int i = 2; names.contains(name); ++i)
                name = QStringLiteral("param%1").arg(i);
            doc::Node p = doc::Node::mapping();
            p.set(QStringLiteral("name"), doc::Node::string(name));
            p.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("query")));
            p.set(QStringLiteral("schema"),
                  editing::mappingWith(QStringLiteral("type"), doc::Node::string(QStringLiteral("string"))));
            parameters.append(p);
            op.body.set(QStringLiteral("parameters"), parameters);
        });
        m_parameters->setCurrentCell(m_parameters->rowCount() - 1, 0);
        if (QTableWidgetItem *item = m_parameters->item(m_parameters->rowCount() - 1, 0))
            m_parameters->editItem(item);
    });
    connect(removeParameter, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->currentRow();
        if (row < 0)
            return;
        apply(tr("request parameters"), -1, [row](model::Api &, model::Operation &op) {
            doc::Node parameters = op.body[u"parameters"];
            int index = -1;
            for (std::size_t i = 0; i < parameters.items().size(); ++i) {
                if (!parameters.items()[i].contains(u"$ref") && ++index == row) {
                    parameters.items().erase(parameters.items().begin() + qsizetype(i));
                    break;
                }
            }
            if (parameters.items().empty())
                op.body.remove(u"parameters");
            else
                op.body.set(QStringLiteral("parameters"), parameters);
        });
    });
    return page;
}

QWidget *MethodEditor::createMethodResponsePanel()
{
    auto *page = new QWidget(this);
    m_methodResponses = new QTableWidget(0, 3, page);
    m_methodResponses->setAccessibleName(tr("Method responses"));
    m_methodResponses->setHorizontalHeaderLabels({tr("Status"), tr("Headers"), tr("Models (content type=model)")});
    m_methodResponses->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_methodResponses->verticalHeader()->setVisible(false);
    m_methodResponseError = editing::makeErrorLabel(page);
    auto *add = new QPushButton(tr("Add Response"), page);
    add->setAccessibleName(tr("Add method response"));
    auto *remove = new QPushButton(tr("Remove"), page);
    remove->setAccessibleName(tr("Remove method response"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *row = new QHBoxLayout;
    row->addWidget(m_methodResponses, 1);
    row->addLayout(buttons);
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *hint = new QLabel(tr("The statuses, headers and models the method declares. Headers are names separated by "
                               "commas; models are CONTENT-TYPE=MODEL pairs naming models of the API."),
                            page);
    hint->setWordWrap(true);
    hint->setMinimumWidth(120); // wraps instead of widening the editor
    layout->addWidget(hint);
    layout->addLayout(row, 1);
    layout->addWidget(m_methodResponseError);

    connect(m_methodResponses, &QTableWidget::cellChanged, this, [this](int r, int c) {
        if (!m_updating)
            onMethodResponseEdited(r, c);
    });
    connect(add, &QPushButton::clicked, this, [this] {
        apply(tr("method responses"), -1, [](model::Api &, model::Operation &op) {
            doc::Node responses = op.body[u"responses"];
            QString status = QStringLiteral("200");
            for (int s = 200; responses.contains(status) && s < 600; ++s)
                status = QString::number(s + 1);
            responses.set(status, editing::mappingWith(QStringLiteral("description"),
                                                           doc::Node::string(QStringLiteral("%1 response").arg(status))));
            op.body.set(QStringLiteral("responses"), responses);
        });
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int r = m_methodResponses->currentRow();
        if (r < 0 || !m_methodResponses->item(r, 0))
            return;
        const QString status = m_methodResponses->item(r, 0)->text();
        apply(tr("method responses"), -1, [&status](model::Api &, model::Operation &op) {
            doc::Node responses = op.body[u"responses"];
            responses.remove(status);
            op.body.set(QStringLiteral("responses"), responses);
        });
    });
    return page;
}

bool MethodEditor::showKey(const QString &key)
{
    const EditorKey k = EditorKey::parse(key);
    if (k.prefix != QLatin1String("method") || !m_document->isOpen())
        return false;
    const qsizetype colon = k.rest.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    const QString path = k.rest.left(colon);
    const QString method = k.rest.mid(colon + 1);
    const model::Api *api = m_document->project().api(k.apiId);
    if (!api || api->protocol != model::Protocol::Rest || !editing::findOperation(*api, path, method))
        return false;
    const bool same = key == m_key;
    m_key = key;
    m_apiId = k.apiId;
    m_path = path;
    m_method = method;
    if (!same) {
        editing::showFieldError(m_authorizer, m_authError, {});
        editing::showFieldError(m_parameters, m_parameterError, {});
        editing::showFieldError(m_methodResponses, m_methodResponseError, {});
    }
    refresh();
    return true;
}

void MethodEditor::openBox(Box box)
{
    m_boxes[box]->setChecked(true);
    const int page = box == MethodRequestBox ? 0
        : box == IntegrationRequestBox || box == BackendBox ? 1
        : box == IntegrationResponseBox ? 2
                                        : 3;
    m_panels->setCurrentIndex(page);
}

bool MethodEditor::apply(const QString &what, int mergeId,
                         const std::function<void(model::Api &, model::Operation &)> &change)
{
    if (!m_document->isOpen())
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
    m_document->edit(tr("Set %1 of %2 %3").arg(what, m_method, m_path), std::move(project), mergeId);
    return true;
}

void MethodEditor::refresh()
{
    if (m_key.isEmpty() || !m_document->isOpen())
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    const model::Operation *op = api ? editing::findOperation(*api, m_path, m_method) : nullptr;
    if (!op)
        return; // the EditorArea moves away from a method that is gone
    m_updating = true;
    m_title->setText(tr("%1 %2 · %3").arg(m_method, m_path, api->definition.title().isEmpty() ? api->id
                                                                                             : api->definition.title()));

    // Method request
    const doc::Node &document = api->definition.document;
    const Authorization auth = authorizationOf(document, *op);
    editing::setComboValue(m_authorization, auth.type);
    editing::showAuthorizers(m_authorizer, document, auth.type,
                             {QStringLiteral("CUSTOM"), QStringLiteral("COGNITO_USER_POOLS")}, auth.authorizer);
    m_scopes->setEnabled(auth.type == QLatin1String("COGNITO_USER_POOLS"));
    if (!m_scopes->hasFocus())
        editing::setTextIfChanged(m_scopes, auth.scopes.join(QStringLiteral(", ")));
    m_apiKey->setChecked(auth.apiKeyRequired);
    m_validator->clear();
    m_validator->addItem(tr("(none)"), QString());
    for (const auto &member : document[u"x-amazon-apigateway-request-validators"].members())
        m_validator->addItem(member.first, member.first);
    editing::setComboValue(m_validator, op->body[u"x-amazon-apigateway-request-validator"].toString());

    const QList<Parameter> parameters = parametersOf(*op);
    bool sameParameters = m_parameters->rowCount() == parameters.size();
    for (int row = 0; sameParameters && row < parameters.size(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_parameters->cellWidget(row, 1));
        sameParameters = m_parameters->item(row, 0) && m_parameters->item(row, 0)->text() == parameters[row].name
            && combo && combo->currentText() == parameters[row].in
            && (m_parameters->item(row, 2)->checkState() == Qt::Checked) == parameters[row].required;
    }
    if (!sameParameters) {
        m_parameters->setRowCount(int(parameters.size()));
        for (int row = 0; row < parameters.size(); ++row) {
            m_parameters->setItem(row, 0, new QTableWidgetItem(parameters[row].name));
            auto *in = new QComboBox(m_parameters);
            in->setAccessibleName(tr("Location of parameter %1").arg(parameters[row].name));
            in->addItems({QStringLiteral("query"), QStringLiteral("header"), QStringLiteral("path")});
            if (in->findText(parameters[row].in) < 0)
                in->addItem(parameters[row].in);
            in->setCurrentText(parameters[row].in);
            connect(in, &QComboBox::activated, this, [this] { onParameterEdited(); });
            m_parameters->setCellWidget(row, 1, in);
            auto *required = new QTableWidgetItem;
            required->setFlags(Qt::ItemIsUserCheckable | Qt::ItemIsEnabled | Qt::ItemIsSelectable);
            required->setCheckState(parameters[row].required ? Qt::Checked : Qt::Unchecked);
            m_parameters->setItem(row, 2, required);
        }
    }

    // Integration request and responses
    m_integration->setIntegration(op->integration, m_document->project());
    const bool proxy = op->integration
        && (op->integration->type == model::IntegrationType::AwsProxy
            || op->integration->type == model::IntegrationType::HttpProxy);
    m_proxyNote->setVisible(proxy || !op->integration);
    if (!op->integration)
        m_proxyNote->setText(tr("This method has no integration yet: choose one in Integration Request."));
    else
        m_proxyNote->setText(tr("A proxy integration passes the backend's response through as it is: integration "
                                "responses do not apply."));
    m_responses->setEnabled(op->integration && !proxy);
    m_responses->setResponses(op->integration ? op->integration->responses : QList<model::IntegrationResponse>());

    // Method responses
    const QList<MethodResponseRow> rows = methodResponsesOf(*op);
    bool sameResponses = m_methodResponses->rowCount() == rows.size();
    for (int row = 0; sameResponses && row < rows.size(); ++row) {
        sameResponses = m_methodResponses->item(row, 0)->text() == rows[row].status
            && m_methodResponses->item(row, 1)->text() == rows[row].headers
            && m_methodResponses->item(row, 2)->text() == rows[row].models;
    }
    if (!sameResponses) {
        m_methodResponses->setRowCount(int(rows.size()));
        for (int row = 0; row < rows.size(); ++row) {
            m_methodResponses->setItem(row, 0, new QTableWidgetItem(rows[row].status));
            m_methodResponses->setItem(row, 1, new QTableWidgetItem(rows[row].headers));
            m_methodResponses->setItem(row, 2, new QTableWidgetItem(rows[row].models));
        }
    }
    updateSummaries(*api, *op);
    m_updating = false;
}

void MethodEditor::updateSummaries(const model::Api &api, const model::Operation &op)
{
    const Authorization auth = authorizationOf(api.definition.document, op);
    QStringList request;
    request << tr("Authorization: %1").arg(auth.authorizer.isEmpty() ? auth.type
                                                                     : QStringLiteral("%1 (%2)").arg(auth.type, auth.authorizer));
    request << tr("API key required: %1").arg(auth.apiKeyRequired ? tr("yes") : tr("no"));
    const QString validator = op.body[u"x-amazon-apigateway-request-validator"].toString();
    request << tr("Request validator: %1").arg(validator.isEmpty() ? tr("none") : validator);
    const QList<Parameter> parameters = parametersOf(op);
    QStringList names;
    for (const Parameter &p : parameters)
        names.append(QStringLiteral("%1 (%2)").arg(p.name, p.in));
    request << (names.isEmpty() ? tr("No request parameters") : tr("Parameters: %1").arg(names.join(QStringLiteral(", "))));
    m_boxes[MethodRequestBox]->setSummary(request);

    QStringList integration;
    QStringList backend;
    QStringList responses;
    if (!op.integration) {
        integration << tr("No integration: requests get a 500") << tr("Click to choose one");
        backend << tr("None");
        responses << tr("None");
    } else {
        const model::Integration &in = *op.integration;
        integration << tr("Type: %1").arg(model::integrationTypeName(in.type).toUpper());
        if (!in.httpMethod.isEmpty() && in.type != model::IntegrationType::Mock)
            integration << tr("HTTP method: %1").arg(in.httpMethod.toUpper());
        integration << (in.timeoutInMillis > 0 ? tr("Timeout: %1 ms").arg(in.timeoutInMillis)
                                               : tr("Timeout: 29000 ms (default)"));
        QStringList types;
        for (const auto &t : in.requestTemplates)
            types.append(t.first);
        if (!types.isEmpty())
            integration << tr("Templates: %1").arg(types.join(QStringLiteral(", ")));
        if (!in.requestParameters.isEmpty())
            integration << tr("%n parameter mapping(s)", nullptr, int(in.requestParameters.size()));
        switch (in.type) {
        case model::IntegrationType::Mock:
            backend << tr("Mock") << tr("Answered by API Gateway from the request template's statusCode");
            break;
        case model::IntegrationType::AwsProxy:
        case model::IntegrationType::Aws: {
            const QString function = model::functionNameFromUri(in.uri);
            if (!function.isEmpty() && in.uri.contains(QLatin1String(":lambda:"))) {
                backend << tr("Lambda function") << function;
                if (!m_document->project().function(function))
                    backend << tr("not defined in this project");
            } else {
                backend << tr("AWS service") << elide(in.uri);
            }
            break;
        }
        case model::IntegrationType::Http:
        case model::IntegrationType::HttpProxy:
            backend << tr("HTTP endpoint") << elide(in.uri.isEmpty() ? tr("(no URL)") : in.uri);
            break;
        }
        const bool proxy = in.type == model::IntegrationType::AwsProxy || in.type == model::IntegrationType::HttpProxy;
        if (proxy) {
            responses << tr("Proxy integration") << tr("The backend's response is passed through");
        } else {
            for (const model::IntegrationResponse &r : in.responses)
                responses << QStringLiteral("%1 → %2").arg(r.selectionPattern, r.statusCode);
            if (in.responses.isEmpty())
                responses << tr("No responses: every answer is a 500");
        }
    }
    m_boxes[IntegrationRequestBox]->setSummary(integration);
    m_boxes[BackendBox]->setSummary(backend);
    m_boxes[IntegrationResponseBox]->setSummary(responses);

    QStringList method;
    for (const MethodResponseRow &row : methodResponsesOf(op))
        method << (row.headers.isEmpty() ? row.status : QStringLiteral("%1: %2").arg(row.status, row.headers));
    if (method.isEmpty())
        method << tr("No method responses declared");
    m_boxes[MethodResponseBox]->setSummary(method);
}

void MethodEditor::onAuthorizationEdited(int field)
{
    if (m_updating)
        return;
    Authorization auth;
    auth.type = m_authorization->currentData().toString();
    auth.apiKeyRequired = m_apiKey->isChecked();
    auth.scopes = editing::splitList(m_scopes->text());
    const model::Api *api = m_document->project().api(m_apiId);
    if (!api)
        return;
    if (auth.type == QLatin1String("CUSTOM") || auth.type == QLatin1String("COGNITO_USER_POOLS")) {
        // Choosing the type picks the first authorizer of that kind; the API must have one.
        QString chosen = field == 0 ? QString() : m_authorizer->currentData().toString();
        const bool cognito = auth.type == QLatin1String("COGNITO_USER_POOLS");
        if (chosen.isEmpty())
            chosen = editing::firstAuthorizerFor(api->definition.document, auth.type);
        if (chosen.isEmpty()) {
            editing::showFieldError(m_authorizer, m_authError,
                                    cognito ? tr("This API has no Cognito user pool authorizer. Add one under "
                                                 "Authorizers in the Explorer first.")
                                            : tr("This API has no Lambda authorizer. Add one under Authorizers in the "
                                                 "Explorer first."));
            m_updating = true;
            editing::setComboValue(m_authorization, authorizationOf(api->definition.document,
                                                                    *editing::findOperation(*api, m_path, m_method))
                                                        .type);
            m_updating = false;
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
    editing::showFieldError(m_scopes, m_authError, {});
    editing::showFieldError(m_authorizer, nullptr, {});
    static const char *const what[] = {QT_TR_NOOP("authorization"), QT_TR_NOOP("authorizer"),
                                       QT_TR_NOOP("authorization scopes"), QT_TR_NOOP("API key required")};
    apply(tr(what[field]), MethodRequestMergeBase + field, [&auth](model::Api &a, model::Operation &op) {
        setAuthorization(a.definition.document, op, auth);
    });
}

void MethodEditor::onParameterEdited()
{
    if (m_updating)
        return;
    QList<Parameter> rows;
    for (int row = 0; row < m_parameters->rowCount(); ++row) {
        const auto *combo = qobject_cast<QComboBox *>(m_parameters->cellWidget(row, 1));
        Parameter p;
        p.name = m_parameters->item(row, 0) ? m_parameters->item(row, 0)->text().trimmed() : QString();
        p.in = combo ? combo->currentText() : QStringLiteral("query");
        p.required = m_parameters->item(row, 2) && m_parameters->item(row, 2)->checkState() == Qt::Checked;
        rows.append(p);
    }
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    QString problem;
    QSet<QString> seen;
    for (const Parameter &p : std::as_const(rows)) {
        if (p.name.isEmpty())
            problem = tr("A request parameter needs a name.");
        else if (!token.match(p.name).hasMatch())
            problem = tr("Parameter name “%1” has characters a header or query parameter name cannot have.").arg(p.name);
        else if (seen.contains(p.in + QLatin1Char('/') + p.name))
            problem = tr("There are two %1 parameters named “%2”.").arg(p.in, p.name);
        else if (p.in == QLatin1String("path") && !m_path.contains(QLatin1Char('{') + p.name + QLatin1Char('}'))
                 && !m_path.contains(QLatin1Char('{') + p.name + QStringLiteral("+}")))
            problem = tr("Path parameter “%1” is not in the resource path %2; path parameters name a {part} of it.")
                          .arg(p.name, m_path);
        if (!problem.isEmpty())
            break;
        seen.insert(p.in + QLatin1Char('/') + p.name);
    }
    editing::showFieldError(m_parameters, m_parameterError, problem);
    if (!problem.isEmpty())
        return;
    apply(tr("request parameters"), MethodRequestMergeBase + 5, [&rows](model::Api &, model::Operation &op) {
        const doc::Node old = op.body[u"parameters"];
        doc::Node parameters = doc::Node::sequence();
        int index = 0;
        for (const doc::Node &p : old.items()) {
            if (p.contains(u"$ref")) {
                parameters.append(p);
                continue;
            }
            if (index >= rows.size())
                continue;
            doc::Node node = p;
            const Parameter &row = rows[index++];
            node.set(QStringLiteral("name"), doc::Node::string(row.name));
            node.set(QStringLiteral("in"), doc::Node::string(row.in));
            if (row.required || row.in == QLatin1String("path"))
                node.set(QStringLiteral("required"), doc::Node::boolean(true));
            else
                node.remove(u"required");
            parameters.append(node);
        }
        if (parameters.items().empty())
            op.body.remove(u"parameters");
        else
            op.body.set(QStringLiteral("parameters"), parameters);
    });
}

void MethodEditor::onMethodResponseEdited(int row, int column)
{
    const QTableWidgetItem *statusItem = m_methodResponses->item(row, 0);
    if (!statusItem)
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    const model::Operation *op = api ? editing::findOperation(*api, m_path, m_method) : nullptr;
    if (!op)
        return;
    const QList<MethodResponseRow> rows = methodResponsesOf(*op);
    if (row >= rows.size())
        return;
    const QString oldStatus = rows[row].status;
    const QString status = statusItem->text().trimmed();
    const QString headersText = m_methodResponses->item(row, 1) ? m_methodResponses->item(row, 1)->text() : QString();
    const QString modelsText = m_methodResponses->item(row, 2) ? m_methodResponses->item(row, 2)->text() : QString();
    QString problem;
    bool ok = false;
    const int code = status.toInt(&ok);
    if (status != QLatin1String("default") && (!ok || code < 100 || code > 599 || status.size() != 3))
        problem = tr("A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.").arg(status);
    else if (status != oldStatus && op->body[u"responses"].contains(status))
        problem = tr("There is already a method response for status %1.").arg(status);
    static const QRegularExpression token(QStringLiteral("^[A-Za-z0-9!#$%&'*+.^_`|~-]+$"));
    const QStringList headers = editing::splitList(headersText);
    for (const QString &h : headers) {
        if (problem.isEmpty() && !token.match(h).hasMatch())
            problem = tr("“%1” is no valid header name.").arg(h);
    }
    const doc::Node &schemas = api->definition.document[u"components"][u"schemas"];
    QList<QPair<QString, QString>> models;
    for (const QString &pair : editing::splitList(modelsText)) {
        const qsizetype eq = pair.indexOf(QLatin1Char('='));
        const QString type = pair.left(eq).trimmed();
        const QString name = eq < 0 ? QString() : pair.mid(eq + 1).trimmed();
        if (problem.isEmpty() && (eq <= 0 || !type.contains(QLatin1Char('/')) || name.isEmpty()))
            problem = tr("“%1” is not CONTENT-TYPE=MODEL, e.g. application/json=Pet.").arg(pair);
        else if (problem.isEmpty() && !schemas.contains(name))
            problem = tr("Model “%1” is not defined in this API; add it under Models first.").arg(name);
        models.append({type, name});
    }
    editing::showFieldError(m_methodResponses, m_methodResponseError, problem);
    if (!problem.isEmpty())
        return;
    apply(tr("method response %1").arg(status), MethodResponseMergeBase + column,
          [&](model::Api &, model::Operation &o) {
              const doc::Node old = o.body[u"responses"];
              doc::Node responses = doc::Node::mapping();
              for (const auto &member : old.members()) {
                  if (member.first != oldStatus) {
                      responses.set(member.first, member.second);
                      continue;
                  }
                  doc::Node response = member.second;
                  if (!response.contains(u"description"))
                      response.set(QStringLiteral("description"), doc::Node::string(QStringLiteral("%1 response").arg(status)));
                  doc::Node headerNodes = doc::Node::mapping();
                  for (const QString &h : headers) {
                      const doc::Node &existing = member.second[u"headers"][h];
                      headerNodes.set(h, existing.isNull()
                                             ? editing::mappingWith(QStringLiteral("schema"),
                                                                        editing::mappingWith(QStringLiteral("type"),
                                                                                                 doc::Node::string(QStringLiteral("string"))))
                                             : existing);
                  }
                  if (headers.isEmpty())
                      response.remove(u"headers");
                  else
                      response.set(QStringLiteral("headers"), headerNodes);
                  doc::Node content = doc::Node::mapping();
                  for (const auto &m : models) {
                      doc::Node schema = editing::mappingWith(
                          QStringLiteral("$ref"), doc::Node::string(QStringLiteral("#/components/schemas/%1").arg(m.second)));
                      content.set(m.first, editing::mappingWith(QStringLiteral("schema"), schema));
                  }
                  if (models.isEmpty())
                      response.remove(u"content");
                  else
                      response.set(QStringLiteral("content"), content);
                  responses.set(status, response);
              }
              o.body.set(QStringLiteral("responses"), responses);
          });
}

} // namespace gw::ui
