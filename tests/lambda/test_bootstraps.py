# SPDX-License-Identifier: GPL-3.0-or-later
"""Tests for the Lambda runtime bootstraps Gatehouse ships (resources/lambda/) and the example custom
runtime, against the fake Runtime API in fake_runtime_api.py. Python 3 standard library only.

    python3 tests/lambda/test_bootstraps.py            # every test; exit status 0 when all pass
    python3 tests/lambda/test_bootstraps.py -k node    # the tests whose name contains "node"
    python3 tests/lambda/test_bootstraps.py -v         # also show each process's output

Each test starts function processes the way Gatehouse does: `node .../bootstrap.mjs` or
`python3 .../bootstrap.py` (or the function's own `bootstrap`), working directory = the code folder,
Lambda's environment variables, AWS_LAMBDA_RUNTIME_API pointing at a fresh fake Runtime API.
"""

import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import traceback

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))
FUNCTIONS = os.path.join(HERE, "functions")
NODE_BOOTSTRAP = os.path.join(ROOT, "resources", "lambda", "node", "bootstrap.mjs")
PYTHON_BOOTSTRAP = os.path.join(ROOT, "resources", "lambda", "python", "bootstrap.py")

sys.dont_write_bytecode = True
sys.path.insert(0, HERE)
from fake_runtime_api import FakeRuntimeAPI  # noqa: E402

ACCOUNT = "123456789012"
REGION = "us-east-1"
TRACE_ID = "Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1"
NODE_TIME = r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z"
VERBOSE = "-v" in sys.argv

# ------------------------------------------------------------------------------------------------
# Running functions


