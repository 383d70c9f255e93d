// SPDX-License-Identifier: GPL-3.0-or-later
#include "integrationeditor.h"

#include "editorsupport.h"
#include "io/diagnostic.h"
#include "io/openapi.h"
#include "projectdocument.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollArea>
#include <QTableWidget>
#include <QUrl>
#include <QVBoxLayout>

#include <algorithm>

namespace gw::ui {

namespace {

constexpr int kNoIntegration = -1;

bool isLambdaUri(const QString &uri)
{
    return uri.contains(QLatin1String(":lambda:path/")) || uri.startsWith(QLatin1String("arn:aws:lambda:"));
}

bool isVpcLink(const model::Integration &in)
{
    return in.connectionType == QLatin1String("VPC_LINK");
}

/// The content handling choices, as AWS names them; passthrough is no value at all.
void fillContentHandling(QComboBox *combo)
{
    combo->addItem(IntegrationEditor::tr("Passthrough (no conversion)"), QString());
    combo->addItem(IntegrationEditor::tr("Convert to text (CONVERT_TO_TEXT)"), QStringLiteral("CONVERT_TO_TEXT"));
    combo->addItem(IntegrationEditor::tr("Convert to binary (CONVERT_TO_BINARY)"), QStringLiteral("CONVERT_TO_BINARY"));
}

} // namespace

IntegrationEditor::IntegrationEditor(Flavour flavour, QWidget *parent)
    : QWidget(parent)
    , m_flavour(flavour)
    , m_type(new QComboBox(this))
    , m_functionLabel(new QLabel(tr("Lambda function:"), this))
    , m_function(new QComboBox(this))
    , m_uriLabel(new QLabel(tr("URI:"), this))
    , m_uri(new QLineEdit(this))
    , m_uriError(editing::makeErrorLabel(this))
    , m_httpMethodLabel(new QLabel(tr("HTTP method:"), this))
    , m_httpMethod(new QComboBox(this))
    , m_timeout(new QLineEdit(this))
    , m_timeoutError(editing::makeErrorLabel(this))
    , m_passthroughLabel(new QLabel(tr("Request body passthrough:"), this))
    , m_passthrough(new QComboBox(this))
    , m_payloadLabel(new QLabel(tr("Payload format version:"), this))
    , m_payload(new QComboBox(this))
    , m_parametersLabel(new QLabel(tr("Request parameters:"), this))
    , m_parameters(new PairsTable(tr("Integration parameter"), tr("Mapped from"), tr("Integration request parameters"), this))
    , m_templatesLabel(new QLabel(tr("Mapping templates:"), this))
    , m_templates(new TemplateMapEditor(tr("Integration request mapping template"), this))
    , m_credentialsLabel(new QLabel(tr("Credentials:"), this))
    , m_credentialsMode(new QComboBox(this))
    , m_roleArn(new QLineEdit(this))
    , m_roleArnError(editing::makeErrorLabel(this))
    , m_contentHandlingLabel(new QLabel(tr("Content handling:"), this))
    , m_contentHandling(new QComboBox(this))
    , m_connectionTypeLabel(new QLabel(tr("Connection:"), this))
    , m_connectionType(new QComboBox(this))
    , m_connectionIdLabel(new QLabel(tr("VPC link id:"), this))
    , m_connectionId(new QLineEdit(this))
    , m_connectionIdError(editing::makeErrorLabel(this))
    , m_vpcNote(new QLabel(this))
{
    m_type->setAccessibleName(tr("Integration type"));
    m_type->addItem(tr("(no integration)"), kNoIntegration);
    if (flavour == Flavour::Rest) {
        m_type->addItem(tr("Lambda proxy (AWS_PROXY)"), int(model::IntegrationType::AwsProxy));
        m_type->addItem(tr("AWS service (AWS)"), int(model::IntegrationType::Aws));
        m_type->addItem(tr("HTTP proxy (HTTP_PROXY)"), int(model::IntegrationType::HttpProxy));
        m_type->addItem(tr("HTTP (HTTP)"), int(model::IntegrationType::Http));
        m_type->addItem(tr("Mock (MOCK)"), int(model::IntegrationType::Mock));
    } else {
        m_type->addItem(tr("Lambda function (AWS_PROXY)"), int(model::IntegrationType::AwsProxy));
        m_type->addItem(tr("HTTP URL (HTTP_PROXY)"), int(model::IntegrationType::HttpProxy));
    }
    m_function->setAccessibleName(tr("Lambda function"));
    m_uri->setAccessibleName(tr("Integration URI"));
    m_uri->setPlaceholderText(tr("https://example.com/{proxy} or arn:aws:apigateway:…"));
    m_httpMethod->setAccessibleName(tr("Integration HTTP method"));
    m_httpMethod->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                            QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS"),
                            QStringLiteral("ANY")});
    for (int i = 0; i < m_httpMethod->count(); ++i)
        m_httpMethod->setItemData(i, m_httpMethod->itemText(i));
    m_timeout->setAccessibleName(tr("Integration timeout in milliseconds"));
    m_timeout->setPlaceholderText(flavour == Flavour::Rest ? tr("default: 29000") : tr("default: 30000"));
    m_passthrough->setAccessibleName(tr("Request body passthrough"));
    m_passthrough->addItem(tr("When no template matches the Content-Type (WHEN_NO_MATCH)"), QStringLiteral("when_no_match"));
    m_passthrough->addItem(tr("When there are no templates (WHEN_NO_TEMPLATES)"), QStringLiteral("when_no_templates"));
    m_passthrough->addItem(tr("Never (NEVER)"), QStringLiteral("never"));
    m_payload->setAccessibleName(tr("Payload format version"));
    m_payload->addItem(QStringLiteral("2.0"), QStringLiteral("2.0"));
    m_payload->addItem(QStringLiteral("1.0"), QStringLiteral("1.0"));
    m_parameters->setKeyPrefix(QStringLiteral("integration.request.header."));
    m_credentialsMode->setAccessibleName(tr("Integration credentials"));
    m_credentialsMode->addItem(tr("None (the backend's resource policy allows API Gateway)"), int(CredentialsMode::None));
    m_credentialsMode->addItem(tr("IAM role API Gateway assumes"), int(CredentialsMode::Role));
    if (flavour == Flavour::Rest)
        m_credentialsMode->addItem(tr("Caller's credentials (arn:aws:iam::*:user/*)"), int(CredentialsMode::Caller));
    m_credentialsMode->setToolTip(tr("What API Gateway signs the call to the backend with on AWS. Gatehouse calls local "
                                      "functions without assuming a role; the fidelity report says so."));
    m_roleArn->setAccessibleName(tr("Integration role ARN"));
    m_roleArn->setPlaceholderText(tr("arn:aws:iam::123456789012:role/apigateway-invoke"));
    m_contentHandling->setAccessibleName(tr("Integration content handling"));
    fillContentHandling(m_contentHandling);
    m_connectionType->setAccessibleName(tr("Integration connection type"));
    m_connectionType->addItem(tr("Internet (INTERNET)"), QStringLiteral("INTERNET"));
    m_connectionType->addItem(tr("VPC link (VPC_LINK)"), QStringLiteral("VPC_LINK"));
    m_connectionId->setAccessibleName(tr("VPC link id"));
    m_connectionId->setPlaceholderText(tr("abc123 or ${stageVariables.vpcLinkId}"));
    m_vpcNote->setWordWrap(true);
    m_vpcNote->setMinimumWidth(120);
    m_vpcNote->setAccessibleName(tr("What Gatehouse does with the VPC link"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Integration type:"), m_type);
    form->addRow(m_functionLabel, m_function);
    auto *uriBox = new QVBoxLayout;
    uriBox->setSpacing(2);
    uriBox->addWidget(m_uri);
    uriBox->addWidget(m_uriError);
    form->addRow(m_uriLabel, uriBox);
    form->addRow(m_httpMethodLabel, m_httpMethod);
    auto *timeoutBox = new QVBoxLayout;
    timeoutBox->setSpacing(2);
    timeoutBox->addWidget(m_timeout);
    timeoutBox->addWidget(m_timeoutError);
    form->addRow(tr("Timeout (ms):"), timeoutBox);
    auto *credentialsBox = new QVBoxLayout;
    credentialsBox->setSpacing(2);
    credentialsBox->addWidget(m_credentialsMode);
    credentialsBox->addWidget(m_roleArn);
    credentialsBox->addWidget(m_roleArnError);
    form->addRow(m_credentialsLabel, credentialsBox);
    form->addRow(m_connectionTypeLabel, m_connectionType);
    auto *connectionIdBox = new QVBoxLayout;
    connectionIdBox->setSpacing(2);
    connectionIdBox->addWidget(m_connectionId);
    connectionIdBox->addWidget(m_connectionIdError);
    connectionIdBox->addWidget(m_vpcNote);
    form->addRow(m_connectionIdLabel, connectionIdBox);
    form->addRow(m_contentHandlingLabel, m_contentHandling);
    form->addRow(m_passthroughLabel, m_passthrough);
    form->addRow(m_payloadLabel, m_payload);
    form->addRow(m_parametersLabel, m_parameters);
    form->addRow(m_templatesLabel, m_templates);

    connect(m_type, &QComboBox::activated, this, &IntegrationEditor::onTypeChosen);
    connect(m_function, &QComboBox::activated, this, [this] {
        const QString name = m_function->currentData().toString();
        if (!m_integration || name.isEmpty())
            return;
        m_integration->uri = lambdaUri(name);
        m_integration->httpMethod = QStringLiteral("POST");
        editing::setTextIfChanged(m_uri, m_integration->uri);
        editing::showFieldError(m_uri, m_uriError, {});
        emitEdit(tr("Lambda function"), FunctionField);
    });
    connect(m_uri, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_integration)
            return;
        const QString problem = uriProblem(m_integration->type, text.trimmed(), isVpcLink(*m_integration));
        editing::showFieldError(m_uri, m_uriError, problem);
        if (!problem.isEmpty())
            return;
        m_integration->uri = text.trimmed();
        emitEdit(tr("integration URI"), UriField);
    });
    connect(m_httpMethod, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        m_integration->httpMethod = m_httpMethod->currentText();
        emitEdit(tr("integration HTTP method"), HttpMethodField);
    });
    connect(m_timeout, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_integration)
            return;
        const QString problem = timeoutProblem(text, m_flavour == Flavour::Rest);
        editing::showFieldError(m_timeout, m_timeoutError, problem);
        if (!problem.isEmpty())
            return;
        m_integration->timeoutInMillis = text.trimmed().isEmpty() ? 0 : text.trimmed().toInt();
        emitEdit(tr("integration timeout"), TimeoutField);
    });
    connect(m_passthrough, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        m_integration->passthroughBehavior = m_passthrough->currentData().toString();
        emitEdit(tr("passthrough behaviour"), PassthroughField);
    });
    connect(m_payload, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        m_integration->payloadFormatVersion = m_payload->currentData().toString();
        emitEdit(tr("payload format version"), PayloadField);
    });
    connect(m_parameters, &PairsTable::pairsEdited, this, [this](const model::StringPairs &pairs) {
        if (!m_integration)
            return;
        m_integration->requestParameters = pairs;
        emitEdit(tr("integration request parameters"), RequestParametersField);
    });
    connect(m_templates, &TemplateMapEditor::templatesEdited, this, [this](const model::StringPairs &templates) {
        if (!m_integration)
            return;
        m_integration->requestTemplates = templates;
        emitEdit(tr("request mapping templates"), RequestTemplatesField);
    });
    connect(m_credentialsMode, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        const auto mode = CredentialsMode(m_credentialsMode->currentData().toInt());
        if (mode == CredentialsMode::Role) {
            // Written once a valid role ARN is entered.
            const QString arn = m_roleArn->text().trimmed();
            const QString problem = roleArnProblem(arn);
            m_roleArn->setVisible(true);
            editing::showFieldError(m_roleArn, m_roleArnError, problem);
            if (!problem.isEmpty()) {
                m_roleArn->setFocus();
                return;
            }
            m_integration->credentials = arn;
        } else {
            m_integration->credentials = mode == CredentialsMode::Caller ? callerCredentials() : QString();
            editing::showFieldError(m_roleArn, m_roleArnError, {});
        }
        updateVisibility();
        emitEdit(tr("integration credentials"), CredentialsField);
    });
    connect(m_roleArn, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_integration)
            return;
        const QString problem = roleArnProblem(text.trimmed());
        editing::showFieldError(m_roleArn, m_roleArnError, problem);
        if (!problem.isEmpty())
            return;
        m_integration->credentials = text.trimmed();
        emitEdit(tr("integration role"), RoleArnField);
    });
    connect(m_contentHandling, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        m_integration->contentHandling = m_contentHandling->currentData().toString();
        emitEdit(tr("content handling"), ContentHandlingField);
    });
    connect(m_connectionType, &QComboBox::activated, this, [this] {
        if (!m_integration)
            return;
        const QString type = m_connectionType->currentData().toString();
        if (type == m_integration->connectionType || (type == QLatin1String("INTERNET") && !isVpcLink(*m_integration)))
            return;
        m_integration->connectionType = type;
        if (type == QLatin1String("INTERNET")) {
            m_integration->connectionId.clear();
            editing::setTextIfChanged(m_connectionId, {});
            editing::showFieldError(m_connectionId, m_connectionIdError, {});
            // An ARN names a load balancer only through a VPC link.
            editing::showFieldError(m_uri, m_uriError, uriProblem(m_integration->type, m_integration->uri));
            updateVisibility();
            if (!m_uriError->text().isEmpty())
                return;
            emitEdit(tr("integration connection"), ConnectionTypeField);
            return;
        }
        updateVisibility();
        if (m_integration->connectionId.isEmpty()) {
            // Written once the VPC link is named.
            editing::showFieldError(m_connectionId, m_connectionIdError,
                                    tr("A VPC link integration needs the id of its VPC link, e.g. abc123 or "
                                       "${stageVariables.vpcLinkId}."));
            m_connectionId->setFocus();
            return;
        }
        emitEdit(tr("integration connection"), ConnectionTypeField);
    });
    connect(m_connectionId, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_integration)
            return;
        const QString id = text.trimmed();
        QString problem;
        if (id.isEmpty())
            problem = tr("A VPC link integration needs the id of its VPC link, e.g. abc123 or ${stageVariables.vpcLinkId}.");
        else if (id.contains(QLatin1Char(' ')))
            problem = tr("A VPC link id has no spaces; got “%1”.").arg(id);
        editing::showFieldError(m_connectionId, m_connectionIdError, problem);
        if (!problem.isEmpty())
            return;
        m_integration->connectionId = id;
        m_vpcNote->setText(vpcLinkNote(*m_integration));
        emitEdit(tr("VPC link id"), ConnectionIdField);
    });
    updateVisibility();
}

