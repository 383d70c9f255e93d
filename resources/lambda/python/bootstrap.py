# SPDX-License-Identifier: GPL-3.0-or-later
"""Gatehouse's Python runtime for Lambda functions.

Gatehouse starts one process per function instance:
    python3 <gatehouse>/resources/lambda/python/bootstrap.py
with the function's code folder as working directory, the environment Lambda sets (_HANDLER,
LAMBDA_TASK_ROOT, AWS_LAMBDA_FUNCTION_NAME, ...) and a Runtime API server at AWS_LAMBDA_RUNTIME_API.
This file imports the handler named by _HANDLER, then loops: GET invocation/next, call the handler,
POST its result or its error. What the handler can observe (sys.path, the context object, the root
logger's format, error payloads, how results are serialized) follows AWS's managed Python runtime;
the places where Gatehouse has to choose are described in resources/lambda/README.md.

Exit status 1 after a failed init (the error is posted to init/error first) or when the Runtime API
cannot be reached. An exception that is not an Exception (SystemExit, KeyboardInterrupt) raised by
the handler ends the process as it does on AWS.
"""

import decimal
import http.client
import importlib
import json
import logging
import math
import os
import re
import sys
import time
import traceback
import urllib.parse

API_PREFIX = "/2018-06-01/runtime"
ERROR_TYPE_HEADER = "Lambda-Runtime-Function-Error-Type"
TRACE_ENV = "_X_AMZN_TRACE_ID"
LOG_INDENT = "\u00a0"  # leading spaces of traceback lines in the "[ERROR] ..." record

# The request id of the invocation being run, "" in log records before the first one.
_request_id = None


class Fault(Exception):
    """A failure the runtime itself names, with one of AWS's Runtime.* error types."""

    IMPORT_MODULE = "Runtime.ImportModuleError"
    HANDLER_NOT_FOUND = "Runtime.HandlerNotFound"
    MALFORMED_HANDLER = "Runtime.MalformedHandlerName"
    SYNTAX = "Runtime.UserCodeSyntaxError"
    BUILT_IN_CONFLICT = "Runtime.BuiltInModuleConflict"
    MARSHAL = "Runtime.MarshalError"
    UNMARSHAL = "Runtime.UnmarshalError"
    CONTEXT_UNMARSHAL = "Runtime.LambdaContextUnmarshalError"

    def __init__(self, error_type, message, trace=None):
        super().__init__(message)
        self.error_type = error_type
        self.message = message
        self.trace = trace


# --------------------------------------------------------------------------------------------
# Serialization. Results go out as json.dumps would write them, except that Decimal values are
# written as JSON numbers (AWS's runtime does this; NaN decimals become NaN) and bytes go out
# unchanged with Content-Type application/unknown. Python 3.12 and later runtimes write non-ASCII
# characters as UTF-8 instead of \u escapes.


def _writes_utf8(execution_env):
    match = re.fullmatch(r"AWS_Lambda_python(\d+)\.(\d+)", execution_env or "")
    return bool(match) and (int(match.group(1)), int(match.group(2))) >= (3, 12)


_DECIMAL_MARK = "\x00gatehouse-decimal-%s-" % os.urandom(6).hex()


class _Encoder(json.JSONEncoder):
    """json.JSONEncoder that writes Decimal as a number: each one becomes a marked string first,
    and the marks are replaced by the number's text once encoding is done."""

    def __init__(self, ensure_ascii):
        super().__init__(ensure_ascii=ensure_ascii)
        self._decimals = None

    def default(self, o):
        if isinstance(o, decimal.Decimal):
            if o.is_nan():
                return math.nan
            if self._decimals is None:
                self._decimals = []
            self._decimals.append(str(o))
            return "%s%d\x00" % (_DECIMAL_MARK, len(self._decimals) - 1)
        return super().default(o)

    def encode(self, o):
        self._decimals = None
        text = super().encode(o)
        if self._decimals:
            quoted_mark = json.dumps(_DECIMAL_MARK, ensure_ascii=self.ensure_ascii)[:-1]
            decimals = self._decimals
            text = re.sub(re.escape(quoted_mark) + r"(\d+)\\u0000\"",
                          lambda m: decimals[int(m.group(1))], text)
        return text


