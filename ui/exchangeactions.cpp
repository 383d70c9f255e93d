// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchangeactions.h"

#include "observe/curlcommand.h"

#include <QClipboard>
#include <QCoreApplication>
#include <QGuiApplication>

#include <algorithm>

namespace gw::ui {

QString ExchangeActions::curlText(const ExchangeRecord &record)
{
    QString text = curlCommand(outgoingRequest(record));
    if (record.requestBodySize > record.requestBody.size())
        text += QStringLiteral("\n# ")
            + QCoreApplication::translate("gw::ui::ExchangeActions",
                                          "only the first %1 of %2 body bytes were captured; this sends that part")
                  .arg(record.requestBody.size())
                  .arg(record.requestBodySize);
    return text;
}

QString ExchangeActions::exchangeText(const ExchangeRecord &record)
{
    return gw::exchangeText(record);
}

void ExchangeActions::copyAsCurl(const ExchangeRecord &record)
{
    QGuiApplication::clipboard()->setText(curlText(record));
}

void ExchangeActions::copyExchange(const ExchangeRecord &record)
{
    QGuiApplication::clipboard()->setText(ExchangeActions::exchangeText(record));
}

RequestSender::RequestSender(QObject *parent)
    : QObject(parent)
{ }

RequestSender::~RequestSender()
{
    for (const upstream::UpstreamCallPtr &call : m_calls)
        call->cancel(); // no callback runs afterwards
}

bool RequestSender::send(const OutgoingRequest &request, quint16 port, QString *error)
{
    std::optional<upstream::UpstreamRequest> sent = gatewayRequest(request, port, error);
    if (!sent)
        return false;
    // The status arrives with the head; the call object is known only after send() returns.
    auto status = std::make_shared<int>(0);
    auto self = std::make_shared<const upstream::UpstreamCall *>(nullptr);
    upstream::UpstreamCallbacks callbacks;
    callbacks.onHead = [status](upstream::UpstreamHead &&head) { *status = head.status; };
    callbacks.onBody = [](const QByteArray &) {}; // the record in Traffic shows the body
    callbacks.onDone = [this, status, self] {
        forget(*self);
        Q_EMIT finished(*status, QString());
    };
    callbacks.onError = [this, self](upstream::UpstreamError, const QString &message) {
        forget(*self);
        Q_EMIT finished(0, message);
    };
    upstream::UpstreamCallPtr call = upstream::UpstreamClient::forCurrentThread().send(std::move(*sent), std::move(callbacks));
    *self = call.get();
    if (!call->isFinished())
        m_calls.push_back(std::move(call));
    return true;
}

void RequestSender::forget(const upstream::UpstreamCall *call)
{
    m_calls.erase(std::remove_if(m_calls.begin(), m_calls.end(),
                                 [call](const upstream::UpstreamCallPtr &c) { return c.get() == call; }),
                  m_calls.end());
}

} // namespace gw::ui
