// SPDX-License-Identifier: GPL-3.0-or-later
#include "authorizereditor.h"

#include "editorsupport.h"
#include "integrationeditor.h"
#include "projectdocument.h"
#include "steps/authorizer/authorizerconfig.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRegularExpression>
#include <QScrollArea>
#include <QSpinBox>
#include <QUrl>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

const QString kAuthorizerKey = QStringLiteral("x-amazon-apigateway-authorizer");

QStringList splitList(const QString &text)
{
    QStringList out;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!part.trimmed().isEmpty())
            out.append(part.trimmed());
    }
    return out;
}

QStringList listOf(const doc::Node &node)
{
    if (node.isSequence()) {
        QStringList out;
        for (const doc::Node &item : node.items())
            out.append(item.toString());
        return out;
    }
    return splitList(node.toString());
}

doc::Node sequenceOf(const QStringList &items)
{
    doc::Node out = doc::Node::sequence();
    for (const QString &item : items)
        out.append(doc::Node::string(item));
    return out;
}

bool isSigV4(const doc::Node &scheme)
{
    return scheme[u"x-amazon-apigateway-authtype"].toString().compare(QLatin1String("awsSigv4"), Qt::CaseInsensitive) == 0;
}

} // namespace

AuthorizerEditor::AuthorizerEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_note(new QLabel(this))
    , m_type(new QComboBox(this))
    , m_function(new QComboBox(this))
    , m_uri(new QLineEdit(this))
    , m_identity(new QLineEdit(this))
    , m_validation(new QLineEdit(this))
    , m_ttl(new QSpinBox(this))
    , m_providers(new QLineEdit(this))
    , m_issuer(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_payload(new QComboBox(this))
    , m_simple(new QCheckBox(tr("Simple responses: the function returns {\"isAuthorized\": true/false}"), this))
    , m_error(editing::makeErrorLabel(this))
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_note->setWordWrap(true);
    m_note->setMinimumWidth(120); // wraps instead of widening the editor
    m_type->setAccessibleName(tr("Authorizer type"));
    m_function->setAccessibleName(tr("Authorizer function"));
    m_uri->setAccessibleName(tr("Authorizer URI"));
    m_identity->setAccessibleName(tr("Identity sources"));
    m_validation->setAccessibleName(tr("Token validation expression"));
    m_validation->setPlaceholderText(tr("a regular expression the token must match, e.g. ^Bearer [-0-9a-zA-Z._]+$"));
    m_ttl->setAccessibleName(tr("Authorization caching TTL in seconds"));
    m_ttl->setRange(0, 3600);
    m_ttl->setSuffix(tr(" s"));
    m_providers->setAccessibleName(tr("Cognito user pool ARNs"));
    m_providers->setPlaceholderText(tr("arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID, …"));
    m_issuer->setAccessibleName(tr("JWT issuer"));
    m_issuer->setPlaceholderText(tr("https://cognito-idp.us-east-1.amazonaws.com/us-east-1_abc or https://example.auth0.com/"));
    m_audience->setAccessibleName(tr("JWT audiences"));
    m_audience->setPlaceholderText(tr("client ids or API identifiers, comma-separated"));
    m_payload->setAccessibleName(tr("Authorizer payload format version"));
    m_payload->addItem(QStringLiteral("2.0"), QStringLiteral("2.0"));
    m_payload->addItem(QStringLiteral("1.0"), QStringLiteral("1.0"));
    m_simple->setAccessibleName(tr("Simple responses"));

    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_note);
    m_form = new QFormLayout;
    m_form->addRow(tr("Type:"), m_type);
    m_form->addRow(tr("Lambda function:"), m_function);
    m_form->addRow(tr("Function URI:"), m_uri);
    m_form->addRow(tr("Identity sources:"), m_identity);
    m_form->addRow(tr("Token validation:"), m_validation);
    m_form->addRow(tr("Result caching (TTL):"), m_ttl);
    m_form->addRow(tr("User pools:"), m_providers);
    m_form->addRow(tr("Issuer:"), m_issuer);
    m_form->addRow(tr("Audiences:"), m_audience);
    m_form->addRow(tr("Payload format:"), m_payload);
    m_form->addRow(QString(), m_simple);
    layout->addLayout(m_form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);

    connect(m_type, &QComboBox::activated, this, &AuthorizerEditor::onTypeChosen);
    connect(m_function, &QComboBox::activated, this, [this] {
        const QString name = m_function->currentData().toString();
        if (name.isEmpty())
            return;
        const bool ws = m_kind == Kind::WebSocket;
        apply(tr("authorizer function"), FunctionField, [&name, ws](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("authorizerUri"), doc::Node::string(ws ? name : IntegrationEditor::lambdaUri(name)));
        });
    });
    connect(m_uri, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QString uri = text.trimmed();
        if (!validate(m_uri, uri.isEmpty() || model::functionNameFromUri(uri).isEmpty()
                                 ? tr("“%1” names no Lambda function; use a function of the project or its "
                                      "invocation ARN.")
                                       .arg(uri)
                                 : QString()))
            return;
        apply(tr("authorizer URI"), UriField, [&uri](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("authorizerUri"), doc::Node::string(uri));
        });
    });
    connect(m_identity, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QStringList sources = splitList(text);
        QString problem;
        if (m_kind == Kind::WebSocket) {
            static const QRegularExpression ws(
                QStringLiteral("^(route\\.request\\.(header|querystring)\\.[^\\s,]+|stageVariables\\.\\w+|context\\.[\\w.]+)$"));
            for (const QString &s : sources) {
                if (problem.isEmpty() && !ws.match(s).hasMatch())
                    problem = tr("“%1” is no WebSocket identity source: use route.request.header.NAME, "
                                 "route.request.querystring.NAME, stageVariables.NAME or context.NAME.")
                                  .arg(s);
            }
        } else {
            QString error;
            parseIdentitySources(sources, m_protocol == model::Protocol::Rest, &error);
            if (!error.isEmpty())
                problem = tr("Identity sources: %1").arg(error);
            else if (m_kind == Kind::Token && sources.size() != 1)
                problem = tr("A TOKEN authorizer takes exactly one header, e.g. method.request.header.Authorization.");
            else if (sources.isEmpty() && m_kind != Kind::Request)
                problem = tr("The authorizer needs the header its token is in, e.g. %1.")
                              .arg(m_protocol == model::Protocol::Rest ? QStringLiteral("method.request.header.Authorization")
                                                                       : QStringLiteral("$request.header.Authorization"));
        }
        if (!validate(m_identity, problem))
            return;
        const bool rest = m_protocol == model::Protocol::Rest;
        const Kind kind = m_kind;
        apply(tr("identity sources"), IdentityField, [&sources, rest, kind](doc::Node &a, doc::Node &scheme) {
            if (sources.isEmpty())
                a.remove(u"identitySource");
            else if (rest)
                a.set(QStringLiteral("identitySource"), doc::Node::string(sources.join(QStringLiteral(", "))));
            else
                a.set(QStringLiteral("identitySource"), sequenceOf(sources));
            // The security scheme names the header a TOKEN or Cognito authorizer reads.
            static const QRegularExpression header(QStringLiteral("^method\\.request\\.header\\.(.+)$"));
            const QRegularExpressionMatch m = header.match(sources.value(0));
            if ((kind == Kind::Token || kind == Kind::Cognito) && m.hasMatch() && scheme.isMapping())
                scheme.set(QStringLiteral("name"), doc::Node::string(m.captured(1)));
        });
    });
    connect(m_validation, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QRegularExpression re(text);
        if (!validate(m_validation, re.isValid() ? QString()
                                                 : tr("Not a valid regular expression: %1 (at character %2).")
                                                       .arg(re.errorString())
                                                       .arg(re.patternErrorOffset())))
            return;
        apply(tr("token validation expression"), ValidationField, [&text](doc::Node &a, doc::Node &) {
            if (text.isEmpty())
                a.remove(u"identityValidationExpression");
            else
                a.set(QStringLiteral("identityValidationExpression"), doc::Node::string(text));
        });
    });
    connect(m_ttl, &QSpinBox::valueChanged, this, [this](int value) {
        if (m_updating)
            return;
        apply(tr("result caching TTL"), TtlField, [value](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("authorizerResultTtlInSeconds"), doc::Node::integer(value));
        });
    });
    connect(m_providers, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!validate(m_providers, providerArnsProblem(text)))
            return;
        const QStringList arns = splitList(text);
        apply(tr("user pools"), ProvidersField, [&arns](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("providerARNs"), sequenceOf(arns));
        });
    });
    connect(m_issuer, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!validate(m_issuer, issuerProblem(text.trimmed())))
            return;
        const QString issuer = text.trimmed();
        apply(tr("issuer"), IssuerField, [&issuer](doc::Node &a, doc::Node &) {
            doc::Node jwt = a[u"jwtConfiguration"];
            jwt.set(QStringLiteral("issuer"), doc::Node::string(issuer));
            a.set(QStringLiteral("jwtConfiguration"), jwt);
        });
    });
    connect(m_audience, &QLineEdit::textEdited, this, [this](const QString &text) {
        const QStringList audiences = splitList(text);
        if (!validate(m_audience, audiences.isEmpty() ? tr("A JWT authorizer needs at least one audience (AWS requires "
                                                           "it): the client id or API identifier tokens carry in aud.")
                                  : audiences.size() > 50 ? tr("At most 50 audiences; there are %1.").arg(audiences.size())
                                                          : QString()))
            return;
        apply(tr("audiences"), AudienceField, [&audiences](doc::Node &a, doc::Node &) {
            doc::Node jwt = a[u"jwtConfiguration"];
            jwt.set(QStringLiteral("audience"), sequenceOf(audiences));
            a.set(QStringLiteral("jwtConfiguration"), jwt);
        });
    });
    connect(m_payload, &QComboBox::activated, this, [this] {
        const QString version = m_payload->currentData().toString();
        apply(tr("payload format version"), PayloadField, [&version](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("authorizerPayloadFormatVersion"), doc::Node::string(version));
            if (version != QLatin1String("2.0"))
                a.remove(u"enableSimpleResponses"); // AWS refuses simple responses with 1.0
        });
    });
    connect(m_simple, &QCheckBox::clicked, this, [this](bool checked) {
        apply(tr("simple responses"), SimpleResponsesField, [checked](doc::Node &a, doc::Node &) {
            a.set(QStringLiteral("enableSimpleResponses"), doc::Node::boolean(checked));
        });
    });
    editing::makeCombosCompact(this);
    connect(m_document, &ProjectDocument::changed, this, &AuthorizerEditor::refresh);
}

