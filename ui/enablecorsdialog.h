// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "cors/enablecors.h"
#include "model/api.h"

#include <QDialog>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace gw::ui {

/// The API Gateway console's "Enable CORS" for one REST resource: which methods get
/// Access-Control-Allow-Origin, the values the OPTIONS method answers with, and whether the DEFAULT_4XX and
/// DEFAULT_5XX gateway responses carry the headers too. Only collects options; the window applies them as one
/// undoable edit.
class EnableCorsDialog final : public QDialog
{
    Q_OBJECT
public:
    EnableCorsDialog(const model::Api &api, const QString &resourcePath, QWidget *parent = nullptr);

    QString apiId() const { return m_apiId; }
    /// The options as entered; `methods` lists the checked methods.
    cors::EnableCorsOptions options() const;

    QList<QCheckBox *> methodBoxes() const { return m_methods; }
    QCheckBox *methodBox(const QString &method) const;
    QLineEdit *allowHeadersEdit() const { return m_allowHeaders; }
    QLineEdit *allowOriginEdit() const { return m_allowOrigin; }
    QCheckBox *credentialsBox() const { return m_credentials; }
    QLineEdit *exposeHeadersEdit() const { return m_exposeHeaders; }
    /// -1 ("not sent") or seconds.
    QSpinBox *maxAgeSpin() const { return m_maxAge; }
    QCheckBox *gatewayResponsesBox() const { return m_gatewayResponses; }
    QDialogButtonBox *buttons() const { return m_buttons; }
    /// Why OK is disabled, or empty.
    QString problem() const;

private:
    void validate();

    QString m_apiId;
    QString m_resourcePath;
    QList<QCheckBox *> m_methods;
    QLineEdit *m_allowHeaders;
    QLineEdit *m_allowOrigin;
    QCheckBox *m_credentials;
    QLineEdit *m_exposeHeaders;
    QSpinBox *m_maxAge;
    QCheckBox *m_gatewayResponses;
    QLabel *m_problem;
    QDialogButtonBox *m_buttons;
};

} // namespace gw::ui
