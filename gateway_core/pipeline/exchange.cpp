// SPDX-License-Identifier: GPL-3.0-or-later
#include "exchange.h"

#include "common/gwassert.h"
#include "engine/compiledgateway.h"
#include "gatewayresponses.h"
#include "parametersources.h"
#include "steps/mapping/integrationresponses.h"
#include "steps/mapping/requestmapping.h"

#include <QRandomGenerator>

namespace gw {

namespace {

/// Request ids are random UUIDs (version 4) like AWS's, drawn from a per-thread generator seeded once from the
/// system (cheap: no system call per request).
QString newRequestId()
{
    thread_local QRandomGenerator rng(QRandomGenerator::system()->generate());
    quint32 w[4];
    rng.fillRange(w, 4);
    uchar b[16];
    memcpy(b, w, 16);
    b[6] = uchar((b[6] & 0x0f) | 0x40);
    b[8] = uchar((b[8] & 0x3f) | 0x80);
    static const char hex[] = "0123456789abcdef";
    char out[36];
    int j = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            out[j++] = '-';
        out[j++] = hex[b[i] >> 4];
        out[j++] = hex[b[i] & 15];
    }
    return QString::fromLatin1(out, 36);
}

/// x-amz-apigw-id: 16 characters of base64, as AWS sends ("Xh2bYGxHIAMEb4Q=").
QString newExtendedRequestId()
{
    thread_local QRandomGenerator rng(QRandomGenerator::system()->generate());
    quint32 w[3];
    rng.fillRange(w, 3);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(w), 11).toBase64());
}

} // namespace

std::shared_ptr<Exchange> Exchange::create(Setup &&setup)
{
    return std::shared_ptr<Exchange>(new Exchange(std::move(setup)));
}

Exchange::Exchange(Setup &&s)
    : m_request(std::move(s.request))
    , m_stream(std::move(s.stream))
    , m_clock(s.clock)
    , m_gateway(std::move(s.gateway))
    , m_api(std::move(s.api))
    , m_apiPath(std::move(s.apiPath))
    , m_endpoint(std::move(s.endpoint))
    , m_host(std::move(s.host))
    , m_requestId(newRequestId())
    , m_extendedRequestId(newExtendedRequestId())
    , m_publish(std::move(s.publish))
    , m_sequence(s.sequence)
    , m_serverTiming(s.serverTiming)
    , m_lambda(s.lambda)
    , m_trafficState(s.traffic)
    , m_startUs(m_request.firstByteUs ? m_request.firstByteUs : s.clock->nowUs())
    , m_startEpochMs(s.clock->epochMs() - (s.clock->nowUs() - m_startUs) / 1000)
{
    m_spans.reserve(6);
    m_steps.reserve(6);
}

Exchange::~Exchange() = default;

bool Exchange::isRestApi() const
{
    return !m_api || m_api->isRest();
}

void Exchange::start()
{
    const auto self = shared_from_this();
    if (m_stream) {
        const std::weak_ptr<Exchange> weak = self;
        m_stream->onCancel([weak] {
            if (const auto ex = weak.lock())
                ex->onClientGone();
        });
    }
    if (!m_api) {
        respond(GatewayResponse::UnknownApi, QStringLiteral("endpoint.unknown_api"));
        m_stoppedAtStep = QStringLiteral("endpoint");
        finishRequestPhase();
        return;
    }
    GW_ASSERT(m_api->routeStep, respond(GatewayResponse::ApiConfigurationError, QStringLiteral("engine.no_route_step"));
              finishRequestPhase(); return);
    m_steps.push_back(m_api->routeStep.get());
    runSteps();
}

void Exchange::setStage(const CompiledStage *stage, const QString &stagePath)
{
    m_stage = stage;
    m_stagePath = stagePath;
}

void Exchange::setRoute(const CompiledRoute *route, routing::RouteMatch &&match)
{
    m_route = route;
    m_match = std::move(match);
    for (const auto &step : route->steps)
        m_steps.push_back(step.get());
}

void Exchange::runSteps()
{
    while (m_next < m_steps.size()) {
        Step *step = m_steps[m_next];
        m_spans.push_back(StepSpan{step->name(), 0, 0, false, {}, {}});
        m_spanStartUs = m_clock->nowUs();
        m_spans.back().startUs = m_spanStartUs - m_startUs;
        ++m_entered;
        ++m_next;
        const Outcome outcome = step->onRequest(*this);
        if (outcome == Outcome::Pending) {
            m_pending = true;
            return;
        }
        closeSpan(outcome);
        if (outcome == Outcome::Respond)
            break;
    }
    finishRequestPhase();
}