QString IntegrationEditor::roleArnProblem(const QString &arn)
{
    static const QRegularExpression role(QStringLiteral("^arn:aws[a-z-]*:iam::[0-9]{12}:role/[A-Za-z0-9+=,.@_/-]+$"));
    if (arn.isEmpty())
        return tr("Enter the ARN of the IAM role API Gateway assumes to call the backend, e.g. "
                  "arn:aws:iam::123456789012:role/apigateway-invoke.");
    if (!role.match(arn).hasMatch())
        return tr("“%1” is not an IAM role ARN: write arn:aws:iam::ACCOUNT_ID:role/ROLE_NAME (a 12-digit account id).")
            .arg(arn);
    return {};
}

QString IntegrationEditor::vpcLinkNote(const model::Integration &in)
{
    const bool url = in.uri.startsWith(QLatin1String("http://")) || in.uri.startsWith(QLatin1String("https://"));
    if (url && (in.type == model::IntegrationType::Http || in.type == model::IntegrationType::HttpProxy))
        return tr("Gatehouse cannot reach a VPC: it calls %1 directly from this machine instead of through VPC link "
                  "%2 (the fidelity report says so). Point the URI at a local server to test.")
            .arg(in.uri, in.connectionId.isEmpty() ? tr("(none)") : in.connectionId);
    return tr("Gatehouse cannot reach a VPC, and %1 names nothing it can call from this machine: requests get the "
              "500 of an unreachable integration (the fidelity report says so). Use an http(s) URI to have Gatehouse "
              "call it directly.")
        .arg(in.uri.isEmpty() ? tr("an empty URI") : in.uri);
}

