// SPDX-License-Identifier: GPL-3.0-or-later
//
// Gatehouse's Node.js runtime for Lambda functions.
//
// Gatehouse starts one process per function instance:
//     node <gatehouse>/resources/lambda/node/bootstrap.mjs
// with the function's code folder as working directory, the environment Lambda sets
// (_HANDLER, LAMBDA_TASK_ROOT, AWS_LAMBDA_FUNCTION_NAME, ...) and a Runtime API server at
// AWS_LAMBDA_RUNTIME_API. This file loads the handler named by _HANDLER, then loops:
// GET invocation/next, run the handler, POST its result or its error. Everything the handler can
// observe (module resolution, the context object, callback semantics, log record format, error
// payloads, exit codes after fatal errors) follows what AWS's managed Node.js runtime does; the
// places where Gatehouse has to choose are described in resources/lambda/README.md.
//
// Exit codes: 129 after an uncaught exception or a failed init, 128 after an unhandled promise
// rejection (both as on AWS), 1 when the Runtime API cannot be reached.

import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import util from 'node:util';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';

const env = process.env;
const API_PREFIX = '/2018-06-01/runtime';
const ERROR_TYPE_HEADER = 'Lambda-Runtime-Function-Error-Type';
const REQUEST_ID_KEY = Symbol.for('aws.lambda.runtime.requestId');
const STREAMING_KEY = Symbol.for('aws.lambda.runtime.handler.streaming');
const loadCommonJs = createRequire(import.meta.url);

// ---------------------------------------------------------------------------------------------
// Errors the runtime itself raises. Their `name` is "Runtime.<Class>", which is what the Runtime
// API and the logs show as errorType.

class ImportModuleError extends Error {}
class HandlerNotFound extends Error {}
class MalformedHandlerName extends Error {}
class UserCodeSyntaxError extends Error {}
class MalformedStreamingHandler extends Error {}
class NodeJsExit extends Error {}
class UnhandledPromiseRejection extends Error {
    constructor(reason, promise) {
        super(describe(reason));
        this.reason = reason;
        this.promise = promise;
    }
}
for (const runtimeError of [ImportModuleError, HandlerNotFound, MalformedHandlerName, UserCodeSyntaxError,
                            MalformedStreamingHandler, NodeJsExit, UnhandledPromiseRejection]) {
    runtimeError.prototype.name = 'Runtime.' + runtimeError.name;
}

const NODE_EXIT_MESSAGE = 'The Lambda runtime client detected an unexpected Node.js exit code. This is most '
    + 'commonly caused by a Promise that was never settled. For more information, see '
    + 'https://nodejs.org/docs/latest/api/process.html#exit-codes';

function describe(value) {
    if (value === undefined) return undefined;
    try {
        return String(value);
    } catch {
        return Object.prototype.toString.call(value);
    }
}

function looksLikeError(value) {
    if (util.types.isNativeError(value)) return true;
    return Boolean(value) && typeof value.name === 'string' && value.name !== ''
        && typeof value.message === 'string' && value.message !== ''
        && typeof value.stack === 'string' && value.stack !== '';
}

// The body of POST invocation/{id}/error and POST init/error: {errorType, errorMessage, trace}.
// Anything thrown that is not an Error reports its typeof as errorType ("string", "number", ...).
function errorBody(thrown) {
    try {
        if (looksLikeError(thrown)) {
            return {
                errorType: escapeDelete(thrown.name),
                errorMessage: escapeDelete(thrown.message),
                trace: escapeDelete(thrown.stack).split('\n'),
            };
        }
        return { errorType: typeof thrown, errorMessage: thrown.toString(), trace: [] };
    } catch {
        return {
            errorType: 'handled',
            errorMessage: 'callback called with Error argument, but there was a problem while retrieving one '
                + 'or more of its message, name, and stack',
        };
    }
}

function escapeDelete(text) {
    return typeof text === 'string' ? text.replaceAll('\x7F', '%7F') : text;
}