class FunctionProcess:
    """One function instance: a fake Runtime API and the runtime process talking to it."""

    def __init__(self, runtime, code_dir, handler=None, name=None, env=None):
        name = name or os.path.basename(code_dir)
        self.name = name
        self.api = FakeRuntimeAPI(function_arn="arn:aws:lambda:%s:%s:function:%s" % (REGION, ACCOUNT, name)).start()
        if runtime == "node":
            command, execution_env = ["node", NODE_BOOTSTRAP], "AWS_Lambda_nodejs20.x"
            handler = handler or "index.handler"
        elif runtime == "python":
            command, execution_env = ["python3", PYTHON_BOOTSTRAP], "AWS_Lambda_python3.11"
            handler = handler or "app.handler"
        else:
            command, execution_env = [os.path.join(code_dir, "bootstrap")], None
            handler = handler or "function.handler"
        environment = {
            "PATH": os.environ.get("PATH", "/usr/local/bin:/usr/bin:/bin"),
            "LANG": "en_US.UTF-8",
            "TZ": ":UTC",
            "AWS_LAMBDA_RUNTIME_API": self.api.address,
            "_HANDLER": handler,
            "LAMBDA_TASK_ROOT": code_dir,
            "AWS_LAMBDA_FUNCTION_NAME": name,
            "AWS_LAMBDA_FUNCTION_VERSION": "$LATEST",
            "AWS_LAMBDA_FUNCTION_MEMORY_SIZE": "128",
            "AWS_LAMBDA_LOG_GROUP_NAME": "/aws/lambda/" + name,
            "AWS_LAMBDA_LOG_STREAM_NAME": "2024/01/01/[$LATEST]0123456789abcdef0123456789abcdef",
            "AWS_REGION": REGION,
            "AWS_DEFAULT_REGION": REGION,
            "AWS_LAMBDA_INITIALIZATION_TYPE": "on-demand",
        }
        if execution_env:
            environment["AWS_EXECUTION_ENV"] = execution_env
        if runtime == "python":
            # As Gatehouse sets them; no __pycache__ folders in the code folders.
            environment["PYTHONUNBUFFERED"] = "1"
            environment["PYTHONDONTWRITEBYTECODE"] = "1"
        environment.update(env or {})
        self.stdout_lines = []
        self.stderr_lines = []
        self.process = subprocess.Popen(command, cwd=code_dir, env=environment, stdin=subprocess.DEVNULL,
                                        stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        self._readers = [threading.Thread(target=self._read, args=(self.process.stdout, self.stdout_lines), daemon=True),
                         threading.Thread(target=self._read, args=(self.process.stderr, self.stderr_lines), daemon=True)]
        for reader in self._readers:
            reader.start()
        _running.append(self)

    @staticmethod
    def _read(stream, lines):
        for raw in stream:
            lines.append(raw.rstrip(b"\n").decode("utf-8", "replace"))

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    def close(self):
        if self.process.poll() is None:
            self.process.kill()
        self.process.wait()
        for reader in self._readers:
            reader.join(2)
        self.api.close()

    def invoke(self, event=None, wait=10.0, **options):
        return self.api.invoke(event, wait=wait, **options)

    def wait_exit(self, timeout=10.0):
        try:
            return self.process.wait(timeout)
        except subprocess.TimeoutExpired:
            return None

    def wait_output(self, predicate, timeout=5.0):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if any(predicate(line) for line in list(self.stdout_lines)):
                return True
            time.sleep(0.01)
        return False

    def output(self):
        return ("--- %s stdout ---\n%s\n--- %s stderr ---\n%s" % (
            self.name, "\n".join(self.stdout_lines), self.name, "\n".join(self.stderr_lines)))


_running = []
_temp_dirs = []


def node(name, **options):
    return FunctionProcess("node", os.path.join(FUNCTIONS, name), **options)


def python(name, **options):
    return FunctionProcess("python", os.path.join(FUNCTIONS, name), **options)


def temp_function(files):
    """A code folder made of {relative path: text}."""
    folder = tempfile.mkdtemp(prefix="gatehouse-lambda-")
    _temp_dirs.append(folder)
    for relative, text in files.items():
        path = os.path.join(folder, relative)
        os.makedirs(os.path.dirname(path), exist_ok=True)
        with open(path, "w", encoding="utf-8") as f:
            f.write(text)
    return folder


# ------------------------------------------------------------------------------------------------
# Checks


def expect(condition, message):
    if not condition:
        raise AssertionError(message)


def expect_equal(actual, expected, what):
    if actual != expected:
        raise AssertionError("%s: expected %r, got %r" % (what, expected, actual))


def expect_response(invocation, what="response"):
    expect(invocation.outcome == "response", "%s: expected a response, got %r (%r)"
           % (what, invocation.outcome, invocation.payload))
    return invocation.json()


def expect_error(invocation, error_type, what="error"):
    expect(invocation.outcome == "error", "%s: expected an error, got %r (%r)"
           % (what, invocation.outcome, invocation.payload))
    body = invocation.json()
    expect_equal(body.get("errorType"), error_type, what + " errorType")
    expect_equal(invocation.error_type_header, error_type, what + " Lambda-Runtime-Function-Error-Type")
    return body


def expect_init_error(function, error_type, exit_code):
    expect(function.api.init_error_arrived.wait(10), "no init/error was posted")
    headers, raw = function.api.init_errors[0]
    body = json.loads(raw)
    expect_equal(body.get("errorType"), error_type, "init error errorType")
    expect_equal(headers.get("lambda-runtime-function-error-type"), error_type, "init error header")
    expect_equal(function.wait_exit(), exit_code, "exit status after the init error")
    return body


# ------------------------------------------------------------------------------------------------
# Tests

TESTS = []


def test(fn):
    TESTS.append(fn)
    return fn


# -- Node.js --------------------------------------------------------------------------------------

@test
def node_cjs_proxy_response_and_context():
    client_context = {"client": {"installation_id": "install-1"}, "custom": {"k": "v"}, "env": {"platform": "test"}}
    identity = {"cognitoIdentityId": "id-1", "cognitoIdentityPoolId": "pool-1"}
    event = {"httpMethod": "GET", "path": "/pets", "queryStringParameters": {"a": "1"}, "body": None,
             "isBase64Encoded": False}
    with node("node-cjs", env={"GREETING": "hi"}) as f:
        first = f.invoke(event, timeout_ms=3000, client_context=client_context, cognito_identity=identity)
        response = expect_response(first)
        expect_equal(response["statusCode"], 200, "statusCode")
        expect_equal(response["headers"]["X-Function"], "node-cjs", "headers")
        expect_equal(response["multiValueHeaders"], {"X-Multi": ["one", "two"]}, "multiValueHeaders")
        body = json.loads(response["body"])
        expect_equal((body["method"], body["path"], body["query"]), ("GET", "/pets", {"a": "1"}), "echoed event")
        expect_equal(body["event"], event, "event")
        ctx = body["context"]
        expect_equal(ctx["awsRequestId"], first.request_id, "awsRequestId")
        expect_equal(ctx["functionName"], "node-cjs", "functionName")
        expect_equal(ctx["functionVersion"], "$LATEST", "functionVersion")
        expect_equal(ctx["memoryLimitInMB"], "128", "memoryLimitInMB (a string, as on AWS)")
        expect_equal(ctx["invokedFunctionArn"], "arn:aws:lambda:us-east-1:123456789012:function:node-cjs", "ARN")
        expect_equal(ctx["logGroupName"], "/aws/lambda/node-cjs", "logGroupName")
        expect(ctx["logStreamName"].startswith("2024/01/01/[$LATEST]"), "logStreamName")
        expect_equal(ctx["callbackWaitsForEmptyEventLoop"], True, "callbackWaitsForEmptyEventLoop")
        expect_equal(ctx["clientContext"], client_context, "clientContext")
        expect_equal(ctx["identity"], identity, "identity")
        expect(2000 < ctx["remainingMs"] <= 3000, "remaining time %r not within the 3 s timeout" % ctx["remainingMs"])
        expect_equal(list(ctx["json"].keys()),
                     ["callbackWaitsForEmptyEventLoop", "functionVersion", "functionName", "memoryLimitInMB",
                      "logGroupName", "logStreamName", "clientContext", "identity", "invokedFunctionArn",
                      "awsRequestId"], "JSON.stringify(context) keys")
        env = body["env"]
        expect_equal(env, {"traceId": TRACE_ID, "region": REGION, "executionEnv": "AWS_Lambda_nodejs20.x",
                           "custom": "hi", "tz": ":UTC"}, "environment")

        second = f.invoke({"rawPath": "/second", "requestContext": {"http": {"method": "POST"}}}, trace_id=None,
                          timeout_ms=60000)
        body = json.loads(expect_response(second)["body"])
        expect_equal((body["method"], body["path"]), ("POST", "/second"), "second event")
        expect_equal(body["env"]["traceId"], None, "_X_AMZN_TRACE_ID without a trace header")
        expect_equal(body["context"]["clientContext"], None, "clientContext without the header")
        expect(55000 < body["context"]["remainingMs"] <= 60000, "remaining time follows each deadline")
        for _ in range(3):
            expect_response(f.invoke({}))
        expect_equal(f.api.connections, 1, "TCP connections for 5 invocations (keep-alive)")


@test
def node_esm_module():
    with node("node-esm") as f:
        body = json.loads(expect_response(f.invoke({"path": "/esm"}))["body"])
        expect_equal(body["greeting"], "hello from an ES module", "top-level await result")
        expect_equal(body["module"], "esm", "module kind")
        expect_equal(body["path"], "/esm", "path")


@test
def node_module_resolution():
    folder = temp_function({
        "package.json": '{"type": "module", "license": "GPL-3.0-or-later"}\n',
        "app.js": "export const handler = async () => 'esm .js under type module';\n",
        "src/lib/tool.cjs": "module.exports = { nested: { deep: { handler: async () => 'nested .cjs' } } };\n",
    })
    with FunctionProcess("node", folder, handler="app.handler") as f:
        expect_equal(expect_response(f.invoke({})), "esm .js under type module", ".js with package.json type module")
    with FunctionProcess("node", folder, handler="src/lib/tool.nested.deep.handler") as f:
        expect_equal(expect_response(f.invoke({})), "nested .cjs", "sub-folder, .cjs, nested export")
    folder = temp_function({"node_modules/helper/index.js": "exports.handler = async () => 'from node_modules';\n"})
    with FunctionProcess("node", folder, handler="helper.handler") as f:
        expect_equal(expect_response(f.invoke({})), "from node_modules", "module found the way require() looks")


@test
def node_callback_style():
    with node("node-callback") as f:
        quick = f.invoke({"path": "/cb"})
        body = json.loads(expect_response(quick)["body"])
        expect_equal((body["style"], body["requestId"], body["path"]), ("callback", quick.request_id, "/cb"), "body")

        lingering = f.invoke({"lingerMs": 400})
        expect_response(lingering)
        waited_ms = (lingering.answered_ns - lingering.delivered_ns) / 1e6
        expect(waited_ms >= 400, "the result must wait for the event loop to empty (%.0f ms)" % waited_ms)
        expect(f.wait_output(lambda line: line.endswith("linger timer done"), 1), "the lingering timer ran")

        eager = f.invoke({"lingerMs": 1500, "dontWait": True})
        expect_response(eager)
        eager_ms = (eager.answered_ns - eager.delivered_ns) / 1e6
        expect(eager_ms < 1000, "callbackWaitsForEmptyEventLoop = false answers at once (%.0f ms)" % eager_ms)
        expect_response(f.invoke({}), "invocation after a lingering one")


@test
def node_handler_return_semantics():
    folder = temp_function({"index.js": "\n".join([
        "exports.syncValue = (event) => ({ ignored: true });",
        "exports.asyncUndefined = async () => undefined;",
        "exports.neverSettles = async () => new Promise(() => {});",
        "exports.circular = async () => { const a = {}; a.self = a; return a; };",
        "exports.viaSucceed = (event, context) => { context.succeed({ via: 'succeed' }); };",
        "exports.viaDone = (event, context) => { context.done(null, 'done'); };",
        "exports.viaFail = (event, context) => { context.fail(new RangeError('via fail')); };",
        "exports.twice = (event, context, callback) => { callback(null, 'first'); callback(null, 'second'); };",
        "exports.syncThrow = (event) => { throw new SyntaxError('thrown synchronously'); };",
        "exports.lateThrow = async () => { setTimeout(() => { throw new Error('after the answer'); }, 50); return 'ok'; };",
        "exports.value = 3;",
        ""])})
    cases = {
        "syncValue": ("response", None),       # AWS ignores the return value of a non-async handler
        "asyncUndefined": ("response", None),
        "viaSucceed": ("response", {"via": "succeed"}),
        "viaDone": ("response", "done"),
        "twice": ("response", "first"),
    }
    for name, (outcome, expected) in cases.items():
        with FunctionProcess("node", folder, handler="index." + name) as f:
            invocation = f.invoke({})
            expect_equal(expect_response(invocation, name), expected, name)
    with FunctionProcess("node", folder, handler="index.neverSettles") as f:
        body = expect_error(f.invoke({}), "Runtime.NodeJsExit", "neverSettles")
        expect("Promise that was never settled" in body["errorMessage"], "NodeJsExit message")
        expect_error(f.invoke({}), "Runtime.NodeJsExit", "neverSettles, second invocation")
    with FunctionProcess("node", folder, handler="index.circular") as f:
        body = expect_error(f.invoke({}), "Error", "circular")
        expect_equal(body["errorMessage"], "Unable to stringify response body", "circular result")
    with FunctionProcess("node", folder, handler="index.viaFail") as f:
        expect_equal(expect_error(f.invoke({}), "RangeError", "viaFail")["errorMessage"], "via fail", "viaFail")
    with FunctionProcess("node", folder, handler="index.lateThrow") as f:
        expect_equal(expect_response(f.invoke({}), "lateThrow"), "ok", "answer before the late exception")
        expect_equal(f.wait_exit(), 129, "an uncaught exception between invocations ends the process")
        expect_equal(f.api.stray_posts, [], "nothing is posted for the finished invocation")
        expect_equal(f.api.init_errors, [], "nor as an init error")
    with FunctionProcess("node", folder, handler="index.syncThrow") as f:
        expect_error(f.invoke({}), "SyntaxError", "syncThrow")
        expect_equal(f.process.poll(), None, "a thrown error does not end the process")


@test
def node_error_payloads():
    with node("node-error") as f:
        invocation = f.invoke({"email": "nope"})
        body = expect_error(invocation, "ValidationError")
        expect_equal(sorted(body), ["errorMessage", "errorType", "trace"], "error body fields")
        expect_equal(body["errorMessage"], 'The field "email" is not valid: nope', "errorMessage")
        expect(body["trace"][0].startswith('ValidationError: The field "email"'), "trace starts with the error")
        expect(any("node-error/index.js" in line for line in body["trace"][1:]), "trace points at the handler")
        expect(f.wait_output(lambda line: re.fullmatch(
            NODE_TIME + "\t" + invocation.request_id + "\tERROR\tInvoke Error \t\\{\"errorType\":\"ValidationError\".*", line)
            is not None and '"field":"email"' in line and '"stack":["ValidationError' in line), "Invoke Error log record")

        body = expect_error(f.invoke({"kind": "string"}), "string", "throw 'oops'")
        expect_equal((body["errorMessage"], body["trace"]), ("oops", []), "thrown string")
        body = expect_error(f.invoke({"kind": "number"}), "number", "throw 42")
        expect_equal(body["errorMessage"], "42", "thrown number")
        body = expect_error(f.invoke({"kind": "type"}), "TypeError", "TypeError")
        expect("Cannot read properties of null" in body["errorMessage"], "TypeError message")
        body = expect_error(f.invoke({"kind": "reject-undefined"}), "string", "Promise.reject(undefined)")
        expect_equal(body["errorMessage"], "handled", "rejection without a reason")
        expect_equal(f.process.poll(), None, "handler errors do not end the process")
        expect_equal(f.api.connections, 1, "one connection for every answer")


@test
def node_unhandled_rejection_ends_process():
    with node("node-error") as f:
        body = expect_error(f.invoke({"kind": "unhandled-rejection"}), "Runtime.UnhandledPromiseRejection")
        expect_equal(body["errorMessage"], "Error: nobody handles this", "message")
        expect_equal(f.wait_exit(), 128, "exit status")
        expect(any("\tERROR\tUnhandled Promise Rejection \t{" in line for line in f.stdout_lines), "log record")


@test
def node_uncaught_exception_ends_process():
    with node("node-error") as f:
        body = expect_error(f.invoke({"kind": "uncaught"}), "Error")
        expect_equal(body["errorMessage"], "thrown from a timer", "message")
        expect_equal(f.wait_exit(), 129, "exit status")
        expect(any("\tERROR\tUncaught Exception \t{" in line for line in f.stdout_lines), "log record")


@test
def node_init_error():
    with node("node-init-error") as f:
        body = expect_init_error(f, "Error", 129)
        expect_equal(body["errorMessage"], "Cannot start: the DATABASE_URL setting is missing", "message")
        expect(body["trace"][0].startswith("Error: Cannot start"), "trace")
        expect_equal(f.api.next_calls, 0, "GET invocation/next calls before the init error")
        expect(any(re.fullmatch(NODE_TIME + "\tundefined\tINFO\tloading node-init-error", line)
                   for line in f.stdout_lines), "init log record has request id 'undefined'")
        expect(any("\tundefined\tERROR\tUncaught Exception \t{\"errorType\":\"Error\"" in line
                   for line in f.stdout_lines), "init error log record")


@test
def node_load_failures():
    empty = temp_function({"README": "no code here\n"})
    with FunctionProcess("node", empty, handler="missing.handler") as f:
        body = expect_init_error(f, "Runtime.ImportModuleError", 129)
        expect(body["errorMessage"].startswith("Error: Cannot find module 'missing'\nRequire stack:"),
               "message %r" % body["errorMessage"])
    folder = temp_function({"index.js": "exports.value = 3;\n"})
    with FunctionProcess("node", folder, handler="index.handler") as f:
        body = expect_init_error(f, "Runtime.HandlerNotFound", 129)
        expect_equal(body["errorMessage"], "index.handler is undefined or not exported", "message")
    with FunctionProcess("node", folder, handler="index.value") as f:
        expect_equal(expect_init_error(f, "Runtime.HandlerNotFound", 129)["errorMessage"],
                     "index.value is not a function", "message")
    with FunctionProcess("node", folder, handler="index") as f:
        expect_equal(expect_init_error(f, "Runtime.MalformedHandlerName", 129)["errorMessage"], "Bad handler", "msg")
    with FunctionProcess("node", folder, handler="../index.handler") as f:
        expect_init_error(f, "Runtime.MalformedHandlerName", 129)
    broken = temp_function({"index.js": "exports.handler = async () => {\n"})
    with FunctionProcess("node", broken) as f:
        body = expect_init_error(f, "Runtime.UserCodeSyntaxError", 129)
        expect(body["errorMessage"].startswith("SyntaxError: "), "message %r" % body["errorMessage"])
    streaming = temp_function({"index.mjs": "export const handler = awslambda.streamifyResponse(async () => {});\n"})
    with FunctionProcess("node", streaming) as f:
        expect_init_error(f, "Runtime.MalformedStreamingHandler", 129)


@test
def node_timeout_is_left_to_gatehouse():
    with node("node-timeout") as f:
        invocation = f.invoke({}, wait=1.5, timeout_ms=800)
        expect_equal(invocation.outcome, None, "no answer before the deadline")
        expect_equal(f.process.poll(), None, "the runtime does not end itself at the deadline")
        match = next((re.search(r"remaining (-?\d+) ms", line) for line in f.stdout_lines if "remaining" in line), None)
        expect(match is not None and 500 < int(match.group(1)) <= 800,
               "getRemainingTimeInMillis() at the start: %r" % (match and match.group(1)))


@test
def node_crash_mid_invocation():
    with node("node-crash") as f:
        invocation = f.api.enqueue({})
        expect_equal(f.wait_exit(), 3, "exit status")
        expect_equal(invocation.outcome, None, "no response or error")
        expect_equal(f.api.stray_posts, [], "nothing else posted")
        expect(any(line.endswith("\tINFO\tabout to exit with status 3") for line in f.stdout_lines), "log before exit")


@test
def node_malformed_proxy_response_passes_through():
    with node("node-malformed") as f:
        expect_equal(f.invoke({}).payload, b'{"statusCode":200,"body":{"message":"body must be a string"}}', "object body")
        expect_equal(expect_response(f.invoke({"variant": "status-text"}))["statusCode"], "two hundred", "status")
        expect_equal(expect_response(f.invoke({"variant": "string"})), "just a string", "string result")


@test
def node_log_records():
    with node("node-logs") as f:
        invocation = f.invoke({})
        expect_response(invocation)
        rid = invocation.request_id
        expect(f.wait_output(lambda line: "logged, not thrown" in line), "all records written")
        lines = list(f.stdout_lines)
        record = re.compile("(" + NODE_TIME + ")\t([^\t]+)\t(TRACE|DEBUG|INFO|WARN|ERROR|FATAL)\t(.*)")
        records = []
        for line in lines:
            if line == "raw stdout write":
                continue
            m = record.fullmatch(line)
            expect(m is not None, "not a log record: %r" % line)
            records.append((m.group(2), m.group(3), m.group(4)))
        expect_equal(records[0], ("undefined", "INFO", "module loaded"), "record written while loading")
        expected = [
            (rid, "INFO", "plain log line"),
            (rid, "INFO", "info with a string and 42"),
            (rid, "WARN", "a warning"),
            (rid, "ERROR", "an error message"),
            (rid, "DEBUG", "debug details"),
            (rid, "TRACE", "trace details"),
            (rid, "INFO", "first line\rsecond line\rthird line"),
            (rid, "INFO", "{ nested: { answer: 42 }, list: [ 1, 2 ] }"),
        ]
        expect_equal(records[1:9], expected, "records of the invocation")
        expect(records[9][1] == "ERROR" and records[9][2].startswith("Error: logged, not thrown\r    at "),
               "an Error keeps its stack in one record: %r" % (records[9],))
        expect("raw stdout write" in lines, "process.stdout.write passes through")

    with node("node-logs", env={"AWS_LAMBDA_LOG_LEVEL": "WARN"}) as f:
        expect_response(f.invoke({}))
        expect(f.wait_output(lambda line: "logged, not thrown" in line), "records written")
        levels = [line.split("\t")[2] for line in f.stdout_lines if line.count("\t") >= 3]
        expect_equal(sorted(set(levels)), ["ERROR", "WARN"], "levels kept with AWS_LAMBDA_LOG_LEVEL=WARN")

    with node("node-logs", env={"AWS_LAMBDA_LOG_FORMAT": "JSON"}) as f:
        invocation = f.invoke({})
        expect_response(invocation)
        expect(f.wait_output(lambda line: "logged, not thrown" in line), "records written")
        parsed = [json.loads(line) for line in f.stdout_lines if line.startswith("{")]
        multi = next(r for r in parsed if str(r.get("message")).startswith("first line"))
        expect_equal((multi["level"], multi["requestId"], multi["message"]),
                     ("INFO", invocation.request_id, "first line\nsecond line\nthird line"), "JSON record")
        expect(re.fullmatch(NODE_TIME, multi["timestamp"]), "JSON timestamp")
        error = next(r for r in parsed if isinstance(r.get("message"), dict) and "errorType" in r["message"])
        expect_equal((error["level"], error["message"]["errorType"], error["message"]["errorMessage"]),
                     ("ERROR", "Error", "logged, not thrown"), "JSON record of a lone Error: the message is the error")
        expect(error["message"]["stackTrace"][0] == "Error: logged, not thrown", "its stackTrace")
        nested = next(r for r in parsed if isinstance(r.get("message"), dict) and "nested" in r["message"])
        expect_equal(nested["message"], {"nested": {"answer": 42}, "list": [1, 2]}, "a lone object stays JSON")


@test
def node_authorizer():
    method_arn = "arn:aws:execute-api:us-east-1:123456789012:abc123/prod/GET/pets"
    with node("node-authorizer") as f:
        policy = expect_response(f.invoke({"type": "TOKEN", "authorizationToken": "allow", "methodArn": method_arn}))
        expect_equal(policy["principalId"], "user-allow", "principalId")
        expect_equal(policy["policyDocument"]["Statement"],
                     [{"Action": "execute-api:Invoke", "Effect": "Allow", "Resource": method_arn}], "statement")
        expect_equal(policy["context"], {"user": "user-allow", "tier": "gold", "quota": 1000, "admin": False}, "ctx")
        deny = expect_response(f.invoke({"type": "TOKEN", "authorizationToken": "deny", "methodArn": method_arn}))
        expect_equal(deny["policyDocument"]["Statement"][0]["Effect"], "Deny", "deny")
        body = expect_error(f.invoke({"type": "TOKEN", "authorizationToken": "unauthorized", "methodArn": method_arn}),
                            "Error")
        expect_equal(body["errorMessage"], "Unauthorized", "Unauthorized")
        body = expect_error(f.invoke({"type": "TOKEN", "authorizationToken": "other", "methodArn": method_arn}), "Error")
        expect_equal(body["errorMessage"], "Authorizer failed", "other token")
        request = expect_response(f.invoke({"type": "REQUEST", "methodArn": method_arn,
                                            "headers": {"authorization": "Bearer allow"}}))
        expect_equal(request["policyDocument"]["Statement"][0]["Effect"], "Allow", "REQUEST authorizer")
        route_arn = "arn:aws:execute-api:us-east-1:123456789012:abc123/$default/GET/pets"
        v2 = expect_response(f.invoke({"version": "2.0", "type": "REQUEST", "routeArn": route_arn,
                                       "identitySource": ["deny"], "headers": {}}))
        expect_equal(v2["policyDocument"]["Statement"][0], {"Action": "execute-api:Invoke", "Effect": "Deny",
                                                            "Resource": route_arn}, "HTTP API authorizer")


@test
def node_echo():
    with node("node-echo") as f:
        expect_equal(f.invoke({}).payload, b'{"statusCode":200,"body":"{\\"ok\\":true}"}', "body")


@test
def node_runtime_api_closing_connections():
    # Node pipelines its next GET behind each result; a server that closes the connection after the result
    # never answers that GET, so the runtime must send it again on a new connection.
    with node("node-echo") as f:
        f.api.close_after_answer = True
        for _ in range(3):
            expect_equal(f.invoke({}).payload, b'{"statusCode":200,"body":"{\\"ok\\":true}"}', "body")
        expect(f.api.connections >= 3, "a new connection after each close (%d)" % f.api.connections)
        expect(f.process.poll() is None, "the runtime keeps running")


# -- Python ---------------------------------------------------------------------------------------

@test
def python_echo_and_context():
    client_context = {"client": {"installation_id": "install-1"}, "custom": {"k": "v"}, "env": {"platform": "test"}}
    identity = {"cognitoIdentityId": "id-1", "cognitoIdentityPoolId": "pool-1"}
    event = {"httpMethod": "POST", "path": "/items", "queryStringParameters": None, "body": "{\"a\":1}",
             "isBase64Encoded": False}
    with python("py-echo", env={"GREETING": "hi"}) as f:
        first = f.invoke(event, timeout_ms=3000, client_context=client_context, cognito_identity=identity)
        response = expect_response(first)
        expect_equal((response["statusCode"], response["headers"]["X-Function"]), (200, "py-echo"), "response")
        body = json.loads(response["body"])
        expect_equal(body["event"], event, "event")
        expect_equal((body["method"], body["path"], body["body"]), ("POST", "/items", "{\"a\":1}"), "echoed fields")
        ctx = body["context"]
        expect_equal(ctx["aws_request_id"], first.request_id, "aws_request_id")
        expect_equal((ctx["function_name"], ctx["function_version"]), ("py-echo", "$LATEST"), "name and version")
        expect_equal(ctx["memory_limit_in_mb"], "128", "memory_limit_in_mb (a string, as on AWS)")
        expect_equal(ctx["invoked_function_arn"], "arn:aws:lambda:us-east-1:123456789012:function:py-echo", "ARN")
        expect_equal(ctx["log_group_name"], "/aws/lambda/py-echo", "log group")
        expect(2000 < ctx["remaining_ms"] <= 3000, "remaining time %r" % ctx["remaining_ms"])
        expect_equal(ctx["identity"], {"cognito_identity_id": "id-1", "cognito_identity_pool_id": "pool-1"}, "identity")
        expect_equal(ctx["client_context"], {"custom": {"k": "v"}, "env": {"platform": "test"},
                                             "installation_id": "install-1"}, "client_context")
        expect_equal(body["env"], {"trace_id": TRACE_ID, "region": REGION, "execution_env": "AWS_Lambda_python3.11",
                                   "custom": "hi"}, "environment")

        second = f.invoke({"rawPath": "/v2"}, trace_id=None, deadline_ms=int(time.time() * 1000) - 5000)
        body = json.loads(expect_response(second)["body"])
        ctx = body["context"]
        expect_equal(ctx["remaining_ms"], 0, "remaining time after the deadline (never negative)")
        expect_equal(ctx["identity"], {"cognito_identity_id": None, "cognito_identity_pool_id": None}, "no identity")
        expect_equal(ctx["client_context"], None, "no client context")
        expect_equal(body["env"]["trace_id"], None, "_X_AMZN_TRACE_ID without a trace header")
        for _ in range(3):
            expect_response(f.invoke({}))
        expect_equal(f.api.connections, 1, "TCP connections for 5 invocations (keep-alive)")


@test
def python_error_payloads():
    with python("py-error") as f:
        invocation = f.invoke({})
        body = expect_error(invocation, "ValueError")
        expect_equal(list(body), ["errorMessage", "errorType", "requestId", "stackTrace"], "error body fields")
        expect_equal((body["errorMessage"], body["requestId"]), ("amount is required", invocation.request_id), "body")
        expect(len(body["stackTrace"]) == 2, "two frames of user code: %r" % body["stackTrace"])
        expect(all("py-error/app.py" in frame and "bootstrap.py" not in frame for frame in body["stackTrace"]),
               "trace holds only the function's frames")
        expect(re.fullmatch(r'  File ".*/app\.py", line \d+, in handler\n    check_amount\(.*\)\n',
                            body["stackTrace"][0]), "frame format %r" % body["stackTrace"][0])
        expect(f.wait_output(lambda line: line.startswith(
            "[ERROR] ValueError: amount is required\rTraceback (most recent call last):\r\u00a0\u00a0File \"")),
            "the error's log record")

        body = expect_error(f.invoke({"kind": "custom"}), "PaymentDeclined", "custom exception")
        expect_equal(body["errorMessage"], "card ending 4242 was declined", "custom message")
        body = expect_error(f.invoke({"kind": "marshal"}), "Runtime.MarshalError", "unserializable result")
        expect_equal(body["errorMessage"], "Unable to marshal response: Object of type set is not JSON serializable",
                     "marshal message")
        expect_equal(body["stackTrace"], [], "marshal stackTrace")
        decimals = f.invoke({"kind": "decimal"})
        expect_response(decimals, "Decimal result")
        expect_equal(decimals.payload, b'{"price": 19.99, "quantity": 3, "missing": NaN}', "Decimals as numbers")
        expect_equal(f.process.poll(), None, "errors do not end the process")


@test
def python_v2_plain_dict():
    with python("py-v2") as f:
        expect_equal(f.invoke({"rawPath": "/v2"}).payload, b'{"message": "hello", "path": "/v2", "ok": true}', "body")


@test
def python_log_records():
    with python("py-logs") as f:
        invocation = f.invoke({})
        expect_response(invocation)
        rid = invocation.request_id
        expect(f.wait_output(lambda line: line.startswith("context.log line")), "all records written")
        lines = list(f.stdout_lines)
        stamp = NODE_TIME
        expect(re.fullmatch(r"\[WARNING\]\t" + stamp + r"\t\tmodule loaded", lines[0]), "init record %r" % lines[0])
        expect_equal(lines[1], "printed line", "print() passes through")
        expect(not any("info before setLevel" in line for line in lines), "INFO is filtered until setLevel")
        expect(re.fullmatch(r"\[WARNING\]\t" + stamp + "\t" + rid + r"\twarning before setLevel", lines[2]),
               "warning record %r" % lines[2])
        expect(re.fullmatch(r"\[INFO\]\t" + stamp + "\t" + rid + r"\tinfo after setLevel", lines[3]),
               "info record %r" % lines[3])
        expect(re.fullmatch(r"\[ERROR\]\t" + stamp + "\t" + rid + "\tfirst line\rsecond line", lines[4]),
               "multi-line record kept on one line %r" % lines[4])
        expect(lines[5].startswith("[ERROR]\t") and "\tcaught an exception\rTraceback (most recent call last):\r"
               in lines[5] and lines[5].endswith("KeyError: 'missing'"), "logger.exception record %r" % lines[5])
        expect_equal(lines[6], "context.log line", "context.log")

    with python("py-logs", env={"AWS_LAMBDA_LOG_FORMAT": "JSON", "AWS_LAMBDA_LOG_LEVEL": "INFO"}) as f:
        invocation = f.invoke({})
        expect_response(invocation)
        expect(f.wait_output(lambda line: line.startswith("context.log line")), "all records written")
        records = [json.loads(line) for line in f.stdout_lines if line.startswith("{")]
        info = next(r for r in records if r["message"] == "info before setLevel (not shown)")
        expect_equal((info["level"], info["logger"], info["requestId"]), ("INFO", "root", invocation.request_id),
                     "JSON record with AWS_LAMBDA_LOG_LEVEL=INFO")
        expect(re.fullmatch(NODE_TIME, info["timestamp"]), "JSON timestamp")
        exc = next(r for r in records if r["message"] == "caught an exception")
        expect_equal((exc["errorType"], exc["errorMessage"]), ("KeyError", "'missing'"), "JSON exception fields")


@test
def python_import_error():
    with python("py-import-error") as f:
        body = expect_init_error(f, "Runtime.ImportModuleError", 1)
        expect_equal(body, {"errorMessage": "Unable to import module 'app': No module named "
                                            "'definitely_not_installed_package'",
                            "errorType": "Runtime.ImportModuleError", "requestId": "", "stackTrace": []}, "body")
        expect_equal(f.api.next_calls, 0, "GET invocation/next calls")
        expect(f.wait_output(lambda line: line == "[ERROR] Runtime.ImportModuleError: Unable to import module 'app': "
                             "No module named 'definitely_not_installed_package'\rTraceback (most recent call last):"),
               "init error log record")


@test
def python_load_failures():
    folder = temp_function({"app.py": "def handler(event, context):\n    return 1\n"})
    with FunctionProcess("python", folder, handler="app.nope") as f:
        expect_equal(expect_init_error(f, "Runtime.HandlerNotFound", 1)["errorMessage"],
                     "Handler 'nope' missing on module 'app'", "missing handler")
    with FunctionProcess("python", folder, handler="app") as f:
        expect_equal(expect_init_error(f, "Runtime.MalformedHandlerName", 1)["errorMessage"],
                     "Bad handler 'app': not enough values to unpack (expected 2, got 1)", "malformed name")
    with FunctionProcess("python", folder, handler="sys.handler") as f:
        expect_init_error(f, "Runtime.BuiltInModuleConflict", 1)
    broken = temp_function({"app.py": "def handler(event, context)\n    return 1\n"})
    with FunctionProcess("python", broken) as f:
        body = expect_init_error(f, "Runtime.UserCodeSyntaxError", 1)
        expect(body["errorMessage"].startswith("Syntax error in module 'app': "), "message %r" % body["errorMessage"])
        expect(body["stackTrace"][0].startswith('  File "%s/app.py" Line 1' % broken), "trace %r" % body["stackTrace"])
    raising = temp_function({"app.py": "raise RuntimeError('boom at import')\n"})
    with FunctionProcess("python", raising) as f:
        body = expect_init_error(f, "RuntimeError", 1)
        expect_equal(body["errorMessage"], "boom at import", "message")
        expect(all("bootstrap.py" not in frame for frame in body["stackTrace"]), "no bootstrap frames")


@test
def python_handler_paths_and_results():
    folder = temp_function({
        "pkg/sub/mod.py": "\n".join([
            "import sys",
            "def handler(event, context):",
            "    return {'first': sys.path[0], 'bootstrap_dir_on_path': any(p.endswith('resources/lambda/python') for p in sys.path)}",
            "def raw(event, context):",
            "    return b'\\x00raw bytes'",
            "def text(event, context):",
            "    return 'h\\u00e9llo'",
            "def leave(event, context):",
            "    sys.exit(3)",
            "def echo_raw_event(event, context):",
            "    return {'type': type(event).__name__}",
            ""]),
    })
    for handler in ("pkg/sub/mod.handler", "pkg.sub.mod.handler"):
        with FunctionProcess("python", folder, handler=handler) as f:
            expect_equal(expect_response(f.invoke({}), handler),
                         {"first": folder, "bootstrap_dir_on_path": False}, "sys.path for " + handler)
    with FunctionProcess("python", folder, handler="pkg.sub.mod.raw") as f:
        invocation = f.invoke({})
        expect_equal((invocation.payload, invocation.post_headers.get("content-type")),
                     (b"\x00raw bytes", "application/unknown"), "bytes result")
    with FunctionProcess("python", folder, handler="pkg.sub.mod.text") as f:
        expect_equal(f.invoke({}).payload, b'"h\\u00e9llo"', "non-ASCII text on python3.11")
    with FunctionProcess("python", folder, handler="pkg.sub.mod.text",
                         env={"AWS_EXECUTION_ENV": "AWS_Lambda_python3.12"}) as f:
        expect_equal(f.invoke({}).payload, '"h\u00e9llo"'.encode("utf-8"), "non-ASCII text on python3.12")
    with FunctionProcess("python", folder, handler="pkg.sub.mod.leave") as f:
        invocation = f.api.enqueue({})
        expect_equal(f.wait_exit(), 3, "sys.exit() in the handler ends the process")
        expect_equal(invocation.outcome, None, "no answer after sys.exit()")


# -- Custom runtime -------------------------------------------------------------------------------

@test
def shell_custom_runtime():
    folder = os.path.join(FUNCTIONS, "shell-bootstrap")
    with FunctionProcess("provided", folder) as f:
        event = {"path": "/shell", "quote": "say \"hi\"", "backslash": "a\\b", "tab": "x\ty", "unicode": "\u00e9\u4e2d"}
        invocation = f.invoke(event)
        response = expect_response(invocation)
        expect_equal(response["statusCode"], 200, "statusCode")
        expect_equal(response["body"], invocation.body.decode("utf-8"), "body is the event text")
        expect_equal(json.loads(response["body"]), event, "body parses back to the event")
        pretty = json.dumps({"a": [1, 2], "b": "c"}, indent=2)
        invocation = f.invoke(raw=pretty.encode("utf-8"))
        expect_equal(expect_response(invocation)["body"], pretty, "multi-line event text")


# -- Latency --------------------------------------------------------------------------------------

LATENCY = {}


def measure(function, count=100, warmup=10):
    for _ in range(warmup):
        expect_response(function.invoke({}), "warm-up")
    bootstrap_ms, round_trip_ms = [], []
    for _ in range(count):
        invocation = function.invoke({"path": "/bench", "httpMethod": "GET"})
        expect_response(invocation, "benchmark invocation")
        bootstrap_ms.append((invocation.answered_ns - invocation.delivered_ns) / 1e6)
        round_trip_ms.append((invocation.answered_ns - invocation.enqueued_ns) / 1e6)
    return bootstrap_ms, round_trip_ms


@test
def warm_invocation_latency():
    fast = temp_function({"app.py": "def handler(event, context):\n"
                                    "    return {'statusCode': 200, 'body': '{\"ok\":true}'}\n"})
    cases = [("node", lambda: node("node-echo"), 100),
             ("python", lambda: FunctionProcess("python", fast, name="py-fast"), 100),
             ("shell+curl", lambda: FunctionProcess("provided", os.path.join(FUNCTIONS, "shell-bootstrap")), 20)]
    for label, start, count in cases:
        with start() as f:
            bootstrap_ms, round_trip_ms = measure(f, count=count, warmup=5)
            LATENCY[label] = (count, statistics.mean(bootstrap_ms), statistics.median(bootstrap_ms),
                              statistics.mean(round_trip_ms))
    for label in ("node", "python"):
        count, mean, median, _ = LATENCY[label]
        expect(median < 2.0, "%s: median warm invocation %.3f ms (event written -> answer read)" % (label, median))


# ------------------------------------------------------------------------------------------------

def main():
    selected = TESTS
    if "-k" in sys.argv:
        word = sys.argv[sys.argv.index("-k") + 1]
        selected = [t for t in TESTS if word in t.__name__]
    failures = 0
    started = time.monotonic()
    for fn in selected:
        _running.clear()
        t0 = time.monotonic()
        try:
            fn()
        except Exception:
            failures += 1
            print("FAIL  %s (%.2f s)" % (fn.__name__, time.monotonic() - t0))
            print("      " + traceback.format_exc().strip().replace("\n", "\n      "))
            for function in _running:
                print(function.output())
        else:
            print("ok    %s (%.2f s)" % (fn.__name__, time.monotonic() - t0))
            if VERBOSE:
                for function in _running:
                    print(function.output())
        finally:
            for function in _running:
                function.close()
    for folder in _temp_dirs:
        shutil.rmtree(folder, ignore_errors=True)
    if LATENCY:
        print("\nWarm invocations against the fake Runtime API (event written -> answer read; the fake "
              "server's own HTTP parsing included):")
        for label, (count, mean, median, round_trip) in LATENCY.items():
            print("  %-11s %3d invocations: mean %.3f ms, median %.3f ms; with queueing in the fake server %.3f ms"
                  % (label, count, mean, median, round_trip))
    print("\n%d of %d tests passed in %.1f s" % (len(selected) - failures, len(selected), time.monotonic() - started))
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