QString IntegrationEditor::lambdaUri(const QString &name)
{
    return QStringLiteral("arn:aws:apigateway:us-east-1:lambda:path/2015-03-31/functions/arn:aws:lambda:us-east-1:%1:"
                          "function:%2/invocations")
        .arg(QString(model::kLocalAccountId), name);
}

QString IntegrationEditor::uriProblem(model::IntegrationType type, const QString &uri, bool vpcLink)
{
    switch (type) {
    case model::IntegrationType::Mock:
        return {};
    case model::IntegrationType::Http:
    case model::IntegrationType::HttpProxy: {
        if (vpcLink
            && (uri.startsWith(QLatin1String("arn:aws:elasticloadbalancing:"))
                || uri.startsWith(QLatin1String("arn:aws:servicediscovery:"))))
            return {}; // an HTTP API's VPC link target: a load balancer listener or a Cloud Map service
        if (uri.isEmpty())
            return tr("An HTTP integration needs the URL of its backend, e.g. https://example.com/pets/{id}.");
        const QUrl url(QString(uri).replace(QRegularExpression(QStringLiteral("[{}$]")), QStringLiteral("x")));
        if (!uri.startsWith(QLatin1String("http://")) && !uri.startsWith(QLatin1String("https://")))
            return tr("The URL must start with http:// or https://; got “%1”.").arg(uri);
        if (!url.isValid() || url.host().isEmpty())
            return tr("“%1” is not a valid URL: it needs a host, e.g. https://example.com/path.").arg(uri);
        return {};
    }
    case model::IntegrationType::Aws:
        if (!uri.startsWith(QLatin1String("arn:aws:apigateway:")))
            return tr("An AWS integration URI is an API Gateway service ARN, "
                      "arn:aws:apigateway:REGION:SERVICE:path/… or …:action/…; got “%1”.")
                .arg(uri);
        return {};
    case model::IntegrationType::AwsProxy:
        if (uri.isEmpty())
            return tr("A Lambda proxy integration needs a function: choose one of the project's functions above, or "
                      "enter its invocation ARN.");
        if (uri.contains(QLatin1Char(' ')) || model::functionNameFromUri(uri).isEmpty())
            return tr("“%1” names no Lambda function; use arn:aws:apigateway:REGION:lambda:path/2015-03-31/"
                      "functions/FUNCTION_ARN/invocations.")
                .arg(uri);
        return {};
    }
    return {};
}