// Header values may only hold tab, printable ASCII and Latin-1; anything else would make
// the request invalid, so it is percent-encoded.
function headerValue(text) {
    return String(text ?? 'Unhandled').replace(/[^\t\x20-\x7e\x80-\xff]/gu, (c) => {
        try {
            return encodeURIComponent(c);
        } catch {
            return '%EF%BF%BD';
        }
    });
}

// The error as the text log record shows it: a tab, then JSON with errorType, errorMessage, the
// error's own enumerable properties and the stack as an array of lines.
function errorForLog(error) {
    const expand = (_key, value) => {
        if (!(value instanceof Error)) return value;
        const shown = Object.assign({ errorType: value.name, errorMessage: value.message, code: value.code }, value);
        if (typeof value.stack === 'string') shown.stack = value.stack.split('\n');
        return shown;
    };
    try {
        return '\t' + JSON.stringify(error, expand);
    } catch {
        return '\t' + JSON.stringify(errorBody(error));
    }
}

function asError(thrown) {
    return thrown instanceof Error ? thrown : new Error(thrown);
}

// ---------------------------------------------------------------------------------------------
// Logging: console.* write one record per call to stdout. Text records are
//     <ISO time>\t<request id>\t<LEVEL>\t<util.format(...)>
// with every "\n" inside the record turned into "\r", so one record is exactly one line.

const LEVELS = { TRACE: 1, DEBUG: 2, INFO: 3, WARN: 4, ERROR: 5, FATAL: 6 };
const jsonLogs = (env.AWS_LAMBDA_LOG_FORMAT ?? '').toUpperCase() === 'JSON';
const lowestLevel = LEVELS[(env.AWS_LAMBDA_LOG_LEVEL ?? '').toUpperCase()] ?? LEVELS.TRACE;

function jsonLogLine(timestamp, level, requestId, args) {
    const record = { timestamp, level, requestId };
    if (args.length <= 1) {
        record.message = args[0];
        try {
            return JSON.stringify(record, (_key, value) => {
                if (!(value instanceof Error)) return value;
                return Object.assign({
                    errorType: value.constructor?.name ?? 'UnknownError',
                    errorMessage: value.message,
                    stackTrace: typeof value.stack === 'string' ? value.stack.split('\n') : value.stack,
                }, value);
            });
        } catch {
            record.message = util.format(args[0]);
            return JSON.stringify(record);
        }
    }
    record.message = util.format(...args);
    const error = args.find((arg) => arg instanceof Error);
    if (error) {
        record.errorType = error.constructor?.name ?? 'UnknownError';
        record.errorMessage = error.message;
        record.stackTrace = typeof error.stack === 'string' ? error.stack.split('\n') : [];
    }
    return JSON.stringify(record);
}

function writeLogRecord(level, args) {
    const timestamp = new Date().toISOString();
    const requestId = globalThis[REQUEST_ID_KEY];
    const line = jsonLogs
        ? jsonLogLine(timestamp, level, requestId, args)
        : `${timestamp}\t${requestId}\t${level}\t${util.format(args[0], ...args.slice(1))}`;
    process.stdout.write(line.replaceAll('\n', '\r') + '\n');
}

function patchConsole() {
    const ignore = () => {};
    const writer = (level) => (LEVELS[level] >= lowestLevel
        ? (...args) => writeLogRecord(level, args)
        : ignore);
    console.trace = writer('TRACE');
    console.debug = writer('DEBUG');
    console.info = writer('INFO');
    console.log = console.info;
    console.warn = writer('WARN');
    console.error = writer('ERROR');
    console.fatal = (...args) => writeLogRecord('FATAL', args);
}

// Logs an error the runtime reports ("Invoke Error", "Uncaught Exception", ...) through
// console.error, like AWS does.
function logReportedError(title, thrown) {
    if (jsonLogs) {
        console.error(asError(thrown));
    } else {
        console.error(title, errorForLog(asError(thrown)));
    }
}

// ---------------------------------------------------------------------------------------------
// Runtime API client: HTTP/1.1 on one keep-alive socket, written and parsed here rather than through
// node:http, whose agent and parser cost more than the handler of a small function (see
// docs/performance.md). Requests may be pipelined: the result of one invocation and the request for
// the next leave in one write. The Runtime API answers with Content-Length bodies.

