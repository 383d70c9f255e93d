// SPDX-License-Identifier: GPL-3.0-or-later
#include "lambdaservice.h"

#include "common/clock.h"
#include "common/gwassert.h"
#include "common/threadcontext.h"
#include "http/httprequestparser.h"
#include "http/httpwire.h"
#include "http/socketio.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QPointer>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTimer>
#include <QUrl>

#include <chrono>
#include <cmath>
#include <cstdio>
#include <deque>
#include <map>
#include <utility>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcLambda, "gatehouse.lambda")

namespace gw::lambda {

QString InvocationResult::statusName(Status status)
{
    switch (status) {
    case Status::Success:
        return QStringLiteral("success");
    case Status::FunctionError:
        return QStringLiteral("function error");
    case Status::Timeout:
        return QStringLiteral("timeout");
    case Status::Crashed:
        return QStringLiteral("crashed");
    case Status::InitError:
        return QStringLiteral("init error");
    case Status::Throttled:
        return QStringLiteral("throttled");
    case Status::NotFound:
        return QStringLiteral("function not found");
    case Status::SpawnFailed:
        return QStringLiteral("runtime could not start");
    }
    return {};
}

namespace {

constexpr qint64 kMaxPayloadBytes = 6 * 1024 * 1024; // synchronous invocation response limit
constexpr int kReapIntervalMs = 5'000;
/// How long an invocation waits for an instance that has answered and not yet asked for its next event. A runtime
/// asks at once; one that does not (post-response work, or a runtime that never polls again) is passed over, as AWS
/// gives the invocation another execution environment.
constexpr int kHandoffMs = 500;
/// LambdaService::kDefaultWarmWaitMs, how long an invocation waits for a busy instance to become free before another
/// instance is started: a cold start costs ~100 ms and a process (Node.js: ~40 MB and its own JIT warm-up); a busy
/// instance of a quick function is free again within a millisecond or two. Functions that take longer get another
/// instance this much later.
constexpr int kWarmWaitMs = LambdaService::kDefaultWarmWaitMs;

qint64 steadyUs()
{
    return std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now().time_since_epoch())
        .count();
}

QString newRequestId()
{
    const QUuid id = QUuid::createUuid();
    return id.toString(QUuid::WithoutBraces);
}

QString logStreamName(qint64 epochMs)
{
    const QDateTime t = QDateTime::fromMSecsSinceEpoch(epochMs, Qt::UTC);
    quint32 r[4];
    QRandomGenerator::global()->fillRange(r, 4);
    QString hex;
    for (quint32 v : r)
        hex += QStringLiteral("%1").arg(v, 8, 16, QLatin1Char('0'));
    return t.toString(QStringLiteral("yyyy/MM/dd")) + QStringLiteral("/[$LATEST]") + hex;
}

/// Peak resident memory of a process, in MB (VmHWM), or 0 when unknown. `fd`: /proc/<pid>/status, opened once per
/// process (ProcStatus) and read again from its start for each invocation (one system call instead of three).
int peakMemoryMb(int fd)
{
    if (fd < 0)
        return 0;
    char buffer[4096];
    const ssize_t n = ::pread(fd, buffer, sizeof buffer - 1, 0);
    if (n <= 0)
        return 0;
    const QByteArrayView status(buffer, n);
    const qsizetype at = status.indexOf("VmHWM:");
    if (at < 0)
        return 0;
    qsizetype end = status.indexOf('\n', at);
    if (end < 0)
        end = status.size();
    const QByteArray kb = status.sliced(at + 6, end - at - 6).trimmed().toByteArray().split(' ').value(0);
    return int(std::ceil(kb.toDouble() / 1024.0));
}

/// /proc/<pid>/status of one process, open while the process runs.
class ProcStatus
{
public:
    ProcStatus() = default;
    ProcStatus(const ProcStatus &) = delete;
    ProcStatus &operator=(const ProcStatus &) = delete;
    ~ProcStatus() { close(); }
    void open(qint64 pid)
    {
        close();
        char path[64];
        std::snprintf(path, sizeof path, "/proc/%lld/status", static_cast<long long>(pid));
        m_fd = ::open(path, O_RDONLY | O_CLOEXEC);
    }
    void close()
    {
        if (m_fd >= 0)
            ::close(m_fd);
        m_fd = -1;
    }
    int fd() const { return m_fd; }

private:
    int m_fd = -1;
};

/// The modification time of a path in nanoseconds (0 when it does not exist). Read with stat() directly: QFileInfo's
/// times go through local-time conversions that cost several system calls each.
qint64 mtimeNs(const QString &path)
{
    struct stat st {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return 0;
    return qint64(st.st_mtim.tv_sec) * 1'000'000'000 + st.st_mtim.tv_nsec;
}

/// The handler's module file, e.g. DIR/index.js for "index.handler" (the first that exists of .js, .mjs, .cjs, .py).
QString handlerModule(const QString &dir, const QString &handler)
{
    const QString module = dir + QLatin1Char('/') + handler.section(QLatin1Char('.'), 0, 0);
    for (const char *ext : {".js", ".mjs", ".cjs", ".py"}) {
        const QString path = module + QLatin1String(ext);
        if (mtimeNs(path))
            return path;
    }
    return module;
}

/// What the cheap check on every invocation sees: the code folder (entries added, removed or renamed, as editors'
/// atomic saves do) and the handler's module (edited in place).
QString quickCodeStamp(const QString &dir, const QString &handlerPath)
{
    return QString::number(mtimeNs(dir)) + QLatin1Char('|') + QString::number(mtimeNs(handlerPath));
}

/// Every direct entry of the code folder (other modules edited in place), checked less often.
QString fullCodeStamp(const QString &dir)
{
    QString stamp;
    const QStringList entries = QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::NoDotAndDotDot, QDir::Name);
    for (const QString &e : entries) {
        if (e == QLatin1String("node_modules") || e == QLatin1String("__pycache__"))
            continue;
        stamp += e + QLatin1Char(':') + QString::number(mtimeNs(dir + QLatin1Char('/') + e)) + QLatin1Char('|');
    }
    return stamp;
}

} // namespace

class Instance;
class Pool;

