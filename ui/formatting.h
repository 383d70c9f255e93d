// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/api.h"

#include <QColor>
#include <QCoreApplication>
#include <QString>

class QPalette;

namespace gw::ui {

/// How the window writes the values it shows. Pure functions: no state, safe on any thread.
class Formatting final
{
    Q_DECLARE_TR_FUNCTIONS(gw::ui::Formatting)
public:
    /// A duration for people: "850 µs", "2.4 ms", "37 ms", "1.20 s"; "—" when negative (unknown).
    static QString duration(qint64 us);
    /// The host-based invoke URL, as GatewayEngine::invokeUrl() writes it:
    /// "http://{apiId}.execute-api.localhost:{port}/{stage}" ("$default" stages have no path part).
    /// WebSocket APIs (`webSocket`) are ws:// URLs.
    static QString invokeUrl(const QString &apiId, const QString &stage, quint16 port, bool webSocket = false);
    /// The path-based (LocalStack-style) URL, for clients that do not resolve *.localhost:
    /// "http://127.0.0.1:{port}/restapis/{apiId}/{stage}/_user_request_" (also for "$default" stages).
    static QString pathInvokeUrl(const QString &apiId, const QString &stage, quint16 port, bool webSocket = false);
    /// "REST", "HTTP" or "WebSocket".
    static QString protocolLabel(model::Protocol protocol);
    /// The standard reason phrase ("Not Found"), or an empty string for unknown codes.
    static QString reasonPhrase(int status);
    /// The colour of a status class that reads well on `palette`'s base colour: 2xx green, 4xx amber, 5xx red.
    /// Invalid (use the default text colour) for anything else.
    static QColor statusColor(int status, const QPalette &palette);
    /// The colour of a passing (green) or failing (red) CORS check or verdict, readable on `palette`'s base
    /// colour.
    static QColor passColor(bool pass, const QPalette &palette)
    {
        return statusColor(pass ? 200 : 500, palette);
    }
    /// `from` moved `amount` (0 to 1) of the way to `to`, opaque.
    static QColor blend(const QColor &from, const QColor &to, double amount);
    /// Secondary text (the platform's lines in a function log, a request id): the text colour part of the way to
    /// the base colour, opaque. QPalette::PlaceholderText is translucent, which Scintilla and rich text ignore.
    static QColor dimColor(const QPalette &palette);
    /// "1.2 KB", "3.4 MB", "512 bytes".
    static QString byteSize(qint64 bytes);
};

/// A captured body prepared for display.
struct BodyText
{
    QString text;
    bool json = false;      ///< colour as JSON
    bool formatted = false; ///< the body parsed as JSON and `text` is it pretty-printed
    bool binary = false; ///< not UTF-8 text: `text` is a hex dump of the start
};

/// JSON bodies that parse are pretty-printed by re-indenting the text as received, so member order, number
/// spelling and escapes are kept; other text is shown as it is; bytes that are not valid UTF-8 become a hex dump of
/// their first 4 KB. `contentType` only decides whether unparsable text is still coloured as JSON.
BodyText bodyText(const QByteArray &captured, QByteArrayView contentType);

/// A hex dump of the first `limit` bytes: offset, then 16 bytes in hex, then those bytes as ASCII ('.' for the
/// rest), a line each.
QString hexDump(QByteArrayView bytes, qsizetype limit);

} // namespace gw::ui