function parseApiAddress(address) {
    if (!address) {
        process.stderr.write('bootstrap: AWS_LAMBDA_RUNTIME_API is not set\n');
        process.exit(1);
    }
    const colon = address.lastIndexOf(':');
    const host = colon > 0 ? address.slice(0, colon) : address;
    const port = colon > 0 ? Number(address.slice(colon + 1)) : 80;
    return { host: host.replace(/^\[(.*)\]$/u, '$1'), port, hostHeader: address };
}

const api = parseApiAddress(env.AWS_LAMBDA_RUNTIME_API);
const HEADER_END = Buffer.from('\r\n\r\n', 'latin1');

class RuntimeConnection {
    constructor() {
        this.socket = null;
        this.pending = []; // { resolve, reject, head, payload } in request order
        this.chunks = [];  // what has arrived of the next answers
        this.size = 0;
        this.needed = 0;   // bytes the answer being received needs in all, once its head is read
    }

    open() {
        const socket = net.connect({ host: api.host, port: api.port });
        socket.setNoDelay(true);
        socket.on('data', (chunk) => this.received(chunk));
        const lost = (error) => {
            if (this.socket !== socket) return;
            this.socket = null;
            this.chunks = [];
            this.size = 0;
            this.needed = 0;
            const waiting = this.pending;
            this.pending = [];
            const reason = error ?? new Error('the connection was closed');
            for (const request of waiting) request.reject(reason);
        };
        socket.on('error', lost);
        socket.on('close', () => lost(null));
        this.socket = socket;
    }

    request(method, apiPath, body, headers) {
        return new Promise((resolve, reject) => {
            let head = `${method} ${API_PREFIX}${apiPath} HTTP/1.1\r\nHost: ${api.hostHeader}\r\n`;
            for (const [name, value] of Object.entries(headers ?? {})) head += `${name}: ${value}\r\n`;
            const payload = body === undefined ? null : Buffer.from(body, 'utf8');
            if (payload) head += `Content-Type: application/json\r\nContent-Length: ${payload.length}\r\n`;
            head += '\r\n';
            this.send({ resolve, reject, head, payload });
        });
    }

    send(request) {
        if (!this.socket) this.open();
        this.pending.push(request);
        // A socket with nothing outstanding must not keep the process alive (the handler's own work
        // decides when the event loop is empty), as node:http's agent leaves its idle sockets.
        this.socket.ref();
        this.socket.cork();
        this.socket.write(request.head, 'latin1');
        if (request.payload) this.socket.write(request.payload);
        this.socket.uncork();
    }

    received(chunk) {
        // Chunks are joined once a whole answer is there, not one by one: a 6 MB event comes in ~100 of them.
        this.chunks.push(chunk);
        this.size += chunk.length;
        if (this.size < this.needed) return;
        let buffer = this.chunks.length === 1 ? this.chunks[0] : Buffer.concat(this.chunks, this.size);
        this.chunks = [];
        this.size = 0;
        this.needed = 0;
        while (buffer.length > 0 && this.pending.length > 0) {
            const end = buffer.indexOf(HEADER_END);
            if (end < 0) break;
            const lines = buffer.toString('latin1', 0, end).split('\r\n');
            const status = Number(/^HTTP\/1\.[01] (\d{3})/u.exec(lines[0])?.[1]);
            const headers = {};
            for (let i = 1; i < lines.length; ++i) {
                const colon = lines[i].indexOf(':');
                if (colon > 0) headers[lines[i].slice(0, colon).trim().toLowerCase()] = lines[i].slice(colon + 1).trim();
            }
            const length = Number(headers['content-length'] ?? 0);
            if (!Number.isInteger(status) || !Number.isSafeInteger(length) || length < 0 || headers['transfer-encoding']) {
                this.socket?.destroy(new Error(`unexpected answer from the Runtime API: ${lines[0]}`));
                return;
            }
            const total = end + HEADER_END.length + length;
            if (buffer.length < total) {
                this.needed = total;
                break;
            }
            const reply = { status, headers, body: buffer.subarray(end + HEADER_END.length, total) };
            buffer = buffer.subarray(total);
            const request = this.pending.shift();
            if (headers.connection?.toLowerCase() === 'close') {
                // The server answers nothing more on this connection: what was pipelined behind this
                // request goes again on a new one.
                this.socket.end();
                this.socket = null;
                buffer = buffer.subarray(buffer.length);
                const unanswered = this.pending;
                this.pending = [];
                for (const again of unanswered) this.send(again);
            } else if (this.pending.length === 0) {
                this.socket.unref();
            }
            request.resolve(reply);
        }
        if (buffer.length > 0) {
            this.chunks.push(buffer);
            this.size = buffer.length;
        }
    }
}