/// One invocation on its way through the service.
struct Invocation
{
    quint64 id = 0;
    QString requestId;
    InvokeRequest request;
    qint64 startUs = 0;       ///< event handed to the runtime
    qint64 queuedAtUs = 0;    ///< steady clock, when it reached its pool
    qint64 queuedUs = 0;      ///< waited for a busy instance (InvocationResult::queuedUs)
    bool coldStart = false;
    qint64 initUs = 0;
    QStringList output;       ///< the function's lines during the invocation
};

/// One HTTP connection from a runtime to its instance's Runtime API, on a raw socket (http::SocketIo: no readable-
/// byte query before each read, answers written at once).
class RuntimeConnection final : public QObject
{
public:
    RuntimeConnection(Instance *instance, qintptr descriptor);
    void respond(int status, const QByteArray &body, const http::HttpHeaders &headers = {});
    bool isOpen() const { return m_socket->isOpen(); }

private:
    void onReadable();
    void flush();
    Instance *m_instance;
    http::SocketIo *m_socket; // child
    http::HttpRequestParser m_parser;
    QByteArray m_in;
    /// While a read is handled, answers are collected and leave in one write: a runtime that pipelines its result
    /// with the next GET gets the 202 and its next event together (one system call here, one wake-up there).
    bool m_collecting = false;
    QByteArray m_out;
};

/// An instance's Runtime API endpoint: hands each accepted descriptor to a RuntimeConnection.
class RuntimeListener final : public QTcpServer
{
public:
    explicit RuntimeListener(Instance *instance)
        : m_instance(instance)
    { }

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Instance *m_instance;
};

/// One process of a function, with its own Runtime API endpoint.
class Instance final : public QObject
{
public:
    enum class State { Starting, Idle, Busy, Dead };
    Instance(Pool *pool, quint64 serial);
    ~Instance() override;

    bool start(QString *error);
    void assign(std::unique_ptr<Invocation> invocation); ///< instances that are free or about to be (see isReturning)
    void retire(); ///< stop after the current invocation (code or configuration changed)
    void kill();

    State state() const { return m_state; }
    bool isRetiring() const { return m_retiring; }
    qint64 idleSinceUs() const { return m_idleSinceUs; }
    bool hasInvocation() const { return m_invocation != nullptr; }
    /// Answered its invocation and has not yet asked for the next one: warm, free within a moment.
    bool isReturning() const { return m_state == State::Busy && !m_invocation; }
    /// Answered, then did not ask for its next event within kHandoffMs of being given one: passed over until it asks.
    bool isStalled() const { return m_stalled; }

    // Runtime API
    void onRequest(RuntimeConnection *connection, const http::HttpRequest &request);

private:
    void deliver();
    void finish(InvocationResult::Status status, const QByteArray &payload, const QString &errorType,
                const QString &errorMessage);
    void readOutput();
    void onExited(int exitCode, QProcess::ExitStatus status);
    void onTimeout();
    void onHandoffTimeout();

    Pool *m_pool;
    quint64 m_serial;
    RuntimeListener m_server{this};
    QProcess m_process;
    ProcStatus m_procStatus; ///< for Max Memory Used
    QPointer<RuntimeConnection> m_waiting; ///< a runtime blocked in GET /next
    std::unique_ptr<Invocation> m_invocation;
    bool m_delivered = false;
    /// Starting: the runtime's init plus the function's timeout. Delivered: the function's timeout. Answered and not
    /// yet asking for the next event: what is left of the function's timeout (AWS's invoke phase lasts until the
    /// runtime asks for the next event); past it the instance is stopped.
    QTimer m_timeout;
    QTimer m_handoff; ///< an invocation given to an instance that has not yet asked for its next event (kHandoffMs)
    bool m_stalled = false;
    QByteArray m_partialLine;
    QStringList m_initOutput;
    qint64 m_spawnUs = 0;
    qint64 m_initUs = -1; ///< until the first /next
    qint64 m_idleSinceUs = 0;
    State m_state = State::Starting;
    bool m_retiring = false;
    bool m_everInvoked = false;
};

/// The instances and waiting invocations of one function.
class Pool final : public QObject
{
public:
    Pool(ServiceCore *core, const model::Function &function, const QString &codeDir);
    ~Pool() override;

    void update(const model::Function &function, const QString &codeDir);
    void enqueue(std::unique_ptr<Invocation> invocation);
    void dispatch();
    void instanceIdle(Instance *instance);
    void requeue(std::unique_ptr<Invocation> invocation); ///< back to the front of the queue, undelivered
    void instanceGone(Instance *instance);
    void complete(std::unique_ptr<Invocation> invocation, InvocationResult &&result);
    void reap(qint64 nowUs);
    void checkCode();
    void stampCode();

    const model::Function &function() const { return m_function; }
    const QString &codeDir() const { return m_codeDir; }
    ServiceCore *core() const { return m_core; }
    LambdaService::FunctionStats stats() const;

private:
    int maxInstances() const;
    ServiceCore *m_core;
    model::Function m_function;
    QString m_codeDir;
    QString m_handlerPath;
    QString m_quickStamp;
    QString m_fullStamp;
    qint64 m_fullCheckUs = 0;
    std::vector<Instance *> m_instances; // children
    std::deque<std::unique_ptr<Invocation>> m_queue;
    QTimer m_spawnTimer; ///< the queue's front has waited long enough for a busy instance: start another
    quint64 m_serial = 0;
    quint64 m_invocations = 0;
    quint64 m_coldStarts = 0;
    qint64 m_typicalDurationUs = -1; ///< moving average of answered invocations' durations; -1 until one is answered
    friend class Instance;
};

class ServiceCore final : public QObject
{
public:
    ServiceCore(LambdaService *service, const Clock *clock, QString runtimeDir)
        : m_service(service)
        , m_clock(clock)
        , m_runtimeDir(std::move(runtimeDir))
    {
        m_reaper.setInterval(kReapIntervalMs);
        connect(&m_reaper, &QTimer::timeout, this, [this] {
            for (Pool *p : std::as_const(m_pools))
                p->reap(m_clock->nowUs());
        });
    }

    ~ServiceCore() override { qDeleteAll(m_pools); }