QString IntegrationEditor::timeoutProblem(const QString &text, bool rest)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {};
    bool ok = false;
    const int ms = trimmed.toInt(&ok);
    const int max = rest ? 29'000 : 30'000;
    if (!ok)
        return tr("The timeout is a whole number of milliseconds from 50 to %1; got “%2”.").arg(max).arg(trimmed);
    if (ms < 50 || ms > max)
        return tr("The timeout must be from 50 to %1 ms; got %2. Leave it empty for AWS's default.").arg(max).arg(ms);
    return {};
}

void IntegrationEditor::setIntegration(const std::optional<model::Integration> &integration, const model::Project &project)
{
    m_updating = true;
    m_integration = integration;
    m_function->clear();
    m_function->addItem(tr("(enter an ARN as the URI)"), QString());
    for (const model::Function &f : project.functions)
        m_function->addItem(f.name, f.name);
    if (!integration) {
        m_type->setCurrentIndex(m_type->findData(kNoIntegration));
        editing::setTextIfChanged(m_uri, {});
        editing::setTextIfChanged(m_timeout, {});
        m_parameters->setPairs({});
        m_templates->setTemplates({});
    } else {
        const model::Integration &in = *integration;
        int typeIndex = m_type->findData(int(in.type));
        if (typeIndex < 0) { // an HTTP API with a type it does not take: show it, the compiler reports it
            m_type->addItem(model::integrationTypeName(in.type).toUpper(), int(in.type));
            typeIndex = m_type->count() - 1;
        }
        m_type->setCurrentIndex(typeIndex);
        const QString function = isLambdaUri(in.uri) ? model::functionNameFromUri(in.uri) : QString();
        if (!function.isEmpty())
            editing::setComboValue(m_function, function);
        else
            m_function->setCurrentIndex(0);
        // A field the user is typing in keeps its own (possibly invalid) text.
        if (!m_uri->hasFocus() || uriProblem(in.type, m_uri->text().trimmed(), isVpcLink(in)).isEmpty()) {
            if (m_uri->text().trimmed() != in.uri)
                m_uri->setText(in.uri);
            editing::showFieldError(m_uri, m_uriError,
                                    in.type == model::IntegrationType::Mock ? QString()
                                                                           : uriProblem(in.type, in.uri, isVpcLink(in)));
        }
        const CredentialsMode mode = in.credentials.isEmpty()          ? CredentialsMode::None
            : in.credentials == callerCredentials() ? CredentialsMode::Caller
                                                    : CredentialsMode::Role;
        m_credentialsMode->setCurrentIndex(std::max(0, m_credentialsMode->findData(int(mode))));
        // A role ARN being typed keeps its own (refused) text.
        if (mode == CredentialsMode::Role && (!m_roleArn->hasFocus() || m_roleArnError->text().isEmpty())) {
            editing::setTextIfChanged(m_roleArn, in.credentials);
            editing::showFieldError(m_roleArn, m_roleArnError, {});
        } else if (mode != CredentialsMode::Role) {
            editing::setTextIfChanged(m_roleArn, {});
            editing::showFieldError(m_roleArn, m_roleArnError, {});
        }
        editing::setComboValue(m_contentHandling, in.contentHandling);
        editing::setComboValue(m_connectionType, isVpcLink(in) ? QStringLiteral("VPC_LINK") : QStringLiteral("INTERNET"));
        if (!m_connectionId->hasFocus() || m_connectionIdError->text().isEmpty()) {
            editing::setTextIfChanged(m_connectionId, in.connectionId);
            editing::showFieldError(m_connectionId, m_connectionIdError, {});
        }
        m_vpcNote->setText(vpcLinkNote(in));
        editing::setComboValue(m_httpMethod, in.httpMethod.toUpper());
        if (!m_timeout->hasFocus() || timeoutProblem(m_timeout->text(), m_flavour == Flavour::Rest).isEmpty()) {
            const QString timeout = in.timeoutInMillis > 0 ? QString::number(in.timeoutInMillis) : QString();
            if (m_timeout->text().trimmed() != timeout)
                m_timeout->setText(timeout);
            editing::showFieldError(m_timeout, m_timeoutError, {});
        }
        editing::setComboValue(m_passthrough, in.passthroughBehavior.isEmpty() ? QStringLiteral("when_no_match")
                                                                              : in.passthroughBehavior.toLower());
        editing::setComboValue(m_payload, in.payloadFormatVersion.isEmpty() ? QStringLiteral("2.0")
                                                                           : in.payloadFormatVersion);
        m_parameters->setPairs(in.requestParameters);
        m_templates->setTemplates(in.requestTemplates);
    }
    m_updating = false;
    updateVisibility();
}