QString AuthorizerEditor::providerArnsProblem(const QString &text)
{
    static const QRegularExpression arn(
        QStringLiteral("^arn:aws[a-z-]*:cognito-idp:[a-z0-9-]+:[0-9]{12}:userpool/[a-z0-9-]+_[A-Za-z0-9]+$"));
    const QStringList arns = splitList(text);
    if (arns.isEmpty())
        return tr("A Cognito authorizer needs at least one user pool ARN, e.g. "
                  "arn:aws:cognito-idp:us-east-1:123456789012:userpool/us-east-1_AbCdEf123.");
    for (const QString &a : arns) {
        if (!arn.match(a).hasMatch())
            return tr("“%1” is not a user pool ARN: arn:aws:cognito-idp:REGION:ACCOUNT:userpool/POOL_ID.").arg(a);
    }
    return {};
}

QString AuthorizerEditor::issuerProblem(const QString &issuer)
{
    if (issuer.isEmpty())
        return tr("A JWT authorizer needs its issuer (the iss of the tokens), e.g. https://example.auth0.com/.");
    const QUrl url(issuer);
    if (!url.isValid() || url.host().isEmpty() || (url.scheme() != QLatin1String("https") && url.scheme() != QLatin1String("http")))
        return tr("The issuer must be an https:// URL; got “%1”.").arg(issuer);
    return {};
}

