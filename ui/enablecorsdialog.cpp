// SPDX-License-Identifier: GPL-3.0-or-later
#include "enablecorsdialog.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

bool isProxy(const model::Operation &op)
{
    return op.integration
        && (op.integration->type == model::IntegrationType::HttpProxy
            || op.integration->type == model::IntegrationType::AwsProxy);
}

} // namespace

EnableCorsDialog::EnableCorsDialog(const model::Api &api, const QString &resourcePath, QWidget *parent)
    : QDialog(parent)
    , m_apiId(api.id)
    , m_resourcePath(resourcePath)
    , m_allowHeaders(new QLineEdit(this))
    , m_allowOrigin(new QLineEdit(this))
    , m_credentials(new QCheckBox(tr("Access-Control-Allow-&Credentials: true"), this))
    , m_exposeHeaders(new QLineEdit(this))
    , m_maxAge(new QSpinBox(this))
    , m_gatewayResponses(new QCheckBox(
          tr("Also add the headers to the DEFAULT_4&XX and DEFAULT_5XX gateway responses"), this))
    , m_problem(new QLabel(this))
    , m_buttons(new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this))
{
    setObjectName(QStringLiteral("EnableCorsDialog"));
    setWindowTitle(tr("Enable CORS on %1").arg(resourcePath));
    const cors::EnableCorsOptions defaults;
    auto *layout = new QVBoxLayout(this);
    auto *intro
        = new QLabel(tr("Adds an OPTIONS method to <b>%1</b> with a MOCK integration that answers browsers' "
                        "preflight requests, and Access-Control-Allow-Origin on the chosen methods' 200 "
                        "responses — what the API Gateway console's “Enable CORS” generates.")
                         .arg(resourcePath.toHtmlEscaped()),
                     this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *methods = new QGroupBox(tr("Methods"), this);
    auto *methodRow = new QHBoxLayout(methods);
    const model::PathItem *item = api.definition.path(resourcePath);
    if (item) {
        for (const model::Operation &op : item->operations) {
            if (op.method == QLatin1String("OPTIONS"))
                continue;
            auto *box = new QCheckBox(op.method, methods);
            box->setChecked(true);
            box->setProperty("method", op.method);
            if (isProxy(op))
                box->setToolTip(
                    tr("%1 %2 uses a proxy integration: its backend must send Access-Control-Allow-Origin "
                       "itself.")
                        .arg(op.method, resourcePath));
            connect(box, &QCheckBox::toggled, this, &EnableCorsDialog::validate);
            methodRow->addWidget(box);
            m_methods.append(box);
        }
    }
    auto *options = new QCheckBox(QStringLiteral("OPTIONS"), methods);
    options->setChecked(true);
    options->setEnabled(false);
    options->setToolTip(tr("The OPTIONS method answers the preflight; it is always generated."));
    methodRow->addWidget(options);
    methodRow->addStretch(1);
    layout->addWidget(methods);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_allowHeaders->setText(defaults.allowHeaders);
    m_allowHeaders->setCursorPosition(0);
    m_allowOrigin->setText(defaults.allowOrigin);
    m_exposeHeaders->setPlaceholderText(tr("none (only CORS-safelisted response headers are readable)"));
    m_maxAge->setRange(-1, 86'400);
    m_maxAge->setValue(-1);
    m_maxAge->setSpecialValueText(tr("not sent (browsers cache 5 s)"));
    m_maxAge->setSuffix(tr(" s"));
    form->addRow(tr("Access-Control-Allow-&Headers:"), m_allowHeaders);
    form->addRow(tr("Access-Control-Allow-&Origin:"), m_allowOrigin);
    form->addRow(QString(), m_credentials);
    form->addRow(tr("Access-Control-&Expose-Headers:"), m_exposeHeaders);
    form->addRow(tr("Access-Control-&Max-Age:"), m_maxAge);
    layout->addLayout(form);
    m_gatewayResponses->setChecked(true);
    m_gatewayResponses->setToolTip(
        tr("Without them the browser hides the gateway's own errors (403, 429, 5xx) from the "
           "page as network errors."));
    layout->addWidget(m_gatewayResponses);
    m_problem->setWordWrap(true);
    m_problem->setStyleSheet(QStringLiteral("color: #b91c1c"));
    layout->addWidget(m_problem);
    layout->addWidget(m_buttons);
    m_buttons->button(QDialogButtonBox::Ok)->setText(tr("&Enable CORS"));

    m_allowHeaders->setAccessibleName(tr("Access-Control-Allow-Headers"));
    m_allowOrigin->setAccessibleName(tr("Access-Control-Allow-Origin"));
    m_exposeHeaders->setAccessibleName(tr("Access-Control-Expose-Headers"));
    m_maxAge->setAccessibleName(tr("Access-Control-Max-Age"));

    connect(m_allowOrigin, &QLineEdit::textChanged, this, &EnableCorsDialog::validate);
    connect(m_allowHeaders, &QLineEdit::textChanged, this, &EnableCorsDialog::validate);
    connect(m_credentials, &QCheckBox::toggled, this, &EnableCorsDialog::validate);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
    resize(sizeHint().expandedTo(QSize(620, 0)));
}

QCheckBox *EnableCorsDialog::methodBox(const QString &method) const
{
    for (QCheckBox *box : m_methods) {
        if (box->property("method").toString() == method)
            return box;
    }
    return nullptr;
}

cors::EnableCorsOptions EnableCorsDialog::options() const
{
    cors::EnableCorsOptions o;
    o.resourcePath = m_resourcePath;
    for (const QCheckBox *box : m_methods) {
        if (box->isChecked())
            o.methods.append(box->property("method").toString());
    }
    o.allowHeaders = m_allowHeaders->text().trimmed();
    o.allowOrigin = m_allowOrigin->text().trimmed();
    o.allowCredentials = m_credentials->isChecked();
    o.exposeHeaders = m_exposeHeaders->text().trimmed();
    if (m_maxAge->value() >= 0)
        o.maxAge = m_maxAge->value();
    o.gatewayResponses = m_gatewayResponses->isChecked();
    return o;
}

QString EnableCorsDialog::problem() const
{
    return m_problem->text();
}

void EnableCorsDialog::validate()
{
    QString problem;
    const QString origin = m_allowOrigin->text().trimmed();
    bool anyMethod = m_methods.isEmpty();
    for (const QCheckBox *box : std::as_const(m_methods))
        anyMethod = anyMethod || box->isChecked();
    if (origin.isEmpty())
        problem = tr("Enter the origin browsers may call from: * for any page, or one origin such as "
                     "http://localhost:3000.");
    else if (origin == QLatin1String("*") && m_credentials->isChecked())
        problem = tr(
            "Browsers reject Access-Control-Allow-Origin: * on requests with credentials. Enter the page's "
            "exact origin, such as http://localhost:3000.");
    else if (!anyMethod)
        problem = tr("Choose at least one method.");
    m_problem->setText(problem);
    m_problem->setVisible(!problem.isEmpty());
    m_buttons->button(QDialogButtonBox::Ok)->setEnabled(problem.isEmpty());
}

} // namespace gw::ui