    void setFunctions(const QList<model::Function> &functions, const QString &baseDir)
    {
        if (!m_reaper.isActive())
            m_reaper.start();
        QHash<QString, Pool *> next;
        for (const model::Function &f : functions) {
            const QString dir = QDir::isAbsolutePath(f.code) || baseDir.isEmpty() ? QDir::cleanPath(f.code)
                                                                                   : QDir::cleanPath(baseDir + QLatin1Char('/') + f.code);
            Pool *pool = m_pools.take(f.name);
            if (pool)
                pool->update(f, dir);
            else
                pool = new Pool(this, f, dir);
            next.insert(f.name, pool);
        }
        qDeleteAll(m_pools); // functions that are gone
        m_pools = next;
    }

    void invoke(std::unique_ptr<Invocation> invocation)
    {
        Pool *pool = m_pools.value(invocation->request.function);
        if (!pool) {
            InvocationResult r;
            r.status = InvocationResult::Status::NotFound;
            r.errorType = QStringLiteral("ResourceNotFoundException");
            r.errorMessage = QStringLiteral("Function not found: %1").arg(invocation->request.function);
            deliver(invocation->id, std::move(r));
            return;
        }
        pool->checkCode();
        pool->enqueue(std::move(invocation));
    }

    void deliver(quint64 id, InvocationResult &&result) { m_service->deliver(id, std::move(result)); }

    void writeLog(const QString &function, const QStringList &lines)
    {
        if (m_logDir.isEmpty() || lines.isEmpty())
            return;
        std::unique_ptr<QFile> &f = m_logFiles[function];
        if (!f || f->fileName() != m_logDir + QLatin1Char('/') + function + QLatin1String(".log")) {
            QDir().mkpath(m_logDir);
            f = std::make_unique<QFile>(m_logDir + QLatin1Char('/') + function + QLatin1String(".log"));
            if (!f->open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered)) {
                f.reset();
                return;
            }
        }
        // Unbuffered: each invocation's lines reach the file at once, for `tail -f`.
        f->write((lines.join(QLatin1Char('\n')) + QLatin1Char('\n')).toUtf8());
    }

    QList<LambdaService::FunctionStats> stats() const
    {
        QList<LambdaService::FunctionStats> out;
        for (const Pool *p : m_pools)
            out.append(p->stats());
        return out;
    }

    const Clock *clock() const { return m_clock; }
    const QString &runtimeDir() const { return m_runtimeDir; }
    QString m_logDir;
    std::map<QString, std::unique_ptr<QFile>> m_logFiles; ///< open log files, one per function
    int m_localConcurrency = 10;
    int m_idleTimeoutMs = 10 * 60 * 1000;
    qint64 m_warmWaitUs = kWarmWaitMs * 1000;

private:
    LambdaService *m_service;
    const Clock *m_clock;
    QString m_runtimeDir;
    QHash<QString, Pool *> m_pools;
    QTimer m_reaper{this}; // a child, so it moves to the service thread with the core
};

// ---------------------------------------------------------------------------------------------------------------
// RuntimeConnection

namespace {
http::ServerLimits runtimeLimits()
{
    http::ServerLimits l;
    l.maxBodyBytes = kMaxPayloadBytes + 1;
    l.maxHeaderBytes = 64 * 1024;
    l.maxTargetBytes = 8 * 1024;
    return l;
}
} // namespace

RuntimeConnection::RuntimeConnection(Instance *instance, qintptr descriptor)
    : QObject(instance)
    , m_instance(instance)
    , m_socket(new http::SocketIo(this))
    , m_parser(runtimeLimits())
{
    m_socket->onReadable = [this] { onReadable(); };
    m_socket->onClosed = [this] { deleteLater(); };
    if (!m_socket->adopt(descriptor)) // closed the descriptor
        deleteLater();
}

void RuntimeListener::incomingConnection(qintptr descriptor)
{
    new RuntimeConnection(m_instance, descriptor);
}

void RuntimeConnection::onReadable()
{
    // One read per readiness: what is left is reported again (level-triggered), and a runtime sends one request at
    // a time (two when it pipelines its answer with the next GET).
    char buffer[64 * 1024];
    const qint64 n = m_socket->read(buffer, sizeof buffer);
    if (n <= 0)
        return; // nothing yet, or closed (onClosed follows)
    m_in.append(buffer, n);
    m_collecting = true;
    qsizetype pos = 0;
    while (pos < m_in.size()) {
        qsizetype consumed = 0;
        const auto event = m_parser.parse(m_in.constData() + pos, m_in.size() - pos, 0, &consumed);
        pos += consumed;
        if (event == http::HttpRequestParser::Event::RequestComplete) {
            const http::HttpRequest request = m_parser.takeRequest();
            m_instance->onRequest(this, request);
            if (!m_socket->isOpen())
                return;
        } else if (event == http::HttpRequestParser::Event::Error) {
            respond(400, QByteArrayLiteral("{\"errorMessage\":\"Bad request\",\"errorType\":\"InvalidRequest\"}"));
            flush();
            m_socket->shutdownWrite();
            m_socket->close();
            return;
        } else if (event == http::HttpRequestParser::Event::NeedMore && consumed == 0) {
            break;
        }
    }
    m_in.remove(0, pos);
    flush();
}

void RuntimeConnection::flush()
{
    m_collecting = false;
    if (m_out.isEmpty())
        return;
    const QByteArray out = std::exchange(m_out, QByteArray());
    if (isOpen())
        m_socket->write(out);
}

void RuntimeConnection::respond(int status, const QByteArray &body, const http::HttpHeaders &headers)
{
    if (!isOpen())
        return;
    http::HttpHeaders h = headers;
    if (!h.contains("content-type"))
        h.append(QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json"));
    http::wire::Framing framing;
    framing.contentLength = body.size();
    QByteArray out = http::wire::responseHead(status, h, http::wire::imfFixdate(QDateTime::currentSecsSinceEpoch()),
                                              framing, body.size());
    out += body;
    if (m_collecting)
        m_out += out;
    else
        m_socket->write(out); // now: what the kernel does not take is sent when the socket is writable
}

// ---------------------------------------------------------------------------------------------------------------
// Instance

Instance::Instance(Pool *pool, quint64 serial)
    : QObject(pool)
    , m_pool(pool)
    , m_serial(serial)
{
    m_timeout.setSingleShot(true);
    connect(&m_timeout, &QTimer::timeout, this, &Instance::onTimeout);
    m_handoff.setSingleShot(true);
    connect(&m_handoff, &QTimer::timeout, this, &Instance::onHandoffTimeout);
    m_process.setProcessChannelMode(QProcess::MergedChannels);
    connect(&m_process, &QProcess::readyReadStandardOutput, this, &Instance::readOutput);
    connect(&m_process, &QProcess::finished, this, &Instance::onExited);
    connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError e) {
        if (e == QProcess::FailedToStart)
            onExited(-1, QProcess::CrashExit);
    });
}