bool AuthorizerEditor::showKey(const QString &key)
{
    const EditorKey k = EditorKey::parse(key);
    if (k.prefix != QLatin1String("authorizer") || !m_document->isOpen() || k.rest.isEmpty())
        return false;
    const model::Api *api = m_document->project().api(k.apiId);
    if (!api)
        return false;
    const doc::Node &document = api->definition.document;
    if (api->protocol == model::Protocol::WebSocket) {
        if (document[u"authorizers"][k.rest].isNull())
            return false;
    } else {
        const doc::Node &scheme = document[u"components"][u"securitySchemes"][k.rest];
        if (!scheme.contains(kAuthorizerKey) && !isSigV4(scheme))
            return false;
    }
    if (key != m_key) {
        m_invalidField = nullptr;
        for (QWidget *w : {static_cast<QWidget *>(m_uri), static_cast<QWidget *>(m_identity),
                           static_cast<QWidget *>(m_validation), static_cast<QWidget *>(m_providers),
                           static_cast<QWidget *>(m_issuer), static_cast<QWidget *>(m_audience)})
            editing::showFieldError(w, nullptr, {});
        editing::showFieldError(nullptr, m_error, {});
    }
    m_key = key;
    m_apiId = k.apiId;
    m_name = k.rest;
    m_protocol = api->protocol;
    refresh();
    return true;
}

