// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "corsfix.h"

#include "engine/compiledgateway.h"

#include "doc/docnode.h"
#include <QObject>

#include <functional>
#include <memory>

namespace gw::cors {

/// One request/response of a lab run, as the browser saw it.
struct LabStep
{
    bool sent = false;
    int status = 0;
    http::HttpHeaders headers;
    QList<Check> checks;
    QString error; ///< network failure, when the request got no answer
};

struct LabResult
{
    bool crossOrigin = true;
    bool preflightNeeded = false;
    LabStep preflight;
    LabStep actual;
    bool allowed = false;
    QStringList reasons;     ///< the explanations of the failed checks
    std::optional<Fix> fix;
    QStringList readableHeaders; ///< response headers the page can read (when allowed)
    LabOutcome outcome;      ///< what the fix advisor used

    /// `{"preflight": null | {...}, "actual": {...}, "verdict", "reasons", "fix"}` in that order (the `gatehouse cors`
    /// output, written with doc::writeJson).
    doc::Node toNode() const;
};

/// Plays the browser against a running gateway: decides whether a preflight is needed, sends it through the real
/// pipeline, checks the answer as the browser would, sends the actual request, checks that, and advises the one
/// change that fixes a blocked request. Asynchronous; runs on the thread that calls run() (its event loop must run).
class CorsLab final : public QObject
{
    Q_OBJECT
public:
    explicit CorsLab(QObject *parent = nullptr);
    ~CorsLab() override;

    /// `port`: the gateway's port on 127.0.0.1. `api`: the API's working copy (for the fix advice); `gateway`: what is
    /// deployed (to tell which resource and integration the request reaches). `request.url` must point at
    /// http://{apiId}.execute-api.localhost:{port}/...
    void run(const FetchRequest &request, quint16 port, const model::Api &api,
             std::shared_ptr<const CompiledGateway> gateway, std::function<void(const LabResult &)> done);
    void cancel();

private:
    struct Run;
    void send(bool preflight);
    void finish();
    std::shared_ptr<Run> m_run;
};

/// The invoke URL a lab request uses for `path` (as a client requests it from the stage endpoint).
QString labUrl(const QString &apiId, quint16 port, const QString &path);

} // namespace gw::cors