Instance::~Instance()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.disconnect(this);
        m_process.kill();
        m_process.waitForFinished(2000);
    }
}

bool Instance::start(QString *error)
{
    const model::Function &f = m_pool->function();
    const QString &dir = m_pool->codeDir();
    if (!QFileInfo(dir).isDir()) {
        *error = QStringLiteral("the code folder %1 does not exist").arg(dir);
        return false;
    }
    if (!m_server.listen(QHostAddress::LocalHost, 0)) {
        *error = QStringLiteral("cannot open a Runtime API endpoint: %1").arg(m_server.errorString());
        return false;
    }
    QString program;
    QStringList args;
    const QString runtimeDir = m_pool->core()->runtimeDir();
    switch (f.kind()) {
    case model::Function::Kind::NodeJs:
        program = QStandardPaths::findExecutable(QStringLiteral("node"));
        args = {runtimeDir + QStringLiteral("/node/bootstrap.mjs")};
        if (program.isEmpty())
            *error = QStringLiteral("Node.js is not installed (the `node` command was not found); install it (apt-get install nodejs)");
        break;
    case model::Function::Kind::Python:
        program = QStandardPaths::findExecutable(QStringLiteral("python3"));
        args = {runtimeDir + QStringLiteral("/python/bootstrap.py")};
        if (program.isEmpty())
            *error = QStringLiteral("Python 3 is not installed (the `python3` command was not found)");
        break;
    case model::Function::Kind::Custom:
        program = dir + QStringLiteral("/bootstrap");
        if (!QFileInfo(program).isExecutable())
            *error = QStringLiteral("a custom runtime needs an executable file called bootstrap in %1").arg(dir);
        break;
    }
    if (!error->isEmpty())
        return false;
    if (!args.isEmpty() && !QFileInfo::exists(args.first())) {
        *error = QStringLiteral("Gatehouse's runtime bootstrap %1 is missing").arg(args.first());
        return false;
    }
    const Clock *clock = m_pool->core()->clock();
    QProcessEnvironment env;
    env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH", QStringLiteral("/usr/local/bin:/usr/bin:/bin")));
    env.insert(QStringLiteral("LANG"), QStringLiteral("en_US.UTF-8"));
    env.insert(QStringLiteral("TZ"), QStringLiteral(":UTC"));
    env.insert(QStringLiteral("AWS_LAMBDA_RUNTIME_API"), QStringLiteral("127.0.0.1:%1").arg(m_server.serverPort()));
    env.insert(QStringLiteral("_HANDLER"), f.handler.isEmpty() ? QStringLiteral("bootstrap") : f.handler);
    env.insert(QStringLiteral("LAMBDA_TASK_ROOT"), dir);
    env.insert(QStringLiteral("LAMBDA_RUNTIME_DIR"), runtimeDir);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_NAME"), f.name);
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_VERSION"), QStringLiteral("$LATEST"));
    env.insert(QStringLiteral("AWS_LAMBDA_FUNCTION_MEMORY_SIZE"), QString::number(f.memorySize));
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_GROUP_NAME"), QStringLiteral("/aws/lambda/") + f.name);
    env.insert(QStringLiteral("AWS_LAMBDA_LOG_STREAM_NAME"), logStreamName(clock->epochMs()));
    env.insert(QStringLiteral("AWS_LAMBDA_INITIALIZATION_TYPE"), QStringLiteral("on-demand"));
    env.insert(QStringLiteral("AWS_REGION"), QStringLiteral("us-east-1"));
    env.insert(QStringLiteral("AWS_DEFAULT_REGION"), QStringLiteral("us-east-1"));
    const QString execEnv = f.executionEnvironment();
    if (!execEnv.isEmpty())
        env.insert(QStringLiteral("AWS_EXECUTION_ENV"), execEnv);
    if (f.kind() == model::Function::Kind::Python) {
        env.insert(QStringLiteral("PYTHONUNBUFFERED"), QStringLiteral("1"));
        env.insert(QStringLiteral("PYTHONDONTWRITEBYTECODE"), QStringLiteral("1"));
    }
    for (const auto &[k, v] : f.environment)
        env.insert(k, v);
    m_process.setProcessEnvironment(env);
    m_process.setWorkingDirectory(dir);
    m_spawnUs = clock->nowUs();
    m_process.start(program, args);
    return true;
}