_encoder = _Encoder(ensure_ascii=not _writes_utf8(os.environ.get("AWS_EXECUTION_ENV")))


def to_json(value):
    return _encoder.encode(value)


def marshal_response(result):
    if isinstance(result, bytes):
        return result, "application/unknown"
    try:
        return to_json(result).encode("utf-8", "replace"), "application/json"
    except Exception as e:
        raise Fault(Fault.MARSHAL, "Unable to marshal response: {}".format(e)) from None


# --------------------------------------------------------------------------------------------
# Runtime API client: plain HTTP/1.1 over one keep-alive connection.


class RuntimeApi:
    def __init__(self, address):
        host, colon, port = address.rpartition(":")
        if not colon:
            host, port = address, "80"
        self._connection = http.client.HTTPConnection(host.strip("[]"), int(port))

    def _call(self, method, path, body=None, headers=None):
        for attempt in (1, 2):
            try:
                self._connection.request(method, API_PREFIX + path, body=body, headers=headers or {})
                response = self._connection.getresponse()
                return response, response.read()
            except (http.client.RemoteDisconnected, ConnectionResetError, BrokenPipeError,
                    http.client.CannotSendRequest):
                # The server closed the kept-alive connection: try once more on a new one.
                self._connection.close()
                if attempt == 2:
                    raise

    def next_invocation(self):
        response, body = self._call("GET", "/invocation/next")
        if response.status != 200:
            raise RuntimeError("GET invocation/next answered %d: %r" % (response.status, body))
        return response, body

    def _post(self, path, body, headers):
        response, answer = self._call("POST", path, body, headers)
        if not 200 <= response.status <= 299:
            sys.stderr.write("bootstrap: POST %s answered %d: %s\n"
                             % (path, response.status, answer.decode("utf-8", "replace")))

    def post_response(self, request_id, body, content_type):
        self._post("/invocation/%s/response" % urllib.parse.quote(request_id, safe=""), body,
                   {"Content-Type": content_type})

    def post_error(self, request_id, error):
        self._post("/invocation/%s/error" % urllib.parse.quote(request_id, safe=""),
                   to_json(error).encode("utf-8", "replace"), _error_headers(error))

    def post_init_error(self, error):
        self._post("/init/error", to_json(error).encode("utf-8", "replace"), _error_headers(error))


def _error_headers(error):
    error_type = error.get("errorType") or "Unhandled"
    return {"Content-Type": "application/json",
            ERROR_TYPE_HEADER: error_type.encode("latin-1", "replace").decode("latin-1")}


# --------------------------------------------------------------------------------------------
# Error payloads: {"errorMessage", "errorType", "requestId", "stackTrace"}.


def make_error(message, error_type, stack_trace, request_id=None):
    return {
        "errorMessage": message or "",
        "errorType": error_type or "",
        "requestId": request_id if request_id is not None else "",
        "stackTrace": stack_trace or [],
    }


def error_from_exception(exc_info, request_id=None):
    error_class, error, tb = exc_info
    frames = [(f.filename, f.lineno, f.name, f.line) for f in traceback.extract_tb(tb)]
    # The frames of this file come first; the trace starts at the user's code.
    for index, frame in enumerate(frames):
        if "/bootstrap.py" not in frame[0]:
            frames = frames[index:]
            break
    return make_error(str(error), error_class.__name__, traceback.format_list(frames), request_id)


def _indent_with_no_break_spaces(line):
    stripped = line.lstrip(" ")
    return LOG_INDENT * (len(line) - len(stripped)) + stripped