void IntegrationEditor::updateVisibility()
{
    const bool has = m_integration.has_value();
    const model::IntegrationType type = has ? m_integration->type : model::IntegrationType::Mock;
    const bool rest = m_flavour == Flavour::Rest;
    const bool lambda = has && type == model::IntegrationType::AwsProxy;
    const bool proxy = type == model::IntegrationType::AwsProxy || type == model::IntegrationType::HttpProxy;
    const bool http = type == model::IntegrationType::Http || type == model::IntegrationType::HttpProxy;
    m_functionLabel->setVisible(lambda || (has && type == model::IntegrationType::Aws));
    m_function->setVisible(m_functionLabel->isVisibleTo(this));
    m_uriLabel->setVisible(has && type != model::IntegrationType::Mock);
    m_uri->setVisible(m_uriLabel->isVisibleTo(this));
    m_uriError->setVisible(m_uri->isVisibleTo(this) && !m_uriError->text().isEmpty());
    m_httpMethodLabel->setVisible(has && (http || type == model::IntegrationType::Aws));
    m_httpMethod->setVisible(m_httpMethodLabel->isVisibleTo(this));
    m_timeout->setEnabled(has);
    m_passthroughLabel->setVisible(rest && has && !proxy);
    m_passthrough->setVisible(m_passthroughLabel->isVisibleTo(this));
    m_payloadLabel->setVisible(!rest && lambda);
    m_payload->setVisible(m_payloadLabel->isVisibleTo(this));
    m_parametersLabel->setVisible(has && type != model::IntegrationType::Mock && (rest || http));
    m_parameters->setVisible(m_parametersLabel->isVisibleTo(this));
    m_templatesLabel->setVisible(rest && has && !proxy);
    m_templates->setVisible(m_templatesLabel->isVisibleTo(this));
    const bool aws = has && (type == model::IntegrationType::Aws || type == model::IntegrationType::AwsProxy);
    m_credentialsLabel->setVisible(aws);
    m_credentialsMode->setVisible(aws);
    const bool role = aws && CredentialsMode(m_credentialsMode->currentData().toInt()) == CredentialsMode::Role;
    m_roleArn->setVisible(role);
    m_roleArnError->setVisible(role && !m_roleArnError->text().isEmpty());
    m_contentHandlingLabel->setVisible(rest && has && !proxy);
    m_contentHandling->setVisible(m_contentHandlingLabel->isVisibleTo(this));
    m_connectionTypeLabel->setVisible(has && http);
    m_connectionType->setVisible(m_connectionTypeLabel->isVisibleTo(this));
    const bool vpc = has && http && isVpcLink(*m_integration);
    m_connectionIdLabel->setVisible(vpc);
    m_connectionId->setVisible(vpc);
    m_connectionIdError->setVisible(vpc && !m_connectionIdError->text().isEmpty());
    m_vpcNote->setVisible(vpc);
}

