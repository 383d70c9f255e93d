# SPDX-License-Identifier: GPL-3.0-or-later
"""A small stand-in for Lambda's Runtime API, to test Gatehouse's runtime bootstraps without Gatehouse.

    api = FakeRuntimeAPI()             # listens on 127.0.0.1, a free port
    api.start()
    ...start a bootstrap with AWS_LAMBDA_RUNTIME_API=api.address...
    invocation = api.invoke({"path": "/"}, timeout_ms=3000)   # waits for the outcome
    invocation.outcome                  # "response", "error" or None (nothing arrived in time)
    invocation.json()                   # the posted body, parsed
    api.close()

It serves GET /2018-06-01/runtime/invocation/next (long-polls until an event is queued), records
POST invocation/{id}/response, invocation/{id}/error and init/error with their headers, counts the
TCP connections the runtime opened, and times each invocation: `delivered_ns` is taken when the
event has been written to the runtime, `answered_ns` when its answer has been read.
Plain HTTP/1.1 with Content-Length bodies and keep-alive, like the real Runtime API.
"""

import json
import queue
import sys
import threading
import time
import uuid
from urllib.parse import unquote
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

PREFIX = "/2018-06-01/runtime"
REASONS = {200: "OK", 202: "Accepted", 400: "Bad Request", 404: "Not Found", 500: "Internal Server Error"}


class Invocation:
    def __init__(self, request_id, body, timeout_ms, extra_headers, deadline_ms):
        self.request_id = request_id
        self.body = body                      # the event, bytes
        self.timeout_ms = timeout_ms
        self.extra_headers = extra_headers    # sent with the event besides the standard ones
        self.deadline_ms = deadline_ms        # fixed deadline, or None: delivery time + timeout
        self.sent_headers = {}
        self.outcome = None                   # "response" or "error"
        self.payload = None                   # bytes posted by the runtime
        self.post_headers = {}                # headers of that POST, names lowercased
        self.enqueued_ns = time.perf_counter_ns()
        self.delivered_ns = None
        self.answered_ns = None
        self.done = threading.Event()

    def wait(self, timeout):
        return self.done.wait(timeout)

    def json(self):
        return json.loads(self.payload)

    @property
    def error_type_header(self):
        return self.post_headers.get("lambda-runtime-function-error-type")


class FakeRuntimeAPI:
    def __init__(self, function_arn="arn:aws:lambda:us-east-1:123456789012:function:test"):
        self.function_arn = function_arn
        self.init_errors = []          # [(headers, body bytes)]
        self.init_error_arrived = threading.Event()
        self.stray_posts = []          # posts for unknown or already answered request ids
        self.next_calls = 0
        self.connections = 0
        self.close_after_answer = False  # answer each result or error with "Connection: close", then close
        self._pending = queue.Queue()
        self._invocations = {}
        self._lock = threading.Lock()
        self._closing = threading.Event()
        self._server = _QuietServer(("127.0.0.1", 0), _handler_for(self))
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        daemon=True)

    @property
    def address(self):
        host, port = self._server.server_address[:2]
        return "%s:%d" % (host, port)

    def start(self):
        self._thread.start()
        return self

    def close(self):
        self._closing.set()
        self._server.shutdown()
        self._server.server_close()

    def enqueue(self, event, *, raw=None, request_id=None, timeout_ms=3000, deadline_ms=None,
                trace_id="Root=1-5759e988-bd862e3fe1be46a994272793;Parent=53995c3f42cd8ad8;Sampled=1",
                client_context=None, cognito_identity=None, headers=None):
        body = raw if raw is not None else json.dumps(event).encode("utf-8")
        extra = dict(headers or {})
        if trace_id is not None:
            extra["Lambda-Runtime-Trace-Id"] = trace_id
        if client_context is not None:
            extra["Lambda-Runtime-Client-Context"] = json.dumps(client_context)
        if cognito_identity is not None:
            extra["Lambda-Runtime-Cognito-Identity"] = json.dumps(cognito_identity)
        invocation = Invocation(request_id or str(uuid.uuid4()), body, timeout_ms, extra, deadline_ms)
        with self._lock:
            self._invocations[invocation.request_id] = invocation
        self._pending.put(invocation)
        return invocation

    def invoke(self, event=None, wait=10.0, **options):
        invocation = self.enqueue(event, **options)
        invocation.wait(wait)
        return invocation

    # -- called from the server threads -------------------------------------------------------

    def _take_next(self):
        with self._lock:
            self.next_calls += 1
        while not self._closing.is_set():
            try:
                return self._pending.get(timeout=0.1)
            except queue.Empty:
                continue
        return None

    def _record_answer(self, request_id, outcome, headers, body):
        now = time.perf_counter_ns()
        with self._lock:
            invocation = self._invocations.get(request_id)
            if invocation is None or invocation.outcome is not None:
                self.stray_posts.append((request_id, outcome, headers, body))
                return False
            invocation.outcome = outcome
            invocation.payload = body
            invocation.post_headers = headers
            invocation.answered_ns = now
        invocation.done.set()
        return True

    def _record_init_error(self, headers, body):
        with self._lock:
            self.init_errors.append((headers, body))
        self.init_error_arrived.set()


