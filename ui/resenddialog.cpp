// SPDX-License-Identifier: GPL-3.0-or-later
#include "resenddialog.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QStringDecoder>
#include <QVBoxLayout>

namespace gw::ui {

namespace {

/// UTF-8 without control characters other than tab and LF (an editor would turn CR LF into LF): editable as text
/// and sent back byte for byte.
std::optional<QString> editableText(const QByteArray &body)
{
    for (const char c : body) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\t' && c != '\n') || u == 0x7f)
            return std::nullopt;
    }
    QStringDecoder utf8(QStringDecoder::Utf8);
    QString text = utf8(body);
    if (utf8.hasError())
        return std::nullopt;
    return text;
}

} // namespace

ResendDialog::ResendDialog(const OutgoingRequest &request, Sender sender, QWidget *parent)
    : QDialog(parent)
    , m_sender(std::move(sender))
    , m_method(new QComboBox(this))
    , m_url(new QLineEdit(this))
    , m_headers(new QPlainTextEdit(this))
    , m_body(new QPlainTextEdit(this))
    , m_error(new QLabel(this))
    , m_buttons(new QDialogButtonBox(this))
{
    setWindowTitle(tr("Edit and Resend"));
    const QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);

    m_method->setEditable(true);
    m_method->addItems({QStringLiteral("GET"), QStringLiteral("POST"), QStringLiteral("PUT"), QStringLiteral("PATCH"),
                        QStringLiteral("DELETE"), QStringLiteral("HEAD"), QStringLiteral("OPTIONS")});
    m_method->setCurrentText(request.method);
    m_method->setAccessibleName(tr("Method"));
    m_url->setText(request.url);
    m_url->setAccessibleName(tr("URL"));
    m_url->setToolTip(tr("The request goes to the running gateway whatever host and port the URL names; the host "
                         "name picks the API as on AWS."));

    QString headerText;
    for (const http::HttpHeaders::Field &f : request.headers.fields())
        headerText += QString::fromLatin1(f.name) + QStringLiteral(": ") + QString::fromUtf8(f.value) + u'\n';
    m_headers->setPlainText(headerText);
    m_headers->setFont(mono);
    m_headers->setLineWrapMode(QPlainTextEdit::NoWrap);
    m_headers->setAccessibleName(tr("Headers"));
    m_headers->setToolTip(tr("One header per line: Name: value. Content-Length and Connection are set when sending."));

    m_body->setFont(mono);
    m_body->setAccessibleName(tr("Body"));
    if (const std::optional<QString> text = editableText(request.body)) {
        m_body->setPlainText(*text);
    } else {
        m_binaryBody = request.body;
        m_body->setReadOnly(true);
        m_body->setPlainText(tr("[%Ln byte(s) of binary data: sent as captured; not editable here]", nullptr,
                                int(request.body.size())));
    }

    m_error->setWordWrap(true);
    m_error->setVisible(false);
    m_error->setForegroundRole(QPalette::BrightText);
    m_error->setAccessibleName(tr("Why the request cannot be sent"));

    QPushButton *sendButton = m_buttons->addButton(tr("&Send"), QDialogButtonBox::AcceptRole);
    sendButton->setDefault(true);
    m_buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_buttons, &QDialogButtonBox::accepted, this, [this] { send(); });
    connect(m_buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *form = new QFormLayout;
    form->addRow(tr("&Method:"), m_method);
    form->addRow(tr("&URL:"), m_url);
    form->addRow(tr("&Headers:"), m_headers);
    form->addRow(tr("&Body:"), m_body);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(m_buttons);
    resize(640, 520);
}

std::optional<OutgoingRequest> ResendDialog::editedRequest(QString *error) const
{
    OutgoingRequest out;
    out.method = m_method->currentText().trimmed();
    out.url = m_url->text().trimmed();
    const QStringList lines = m_headers->toPlainText().split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines[i].trimmed();
        if (line.isEmpty())
            continue;
        const qsizetype colon = line.indexOf(u':');
        if (colon <= 0) {
            *error = tr("Headers, line %1: expected \"Name: value\", got \"%2\".").arg(i + 1).arg(line);
            return std::nullopt;
        }
        out.headers.append(line.left(colon).trimmed().toLatin1(), line.mid(colon + 1).trimmed().toUtf8());
    }
    out.body = m_binaryBody ? *m_binaryBody : m_body->toPlainText().toUtf8();
    return out;
}

bool ResendDialog::send()
{
    QString error;
    const std::optional<OutgoingRequest> request = editedRequest(&error);
    if (request && m_sender(*request, &error)) {
        m_error->setVisible(false);
        accept();
        return true;
    }
    m_error->setText(tr("Not sent: %1").arg(error));
    m_error->setVisible(true);
    return false;
}

QString ResendDialog::errorText() const
{
    return m_error->isVisible() ? m_error->text() : QString();
}

} // namespace gw::ui