void IntegrationEditor::emitEdit(const QString &what, Field field)
{
    if (m_updating || !m_integration)
        return;
    Q_EMIT edited(*m_integration, what, field);
}

void IntegrationEditor::onTypeChosen()
{
    const int data = m_type->currentData().toInt();
    if (data == kNoIntegration) {
        if (m_integration) // AWS needs an integration on every method; keep the one there is
            m_type->setCurrentIndex(m_type->findData(int(m_integration->type)));
        return;
    }
    const auto type = model::IntegrationType(data);
    model::Integration in = m_integration.value_or(model::Integration{});
    if (m_integration && in.type == type)
        return;
    in.type = type;
    switch (type) {
    case model::IntegrationType::Mock:
        in.uri.clear();
        in.httpMethod.clear();
        if (in.requestTemplates.isEmpty())
            in.requestTemplates.append({QStringLiteral("application/json"), QStringLiteral("{\"statusCode\": 200}")});
        if (in.responses.isEmpty()) {
            model::IntegrationResponse r;
            r.selectionPattern = QStringLiteral("default");
            r.statusCode = QStringLiteral("200");
            in.responses.append(r);
        }
        break;
    case model::IntegrationType::AwsProxy:
        if (!isLambdaUri(in.uri))
            in.uri = m_function->count() > 1 ? lambdaUri(m_function->itemData(1).toString()) : QString();
        in.httpMethod = QStringLiteral("POST");
        if (m_flavour == Flavour::Http)
            in.payloadFormatVersion = QStringLiteral("2.0"); // AWS's default for new Lambda integrations
        break;
    case model::IntegrationType::Http:
    case model::IntegrationType::HttpProxy:
        if (!in.uri.startsWith(QLatin1String("http")))
            in.uri.clear();
        if (in.httpMethod.isEmpty())
            in.httpMethod = m_flavour == Flavour::Http ? QStringLiteral("ANY") : QStringLiteral("GET");
        if (m_flavour == Flavour::Http)
            in.payloadFormatVersion = QStringLiteral("1.0"); // HTTP proxy integrations take 1.0 only
        break;
    case model::IntegrationType::Aws:
        if (!in.uri.startsWith(QLatin1String("arn:aws:apigateway:")))
            in.uri.clear();
        if (in.httpMethod.isEmpty())
            in.httpMethod = QStringLiteral("POST");
        break;
    }
    m_integration = in;
    const QString problem = uriProblem(type, in.uri, isVpcLink(in));
    if (!problem.isEmpty()) {
        // Nothing is written until the backend is named: the type waits for a valid URI.
        editing::setTextIfChanged(m_uri, in.uri);
        editing::showFieldError(m_uri, m_uriError, problem);
        updateVisibility();
        m_uri->setFocus();
        return;
    }
    editing::showFieldError(m_uri, m_uriError, {});
    updateVisibility();
    Q_EMIT edited(in, tr("integration type"), TypeField);
}

// ---- IntegrationResponsesEditor ----------------------------------------------------------------------------------

