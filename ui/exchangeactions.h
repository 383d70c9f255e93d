// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "observe/exchangerecord.h"
#include "observe/outgoingrequest.h"
#include "upstream/upstreamclient.h"

#include <QObject>

#include <vector>

namespace gw::ui {

/// What the inspector and the traffic table's context menu do with one exchange.
namespace ExchangeActions {

/// curlCommand() of the record's request, with a shell comment after it when the body was cut at the capture limit.
QString curlText(const ExchangeRecord &record);
/// The request and the response as on the wire (gw::exchangeText()).
QString exchangeText(const ExchangeRecord &record);
/// Puts curlText() on the clipboard.
void copyAsCurl(const ExchangeRecord &record);
/// Puts exchangeText() (request and response as on the wire) on the clipboard.
void copyExchange(const ExchangeRecord &record);

} // namespace ExchangeActions

/// Sends requests to the window's running gateway (Replay, Edit and Resend) without blocking the GUI: the bytes go
/// through the gateway's real HTTP port, so the answer appears in Traffic as a new row like any client's. Uses
/// the GUI thread's UpstreamClient, whose callbacks run on this thread. Calls still in flight are cancelled when
/// the sender is destroyed. GUI thread only.
class RequestSender final : public QObject
{
    Q_OBJECT
public:
    explicit RequestSender(QObject *parent = nullptr);
    ~RequestSender() override;

    /// Starts sending `request` to 127.0.0.1:`port` (see gatewayRequest()). False with `error` when the request
    /// cannot be sent (an invalid method, URL or header); else finished() follows once.
    bool send(const OutgoingRequest &request, quint16 port, QString *error);
    int inFlight() const { return int(m_calls.size()); }

Q_SIGNALS:
    /// The gateway answered with `status`; or `status` is 0 and `error` says why nothing came back.
    void finished(int status, const QString &error);

private:
    void forget(const upstream::UpstreamCall *call);

    std::vector<upstream::UpstreamCallPtr> m_calls; ///< in flight
};

} // namespace gw::ui