const runtimeConnection = new RuntimeConnection();

// `connection`: the shared keep-alive one, or a fresh one (fatal errors: the shared one may be
// blocked in GET invocation/next).
function callApi(method, apiPath, body, headers, connection = runtimeConnection) {
    return connection.request(method, apiPath, body, headers);
}

function apiFailed(error) {
    process.stderr.write(`bootstrap: the Runtime API at ${env.AWS_LAMBDA_RUNTIME_API} failed: ${error?.message ?? error}\n`);
    process.exit(1);
}

function warnIfRejected(what) {
    return (reply) => {
        if (reply.status < 200 || reply.status > 299) {
            process.stderr.write(`bootstrap: ${what} answered ${reply.status}: ${reply.body.toString('utf8')}\n`);
        }
    };
}

function invocationPath(requestId, what) {
    return `/invocation/${encodeURIComponent(requestId)}/${what}`;
}

function postError(apiPath, thrown, connection) {
    const body = errorBody(thrown);
    return callApi('POST', apiPath, JSON.stringify(body), { [ERROR_TYPE_HEADER]: headerValue(body.errorType) }, connection)
        .then(warnIfRejected(`POST ${apiPath}`));
}

// ---------------------------------------------------------------------------------------------
// Loading the handler, as AWS resolves "<dir/>module.path.to.function".

function hasTypeModule(folder) {
    for (let dir = folder; ; dir = path.dirname(dir)) {
        if (dir.endsWith('/node_modules')) return false;
        const manifest = path.join(dir, 'package.json');
        if (fs.existsSync(manifest)) {
            try {
                return JSON.parse(fs.readFileSync(manifest, 'utf8'))?.type === 'module';
            } catch (error) {
                console.warn(`${manifest} cannot be read, it will be ignored for ES module detection purposes.`, error);
                return false;
            }
        }
        if (dir === path.dirname(dir)) return false;
    }
}

async function importFile(file) {
    return import(pathToFileURL(file).href);
}

async function loadModule(taskRoot, moduleDir, moduleName) {
    const base = path.resolve(taskRoot, moduleDir, moduleName);
    const exists = (suffix) => fs.existsSync(base + suffix);
    if (exists('')) {
        const loaded = loadCommonJs(base);
        if (loaded) return loaded;
    }
    const typeModule = hasTypeModule(path.dirname(base));
    if (!typeModule && exists('.js')) {
        const loaded = loadCommonJs(base + '.js');
        if (loaded) return loaded;
    }
    const loaded = (typeModule && exists('.js') && await importFile(base + '.js'))
        || (exists('.mjs') && await importFile(base + '.mjs'))
        || (exists('.cjs') && loadCommonJs(base + '.cjs'));
    if (loaded) return loaded;
    // Last resort: a package or file found the way require() looks, e.g. in node_modules.
    return loadCommonJs(loadCommonJs.resolve(moduleName, { paths: [taskRoot, path.resolve(taskRoot, moduleDir)] }));
}