def log_error(error):
    """Writes the error as AWS's runtime logs it: one record, its lines separated by "\\r"."""
    if _json_logs:
        record = {"timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()), "level": "ERROR"}
        record.update(error)
        sys.stdout.write(to_json(record) + "\n")
        return
    description = "[ERROR]"
    if error.get("errorType"):
        description += " " + error["errorType"]
    if error.get("errorMessage"):
        if error.get("errorType"):
            description += ":"
        description += " " + error["errorMessage"]
    lines = [description, "Traceback (most recent call last):"]
    for element in error.get("stackTrace") or []:
        if element == "":
            lines.append("")
        else:
            lines.extend(_indent_with_no_break_spaces(line) for line in element.splitlines())
    sys.stdout.write("\r".join(lines).replace("\n", "\r") + "\n")


# --------------------------------------------------------------------------------------------
# Logging. print() writes to stdout unchanged (and unbuffered). The root logger gets a handler
# that writes one line per record:
#     [LEVEL]\t<UTC time>.<ms>Z\t<request id>\t<message>
# with newlines inside the record turned into "\r". Its level stays WARNING unless
# AWS_LAMBDA_LOG_LEVEL says otherwise, so logging.info() needs logger.setLevel(logging.INFO).

_json_logs = (os.environ.get("AWS_LAMBDA_LOG_FORMAT") or "").upper() == "JSON"


class _Unbuffered:
    def __init__(self, stream):
        self._stream = stream

    def write(self, text):
        written = self._stream.write(text)
        self._stream.flush()
        return written

    def writelines(self, lines):
        self._stream.writelines(lines)
        self._stream.flush()

    def __getattr__(self, name):
        return getattr(self._stream, name)


class _RequestIdFilter(logging.Filter):
    def filter(self, record):
        record.aws_request_id = _request_id or ""
        return True


class _StdoutRecordHandler(logging.Handler):
    def emit(self, record):
        try:
            text = self.format(record)
            if text.endswith("\n"):
                text = text[:-1]
            sys.stdout.write(text.replace("\n", "\r") + "\n")
        except Exception:
            self.handleError(record)


_RESERVED_RECORD_FIELDS = {
    "name", "msg", "args", "levelname", "levelno", "pathname", "filename", "module", "exc_info",
    "exc_text", "stack_info", "lineno", "funcName", "created", "msecs", "relativeCreated", "thread",
    "threadName", "processName", "process", "aws_request_id", "taskName",
}


class _JsonFormatter(logging.Formatter):
    """AWS's JSON log format: timestamp, level, message, logger, requestId, the exception fields
    when there is one, and any extra attributes given to the record."""

    def format(self, record):
        level = min(50, max(0, record.levelno)) // 10 * 10
        exc = record.exc_info
        fields = {
            "timestamp": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime(record.created))
                         + ".%03dZ" % int(record.msecs),
            "level": logging.getLevelName(level),
            "message": record.getMessage(),
            "logger": record.name,
            "stackTrace": traceback.format_tb(exc[2]) if exc else None,
            "errorType": exc[0].__name__ if exc else None,
            "errorMessage": str(exc[1]) if exc else None,
            "requestId": getattr(record, "aws_request_id", None),
            "location": "%s:%s:%s" % (record.pathname, record.funcName, record.lineno) if exc else None,
        }
        for key, value in record.__dict__.items():
            if key not in _RESERVED_RECORD_FIELDS and key not in fields:
                fields[key] = value
        fields = {key: value for key, value in fields.items() if value is not None}
        return json.dumps(fields, ensure_ascii=False, default=str)


