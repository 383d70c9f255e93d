// SPDX-License-Identifier: GPL-3.0-or-later
#include "minttokendialog.h"

#include "auth/localidentity.h"

#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QDir>
#include <QFontDatabase>
#include <QFormLayout>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace gw::ui {

MintTokenDialog::MintTokenDialog(const model::Project &project, std::shared_ptr<const auth::LocalIdentity> identity,
                                 const QString &issuer, QWidget *parent)
    : QDialog(parent)
    , m_targets(auth::tokenAuthorizers(project))
    , m_identity(std::move(identity))
    , m_issuer(issuer)
    , m_authorizer(new QComboBox(this))
    , m_subject(new QLineEdit(QStringLiteral("local-user"), this))
    , m_scopes(new QLineEdit(this))
    , m_audience(new QLineEdit(this))
    , m_extraClaims(new QPlainTextEdit(this))
    , m_lifetime(new QSpinBox(this))
    , m_token(new QPlainTextEdit(this))
    , m_decoded(new QPlainTextEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Mint Test Token"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Signed with this project's local identity provider key (%1). JWT authorizers whose "
                                "issuer is the provider, and Cognito user pools without declared keys, accept it.")
                                 .arg(m_identity ? QDir::toNativeSeparators(m_identity->keyPath) : QString()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    for (const auth::TokenAuthorizer &t : std::as_const(m_targets))
        m_authorizer->addItem(tr("%1 (%2, API %3)").arg(t.name, t.cognito ? tr("Cognito user pool") : tr("JWT"), t.apiId));
    m_authorizer->addItem(tr("None: issued by the local provider (%1)").arg(m_issuer));
    m_authorizer->setAccessibleName(tr("Authorizer"));
    form->addRow(tr("&Authorizer:"), m_authorizer);
    m_subject->setAccessibleName(tr("Subject"));
    form->addRow(tr("&Subject (sub):"), m_subject);
    m_scopes->setPlaceholderText(tr("space-separated, e.g. read write"));
    m_scopes->setAccessibleName(tr("Scopes"));
    form->addRow(tr("S&copes:"), m_scopes);
    m_audience->setAccessibleName(tr("Audience"));
    form->addRow(tr("A&udience:"), m_audience);
    m_extraClaims->setPlaceholderText(tr("one NAME=VALUE per line, e.g. email=ana@example.com"));
    m_extraClaims->setAccessibleName(tr("Extra claims"));
    m_extraClaims->setFixedHeight(fontMetrics().lineSpacing() * 4 + 10);
    form->addRow(tr("E&xtra claims:"), m_extraClaims);
    m_lifetime->setRange(-86'400 * 365, 86'400 * 365);
    m_lifetime->setValue(3600);
    m_lifetime->setSuffix(tr(" s"));
    m_lifetime->setToolTip(tr("Seconds until exp; a negative value makes an already expired token."));
    m_lifetime->setAccessibleName(tr("Lifetime in seconds"));
    form->addRow(tr("&Lifetime:"), m_lifetime);
    layout->addLayout(form);

    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    m_token->setReadOnly(true);
    m_token->setFont(mono);
    m_token->setAccessibleName(tr("Token"));
    m_token->setFixedHeight(fontMetrics().lineSpacing() * 5 + 10);
    layout->addWidget(new QLabel(tr("Token:"), this));
    layout->addWidget(m_token);
    m_decoded->setReadOnly(true);
    m_decoded->setFont(mono);
    m_decoded->setAccessibleName(tr("Claims of the token"));
    layout->addWidget(new QLabel(tr("Claims:"), this));
    layout->addWidget(m_decoded, 1);
    m_status->setWordWrap(true);
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *mintButton = buttons->addButton(tr("&Mint"), QDialogButtonBox::ActionRole);
    mintButton->setDefault(true);
    QPushButton *copyButton = buttons->addButton(tr("Copy &Token"), QDialogButtonBox::ActionRole);
    QPushButton *copyHeader = buttons->addButton(tr("Copy as &Header"), QDialogButtonBox::ActionRole);
    connect(mintButton, &QPushButton::clicked, this, &MintTokenDialog::mint);
    connect(copyButton, &QPushButton::clicked, this, [this] {
        if (!m_tokenText.isEmpty() || mint())
            QApplication::clipboard()->setText(m_tokenText);
    });
    connect(copyHeader, &QPushButton::clicked, this, [this] {
        if (!m_tokenText.isEmpty() || mint())
            QApplication::clipboard()->setText(QStringLiteral("Authorization: Bearer ") + m_tokenText);
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    connect(m_authorizer, &QComboBox::currentIndexChanged, this, &MintTokenDialog::updateAudiencePlaceholder);
    // Any change makes the shown token stale: mint again so what is copied matches the form.
    for (QLineEdit *edit : {m_subject, m_scopes, m_audience})
        connect(edit, &QLineEdit::textChanged, this, [this] { m_tokenText.clear(); });
    connect(m_extraClaims, &QPlainTextEdit::textChanged, this, [this] { m_tokenText.clear(); });
    connect(m_lifetime, &QSpinBox::valueChanged, this, [this] { m_tokenText.clear(); });
    updateAudiencePlaceholder();
    resize(640, 620);
}

void MintTokenDialog::updateAudiencePlaceholder()
{
    m_tokenText.clear();
    const int i = m_authorizer->currentIndex();
    if (i >= 0 && i < m_targets.size() && !m_targets.at(i).audiences.isEmpty())
        m_audience->setPlaceholderText(tr("default: %1").arg(m_targets.at(i).audiences.first()));
    else if (i >= 0 && i < m_targets.size() && m_targets.at(i).cognito)
        m_audience->setPlaceholderText(tr("default: gatehouse-local-client (the app client id)"));
    else
        m_audience->setPlaceholderText(tr("none"));
}

bool MintTokenDialog::mint()
{
    m_tokenText.clear();
    m_claims = {};
    if (!m_identity) {
        m_status->setText(tr("This project has no local identity provider key."));
        return false;
    }
    auth::TokenRequest request;
    request.sub = m_subject->text().trimmed();
    request.scopes = m_scopes->text().split(QLatin1Char(' '), Qt::SkipEmptyParts);
    if (!m_audience->text().trimmed().isEmpty())
        request.audience = m_audience->text().trimmed();
    request.ttlSeconds = m_lifetime->value();
    const QStringList lines = m_extraClaims->toPlainText().split(QLatin1Char('\n'));
    for (int n = 0; n < lines.size(); ++n) {
        const QString line = lines.at(n).trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype eq = line.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            m_status->setText(tr("Extra claims, line %1: write NAME=VALUE, e.g. email=ana@example.com (got “%2”).")
                                  .arg(n + 1)
                                  .arg(line));
            return false;
        }
        request.claims.append({line.left(eq).trimmed(), line.mid(eq + 1).trimmed()});
    }
    const int i = m_authorizer->currentIndex();
    const std::optional<auth::TokenAuthorizer> target
        = i >= 0 && i < m_targets.size() ? std::make_optional(m_targets.at(i)) : std::nullopt;
    m_claims = auth::testTokenClaims(target, m_issuer, request, QDateTime::currentSecsSinceEpoch());
    const QByteArray token = m_identity->key.signJwt(m_claims);
    if (token.isEmpty()) {
        m_status->setText(tr("OpenSSL could not sign the token."));
        return false;
    }
    m_tokenText = QString::fromLatin1(token);
    m_token->setPlainText(m_tokenText);
    m_decoded->setPlainText(QString::fromUtf8(QJsonDocument(m_claims).toJson(QJsonDocument::Indented)));
    const qint64 exp = m_claims.value(QStringLiteral("exp")).toInteger();
    m_status->setText(request.ttlSeconds < 0
                          ? tr("Expired at %1: authorizers will answer 401.")
                                .arg(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate))
                          : tr("Valid until %1 (UTC).").arg(QDateTime::fromSecsSinceEpoch(exp, Qt::UTC).toString(Qt::ISODate)));
    return true;
}

QString MintTokenDialog::statusText() const
{
    return m_status->text();
}

} // namespace gw::ui
