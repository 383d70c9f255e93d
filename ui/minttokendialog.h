// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "auth/testtoken.h"

#include <QDialog>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace gw::auth {
struct LocalIdentity;
}

namespace gw::ui {

/// Mints test tokens with the project's local identity provider key: pick the JWT or Cognito authorizer to aim at,
/// the subject, scopes, audience, extra claims and lifetime; the token is signed at once (a millisecond) and can be
/// copied as it is or as an Authorization header. `gatehouse token` makes the same tokens from the command line.
class MintTokenDialog final : public QDialog
{
    Q_OBJECT
public:
    /// `issuer` is the provider's URL while it serves (else the one it will have on the default port).
    MintTokenDialog(const model::Project &project, std::shared_ptr<const auth::LocalIdentity> identity,
                    const QString &issuer, QWidget *parent = nullptr);

    /// Signs a token from the form's values; false with the reason shown when a field is not valid.
    bool mint();
    QString token() const { return m_tokenText; }
    QJsonObject claims() const { return m_claims; }

    QComboBox *authorizerBox() const { return m_authorizer; }
    QLineEdit *subjectEdit() const { return m_subject; }
    QLineEdit *scopesEdit() const { return m_scopes; }
    QLineEdit *audienceEdit() const { return m_audience; }
    QPlainTextEdit *claimsEdit() const { return m_extraClaims; }
    QSpinBox *lifetimeBox() const { return m_lifetime; }
    QString statusText() const;

private:
    void updateAudiencePlaceholder();

    QList<auth::TokenAuthorizer> m_targets;
    std::shared_ptr<const auth::LocalIdentity> m_identity;
    QString m_issuer;
    QComboBox *m_authorizer;
    QLineEdit *m_subject;
    QLineEdit *m_scopes;
    QLineEdit *m_audience;
    QPlainTextEdit *m_extraClaims;
    QSpinBox *m_lifetime;
    QPlainTextEdit *m_token;
    QPlainTextEdit *m_decoded;
    QLabel *m_status;
    QString m_tokenText;
    QJsonObject m_claims;
};

} // namespace gw::ui