bool AuthorizerEditor::validate(QWidget *field, const QString &problem)
{
    if (m_invalidField && m_invalidField != field && problem.isEmpty())
        return true; // another field is still wrong: its message stays
    editing::showFieldError(field, m_error, problem);
    m_invalidField = problem.isEmpty() ? nullptr : field;
    return problem.isEmpty();
}

bool AuthorizerEditor::apply(const QString &what, Field field,
                             const std::function<void(doc::Node &authorizer, doc::Node &scheme)> &change)
{
    if (m_updating || !m_document->isOpen())
        return false;
    model::Project project = m_document->project();
    model::Api *api = editing::findApi(project, m_apiId);
    if (!api)
        return false;
    doc::Node &document = api->definition.document;
    if (api->protocol == model::Protocol::WebSocket) {
        doc::Node authorizers = document[u"authorizers"];
        doc::Node *a = authorizers.find(m_name);
        if (!a)
            return false;
        doc::Node none;
        change(*a, none);
        document.set(QStringLiteral("authorizers"), authorizers);
    } else {
        doc::Node components = document[u"components"];
        doc::Node schemes = components[u"securitySchemes"];
        doc::Node *scheme = schemes.find(m_name);
        if (!scheme)
            return false;
        doc::Node a = (*scheme)[kAuthorizerKey];
        change(a, *scheme);
        scheme->set(kAuthorizerKey, a);
        components.set(QStringLiteral("securitySchemes"), schemes);
        document.set(QStringLiteral("components"), components);
    }
    if (api->definition.document == m_document->project().api(m_apiId)->definition.document)
        return false; // nothing changed: no empty undo step
    m_document->edit(tr("Set %1 of authorizer %2").arg(what, m_name), std::move(project), int(MergeBase) + int(field));
    return true;
}

void AuthorizerEditor::onTypeChosen()
{
    const QString type = m_type->currentData().toString();
    const model::Project &project = m_document->project();
    const QString firstFunction = project.functions.isEmpty() ? QString() : project.functions.first().name;
    const bool rest = m_protocol == model::Protocol::Rest;
    apply(tr("type"), TypeField, [&type, &firstFunction, rest](doc::Node &a, doc::Node &scheme) {
        const QString uri = a[u"authorizerUri"].toString(firstFunction.isEmpty() ? QString()
                                                                                 : IntegrationEditor::lambdaUri(firstFunction));
        doc::Node out = doc::Node::mapping();
        out.set(QStringLiteral("type"), doc::Node::string(type));
        if (type == QLatin1String("token") || type == QLatin1String("request")) {
            if (!uri.isEmpty())
                out.set(QStringLiteral("authorizerUri"), doc::Node::string(uri));
            if (type == QLatin1String("token") || !rest) {
                out.set(QStringLiteral("identitySource"),
                        rest ? doc::Node::string(QStringLiteral("method.request.header.Authorization"))
                             : sequenceOf({QStringLiteral("$request.header.Authorization")}));
            }
            if (!a[u"authorizerResultTtlInSeconds"].isNull())
                out.set(QStringLiteral("authorizerResultTtlInSeconds"), a[u"authorizerResultTtlInSeconds"]);
            if (!rest) {
                out.set(QStringLiteral("authorizerPayloadFormatVersion"), doc::Node::string(QStringLiteral("2.0")));
                out.set(QStringLiteral("enableSimpleResponses"), doc::Node::boolean(true));
            }
            scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
            scheme.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("Authorization")));
            scheme.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
            scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), doc::Node::string(QStringLiteral("custom")));
        } else if (type == QLatin1String("cognito_user_pools")) {
            out.set(QStringLiteral("providerARNs"), a[u"providerARNs"].isSequence() ? a[u"providerARNs"] : doc::Node::sequence());
            scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("apiKey")));
            scheme.set(QStringLiteral("name"), doc::Node::string(QStringLiteral("Authorization")));
            scheme.set(QStringLiteral("in"), doc::Node::string(QStringLiteral("header")));
            scheme.set(QStringLiteral("x-amazon-apigateway-authtype"), doc::Node::string(QStringLiteral("cognito_user_pools")));
        } else { // jwt
            out.set(QStringLiteral("identitySource"), sequenceOf({QStringLiteral("$request.header.Authorization")}));
            doc::Node jwt = a[u"jwtConfiguration"].isMapping() ? a[u"jwtConfiguration"] : doc::Node::mapping();
            if (!jwt.contains(u"audience"))
                jwt.set(QStringLiteral("audience"), doc::Node::sequence());
            out.set(QStringLiteral("jwtConfiguration"), jwt);
            scheme.set(QStringLiteral("type"), doc::Node::string(QStringLiteral("oauth2")));
            scheme.remove(u"name");
            scheme.remove(u"in");
            scheme.remove(u"x-amazon-apigateway-authtype");
        }
        a = out;
    });
}