void Instance::assign(std::unique_ptr<Invocation> invocation)
{
    GW_ASSERT(!m_invocation, return);
    const bool returning = isReturning();
    m_invocation = std::move(invocation);
    m_delivered = false;
    if (m_state == State::Idle)
        m_state = State::Busy;
    if (m_waiting) {
        deliver();
    } else if (returning) {
        // It answered its last invocation and should ask for this one at once; its own deadline keeps running.
        m_handoff.start(kHandoffMs);
    } else {
        // Until the runtime asks for it: its init (AWS allows 10 s) plus the function's own timeout.
        m_timeout.start(10'000 + m_pool->function().timeout * 1000);
    }
}

void Instance::onHandoffTimeout()
{
    if (!m_invocation || m_delivered || m_state == State::Dead)
        return;
    // Still busy after answering: the invocation goes to another instance, and this one is passed over until it asks
    // for its next event (or is stopped when its invocation's time is up).
    qCInfo(lcLambda, "%s: instance %llu did not ask for its next event within %d ms of answering; the invocation goes to "
                     "another instance",
           qUtf8Printable(m_pool->function().name), m_serial, kHandoffMs);
    m_stalled = true;
    m_pool->requeue(std::move(m_invocation));
    m_pool->dispatch();
}

void Instance::deliver()
{
    RuntimeConnection *c = m_waiting;
    m_waiting = nullptr;
    m_handoff.stop();
    Invocation &inv = *m_invocation;
    const model::Function &f = m_pool->function();
    const Clock *clock = m_pool->core()->clock();
    inv.startUs = clock->nowUs();
    inv.coldStart = !m_everInvoked;
    inv.initUs = inv.coldStart ? m_initUs : 0;
    m_everInvoked = true;
    m_delivered = true;
    m_state = State::Busy;
    http::HttpHeaders h;
    h.append(QByteArrayLiteral("Lambda-Runtime-Aws-Request-Id"), inv.requestId.toLatin1());
    h.append(QByteArrayLiteral("Lambda-Runtime-Deadline-Ms"), QByteArray::number(clock->epochMs() + qint64(f.timeout) * 1000));
    h.append(QByteArrayLiteral("Lambda-Runtime-Invoked-Function-Arn"),
             QStringLiteral("arn:aws:lambda:us-east-1:123456789012:function:%1").arg(f.name).toLatin1());
    h.append(QByteArrayLiteral("Lambda-Runtime-Trace-Id"),
             inv.request.traceId.isEmpty() ? QByteArrayLiteral("Root=1-00000000-000000000000000000000000;Sampled=0")
                                           : inv.request.traceId);
    if (!inv.request.clientContext.isEmpty())
        h.append(QByteArrayLiteral("Lambda-Runtime-Client-Context"), inv.request.clientContext);
    // The init phase's output belongs to the first invocation's log.
    inv.output = m_initOutput + inv.output;
    m_initOutput.clear();
    m_timeout.start(f.timeout * 1000);
    c->respond(200, inv.request.payload, h);
}

void Instance::onRequest(RuntimeConnection *connection, const http::HttpRequest &request)
{
    const QByteArray path = request.path;
    static const QByteArray prefix = "/2018-06-01/runtime/";
    if (!path.startsWith(prefix)) {
        connection->respond(404, QByteArrayLiteral("{\"errorMessage\":\"Not found\",\"errorType\":\"InvalidRequest\"}"));
        return;
    }
    const QByteArray rest = path.mid(prefix.size());
    const Clock *clock = m_pool->core()->clock();
    if (request.method == "GET" && rest == "invocation/next") {
        if (m_initUs < 0)
            m_initUs = clock->nowUs() - m_spawnUs;
        readOutput();
        m_waiting = connection;
        m_stalled = false;
        if (m_invocation && !m_delivered) {
            deliver();
        } else if (!m_invocation) {
            m_timeout.stop();
            m_state = State::Idle;
            m_idleSinceUs = clock->nowUs();
            if (m_retiring)
                kill();
            else
                m_pool->instanceIdle(this);
        }
        return;
    }
    if (request.method == "POST" && rest == "init/error") {
        connection->respond(202, QByteArrayLiteral("{\"status\":\"OK\"}"));
        const QJsonObject e = QJsonDocument::fromJson(request.body).object();
        const QString type = QString::fromUtf8(request.headers.value("lambda-runtime-function-error-type"));
        m_initOutput.append(QStringLiteral("INIT_REPORT Init Duration: %1 ms\tPhase: init\tStatus: error\tError Type: %2")
                                .arg(double(clock->nowUs() - m_spawnUs) / 1000.0, 0, 'f', 2)
                                .arg(type.isEmpty() ? e.value(QLatin1String("errorType")).toString() : type));
        if (m_invocation)
            finish(InvocationResult::Status::InitError, request.body,
                   type.isEmpty() ? e.value(QLatin1String("errorType")).toString() : type,
                   e.value(QLatin1String("errorMessage")).toString());
        m_retiring = true;
        return;
    }
    static const QByteArray invocation = "invocation/";
    if (request.method == "POST" && rest.startsWith(invocation)) {
        const QByteArray tail = rest.mid(invocation.size());
        const qsizetype slash = tail.indexOf('/');
        // Runtimes percent-encode the request id in the path.
        const QString id = QUrl::fromPercentEncoding(tail.left(slash));
        const QByteArray kind = slash < 0 ? QByteArray() : tail.mid(slash + 1);
        if (!m_invocation || !m_delivered || id != m_invocation->requestId || (kind != "response" && kind != "error")) {
            connection->respond(400, QByteArrayLiteral("{\"errorMessage\":\"Invalid request ID\",\"errorType\":\"InvalidRequestID\"}"));
            return;
        }
        if (request.bodyTooLarge || request.body.size() > kMaxPayloadBytes) {
            connection->respond(413, QByteArrayLiteral("{\"errorMessage\":\"Exceeded maximum allowed payload size (6291556 bytes).\","
                                                       "\"errorType\":\"RequestEntityTooLarge\"}"));
            finish(InvocationResult::Status::FunctionError, {}, QStringLiteral("Function.ResponseSizeTooLarge"),
                   QStringLiteral("Response payload size exceeded maximum allowed payload size (6291556 bytes)."));
            return;
        }
        connection->respond(202, QByteArrayLiteral("{\"status\":\"OK\"}"));
        if (kind == "response") {
            finish(InvocationResult::Status::Success, request.body, {}, {});
        } else {
            const QJsonObject e = QJsonDocument::fromJson(request.body).object();
            QString type = QString::fromUtf8(request.headers.value("lambda-runtime-function-error-type"));
            if (type.isEmpty())
                type = e.value(QLatin1String("errorType")).toString();
            finish(InvocationResult::Status::FunctionError, request.body, type, e.value(QLatin1String("errorMessage")).toString());
        }
        return;
    }
    connection->respond(404, QByteArrayLiteral("{\"errorMessage\":\"Unknown Runtime API path\",\"errorType\":\"InvalidRequest\"}"));
}

void Instance::readOutput()
{
    // Take what the process has written to its pipe so far, so lines logged before it answered belong to this
    // invocation.
    m_process.waitForReadyRead(0);
    m_partialLine += m_process.readAllStandardOutput();
    qsizetype start = 0;
    while (true) {
        const qsizetype nl = m_partialLine.indexOf('\n', start);
        if (nl < 0)
            break;
        QByteArray line = m_partialLine.mid(start, nl - start);
        if (line.endsWith('\r'))
            line.chop(1);
        const QString text = QString::fromUtf8(line).replace(QLatin1Char('\r'), QLatin1Char('\n'));
        if (m_invocation && m_delivered)
            m_invocation->output.append(text);
        else
            m_initOutput.append(text);
        start = nl + 1;
    }
    m_partialLine.remove(0, start);
    // A runaway process that writes without newlines: cut the line.
    if (m_partialLine.size() > 256 * 1024) {
        (m_invocation && m_delivered ? m_invocation->output : m_initOutput).append(QString::fromUtf8(m_partialLine));
        m_partialLine.clear();
    }
    // Bounded: the newest lines are kept.
    QStringList &sink = m_invocation && m_delivered ? m_invocation->output : m_initOutput;
    if (sink.size() > 10'000)
        sink.erase(sink.begin(), sink.begin() + (sink.size() - 10'000));
}

void Instance::finish(InvocationResult::Status status, const QByteArray &payload, const QString &errorType,
                      const QString &errorMessage)
{
    m_timeout.stop();
    readOutput();
    if (!m_partialLine.isEmpty() && m_invocation) {
        m_invocation->output.append(QString::fromUtf8(m_partialLine));
        m_partialLine.clear();
    }
    std::unique_ptr<Invocation> inv = std::move(m_invocation);
    m_delivered = false;
    const model::Function &f = m_pool->function();
    const Clock *clock = m_pool->core()->clock();
    InvocationResult r;
    r.status = status;
    r.payload = payload;
    r.errorType = errorType;
    r.errorMessage = errorMessage;
    r.requestId = inv->requestId;
    r.coldStart = inv->coldStart;
    r.initUs = inv->coldStart ? qMax<qint64>(inv->initUs, 0) : 0;
    r.durationUs = inv->startUs ? clock->nowUs() - inv->startUs : 0;
    r.queuedUs = inv->queuedUs;
    r.billedMs = int(std::ceil(double(r.durationUs) / 1000.0));
    if (r.billedMs < 1 && inv->startUs)
        r.billedMs = 1;
    r.memorySizeMb = f.memorySize;
    if (m_procStatus.fd() < 0)
        m_procStatus.open(m_process.processId()); // once per process
    r.maxMemoryUsedMb = peakMemoryMb(m_procStatus.fd());
    QStringList log;
    log.append(QLatin1StringView("START RequestId: ") + r.requestId + QLatin1StringView(" Version: $LATEST"));
    log.append(inv->output);
    if (status == InvocationResult::Status::Timeout)
        log.append(QStringLiteral("%1 %2 Task timed out after %3 seconds")
                       .arg(QDateTime::fromMSecsSinceEpoch(clock->epochMs(), Qt::UTC).toString(Qt::ISODateWithMs), r.requestId)
                       .arg(double(f.timeout), 0, 'f', 2));
    if (status == InvocationResult::Status::Crashed)
        log.append(QStringLiteral("RequestId: %1 Error: %2\n%3").arg(r.requestId, errorMessage, errorType));
    log.append(QLatin1StringView("END RequestId: ") + r.requestId);
    // One multi-argument arg() per line: a chain of them builds every intermediate string.
    QString report = QStringLiteral("REPORT RequestId: %1\tDuration: %2 ms\tBilled Duration: %3 ms\tMemory Size: %4 MB\tMax Memory Used: %5 MB")
                         .arg(r.requestId, QString::number(double(r.durationUs) / 1000.0, 'f', 2), QString::number(r.billedMs),
                              QString::number(r.memorySizeMb), QString::number(r.maxMemoryUsedMb));
    if (r.coldStart)
        report += QStringLiteral("\tInit Duration: %1 ms").arg(double(r.initUs) / 1000.0, 0, 'f', 2);
    if (status == InvocationResult::Status::Timeout)
        report += QStringLiteral("\tStatus: timeout");
    else if (status == InvocationResult::Status::Crashed || status == InvocationResult::Status::InitError)
        report += QStringLiteral("\tStatus: error\tError Type: %1").arg(errorType);
    log.append(report);
    r.log = log;
    m_state = m_process.state() == QProcess::NotRunning ? State::Dead : State::Busy;
    if (m_state == State::Busy && inv->startUs) {
        // Until it asks for the next event, the invocation's time keeps running.
        const qint64 leftMs = (inv->startUs + qint64(f.timeout) * 1'000'000 - clock->nowUs()) / 1000;
        m_timeout.start(int(qBound<qint64>(0, leftMs, qint64(f.timeout) * 1000)));
    }
    m_pool->complete(std::move(inv), std::move(r));
}

void Instance::onTimeout()
{
    const model::Function &f = m_pool->function();
    if (!m_invocation || (!m_delivered && m_everInvoked)) {
        if (m_state != State::Busy)
            return;
        // It answered and then never asked for its next event within the function's timeout: stopped, as AWS ends
        // the execution environment. An invocation waiting for it runs on another instance.
        m_pool->core()->writeLog(f.name, {QStringLiteral("Gatehouse stopped an instance of %1: it answered its invocation and "
                                                         "did not ask for the next event (GET /runtime/invocation/next) "
                                                         "within the function's timeout of %2 seconds")
                                              .arg(f.name)
                                              .arg(f.timeout)});
        m_handoff.stop();
        if (m_invocation)
            m_pool->requeue(std::move(m_invocation));
        kill();
        return;
    }
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(1000);
    m_state = State::Dead;
    if (m_delivered) {
        finish(InvocationResult::Status::Timeout, {}, QStringLiteral("Sandbox.Timedout"),
               QStringLiteral("Task timed out after %1 seconds").arg(double(f.timeout), 0, 'f', 2));
    } else {
        finish(InvocationResult::Status::InitError, {}, QStringLiteral("Runtime.Unavailable"),
               QStringLiteral("The runtime did not ask for the invocation (GET /runtime/invocation/next) within %1 seconds; "
                              "its initialisation hangs")
                   .arg(10 + f.timeout));
    }
    m_pool->instanceGone(this);
}

void Instance::onExited(int exitCode, QProcess::ExitStatus status)
{
    if (m_state == State::Dead)
        return;
    readOutput();
    const QString reason = status == QProcess::CrashExit && exitCode != -1
        ? QStringLiteral("Runtime exited with error: signal: %1").arg(m_process.exitCode())
        : exitCode == -1 ? QStringLiteral("Runtime failed to start: %1").arg(m_process.errorString())
                         : QStringLiteral("Runtime exited with error: exit status %1").arg(exitCode);
    m_state = State::Dead;
    if (m_invocation && !m_delivered && m_everInvoked) {
        // It exited between invocations (a runtime that serves one event and quits); the waiting one goes to
        // another instance.
        m_timeout.stop();
        m_pool->requeue(std::move(m_invocation));
    } else if (m_invocation) {
        if (!m_delivered && !m_everInvoked)
            finish(InvocationResult::Status::InitError, {}, QStringLiteral("Runtime.ExitError"), reason);
        else
            finish(InvocationResult::Status::Crashed, {}, QStringLiteral("Runtime.ExitError"), reason);
    }
    m_pool->instanceGone(this);
}

void Instance::retire()
{
    m_retiring = true;
    if (m_invocation && !m_delivered) {
        // Not started on this instance yet: it runs on one with the new code instead.
        m_timeout.stop();
        m_pool->requeue(std::move(m_invocation));
    }
    if (!m_invocation)
        kill();
}

void Instance::kill()
{
    if (m_state == State::Dead)
        return;
    m_state = State::Dead;
    m_process.disconnect(this);
    m_process.kill();
    m_process.waitForFinished(1000);
    m_pool->instanceGone(this);
}

// ---------------------------------------------------------------------------------------------------------------
// Pool

Pool::Pool(ServiceCore *core, const model::Function &function, const QString &codeDir)
    : m_core(core)
    , m_function(function)
    , m_codeDir(codeDir)
{
    m_spawnTimer.setSingleShot(true);
    connect(&m_spawnTimer, &QTimer::timeout, this, &Pool::dispatch);
    stampCode();
}

Pool::~Pool()
{
    for (Instance *i : m_instances)
        delete i;
    m_instances.clear();
}

void Pool::update(const model::Function &function, const QString &codeDir)
{
    if (function == m_function && codeDir == m_codeDir)
        return;
    m_function = function;
    m_codeDir = codeDir;
    stampCode();
    const std::vector<Instance *> current = m_instances;
    for (Instance *i : current)
        i->retire();
}

void Pool::stampCode()
{
    m_handlerPath = handlerModule(m_codeDir, m_function.handler);
    m_quickStamp = quickCodeStamp(m_codeDir, m_handlerPath);
    m_fullStamp = fullCodeStamp(m_codeDir);
    m_fullCheckUs = m_core->clock()->nowUs();
}

void Pool::checkCode()
{
    // Two stat() calls on every invocation; every entry of the folder at most every 250 ms.
    const qint64 now = m_core->clock()->nowUs();
    const bool full = now - m_fullCheckUs >= 250'000;
    if (quickCodeStamp(m_codeDir, m_handlerPath) == m_quickStamp && (!full || fullCodeStamp(m_codeDir) == m_fullStamp)) {
        if (full)
            m_fullCheckUs = now;
        return;
    }
    stampCode();
    const std::vector<Instance *> current = m_instances;
    for (Instance *i : current)
        i->retire();
}

int Pool::maxInstances() const
{
    return m_function.reservedConcurrency >= 0 ? m_function.reservedConcurrency : qMax(1, m_core->m_localConcurrency);
}

void Pool::enqueue(std::unique_ptr<Invocation> invocation)
{
    ++m_invocations;
    if (m_function.reservedConcurrency >= 0) {
        int busy = 0;
        for (const Instance *i : m_instances)
            busy += i->hasInvocation() ? 1 : 0;
        if (busy + int(m_queue.size()) >= m_function.reservedConcurrency) {
            InvocationResult r;
            r.status = InvocationResult::Status::Throttled;
            r.errorType = QStringLiteral("TooManyRequestsException");
            r.errorMessage = QStringLiteral("Rate Exceeded.");
            m_core->deliver(invocation->id, std::move(r));
            return;
        }
    }
    invocation->queuedAtUs = steadyUs();
    m_queue.push_back(std::move(invocation));
    dispatch();
}

void Pool::dispatch()
{
    while (!m_queue.empty()) {
        // Prefer a warm instance waiting in /next, then one that has just answered and is about to ask again,
        // then one still starting; only then start another.
        const auto rank = [](const Instance *i) {
            return i->state() == Instance::State::Idle ? 3 : i->isReturning() ? 2 : i->state() == Instance::State::Starting ? 1 : 0;
        };
        Instance *free = nullptr;
        for (Instance *i : m_instances) {
            if (i->hasInvocation() || i->isRetiring() || i->isStalled() || rank(i) == 0)
                continue;
            if (!free || rank(i) > rank(free))
                free = i;
        }
        bool startedForIt = false;
        if (!free) {
            int live = 0;
            int becomingFree = 0; // busy instances that will ask for their next event, and instances starting
            int starting = 0;
            for (const Instance *i : m_instances) {
                live += i->state() != Instance::State::Dead ? 1 : 0;
                starting += i->state() == Instance::State::Starting ? 1 : 0;
                becomingFree += (i->state() == Instance::State::Busy || i->state() == Instance::State::Starting)
                        && !i->isRetiring() && !i->isStalled()
                    ? 1
                    : 0;
            }
            if (live >= maxInstances())
                return; // wait for an instance to become free
            const qint64 warmWaitUs = m_core->m_warmWaitUs;
            if (becomingFree > 0 && warmWaitUs > 0) {
                const qint64 waitedUs = steadyUs() - m_queue.front()->queuedAtUs;
                if (waitedUs < warmWaitUs) {
                    m_spawnTimer.start(int((warmWaitUs - waitedUs + 999) / 1000));
                    return;
                }
                // A quick function starts one instance at a time: a cold start takes the CPU the warm instances
                // need, so starting one for every waiting invocation would make every wait longer still.
                const bool quick = m_typicalDurationUs >= 0 && m_typicalDurationUs < warmWaitUs;
                if (quick && starting > 0)
                    return; // the starting instance asks for the front invocation when it is ready
            }
            auto *instance = new Instance(this, ++m_serial);
            QString error;
            if (!instance->start(&error)) {
                delete instance;
                std::unique_ptr<Invocation> inv = std::move(m_queue.front());
                m_queue.pop_front();
                InvocationResult r;
                r.status = InvocationResult::Status::SpawnFailed;
                r.errorType = QStringLiteral("Runtime.StartError");
                r.errorMessage = error;
                r.requestId = inv->requestId;
                r.log = {QStringLiteral("Gatehouse could not start function %1: %2").arg(m_function.name, error)};
                m_core->writeLog(m_function.name, r.log);
                m_core->deliver(inv->id, std::move(r));
                continue;
            }
            ++m_coldStarts;
            m_instances.push_back(instance);
            free = instance;
            startedForIt = true;
        }
        std::unique_ptr<Invocation> inv = std::move(m_queue.front());
        m_queue.pop_front();
        // Only waiting for an instance that existed counts: an instance started for it is a cold start, as on AWS.
        if (!startedForIt)
            inv->queuedUs = steadyUs() - inv->queuedAtUs;
        free->assign(std::move(inv));
    }
}

void Pool::instanceIdle(Instance *)
{
    dispatch();
}

void Pool::requeue(std::unique_ptr<Invocation> invocation)
{
    m_queue.push_front(std::move(invocation));
}

void Pool::instanceGone(Instance *instance)
{
    m_instances.erase(std::remove(m_instances.begin(), m_instances.end(), instance), m_instances.end());
    instance->deleteLater();
    dispatch();
}

void Pool::complete(std::unique_ptr<Invocation> invocation, InvocationResult &&result)
{
    if (result.status == InvocationResult::Status::Success || result.status == InvocationResult::Status::FunctionError) {
        m_typicalDurationUs = m_typicalDurationUs < 0 ? result.durationUs
                                                      : (7 * m_typicalDurationUs + result.durationUs) / 8;
    }
    m_core->writeLog(m_function.name, result.log);
    m_core->deliver(invocation->id, std::move(result));
}

void Pool::reap(qint64 nowUs)
{
    const std::vector<Instance *> current = m_instances;
    for (Instance *i : current) {
        if (i->state() == Instance::State::Idle && !i->hasInvocation()
            && nowUs - i->idleSinceUs() > qint64(m_core->m_idleTimeoutMs) * 1000)
            i->kill();
    }
}

LambdaService::FunctionStats Pool::stats() const
{
    LambdaService::FunctionStats s;
    s.name = m_function.name;
    for (const Instance *i : m_instances) {
        if (i->state() == Instance::State::Dead)
            continue;
        ++s.instances;
        s.busy += i->hasInvocation() ? 1 : 0;
    }
    s.invocations = m_invocations;
    s.coldStarts = m_coldStarts;
    return s;
}

// ---------------------------------------------------------------------------------------------------------------
// LambdaService

LambdaService::LambdaService(const Clock *clock, QString runtimeDir, QObject *parent)
    : QObject(parent)
    , m_core(new ServiceCore(this, clock ? clock : SystemClock::instance(), std::move(runtimeDir)))
{
    m_thread.setObjectName(QStringLiteral("gw-lambda"));
    m_core->moveToThread(&m_thread);
    m_thread.start();
}

LambdaService::~LambdaService()
{
    ServiceCore *core = m_core;
    QMetaObject::invokeMethod(core, [core] { delete core; }, Qt::BlockingQueuedConnection);
    m_thread.quit();
    m_thread.wait();
}

QString LambdaService::defaultRuntimeDir()
{
    const QString appDir = QCoreApplication::applicationDirPath();
    const QStringList candidates = {appDir + QStringLiteral("/../share/gatehouse/lambda"),
                                    QStringLiteral(GATEHOUSE_SOURCE_DIR "/resources/lambda")};
    for (const QString &c : candidates) {
        if (QFileInfo(c + QStringLiteral("/node/bootstrap.mjs")).exists())
            return QDir::cleanPath(c);
    }
    return QDir::cleanPath(candidates.last());
}

void LambdaService::setFunctions(const QList<model::Function> &functions, const QString &baseDir)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, functions, baseDir] { core->setFunctions(functions, baseDir); },
                              Qt::BlockingQueuedConnection);
}

void LambdaService::setLogDirectory(const QString &dir)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, dir] { core->m_logDir = dir; }, Qt::BlockingQueuedConnection);
}