class _QuietServer(ThreadingHTTPServer):
    def handle_error(self, request, client_address):
        # A runtime that exits or is killed resets its connection; that is expected here.
        if not isinstance(sys.exc_info()[1], (ConnectionError, TimeoutError)):
            super().handle_error(request, client_address)


def _handler_for(api):
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        # TCP_NODELAY, as the real Runtime API (and Gatehouse's) has: a runtime may pipeline its result and its next
        # GET, and then the answer to that GET must not wait for a delayed ACK of the 202 before it.
        disable_nagle_algorithm = True

        def setup(self):
            super().setup()
            with api._lock:
                api.connections += 1

        def log_message(self, *args):
            pass

        def _reply(self, status, body=b"", headers=None):
            lines = ["HTTP/1.1 %d %s" % (status, REASONS.get(status, "Status")),
                     "Content-Type: application/json", "Content-Length: %d" % len(body)]
            lines += ["%s: %s" % item for item in (headers or {}).items()]
            self.wfile.write(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)

        def _lowercased_headers(self):
            return {name.lower(): value for name, value in self.headers.items()}

        def do_GET(self):
            if self.path != PREFIX + "/invocation/next":
                self._reply(404, b'{"message":"not found"}')
                return
            invocation = api._take_next()
            if invocation is None:
                self.close_connection = True
                return
            deadline = invocation.deadline_ms
            if deadline is None:
                deadline = int(time.time() * 1000) + invocation.timeout_ms
            headers = {
                "Lambda-Runtime-Aws-Request-Id": invocation.request_id,
                "Lambda-Runtime-Deadline-Ms": str(deadline),
                "Lambda-Runtime-Invoked-Function-Arn": api.function_arn,
            }
            headers.update(invocation.extra_headers)
            invocation.sent_headers = headers
            self._reply(200, invocation.body, headers)
            invocation.delivered_ns = time.perf_counter_ns()

        def do_POST(self):
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            headers = self._lowercased_headers()
            if self.path == PREFIX + "/init/error":
                api._record_init_error(headers, body)
                self._reply(202, b'{"status":"OK"}')
                return
            parts = self.path[len(PREFIX):].split("/")
            # ["", "invocation", "{id}", "response" | "error"]
            if (self.path.startswith(PREFIX + "/invocation/") and len(parts) == 4
                    and parts[3] in ("response", "error")):
                if api._record_answer(unquote(parts[2]), parts[3], headers, body):
                    if api.close_after_answer:
                        self.close_connection = True
                        self._reply(202, b'{"status":"OK"}', {"Connection": "close"})
                    else:
                        self._reply(202, b'{"status":"OK"}')
                else:
                    self._reply(400, b'{"errorMessage":"Invalid request ID","errorType":"InvalidRequestID"}')
                return
            self._reply(404, b'{"message":"not found"}')

    return Handler
