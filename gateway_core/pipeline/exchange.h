// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "gatewayresponse.h"
#include "step.h"

#include "common/clock.h"
#include "http/httprequest.h"
#include "http/responsestream.h"
#include "observe/exchangerecord.h"
#include "routing/routetree.h"

#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace gw {

namespace lambda {
class LambdaService;
}
class TrafficState;

struct CompiledApi;
struct CompiledGateway;
struct CompiledRoute;
struct CompiledStage;

/// Per-request state: the request, what the steps resolved, the response being built and the trace. Lives on one
/// worker thread from the first byte to the last; steps read and write it, the runner drives it.
class Exchange final : public std::enable_shared_from_this<Exchange>
{
public:
    struct Setup
    {
        http::HttpRequest request;
        http::ResponseStreamPtr stream;
        const Clock *clock = nullptr;
        std::shared_ptr<const CompiledGateway> gateway; ///< keeps the deployed snapshot alive while in flight
        std::shared_ptr<const CompiledApi> api;         ///< null when no API was addressed
        QString apiPath;                                ///< encoded path relative to the API: "/prod/pets/7"
        QString endpoint;                               ///< "host", "path" or "plain"
        QString host;
        std::function<void(ExchangeRecordPtr)> publish; ///< receives the record when the exchange is done
        quint64 sequence = 0;
        lambda::LambdaService *lambda = nullptr;        ///< runs the functions of Lambda integrations and authorizers
        TrafficState *traffic = nullptr;                ///< token buckets and quotas (the engine's)
        bool serverTiming = false;                      ///< add a Server-Timing header (GatewayEngine::setServerTiming)
    };

    /// The response being built. Integrations fill it; onResponse steps may decorate it.
    struct Response
    {
        int status = 0;
        http::HttpHeaders headers;
        QByteArray body;
        bool streaming = false;     ///< the body follows through streamBody()/endStream()
        qint64 contentLength = -1;  ///< with streaming: known length, or -1
    };

    static std::shared_ptr<Exchange> create(Setup &&setup);
    ~Exchange();

    /// Runs the pipeline from its first step. Without an API, answers the "unknown API" response.
    void start();

    // ---- request side -----------------------------------------------------------------------------------------
    const http::HttpRequest &request() const { return m_request; }
    const Clock &clock() const { return *m_clock; }
    const CompiledApi *api() const { return m_api.get(); }
    const CompiledStage *stage() const { return m_stage; }
    const CompiledRoute *route() const { return m_route; }
    bool isRestApi() const;
    const QString &apiPath() const { return m_apiPath; }
    const QString &stagePath() const { return m_stagePath; }
    const routing::RouteMatch &routeMatch() const { return m_match; }
    const QString &requestId() const { return m_requestId; }
    const QString &extendedRequestId() const { return m_extendedRequestId; }
    qint64 startUs() const { return m_startUs; }
    qint64 startEpochMs() const { return m_startEpochMs; }

    /// Set by the route step.
    void setStage(const CompiledStage *stage, const QString &stagePath);
    /// Set by the route step: appends the route's steps to the pipeline.
    void setRoute(const CompiledRoute *route, routing::RouteMatch &&match);

    // ---- answering -----------------------------------------------------------------------------------------------
    Response &response() { return m_response; }
    /// Answers with a gateway response (AWS's status, body and headers for this API type) and the detail code the
    /// inspector shows and tests assert. Returns Outcome::Respond for `return ex.respond(...)`.
    /// `status` (when not 0) replaces the type's status, for answers AWS gives with another code (a malformed Lambda
    /// proxy response is a 502). `message` (when not null) replaces the type's message ($context.error.message), for
    /// the variants AWS words differently ("... with an explicit deny").
    Outcome respond(GatewayResponse type, const QString &detail, const QString &note = {}, int status = 0,
                    const QString &message = QString());
    /// Answers early with the response the step has already put in response() (not a gateway error), recording the
    /// detail code. Returns Outcome::Respond.
    Outcome respondEarly(const QString &detail, const QString &note = {});
    /// Records the detail code and plain-words note of the current step without answering.
    void setDetail(const QString &detail, const QString &note = {});
    /// Adds a line to the record's explanation (what happened, why, what to change).
    void explain(const QString &line);
    std::optional<GatewayResponse> error() const { return m_error; }
    /// $context.error.message of the answer (empty when there is none, or AWS sends null).
    const QString &errorMessage() const { return m_errorMessage; }