void LambdaService::setLocalConcurrency(int processes)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, processes] { core->m_localConcurrency = processes; },
                              Qt::BlockingQueuedConnection);
}

void LambdaService::setIdleTimeout(int ms)
{
    QMetaObject::invokeMethod(m_core, [core = m_core, ms] { core->m_idleTimeoutMs = ms; }, Qt::BlockingQueuedConnection);
}

void LambdaService::setWarmWait(int ms)
{
    // Queued like invoke(), so it comes before every invocation started after it on the same thread, and the window
    // does not wait for the service thread.
    QMetaObject::invokeMethod(m_core, [core = m_core, ms] { core->m_warmWaitUs = qint64(qMax(0, ms)) * 1000; },
                              Qt::QueuedConnection);
}

quint64 LambdaService::invoke(InvokeRequest request, InvocationCallback callback)
{
    const quint64 id = m_nextId.fetch_add(1);
    {
        QMutexLocker lock(&m_mutex);
        m_callbacks.insert(id, {QPointer<QObject>(threadContext()), std::move(callback)});
    }
    auto inv = std::make_unique<Invocation>();
    inv->id = id;
    inv->requestId = newRequestId();
    inv->request = std::move(request);
    QMetaObject::invokeMethod(
        m_core, [core = m_core, inv = std::shared_ptr<Invocation>(inv.release())]() mutable {
            core->invoke(std::unique_ptr<Invocation>(new Invocation(std::move(*inv))));
        },
        Qt::QueuedConnection);
    return id;
}

void LambdaService::cancel(quint64 invocationId)
{
    QMutexLocker lock(&m_mutex);
    m_callbacks.remove(invocationId);
}

void LambdaService::deliver(quint64 id, InvocationResult &&result)
{
    QPair<QPointer<QObject>, InvocationCallback> target;
    {
        QMutexLocker lock(&m_mutex);
        target = m_callbacks.take(id);
    }
    if (!target.first || !target.second)
        return;
    QMetaObject::invokeMethod(
        target.first,
        [callback = std::move(target.second), result = std::make_shared<InvocationResult>(std::move(result))]() mutable {
            callback(std::move(*result));
        },
        Qt::QueuedConnection);
}

QList<LambdaService::FunctionStats> LambdaService::stats() const
{
    QList<FunctionStats> out;
    QMetaObject::invokeMethod(m_core, [core = m_core, &out] { out = core->stats(); }, Qt::BlockingQueuedConnection);
    return out;
}

} // namespace gw::lambda