void Exchange::closeSpan(Outcome outcome)
{
    GW_ASSERT(!m_spans.empty(), return);
    StepSpan &span = m_spans.back();
    span.durationUs = m_clock->nowUs() - m_spanStartUs;
    if (outcome == Outcome::Respond) {
        span.responded = true;
        m_stoppedAt = span.detail;
        m_stoppedAtStep = QString(span.name);
    }
}

void Exchange::resume(Outcome outcome)
{
    GW_ASSERT(m_pending, return);
    GW_ASSERT(outcome != Outcome::Pending, outcome = Outcome::Respond);
    m_pending = false;
    m_cancelHandler = nullptr;
    if (m_cancelled)
        return;
    const auto self = shared_from_this();
    closeSpan(outcome);
    if (outcome == Outcome::Respond)
        finishRequestPhase();
    else
        runSteps();
}

Outcome Exchange::respondEarly(const QString &detail, const QString &note)
{
    setDetail(detail, note);
    return Outcome::Respond;
}

void Exchange::setDetail(const QString &detail, const QString &note)
{
    GW_ASSERT(!m_spans.empty(), return);
    m_spans.back().detail = detail;
    m_spans.back().note = note;
}

void Exchange::explain(const QString &line)
{
    m_explanation.append(line);
}

MappingTrace &Exchange::mapping()
{
    if (!m_mapping)
        m_mapping = std::make_shared<MappingTrace>();
    return *m_mapping;
}

void Exchange::setIntegrationResult(int status, qint64 latencyUs)
{
    m_integrationStatus = status;
    m_integrationLatencyUs = latencyUs;
}

Outcome Exchange::respond(GatewayResponse type, const QString &detail, const QString &note, int status,
                          const QString &message)
{
    m_error = type;
    m_response = Response();
    m_response.headers.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    if (isRestApi()) {
        const GatewayResponseInfo &info = restGatewayResponse(type);
        m_response.status = info.status;
        m_errorMessage = message.isNull() ? QString(info.message) : message;
        if (message.isNull() && (type == GatewayResponse::ApiConfigurationError || type == GatewayResponse::IntegrationFailure)) {
            // Recorded on AWS: these internal errors are rendered with a space after the colon (36 bytes).
            m_response.body = QByteArrayLiteral("{\"message\": \"Internal server error\"}");
        } else {
            m_response.body = messageBody(m_errorMessage);
        }
        m_response.headers.append(QByteArrayLiteral("x-amzn-ErrorType"), QByteArray(info.errorType.data(),
                                                                                      info.errorType.size()));
    } else {
        const HttpApiError e = httpApiError(type);
        m_response.status = e.status;
        m_errorMessage = message.isNull() ? QString(e.message) : message;
        m_response.body = messageBody(m_errorMessage);
    }
    if (!m_spans.empty()) {
        m_spans.back().detail = detail;
        m_spans.back().note = note;
    } else {
        m_stoppedAt = detail;
    }
    if (status > 0)
        m_response.status = status;
    if (isRestApi() && m_stage && m_stage->gatewayResponses)
        applyGatewayResponse(type);
    return Outcome::Respond;
}

void Exchange::applyGatewayResponse(GatewayResponse type)
{
    const GatewayResponseInfo &info = restGatewayResponse(type);
    const GatewayResponseOverride *custom = m_stage->gatewayResponses->lookup(info.type, info.status);
    if (!custom)
        return;
    if (custom->statusCode)
        m_response.status = *custom->statusCode;
    static const QLatin1String prefix("gatewayresponse.header.");
    for (const auto &[target, source] : custom->responseParameters) {
        const std::optional<QString> value = target.startsWith(prefix) ? resolveMappingSource(*this, source)
                                                                        : std::nullopt;
        if (!value) {
            explain(QStringLiteral("Gateway response parameter not applied (not supported yet): %1 = %2").arg(target, source));
            continue;
        }
        if (!value->isNull())
            m_response.headers.set(target.mid(prefix.size()).toLatin1(), value->toUtf8());
    }
    const qsizetype t = selectResponseTemplate(custom->templates, m_request.headers.value("accept"));
    if (t < 0)
        return;
    const CompiledTemplate &tmpl = custom->templates[size_t(t)];
    const TemplateRun run = runTemplate(*this, tmpl, QStringLiteral("gateway response"),
                                        QStringLiteral("%1 (%2)").arg(QString(info.type), tmpl.contentType),
                                        QString::fromUtf8(m_request.body));
    if (!run.ok) {
        // A gateway response whose template fails cannot answer with it; the default body stays.
        explain(QStringLiteral("The %1 gateway response template for %2 failed (%3); the default body was sent.")
                    .arg(QString(info.type), tmpl.contentType, run.error));
        return;
    }
    m_response.body = run.output.toUtf8();
    m_response.headers.set(QByteArrayLiteral("Content-Type"), tmpl.contentType.toLatin1());
    if (run.overrides.responseStatus && *run.overrides.responseStatus >= 100 && *run.overrides.responseStatus <= 599)
        m_response.status = *run.overrides.responseStatus;
    for (const auto &[name, value] : run.overrides.responseHeaders)
        m_response.headers.set(name.toLatin1(), value.toUtf8());
}