void AuthorizerEditor::refresh()
{
    if (m_key.isEmpty() || !m_document->isOpen())
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    if (!api)
        return;
    const doc::Node &document = api->definition.document;
    const bool ws = api->protocol == model::Protocol::WebSocket;
    const bool rest = api->protocol == model::Protocol::Rest;
    const doc::Node &scheme = document[u"components"][u"securitySchemes"][m_name];
    const doc::Node &a = ws ? document[u"authorizers"][m_name] : scheme[kAuthorizerKey];
    if (a.isNull() && !isSigV4(scheme))
        return; // gone; the EditorArea moves away
    m_updating = true;
    const QString type = ws ? QStringLiteral("request") : a[u"type"].toString().toLower();
    m_kind = ws                                       ? Kind::WebSocket
        : isSigV4(scheme) && a.isNull()               ? Kind::Iam
        : type == QLatin1String("token")              ? Kind::Token
        : type == QLatin1String("cognito_user_pools") ? Kind::Cognito
        : type == QLatin1String("jwt")                ? Kind::Jwt
                                                      : Kind::Request;
    m_title->setText(tr("Authorizer %1 · %2").arg(m_name, api->id));

    m_type->clear();
    if (ws) {
        m_type->addItem(tr("Lambda, request parameters (REQUEST)"), QStringLiteral("request"));
    } else if (rest) {
        m_type->addItem(tr("Lambda, token (TOKEN)"), QStringLiteral("token"));
        m_type->addItem(tr("Lambda, request parameters (REQUEST)"), QStringLiteral("request"));
        m_type->addItem(tr("Cognito user pool (COGNITO_USER_POOLS)"), QStringLiteral("cognito_user_pools"));
    } else {
        m_type->addItem(tr("JWT (JWT)"), QStringLiteral("jwt"));
        m_type->addItem(tr("Lambda (REQUEST)"), QStringLiteral("request"));
    }
    if (m_kind == Kind::Iam)
        m_type->addItem(tr("IAM (SigV4)"), QStringLiteral("iam"));
    editing::setComboValue(m_type, m_kind == Kind::Iam ? QStringLiteral("iam") : type);
    m_type->setEnabled(!ws && m_kind != Kind::Iam);

    switch (m_kind) {
    case Kind::Token:
        m_note->setText(tr("API Gateway calls the Lambda function with the token from one header; the function returns an "
                           "IAM policy. Methods use it with Authorization: CUSTOM."));
        break;
    case Kind::Request:
        m_note->setText(rest ? tr("API Gateway calls the Lambda function with the request's headers, query string, stage "
                                  "variables and context; the function returns an IAM policy.")
                             : tr("API Gateway calls the Lambda function with the request; with simple responses it "
                                  "returns {\"isAuthorized\": …}, otherwise an IAM policy."));
        break;
    case Kind::Cognito:
        m_note->setText(tr("Accepts ID and access tokens issued by the Cognito user pools below; methods can require "
                           "OAuth scopes of access tokens."));
        break;
    case Kind::Jwt:
        m_note->setText(tr("Accepts RSA-signed JWTs from the issuer whose aud (or client_id) is one of the audiences; "
                           "routes can require scopes."));
        break;
    case Kind::Iam:
        m_note->setText(tr("IAM authorization (SigV4): requests must be signed with an access key the project knows. "
                           "There is nothing to set here; choose AWS_IAM as a method's or route's authorization."));
        break;
    case Kind::WebSocket:
        m_note->setText(tr("A Lambda REQUEST authorizer of the $connect route: it runs once per connection."));
        break;
    }

    const QString uri = a[u"authorizerUri"].toString();
    m_function->clear();
    m_function->addItem(tr("(enter the function's URI below)"), QString());
    for (const model::Function &f : m_document->project().functions)
        m_function->addItem(f.name, f.name);
    const QString function = model::functionNameFromUri(uri);
    if (m_document->project().function(function))
        editing::setComboValue(m_function, function);
    else
        m_function->setCurrentIndex(0);
    if (m_invalidField != m_uri)
        editing::setTextIfChanged(m_uri, uri);
    if (m_invalidField != m_identity && !(m_identity->hasFocus() && listOf(a[u"identitySource"]) == splitList(m_identity->text())))
        editing::setTextIfChanged(m_identity, listOf(a[u"identitySource"]).join(QStringLiteral(", ")));
    if (m_invalidField != m_validation)
        editing::setTextIfChanged(m_validation, a[u"identityValidationExpression"].toString());
    const doc::Node &ttl = a[u"authorizerResultTtlInSeconds"];
    m_ttl->setValue(ttl.isNull() ? (ws ? 0 : 300) : int(ttl.toInteger(nullptr, true)));
    if (m_invalidField != m_providers && !(m_providers->hasFocus() && listOf(a[u"providerARNs"]) == splitList(m_providers->text())))
        editing::setTextIfChanged(m_providers, listOf(a[u"providerARNs"]).join(QStringLiteral(", ")));
    if (m_invalidField != m_issuer && !(m_issuer->hasFocus() && m_issuer->text().trimmed() == a[u"jwtConfiguration"][u"issuer"].toString()))
        editing::setTextIfChanged(m_issuer, a[u"jwtConfiguration"][u"issuer"].toString());
    if (m_invalidField != m_audience
        && !(m_audience->hasFocus() && listOf(a[u"jwtConfiguration"][u"audience"]) == splitList(m_audience->text())))
        editing::setTextIfChanged(m_audience, listOf(a[u"jwtConfiguration"][u"audience"]).join(QStringLiteral(", ")));
    editing::setComboValue(m_payload, a[u"authorizerPayloadFormatVersion"].toString(QStringLiteral("2.0")));
    m_simple->setChecked(a[u"enableSimpleResponses"].toBool());
    m_simple->setEnabled(a[u"authorizerPayloadFormatVersion"].toString(QStringLiteral("2.0")) == QLatin1String("2.0"));
    m_identity->setPlaceholderText(ws     ? tr("route.request.querystring.token, route.request.header.Auth")
                                   : rest ? tr("method.request.header.Authorization, method.request.querystring.key")
                                          : tr("$request.header.Authorization, $request.querystring.key"));
    m_updating = false;
    updateVisibility();
}

void AuthorizerEditor::updateVisibility()
{
    const bool lambda = m_kind == Kind::Token || m_kind == Kind::Request || m_kind == Kind::WebSocket;
    const bool httpLambda = m_kind == Kind::Request && m_protocol == model::Protocol::Http;
    auto show = [this](QWidget *field, bool visible) { m_form->setRowVisible(field, visible); };
    show(m_function, lambda);
    show(m_uri, lambda);
    show(m_identity, m_kind != Kind::Iam);
    show(m_validation, m_kind == Kind::Token);
    show(m_ttl, lambda);
    show(m_providers, m_kind == Kind::Cognito);
    show(m_issuer, m_kind == Kind::Jwt);
    show(m_audience, m_kind == Kind::Jwt);
    show(m_payload, httpLambda);
    show(m_simple, httpLambda);
}

} // namespace gw::ui