IntegrationResponsesEditor::IntegrationResponsesEditor(QWidget *parent)
    : QWidget(parent)
    , m_table(new QTableWidget(0, 2, this))
    , m_error(editing::makeErrorLabel(this))
    , m_parameters(new PairsTable(tr("Method response header"), tr("Mapped from"), tr("Integration response parameters"), this))
    , m_templates(new TemplateMapEditor(tr("Integration response mapping template"), this))
    , m_contentHandling(new QComboBox(this))
{
    m_contentHandling->setAccessibleName(tr("Integration response content handling"));
    fillContentHandling(m_contentHandling);
    m_table->setHorizontalHeaderLabels({tr("Selection pattern"), tr("Method response status")});
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_table->verticalHeader()->setVisible(false);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setAccessibleName(tr("Integration responses"));
    m_table->setMaximumHeight(150);
    m_parameters->setKeyPrefix(QStringLiteral("method.response.header."));
    auto *add = new QPushButton(tr("Add Response…"), this);
    add->setAccessibleName(tr("Add integration response"));
    auto *remove = new QPushButton(tr("Remove"), this);
    remove->setAccessibleName(tr("Remove integration response"));
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(remove);
    buttons->addStretch(1);
    auto *top = new QHBoxLayout;
    top->addWidget(m_table, 1);
    top->addLayout(buttons);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(m_error);
    auto *contentHandling = new QFormLayout;
    contentHandling->setContentsMargins(0, 0, 0, 0);
    contentHandling->addRow(tr("Content handling of the selected response:"), m_contentHandling);
    layout->addLayout(contentHandling);
    layout->addWidget(new QLabel(tr("Header mappings of the selected response:"), this));
    layout->addWidget(m_parameters);
    layout->addWidget(new QLabel(tr("Mapping templates of the selected response:"), this));
    layout->addWidget(m_templates, 1);

    connect(m_table, &QTableWidget::cellChanged, this, &IntegrationResponsesEditor::onCellChanged);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this] {
        if (!m_updating)
            showSelected();
    });
    connect(add, &QPushButton::clicked, this, [this] {
        bool ok = false;
        const QString pattern = QInputDialog::getText(this, tr("Add Integration Response"),
                                                      tr("Selection pattern (a regular expression matched against the "
                                                         "backend's status or Lambda error message; \"default\" for "
                                                         "anything else):"),
                                                      QLineEdit::Normal, QStringLiteral("4\\d{2}"), &ok);
        if (!ok || pattern.trimmed().isEmpty())
            return;
        const QString status = QInputDialog::getText(this, tr("Add Integration Response"), tr("Method response status:"),
                                                     QLineEdit::Normal, QStringLiteral("400"), &ok);
        if (ok)
            addResponse(pattern.trimmed(), status.trimmed());
    });
    connect(remove, &QPushButton::clicked, this, [this] {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_responses.size())
            return;
        m_responses.removeAt(row);
        setResponses(m_responses);
        Q_EMIT edited(m_responses, tr("integration responses"), ListField);
    });
    connect(m_parameters, &PairsTable::pairsEdited, this, [this](const model::StringPairs &pairs) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_responses.size())
            return;
        m_responses[row].responseParameters = pairs;
        Q_EMIT edited(m_responses, tr("integration response parameters"), ParametersField);
    });
    connect(m_templates, &TemplateMapEditor::templatesEdited, this, [this](const model::StringPairs &templates) {
        const int row = m_table->currentRow();
        if (row < 0 || row >= m_responses.size())
            return;
        m_responses[row].responseTemplates = templates;
        Q_EMIT edited(m_responses, tr("integration response templates"), TemplatesField);
    });
    connect(m_contentHandling, &QComboBox::activated, this, [this] {
        const int row = m_table->currentRow();
        if (m_updating || row < 0 || row >= m_responses.size())
            return;
        m_responses[row].contentHandling = m_contentHandling->currentData().toString();
        Q_EMIT edited(m_responses, tr("integration response content handling"), ContentHandlingField);
    });
}

void IntegrationResponsesEditor::addResponse(const QString &pattern, const QString &status)
{
    for (const model::IntegrationResponse &r : std::as_const(m_responses)) {
        if (r.selectionPattern == pattern) {
            editing::showFieldError(m_table, m_error,
                                    tr("There is already a response for the selection pattern “%1”.").arg(pattern));
            return;
        }
    }
    model::IntegrationResponse r;
    r.selectionPattern = pattern;
    r.statusCode = status;
    m_responses.append(r);
    setResponses(m_responses);
    m_table->setCurrentCell(int(m_responses.size()) - 1, 0);
    Q_EMIT edited(m_responses, tr("integration responses"), ListField);
}

void IntegrationResponsesEditor::setResponses(const QList<model::IntegrationResponse> &responses)
{
    m_responses = responses;
    m_updating = true;
    const int current = m_table->currentRow();
    if (m_table->rowCount() != responses.size())
        m_table->setRowCount(int(responses.size()));
    for (int row = 0; row < responses.size(); ++row) {
        const QString texts[2] = {responses[row].selectionPattern, responses[row].statusCode};
        for (int column = 0; column < 2; ++column) {
            QTableWidgetItem *item = m_table->item(row, column);
            if (!item)
                m_table->setItem(row, column, new QTableWidgetItem(texts[column]));
            else if (item->text() != texts[column])
                item->setText(texts[column]);
        }
    }
    if (current < 0 && !responses.isEmpty())
        m_table->setCurrentCell(0, 0);
    m_updating = false;
    showSelected();
}

void IntegrationResponsesEditor::showSelected()
{
    const int row = m_table->currentRow();
    const bool valid = row >= 0 && row < m_responses.size();
    m_parameters->setEnabled(valid);
    m_templates->setEnabled(valid);
    m_contentHandling->setEnabled(valid);
    editing::setComboValue(m_contentHandling, valid ? m_responses[row].contentHandling : QString());
    m_parameters->setPairs(valid ? m_responses[row].responseParameters : model::StringPairs());
    m_templates->setTemplates(valid ? m_responses[row].responseTemplates : model::StringPairs());
}

void IntegrationResponsesEditor::onCellChanged(int row, int column)
{
    if (m_updating || row < 0 || row >= m_responses.size())
        return;
    const QString text = m_table->item(row, column)->text().trimmed();
    if (column == 0) {
        QString problem;
        if (text.isEmpty())
            problem = tr("A selection pattern cannot be empty; use “default” for the response that matches anything.");
        else if (text != QLatin1String("default") && !QRegularExpression(text).isValid())
            problem = tr("Selection pattern “%1” is not a valid regular expression: %2")
                          .arg(text, QRegularExpression(text).errorString());
        for (int i = 0; problem.isEmpty() && i < m_responses.size(); ++i) {
            if (i != row && m_responses[i].selectionPattern == text)
                problem = tr("There is already a response for the selection pattern “%1”.").arg(text);
        }
        editing::showFieldError(m_table, m_error, problem);
        if (!problem.isEmpty())
            return;
        m_responses[row].selectionPattern = text;
        Q_EMIT edited(m_responses, tr("selection pattern"), PatternField);
    } else {
        bool ok = false;
        const int status = text.toInt(&ok);
        if (!ok || status < 100 || status > 599 || text.size() != 3) {
            editing::showFieldError(m_table, m_error,
                                    tr("A method response status is a 3-digit HTTP status from 100 to 599; got “%1”.")
                                        .arg(text));
            return;
        }
        editing::showFieldError(m_table, m_error, {});
        m_responses[row].statusCode = text;
        Q_EMIT edited(m_responses, tr("integration response status"), StatusField);
    }
}