    void setIntegrationResult(int status, qint64 latencyUs);
    lambda::LambdaService *lambdaService() const { return m_lambda; }
    /// Adds what a function invocation did to the record.
    void addLambdaTrace(std::shared_ptr<const LambdaTrace> trace) { m_lambdaTraces.push_back(std::move(trace)); }
    /// Set by the authorizer step: who the caller is and what the authorizer passed on ($context.authorizer.*).
    void setAuthorizer(std::shared_ptr<const AuthorizerTrace> trace) { m_authorizer = std::move(trace); }
    const AuthorizerTrace *authorizer() const { return m_authorizer.get(); }
    TrafficState *trafficState() const { return m_trafficState; }
    /// Set by the IAM authorizer step: the SigV4 verification and, when it passed, who the caller is.
    void setIam(std::shared_ptr<const IamTrace> trace) { m_iam = std::move(trace); }
    const IamTrace *iam() const { return m_iam.get(); }
    /// Set when the API's resource policy was evaluated for this request.
    void setResourcePolicy(std::shared_ptr<const ResourcePolicyTrace> trace) { m_resourcePolicy = std::move(trace); }
    const ResourcePolicyTrace *resourcePolicy() const { return m_resourcePolicy.get(); }
    /// Set by the throttle step: the API key, usage plan and limits this request was checked against.
    void setTraffic(std::shared_ptr<const TrafficTrace> trace) { m_traffic = std::move(trace); }
    const TrafficTrace *traffic() const { return m_traffic.get(); }
    /// The API key the request used ($context.identity.apiKey, apiKeyId), once the throttle step accepted it.
    void setApiKey(const QString &value, const QString &id) { m_apiKey = value; m_apiKeyId = id; }
    const QString &apiKey() const { return m_apiKey; }
    const QString &apiKeyId() const { return m_apiKeyId; }
    /// What mapping templates and parameter mappings did (created on first use; goes into the record).
    MappingTrace &mapping();
    const MappingTrace *mappingTrace() const { return m_mapping.get(); }
    /// Set by the validation step ($context.error.validationErrorString comes from it).
    void setValidation(std::shared_ptr<const ValidationTrace> trace) { m_validation = std::move(trace); }
    const ValidationTrace *validation() const { return m_validation.get(); }
    /// Set by the cache step.
    void setCache(std::shared_ptr<const CacheTrace> trace) { m_cache = std::move(trace); }
    const CacheTrace *cache() const { return m_cache.get(); }
    /// Keeps a copy of a streamed response body of up to `limit` bytes (for the stage cache); bodies that grow past
    /// it are dropped and marked. Call before the integration runs.
    void keepResponseBody(qint64 limit) { m_keptBodyLimit = limit; }
    /// The whole response body (also a streamed one, when keepResponseBody() was called in time), or nullptr when
    /// it is not known: streamed and not kept, larger than the limit, or cut short.
    const QByteArray *wholeResponseBody() const;

    // ---- async ---------------------------------------------------------------------------------------------------
    /// Continues after a step returned Pending. Must be called on the exchange's worker thread, once.
    void resume(Outcome outcome);
    /// Called (once) if the client disconnects while a step is pending; replaces any earlier handler.
    void setCancelHandler(std::function<void()> handler) { m_cancelHandler = std::move(handler); }
    bool isCancelled() const { return m_cancelled; }

    /// Streaming responses: after resume() with response().streaming set, the integration passes the body on.
    void streamBody(const QByteArray &chunk);
    void endStream();
    /// The upstream failed after the head was sent: the connection is closed, the record says why.
    void abortStream(const QString &detail);

private:
    explicit Exchange(Setup &&setup);
    void runSteps();
    void finishRequestPhase();
    void writeResponse();
    void complete();
    /// Steps' onComplete(), once: before the last byte of the response is written, or at completion.
    void runCompletionHooks();
    void onClientGone();
    void closeSpan(Outcome outcome);
    void addPlatformHeaders();
    /// Server-Timing: each step's span, then "gateway" (the rest of the time so far).
    void addServerTiming();
    /// REST: applies the API's customised gateway response for `type` (status, headers, template).
    void applyGatewayResponse(GatewayResponse type);
    ExchangeRecordPtr buildRecord();

    http::HttpRequest m_request;
    http::ResponseStreamPtr m_stream;
    const Clock *m_clock;
    std::shared_ptr<const CompiledGateway> m_gateway;
    std::shared_ptr<const CompiledApi> m_api;
    const CompiledStage *m_stage = nullptr;
    const CompiledRoute *m_route = nullptr;
    routing::RouteMatch m_match;
    QString m_apiPath;
    QString m_stagePath;
    QString m_endpoint;
    QString m_host;
    QString m_requestId;
    QString m_extendedRequestId;
    std::function<void(ExchangeRecordPtr)> m_publish;
    quint64 m_sequence;
    bool m_serverTiming = false;

    std::vector<Step *> m_steps;   ///< the pipeline: the API's route step, then the route's steps
    size_t m_next = 0;             ///< next step to run
    size_t m_entered = 0;          ///< steps whose onRequest has been called
    std::vector<StepSpan> m_spans;
    qint64 m_spanStartUs = 0;
    bool m_pending = false;

    Response m_response;
    std::optional<GatewayResponse> m_error;
    QString m_errorMessage;
    QString m_stoppedAt;
    QString m_stoppedAtStep;
    QStringList m_explanation;
    int m_integrationStatus = 0;
    qint64 m_integrationLatencyUs = -1;
    lambda::LambdaService *m_lambda = nullptr;
    std::vector<std::shared_ptr<const LambdaTrace>> m_lambdaTraces;
    std::shared_ptr<const AuthorizerTrace> m_authorizer;
    TrafficState *m_trafficState = nullptr;
    std::shared_ptr<const TrafficTrace> m_traffic;
    std::shared_ptr<const IamTrace> m_iam;
    std::shared_ptr<const ResourcePolicyTrace> m_resourcePolicy;
    QString m_apiKey;
    QString m_apiKeyId;
    std::shared_ptr<MappingTrace> m_mapping;
    std::shared_ptr<const ValidationTrace> m_validation;
    std::shared_ptr<const CacheTrace> m_cache;
    qint64 m_keptBodyLimit = -1; ///< keepResponseBody(); -1: not kept
    QByteArray m_keptBody;
    bool m_keptBodyOverflow = false;
    bool m_streamAborted = false;

    QList<QByteArray> m_heldChunks; ///< streamed body that arrived before the head was written
    QByteArray m_capturedBody;
    qint64 m_sentBodyBytes = 0;
    bool m_headWritten = false;
    bool m_streamEnded = false;
    bool m_completed = false;
    bool m_completionHooksRan = false;
    bool m_cancelled = false;
    std::function<void()> m_cancelHandler;

    qint64 m_startUs;
    qint64 m_startEpochMs;
};

using ExchangePtr = std::shared_ptr<Exchange>;

} // namespace gw