async function loadHandler(taskRoot, fullName) {
    if (typeof fullName !== 'string' || fullName.includes('..')) {
        throw new MalformedHandlerName(typeof fullName === 'string'
            ? `'${fullName}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`
            : 'Bad handler');
    }
    const moduleAndPath = path.basename(fullName);
    const moduleDir = fullName.slice(0, fullName.length - moduleAndPath.length);
    const dot = moduleAndPath.indexOf('.');
    if (dot < 0) throw new MalformedHandlerName('Bad handler');
    const moduleName = moduleAndPath.slice(0, dot);
    const propertyPath = moduleAndPath.slice(dot + 1);

    if (env.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA !== '1' && env.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA !== 'true') {
        globalThis.awslambda = {
            streamifyResponse(handler) {
                handler[STREAMING_KEY] = 'response';
                return handler;
            },
            HttpResponseStream: class HttpResponseStream {
                static from(stream) {
                    return stream;
                }
            },
        };
    }

    let userModule;
    try {
        userModule = await loadModule(taskRoot, moduleDir, moduleName);
    } catch (error) {
        if (error instanceof SyntaxError) throw new UserCodeSyntaxError(String(error));
        if (error?.code === 'MODULE_NOT_FOUND') throw new ImportModuleError(String(error));
        throw error;
    }
    const handler = propertyPath.split('.').reduce((object, key) => object && object[key], userModule);
    if (!handler) throw new HandlerNotFound(`${fullName} is undefined or not exported`);
    if (typeof handler !== 'function') throw new HandlerNotFound(`${fullName} is not a function`);
    if (handler[STREAMING_KEY]) {
        throw new MalformedStreamingHandler('Gatehouse does not run response-streaming handlers '
            + '(awslambda.streamifyResponse); return the response instead.');
    }
    return handler;
}

// ---------------------------------------------------------------------------------------------
// Invocations.

let handler;
let handlerIsAsync = false;
let current = null;          // the invocation started last; `answered` says whether it still runs
let whenLoopEmpties = null;  // what to do when nothing else keeps the event loop alive
let everInvoked = false;

process.on('beforeExit', () => {
    const action = whenLoopEmpties;
    whenLoopEmpties = null;
    if (action) action();
});

function scheduleNext() {
    setImmediate(fetchNext);
}

function fetchNext() {
    callApi('GET', '/invocation/next').then(startInvocation, apiFailed);
}

// Only the first answer of an invocation goes to the Runtime API.
function claimAnswer(invocation) {
    if (invocation.answered) {
        console.error('Invocation has already been reported as done. Cannot call complete more than once per invocation.');
        return false;
    }
    invocation.answered = true;
    if (current === invocation) whenLoopEmpties = null;
    return true;
}

function sendResult(invocation, result) {
    if (!claimAnswer(invocation)) return;
    let body;
    try {
        body = JSON.stringify(result === undefined ? null : result) ?? 'null';
    } catch {
        const error = new Error('Unable to stringify response body');
        logReportedError('Invoke Error', error);
        postError(invocationPath(invocation.id, 'error'), error).catch(apiFailed);
        fetchNext();
        return;
    }
    callApi('POST', invocationPath(invocation.id, 'response'), body)
        .then(warnIfRejected('POST invocation/response'), apiFailed);
    fetchNext(); // pipelined behind the result
}

function sendError(invocation, error) {
    if (!claimAnswer(invocation)) return;
    postError(invocationPath(invocation.id, 'error'), error).catch(apiFailed);
    fetchNext();
}

function parseHeaderJson(text, name) {
    if (text === undefined) return undefined;
    try {
        return JSON.parse(text);
    } catch (error) {
        throw new Error(`Cannot parse ${name} as json: ${error}`);
    }
}