void Exchange::addPlatformHeaders()
{
    http::HttpHeaders &h = m_response.headers;
    if (isRestApi()) {
        h.append(QByteArrayLiteral("x-amzn-RequestId"), m_requestId.toLatin1());
        h.append(QByteArrayLiteral("x-amz-apigw-id"), m_extendedRequestId.toLatin1());
    } else {
        h.append(QByteArrayLiteral("apigw-requestid"), m_extendedRequestId.toLatin1());
    }
}

void Exchange::finishRequestPhase()
{
    // Response phase: every entered step, in reverse order, also after an early answer.
    for (size_t i = m_entered; i-- > 0;)
        m_steps[i]->onResponse(*this);
    if (m_response.status == 0) {
        // A pipeline that ends without anyone answering is a configuration Gatehouse failed to compile.
        respond(GatewayResponse::ApiConfigurationError, QStringLiteral("engine.no_response"));
        explain(QStringLiteral("No step produced a response for this route. This is a Gatehouse bug; please "
                               "report it with the project file."));
    }
    addPlatformHeaders();
    if (m_serverTiming)
        addServerTiming();
    writeResponse();
}

void Exchange::addServerTiming()
{
    // https://w3c.github.io/server-timing/: "name;dur=milliseconds", comma separated; names are tokens, and step
    // names are.
    const qint64 totalUs = m_clock->nowUs() - m_startUs;
    qint64 stepsUs = 0;
    QByteArray value;
    for (const StepSpan &span : m_spans) {
        stepsUs += span.durationUs;
        value += QByteArray(span.name.data(), span.name.size()) + ";dur="
            + QByteArray::number(double(span.durationUs) / 1000, 'f', 3) + ", ";
    }
    value += "gateway;dur=" + QByteArray::number(double(std::max<qint64>(0, totalUs - stepsUs)) / 1000, 'f', 3);
    m_response.headers.append(QByteArrayLiteral("Server-Timing"), value);
}

void Exchange::writeResponse()
{
    if (m_cancelled || !m_stream) {
        complete();
        return;
    }
    if (m_request.bodyTooLarge)
        m_stream->setCloseAfter(true);
    if (!m_response.streaming) {
        runCompletionHooks();
        m_stream->respond(m_response.status, m_response.headers, m_response.body);
        m_sentBodyBytes = m_response.body.size();
        complete();
        return;
    }
    m_stream->writeHead(m_response.status, m_response.headers, m_response.contentLength);
    m_headWritten = true;
    for (const QByteArray &chunk : std::as_const(m_heldChunks))
        m_stream->writeBody(chunk);
    m_heldChunks.clear();
    if (m_streamEnded) {
        runCompletionHooks();
        m_stream->finish();
        complete();
    }
}

void Exchange::streamBody(const QByteArray &chunk)
{
    if (m_completed || chunk.isEmpty())
        return;
    m_sentBodyBytes += chunk.size();
    if (m_keptBodyLimit >= 0 && !m_keptBodyOverflow) {
        if (m_keptBody.size() + chunk.size() > m_keptBodyLimit) {
            m_keptBodyOverflow = true;
            m_keptBody.clear();
        } else {
            m_keptBody.append(chunk);
        }
    }
    if (m_capturedBody.size() < ExchangeRecord::bodyCaptureLimit)
        m_capturedBody.append(chunk.left(ExchangeRecord::bodyCaptureLimit - m_capturedBody.size()));
    if (m_headWritten && m_stream)
        m_stream->writeBody(chunk);
    else
        m_heldChunks.append(chunk);
}

void Exchange::endStream()
{
    if (m_completed)
        return;
    m_streamEnded = true;
    if (m_headWritten) {
        runCompletionHooks();
        if (m_stream)
            m_stream->finish();
        complete();
    }
}

