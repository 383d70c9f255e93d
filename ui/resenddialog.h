// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/outgoingrequest.h"

#include <QDialog>

#include <functional>
#include <optional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace gw::ui {

/// Edit and Resend: the method, URL, headers ("Name: value" per line) and body of a request, prefilled from a
/// recorded exchange; Send hands the edited request to the sender and closes, or shows why it cannot be sent and
/// stays open. A body that is not UTF-8 text cannot be edited here and is sent as captured.
class ResendDialog final : public QDialog
{
    Q_OBJECT
public:
    /// Sends a request; false with `error` when it could not be sent.
    using Sender = std::function<bool(const OutgoingRequest &request, QString *error)>;

    ResendDialog(const OutgoingRequest &request, Sender sender, QWidget *parent = nullptr);

    /// The request as edited; nullopt with `error` (which line, what is wrong) when a header line is malformed.
    std::optional<OutgoingRequest> editedRequest(QString *error) const;
    /// Validates and sends; on success closes the dialog (accepted). Returns whether it was sent.
    bool send();

    QComboBox *methodBox() const { return m_method; }
    QLineEdit *urlEdit() const { return m_url; }
    QPlainTextEdit *headersEdit() const { return m_headers; }
    QPlainTextEdit *bodyEdit() const { return m_body; }
    QString errorText() const;

private:
    Sender m_sender;
    QComboBox *m_method;
    QLineEdit *m_url;
    QPlainTextEdit *m_headers;
    QPlainTextEdit *m_body;
    QLabel *m_error;
    QDialogButtonBox *m_buttons;
    std::optional<QByteArray> m_binaryBody; ///< set when the body is not editable text: sent as is
};

} // namespace gw::ui