function startInvocation(reply) {
    if (reply.status !== 200) {
        apiFailed(new Error(`GET invocation/next answered ${reply.status}: ${reply.body.toString('utf8')}`));
        return;
    }
    const headers = reply.headers;
    const invocation = { id: headers['lambda-runtime-aws-request-id'], answered: false };
    current = invocation;
    everInvoked = true;
    globalThis[REQUEST_ID_KEY] = invocation.id;
    const traceId = headers['lambda-runtime-trace-id'];
    if (traceId) env._X_AMZN_TRACE_ID = traceId;
    else delete env._X_AMZN_TRACE_ID;

    // callback, succeed, fail and done share one rule: only the first call counts.
    let settled = false;
    let waitForEmptyLoop = true;
    const firstCallOnly = (fn) => (...args) => {
        if (settled) return;
        settled = true;
        fn(...args);
    };
    const dropEmptyLoopAction = () => {
        if (current === invocation) whenLoopEmpties = null;
    };
    const fail = (error) => {
        logReportedError('Invoke Error', error);
        sendError(invocation, error);
    };
    const done = (error, result) => {
        dropEmptyLoopAction();
        if (error !== undefined && error !== null) fail(error);
        else sendResult(invocation, result);
    };
    const callback = firstCallOnly((error, result) => {
        dropEmptyLoopAction();
        if (error !== undefined && error !== null) {
            fail(error);
        } else if (!waitForEmptyLoop) {
            sendResult(invocation, result);
        } else {
            // AWS sends a callback's result once the event loop is empty.
            whenLoopEmpties = () => setImmediate(() => sendResult(invocation, result));
        }
    });
    const deadline = Number(headers['lambda-runtime-deadline-ms']);

    // A handler that neither returns a promise nor calls back is answered when the event loop
    // empties: null for a plain function, Runtime.NodeJsExit for an async function whose promise
    // never settled.
    whenLoopEmpties = () => {
        if (invocation.answered) return;
        if (handlerIsAsync) {
            const error = new NodeJsExit(NODE_EXIT_MESSAGE);
            logReportedError('Invoke Error', error);
            sendError(invocation, error);
        } else {
            sendResult(invocation, null);
        }
    };

    let returned;
    try {
        const event = JSON.parse(reply.body.toString('utf8'));
        const context = {
            get callbackWaitsForEmptyEventLoop() {
                return waitForEmptyLoop;
            },
            set callbackWaitsForEmptyEventLoop(value) {
                waitForEmptyLoop = value;
            },
            succeed: firstCallOnly((result) => done(null, result)),
            fail: firstCallOnly((error) => done(error === undefined || error === null ? 'handled' : error, null)),
            done: firstCallOnly(done),
            functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
            functionName: env.AWS_LAMBDA_FUNCTION_NAME,
            memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
            logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
            logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
            clientContext: parseHeaderJson(headers['lambda-runtime-client-context'], 'ClientContext'),
            identity: parseHeaderJson(headers['lambda-runtime-cognito-identity'], 'CognitoIdentity'),
            invokedFunctionArn: headers['lambda-runtime-invoked-function-arn'],
            awsRequestId: invocation.id,
            tenantId: headers['lambda-runtime-aws-tenant-id'],
            getRemainingTimeInMillis() {
                return deadline - Date.now();
            },
        };
        returned = handler(event, context, callback);
        if (returned && typeof returned.then === 'function') {
            Promise.resolve(returned).then(context.succeed, context.fail).catch(context.fail);
        }
    } catch (error) {
        callback(error);
    }
}

// ---------------------------------------------------------------------------------------------
// Fatal errors: report them for the invocation that is running (or as an init error before the
// first one), then end the process so Gatehouse starts a fresh instance.

let exiting = false;

function fatal(error, exitCode) {
    if (exiting) return;
    exiting = true;
    const leave = () => process.exit(exitCode);
    setTimeout(leave, 2000);
    let target = null;
    if (!everInvoked) target = '/init/error';
    else if (current && !current.answered) target = invocationPath(current.id, 'error');
    if (target === null) {
        leave();
        return;
    }
    if (current) current.answered = true;
    // A connection of its own: the keep-alive one may be busy with a pending GET invocation/next.
    postError(target, error, new RuntimeConnection()).then(leave, leave);
}

process.on('uncaughtException', (error) => {
    logReportedError('Uncaught Exception', error);
    fatal(error, 129);
});

process.on('unhandledRejection', (reason, promise) => {
    const error = new UnhandledPromiseRejection(reason, promise);
    logReportedError('Unhandled Promise Rejection', error);
    fatal(error, 128);
});

// ---------------------------------------------------------------------------------------------

patchConsole();
try {
    handler = await loadHandler(env.LAMBDA_TASK_ROOT || process.cwd(), env._HANDLER);
    try {
        handlerIsAsync = handler.constructor?.name === 'AsyncFunction';
    } catch {
        handlerIsAsync = false;
    }
    scheduleNext();
} catch (error) {
    logReportedError('Uncaught Exception', error);
    fatal(error, 129);
}