void Exchange::abortStream(const QString &detail)
{
    if (m_completed)
        return;
    explain(QStringLiteral("The integration failed while its response body was being passed on (%1); the "
                           "connection to the client was closed.")
                .arg(detail));
    m_stoppedAt = detail;
    m_stoppedAtStep = QStringLiteral("integration");
    m_streamAborted = true;
    if (m_stream) {
        // Ending a chunked body early would look complete to the client; closing the connection does not.
        m_stream->abort();
    }
    complete();
}

const QByteArray *Exchange::wholeResponseBody() const
{
    if (!m_response.streaming)
        return &m_response.body;
    if (m_keptBodyLimit < 0 || m_keptBodyOverflow || m_streamAborted || m_cancelled || !m_streamEnded)
        return nullptr;
    return &m_keptBody;
}

void Exchange::onClientGone()
{
    if (m_completed)
        return;
    m_cancelled = true;
    if (m_pending) {
        m_pending = false;
        if (m_cancelHandler) {
            auto handler = std::move(m_cancelHandler);
            m_cancelHandler = nullptr;
            handler();
        }
        closeSpan(Outcome::Continue);
        m_spans.back().detail = QStringLiteral("client.disconnected");
    }
    complete();
}

void Exchange::complete()
{
    if (m_completed)
        return;
    m_completed = true;
    const auto self = shared_from_this();
    runCompletionHooks();
    if (m_publish)
        m_publish(buildRecord());
    m_stream.reset();
}

void Exchange::runCompletionHooks()
{
    if (m_completionHooksRan)
        return;
    m_completionHooksRan = true;
    for (size_t i = 0; i < m_entered; ++i)
        m_steps[i]->onComplete(*this);
}

ExchangeRecordPtr Exchange::buildRecord()
{
    auto r = std::make_shared<ExchangeRecord>();
    r->sequence = m_sequence;
    r->requestId = m_requestId;
    r->extendedRequestId = m_extendedRequestId;
    r->startEpochMs = m_startEpochMs;
    r->totalUs = m_clock->nowUs() - m_startUs;
    if (m_api) {
        r->apiId = m_api->id;
        r->protocol = model::protocolName(m_api->protocol);
    }
    if (m_stage) {
        r->stage = m_stage->name;
        r->deploymentId = m_stage->deploymentId;
        r->canary = m_stage->isCanary;
        r->stageHasCanary = m_stage->hasCanary();
    }
    if (m_route) {
        r->route = m_api && m_api->isRest() ? m_route->resourcePath : m_route->routeKey;
        r->resourceId = m_route->resourceId;
    }
    r->endpoint = m_endpoint;
    r->host = m_host;
    r->method = QString::fromLatin1(m_request.method);
    r->path = QString::fromUtf8(m_request.path);
    r->stagePath = m_stagePath;
    r->query = QString::fromUtf8(m_request.query);
    r->requestHeaders = m_request.headers;
    r->requestBodySize = m_request.bodyTooLarge ? m_request.declaredContentLength : m_request.body.size();
    r->requestBody = m_request.body.left(ExchangeRecord::bodyCaptureLimit);
    r->sourceIp = m_request.peerAddress.toString();
    r->sourcePort = m_request.peerPort;
    r->httpVersion = m_request.httpMinor == 0 ? QStringLiteral("HTTP/1.0") : QStringLiteral("HTTP/1.1");
    r->status = m_cancelled && !m_headWritten ? 0 : m_response.status;
    r->responseHeaders = m_response.headers;
    if (m_response.streaming) {
        r->responseBody = m_capturedBody;
        r->responseBodySize = m_sentBodyBytes;
    } else {
        r->responseBody = m_response.body.left(ExchangeRecord::bodyCaptureLimit);
        r->responseBodySize = m_response.body.size();
    }
    r->steps = std::move(m_spans);
    r->stoppedAt = m_stoppedAt;
    r->stoppedAtStep = m_stoppedAtStep;
    if (m_error) {
        const GatewayResponseInfo &info = restGatewayResponse(*m_error);
        r->errorType = QString(info.type);
        r->errorMessage = m_errorMessage;
    }
    r->explanation = std::move(m_explanation);
    r->integrationStatus = m_integrationStatus;
    r->integrationLatencyUs = m_integrationLatencyUs;
    r->clientAborted = m_cancelled;
    r->lambda = std::move(m_lambdaTraces);
    r->authorizer = m_authorizer;
    r->traffic = m_traffic;
    r->iam = m_iam;
    r->resourcePolicy = m_resourcePolicy;
    r->validation = m_validation;
    r->cache = m_cache;
    r->mapping = std::move(m_mapping);
    return r;
}

} // namespace gw