def setup_logging():
    logging.Formatter.converter = time.gmtime
    handler = _StdoutRecordHandler()
    if _json_logs:
        handler.setFormatter(_JsonFormatter())
    else:
        handler.setFormatter(logging.Formatter(
            "[%(levelname)s]\t%(asctime)s.%(msecs)03dZ\t%(aws_request_id)s\t%(message)s\n",
            "%Y-%m-%dT%H:%M:%S"))
    handler.addFilter(_RequestIdFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    level = (os.environ.get("AWS_LAMBDA_LOG_LEVEL") or "").upper()
    level = "DEBUG" if level == "TRACE" else level
    if isinstance(logging.getLevelName(level), int):
        root.setLevel(level)


# --------------------------------------------------------------------------------------------
# The context object.


class CognitoIdentity:
    __slots__ = ["cognito_identity_id", "cognito_identity_pool_id"]

    def __repr__(self):
        return "CognitoIdentity([cognito_identity_id=%s,cognito_identity_pool_id=%s])" % (
            self.cognito_identity_id, self.cognito_identity_pool_id)


class Client:
    __slots__ = ["installation_id", "app_title", "app_version_name", "app_version_code", "app_package_name"]

    def __repr__(self):
        return "Client([%s])" % ",".join("%s=%s" % (n, getattr(self, n)) for n in self.__slots__)


class ClientContext:
    __slots__ = ["custom", "env", "client"]

    def __repr__(self):
        return "ClientContext([custom=%s,env=%s,client=%s])" % (self.custom, self.env, self.client)


def _object_from(cls, values):
    if values is None:
        return None
    instance = cls()
    for name in cls.__slots__:
        setattr(instance, name, values.get(name))
    return instance


class LambdaContext:
    def __init__(self, request_id, deadline_ms, function_arn, client_context, cognito_identity, tenant_id):
        self.aws_request_id = request_id
        self.log_group_name = os.environ.get("AWS_LAMBDA_LOG_GROUP_NAME")
        self.log_stream_name = os.environ.get("AWS_LAMBDA_LOG_STREAM_NAME")
        self.function_name = os.environ.get("AWS_LAMBDA_FUNCTION_NAME")
        self.memory_limit_in_mb = os.environ.get("AWS_LAMBDA_FUNCTION_MEMORY_SIZE")
        self.function_version = os.environ.get("AWS_LAMBDA_FUNCTION_VERSION")
        self.invoked_function_arn = function_arn
        self.tenant_id = tenant_id
        self.client_context = _object_from(ClientContext, client_context)
        if self.client_context is not None:
            self.client_context.client = _object_from(Client, self.client_context.client)
        self.identity = _object_from(CognitoIdentity, {})
        if cognito_identity is not None:
            self.identity.cognito_identity_id = cognito_identity.get("cognitoIdentityId")
            self.identity.cognito_identity_pool_id = cognito_identity.get("cognitoIdentityPoolId")
        self._deadline_ms = deadline_ms

    def get_remaining_time_in_millis(self):
        return max(self._deadline_ms - int(time.time() * 1000), 0)

    def log(self, message):
        sys.stdout.write(str(message))

    def __repr__(self):
        return ("LambdaContext([aws_request_id=%s,log_group_name=%s,log_stream_name=%s,function_name=%s,"
                "memory_limit_in_mb=%s,function_version=%s,invoked_function_arn=%s,client_context=%s,"
                "identity=%s,tenant_id=%s])" % (
                    self.aws_request_id, self.log_group_name, self.log_stream_name, self.function_name,
                    self.memory_limit_in_mb, self.function_version, self.invoked_function_arn,
                    self.client_context, self.identity, self.tenant_id))


def _header_json(text, name):
    if not text:
        return None
    try:
        return json.loads(text)
    except Exception as e:
        raise Fault(Fault.CONTEXT_UNMARSHAL, "Unable to parse {} JSON: {}".format(name, e)) from None


# --------------------------------------------------------------------------------------------
# Loading the handler: "module.function", "dir/sub/module.function" or "pkg.sub.module.function".


def load_handler(name):
    try:
        module_name, function_name = name.rsplit(".", 1)
    except ValueError as e:
        raise Fault(Fault.MALFORMED_HANDLER, "Bad handler '{}': {}".format(name, e)) from None
    if module_name.split(".")[0] in sys.builtin_module_names:
        raise Fault(Fault.BUILT_IN_CONFLICT,
                    "Cannot use built-in module {} as a handler module".format(module_name))
    try:
        module = importlib.import_module(module_name.replace("/", "."))
    except ImportError as e:
        raise Fault(Fault.IMPORT_MODULE, "Unable to import module '{}': {}".format(module_name, e)) from None
    except SyntaxError as e:
        trace = ['  File "%s" Line %s\n    %s' % (e.filename, e.lineno, e.text)]
        raise Fault(Fault.SYNTAX, "Syntax error in module '{}': {}".format(module_name, e), trace) from None
    try:
        return getattr(module, function_name)
    except AttributeError:
        raise Fault(Fault.HANDLER_NOT_FOUND,
                    "Handler '{}' missing on module '{}'".format(function_name, module_name)) from None


# --------------------------------------------------------------------------------------------


def run_invocation(api, handler):
    global _request_id
    response, body = api.next_invocation()
    header = response.getheader
    request_id = header("Lambda-Runtime-Aws-Request-Id")
    _request_id = request_id
    trace_id = header("Lambda-Runtime-Trace-Id")
    if trace_id is not None:
        os.environ[TRACE_ENV] = trace_id
    else:
        os.environ.pop(TRACE_ENV, None)

    try:
        context = LambdaContext(
            request_id,
            int(header("Lambda-Runtime-Deadline-Ms") or 0),
            header("Lambda-Runtime-Invoked-Function-Arn"),
            _header_json(header("Lambda-Runtime-Client-Context"), "Client Context"),
            _header_json(header("Lambda-Runtime-Cognito-Identity"), "Cognito Identity"),
            header("Lambda-Runtime-Aws-Tenant-Id"))
        content_type = header("Content-Type")
        if content_type is None or content_type.split(";")[0].strip() == "application/json":
            try:
                event = json.loads(body)
            except Exception as e:
                raise Fault(Fault.UNMARSHAL, "Unable to unmarshal input: {}".format(e)) from None
        else:
            event = body
        result, result_type = marshal_response(handler(event, context))
    except Fault as fault:
        error = make_error(fault.message, fault.error_type, fault.trace, request_id)
    except Exception:
        error = error_from_exception(sys.exc_info(), request_id)
    else:
        api.post_response(request_id, result, result_type)
        return
    log_error(error)
    api.post_error(request_id, error)


def main():
    sys.stdout = _Unbuffered(sys.stdout)
    sys.stderr = _Unbuffered(sys.stderr)
    address = os.environ.get("AWS_LAMBDA_RUNTIME_API")
    if not address:
        sys.stderr.write("bootstrap: AWS_LAMBDA_RUNTIME_API is not set\n")
        return 1
    task_root = os.environ.get("LAMBDA_TASK_ROOT") or os.getcwd()
    # The function's folder comes first on sys.path; this file's folder is not on it.
    own_folder = os.path.dirname(os.path.abspath(__file__))
    sys.path[:] = [task_root] + [p for p in sys.path if p and os.path.abspath(p) != own_folder and p != task_root]

    api = RuntimeApi(address)
    error = None
    try:
        setup_logging()
        handler = load_handler(os.environ.get("_HANDLER", ""))
    except Fault as fault:
        error = make_error(fault.message, fault.error_type, fault.trace)
    except Exception:
        error = error_from_exception(sys.exc_info())
    if error is not None:
        log_error(error)
        api.post_init_error(error)
        return 1

    while True:
        run_invocation(api, handler)


if __name__ == "__main__":
    try:
        sys.exit(main())
    except (ConnectionError, http.client.HTTPException, RuntimeError) as e:
        sys.stderr.write("bootstrap: the Runtime API at %s failed: %s\n"
                         % (os.environ.get("AWS_LAMBDA_RUNTIME_API"), e))
        sys.exit(1)