// ---- SharedIntegrationEditor -------------------------------------------------------------------------------------

namespace {

constexpr QStringView kSharedIntegrations = u"x-amazon-apigateway-integrations";

} // namespace

SharedIntegrationEditor::SharedIntegrationEditor(ProjectDocument *document, QWidget *parent)
    : QWidget(parent)
    , m_document(document)
    , m_title(new QLabel(this))
    , m_usage(new QLabel(this))
    , m_error(editing::makeErrorLabel(this))
    , m_restEditor(new IntegrationEditor(IntegrationEditor::Flavour::Rest, this))
    , m_httpEditor(new IntegrationEditor(IntegrationEditor::Flavour::Http, this))
    , m_editor(m_httpEditor)
{
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.3);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_usage->setWordWrap(true);
    m_usage->setMinimumWidth(120);
    auto *content = new QWidget(this);
    auto *layout = new QVBoxLayout(content);
    layout->addWidget(m_title);
    layout->addWidget(m_usage);
    layout->addWidget(m_error);
    layout->addWidget(m_restEditor);
    layout->addWidget(m_httpEditor);
    layout->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
    editing::makeCombosCompact(this);

    for (IntegrationEditor *editor : {m_restEditor, m_httpEditor}) {
        connect(editor, &IntegrationEditor::edited, this,
                [this](const model::Integration &integration, const QString &what, int field) {
                    model::Project project = m_document->project();
                    model::Api *api = editing::findApi(project, m_apiId);
                    if (!api)
                        return;
                    doc::Node &root = api->definition.document;
                    doc::Node components = root[u"components"];
                    doc::Node shared = components[kSharedIntegrations];
                    if (!shared.contains(m_name))
                        return;
                    shared.set(m_name, io::writeIntegration(integration));
                    components.set(kSharedIntegrations.toString(), shared);
                    root.set(QStringLiteral("components"), components);
                    for (model::PathItem &p : api->definition.paths) {
                        for (model::Operation &op : p.operations) {
                            if (op.integrationRef == m_name)
                                op.integration = integration; // what the routes run until the project is read again
                        }
                    }
                    m_document->edit(tr("Set %1 of integration %2").arg(what, m_name), std::move(project),
                                     int(MergeBase) + field);
                });
    }
    connect(m_document, &ProjectDocument::changed, this, &SharedIntegrationEditor::refresh);
}

bool SharedIntegrationEditor::showKey(const QString &key)
{
    const EditorKey k = EditorKey::parse(key);
    if (k.prefix != QLatin1String("integration") || !m_document->isOpen() || k.rest.isEmpty())
        return false;
    const model::Api *api = m_document->project().api(k.apiId);
    if (!api || api->protocol == model::Protocol::WebSocket
        || api->definition.document[u"components"][kSharedIntegrations][k.rest].isNull())
        return false;
    m_key = key;
    m_apiId = k.apiId;
    m_name = k.rest;
    m_protocol = api->protocol;
    m_editor = m_protocol == model::Protocol::Rest ? m_restEditor : m_httpEditor;
    m_restEditor->setVisible(m_editor == m_restEditor);
    m_httpEditor->setVisible(m_editor == m_httpEditor);
    refresh();
    return true;
}

void SharedIntegrationEditor::refresh()
{
    if (m_key.isEmpty() || !m_document->isOpen())
        return;
    const model::Api *api = m_document->project().api(m_apiId);
    const doc::Node &node = api ? api->definition.document[u"components"][kSharedIntegrations][m_name] : doc::Node::null();
    if (node.isNull())
        return; // gone; the EditorArea moves away
    m_title->setText(tr("Integration %1 · %2").arg(m_name, api->id));
    QStringList users;
    for (const model::PathItem &p : api->definition.paths) {
        for (const model::Operation &op : p.operations) {
            if (op.integrationRef == m_name)
                users.append(editing::routeKeyOf(p.path, op));
        }
    }
    m_usage->setText(users.isEmpty() ? tr("No route uses this integration yet.")
                                     : tr("Used by %1. A change here applies to each of them.")
                                           .arg(users.join(QStringLiteral(", "))));
    io::DiagnosticSink sink;
    const std::optional<model::Integration> integration
        = io::readIntegration(node, QStringLiteral("components.x-amazon-apigateway-integrations.") + m_name, m_protocol, sink);
    QString problem;
    if (!integration && !sink.diagnostics().isEmpty())
        problem = tr("This integration cannot be read: %1 (%2). Fix it in the project file.")
                      .arg(sink.diagnostics().first().message, sink.diagnostics().first().field);
    editing::showFieldError(nullptr, m_error, problem);
    m_editor->setEnabled(integration.has_value());
    m_editor->setIntegration(integration, m_document->project());
}

} // namespace gw::ui
