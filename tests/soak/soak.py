#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Soak under faults: `gatehouse serve` for minutes under steady traffic while everything around it misbehaves.

    python3 tests/soak/soak.py [--gatehouse build/app/gatehouse] [--minutes 3 | --seconds 45] [--rate 30]

What runs (docs/reliability.md, "Soak under faults"):
  * well-formed requests at a steady rate to MOCK, HTTP proxy and Lambda proxy routes of a REST and an HTTP API
    (soak.gatehouse.yaml), each tagged with a unique `sid` query parameter and checked for the exact status and body:
    200 and the integration's answer, or AWS's error where the request asked for a fault;
  * a faulty backend (this file): normal answers, connection resets, closes without answering, hangs past the
    integration timeout, bytes that are not HTTP, and valid answers followed by garbage;
  * faulty Lambda functions (functions/): a custom runtime that crashes, exits mid-invocation, floods its output,
    answers garbage and never asks for its next event, plus Node.js and Python handlers that throw, exit and flood;
  * chaos clients: garbage bytes, half-open and abandoned connections, oversized headers, broken chunked bodies and
    mid-request disconnects (their own backend and routes, so they cannot change a well-formed request's answer);
  * a sampler: the gatehouse process's RSS, open descriptors and child processes, every second.

Passes (exit 0) when the process is alive at the end, every well-formed request got the expected answer, RSS growth
after warm-up and the descriptor count stayed within the bounds, no child process was left a zombie, and the --trace
file holds exactly one record per well-formed request (with the status the client saw). Exit 1 on a failure, 77 when
the gatehouse binary or Node.js is missing (ctest counts that as skipped). Stdlib only.
"""

import argparse
import collections
import http.client
import json
import os
import random
import re
import shutil
import signal
import socket
import statistics
import struct
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
REPO = os.path.dirname(os.path.dirname(HERE))

# REST: API_CONFIGURATION_ERROR and INTEGRATION_FAILURE as recorded on AWS (a space after the colon, 36 bytes).
REST_ERROR = b'{"message": "Internal server error"}'
HTTP_ERROR_500 = b'{"message":"Internal Server Error"}'
TIMEOUT_504 = b'{"message":"Endpoint request timed out"}'


def compact(obj):
    return json.dumps(obj, separators=(",", ":"), sort_keys=True).encode()


# ---------------------------------------------------------------------------------------------------------------
# The faulty backend


class FaultyBackend:
    """A threaded HTTP/1.1 server on 127.0.0.1 that answers by the first path segment:

    /ok        200 {"backend":"ok","sid":SID} (keep-alive)
    /reset     reads the request, then resets the connection (RST)
    /close     reads the request, then closes without answering
    /hang      reads the request and answers nothing for `hang_s` seconds, then closes
    /garbage   answers bytes that are not HTTP, then closes
    /trailing  (chaos backend) answers as /ok with garbage in the same write after the response, then keeps serving
    /late      (chaos backend) answers as /ok, then sends garbage 30 ms later on the idle connection and closes
    /partial   (chaos backend) announces 1000 body bytes, sends 10, closes
    """

    def __init__(self, hang_s=4.0):
        self.hang_s = hang_s
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self.sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.listen(512)
        self.port = self.sock.getsockname()[1]
        self.stopping = False
        self.counts = collections.Counter()
        self.lock = threading.Lock()
        threading.Thread(target=self._accept, daemon=True).start()

    def stop(self):
        self.stopping = True
        try:
            self.sock.close()
        except OSError:
            pass

    def _accept(self):
        while not self.stopping:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            threading.Thread(target=self._serve, args=(conn,), daemon=True).start()

    @staticmethod
    def _read_head(conn, buf):
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return None, buf
            buf += chunk
        head, _, rest = buf.partition(b"\r\n\r\n")
        return head, rest

    def _serve(self, conn):
        buf = b""
        try:
            conn.settimeout(120)
            while True:
                head, buf = self._read_head(conn, buf)
                if head is None:
                    return
                lines = head.split(b"\r\n")
                parts = lines[0].split(b" ")
                target = parts[1].decode("latin-1") if len(parts) > 1 else "/"
                length = 0
                for line in lines[1:]:
                    name, _, value = line.partition(b":")
                    if name.strip().lower() == b"content-length":
                        length = int(value.strip() or 0)
                while len(buf) < length:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                buf = buf[length:]
                url = urllib.parse.urlsplit(target)
                mode = url.path.strip("/").split("/")[0]
                sid = dict(urllib.parse.parse_qsl(url.query)).get("sid", "")
                with self.lock:
                    self.counts[mode] += 1
                body = compact({"backend": "ok", "sid": sid})
                ok = (b"HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: %d\r\n\r\n" % len(body)) + body
                if mode == "ok":
                    conn.sendall(ok)
                elif mode == "trailing":
                    conn.sendall(ok + b"\x00\xffNOT HTTP AT ALL\r\n\r\n")
                elif mode == "late":
                    conn.sendall(ok)
                    time.sleep(0.03)
                    conn.sendall(b"\x16\x03\x01 garbage after the response\r\n")
                    return
                elif mode == "reset":
                    conn.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
                    return
                elif mode == "close":
                    return
                elif mode == "hang":
                    time.sleep(self.hang_s)
                    return
                elif mode == "garbage":
                    conn.sendall(os.urandom(64) + b"\r\n\r\n")
                    return
                elif mode == "partial":
                    conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: 1000\r\n\r\n0123456789")
                    return
                else:
                    conn.sendall(b"HTTP/1.1 404 Not Found\r\nContent-Length: 0\r\n\r\n")
        except OSError:
            pass
        finally:
            try:
                conn.close()
            except OSError:
                pass


# ---------------------------------------------------------------------------------------------------------------
# What the well-formed requests ask for, and what they must get back


class Route:
    def __init__(self, name, host, path, mode, weight, status, body):
        self.name = name          # for the report: "rest /faulty crash"
        self.host = host          # Host header: {apiId}.execute-api.localhost
        self.path = path          # with the stage prefix
        self.mode = mode          # None: no mode parameter
        self.weight = weight
        self.status = status
        self.body = body          # bytes, or a function of the sid giving bytes


def routes():
    rest = "soak.execute-api.localhost"
    http_api = "soakhttp.execute-api.localhost"
    out = []

    def add(api, path, mode, weight, status, body):
        host = rest if api == "rest" else http_api
        full = ("/prod" + path) if api == "rest" else path
        label = "%s %s%s" % (api, path if "{" not in path else path, (" " + mode) if mode else "")
        out.append(Route(label, host, full, mode, weight, status, body))

    def fn_ok(name):
        return lambda sid: compact({"fn": name, "sid": sid})

    backend_ok = lambda sid: compact({"backend": "ok", "sid": sid})
    add("rest", "/mock", None, 8, 200, lambda sid: compact({"route": "mock", "sid": sid}))
    # HTTP proxy (REST): a backend that cannot be talked to is API_CONFIGURATION_ERROR, 500 "Internal server error"
    # (AWS logs "Execution failed due to configuration error"); past timeoutInMillis, INTEGRATION_TIMEOUT 504.
    for mode, weight, status, body in (("ok", 6, 200, backend_ok),
                                       ("reset", 1, 500, REST_ERROR), ("close", 1, 500, REST_ERROR),
                                       ("garbage", 1, 500, REST_ERROR), ("hang", 0.6, 504, TIMEOUT_504)):
        add("rest", "/proxy/" + mode, None, weight, status, body)
    # Lambda proxy (REST): any function failure or malformed result is 502 "Internal server error".
    for mode, weight, status, body in (("ok", 4, 200, fn_ok("faulty")), ("flood", 0.3, 200, fn_ok("faulty")),
                                       ("noreturn", 0.6, 200, fn_ok("faulty")), ("crash", 0.5, 502, REST_ERROR),
                                       ("exit", 0.5, 502, REST_ERROR), ("error", 0.5, 502, REST_ERROR),
                                       ("malformed", 0.5, 502, REST_ERROR), ("hang", 0.3, 504, TIMEOUT_504)):
        add("rest", "/faulty", mode, weight, status, body)
    for mode, weight, status, body in (("ok", 3, 200, fn_ok("nodefaulty")), ("flood", 0.3, 200, fn_ok("nodefaulty")),
                                       ("throw", 0.5, 502, REST_ERROR), ("exit", 0.5, 502, REST_ERROR),
                                       ("malformed", 0.5, 502, REST_ERROR), ("hang", 0.3, 504, TIMEOUT_504)):
        add("rest", "/node", mode, weight, status, body)
    for mode, weight, status, body in (("ok", 2, 200, fn_ok("pyfaulty")), ("raise", 0.5, 502, REST_ERROR),
                                       ("exit", 0.4, 502, REST_ERROR), ("malformed", 0.5, 502, REST_ERROR)):
        add("rest", "/py", mode, weight, status, body)
    # HTTP API: failures are 500 "Internal Server Error" (AWS's capitalisation for HTTP APIs); timeouts 504.
    for mode, weight, status, body in (("ok", 2, 200, fn_ok("faulty")), ("crash", 0.3, 500, HTTP_ERROR_500),
                                       ("error", 0.3, 500, HTTP_ERROR_500), ("malformed", 0.3, 500, HTTP_ERROR_500),
                                       ("noreturn", 0.3, 200, fn_ok("faulty")), ("hang", 0.2, 504, TIMEOUT_504)):
        add("http", "/faulty", mode, weight, status, body)
    for mode, weight, status, body in (("ok", 2, 200, backend_ok), ("reset", 0.5, 500, HTTP_ERROR_500),
                                       ("garbage", 0.4, 500, HTTP_ERROR_500), ("hang", 0.3, 504, TIMEOUT_504)):
        add("http", "/proxy/" + mode, None, weight, status, body)
    return out


# ---------------------------------------------------------------------------------------------------------------
# The process under test


def proc_status(pid):
    rss = None
    with open("/proc/%d/status" % pid) as f:
        for line in f:
            if line.startswith("VmRSS:"):
                rss = int(line.split()[1])  # kB
    return rss


def child_processes(pid):
    """(number of children, pids of zombie children) of pid."""
    children = 0
    zombies = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open("/proc/%s/stat" % entry) as f:
                stat = f.read()
        except OSError:
            continue
        # pid (comm) state ppid ...: comm may hold spaces and parentheses.
        fields = stat[stat.rfind(")") + 2:].split()
        if len(fields) > 1 and int(fields[1]) == pid:
            children += 1
            if fields[0] == "Z":
                zombies.append(int(entry))
    return children, zombies


class Sampler(threading.Thread):
    def __init__(self, pid):
        super().__init__(daemon=True)
        self.pid = pid
        self.samples = []  # (t, rss_kb, fds, children, lasting zombies)
        self.zombie_runs = {}  # pid -> consecutive samples it was a zombie
        self.stopping = threading.Event()
        self.t0 = time.monotonic()

    def sample(self):
        try:
            rss = proc_status(self.pid)
            fds = len(os.listdir("/proc/%d/fd" % self.pid))
        except OSError:
            return None
        if rss is None:
            return None  # exited (a zombie has no VmRSS)
        children, zombie_pids = child_processes(self.pid)
        # A child that has just exited is a zombie until Qt reaps it, a moment later: only one that stays a zombie
        # for three samples in a row counts.
        self.zombie_runs = {pid: self.zombie_runs.get(pid, 0) + 1 for pid in zombie_pids}
        zombies = sum(1 for n in self.zombie_runs.values() if n >= 3)
        s = (time.monotonic() - self.t0, rss, fds, children, zombies)
        self.samples.append(s)
        return s

    def run(self):
        while not self.stopping.wait(1.0):
            self.sample()


# ---------------------------------------------------------------------------------------------------------------
# Well-formed traffic


class Driver:
    def __init__(self, port, rate, workers, seed):
        self.port = port
        self.rate = rate
        self.routes = routes()
        self.weights = [r.weight for r in self.routes]
        self.rng = random.Random(seed)
        self.jobs = collections.deque()
        self.cv = threading.Condition()
        self.stopping = False
        self.sent = {}            # sid -> (route, status, body, request id)
        self.wrong = []           # descriptions of wrong answers
        self.latency = collections.defaultdict(list)
        self.lock = threading.Lock()
        self.seq = 0
        self.max_backlog = 0
        self.workers = [threading.Thread(target=self._work, args=(i,), daemon=True) for i in range(workers)]

    def start(self):
        for w in self.workers:
            w.start()
        self.scheduler = threading.Thread(target=self._schedule, daemon=True)
        self.scheduler.start()

    def stop(self):
        with self.cv:
            self.stopping = True
            self.cv.notify_all()
        self.scheduler.join()
        for w in self.workers:
            w.join()

    def _schedule(self):
        interval = 1.0 / self.rate
        next_at = time.monotonic()
        while True:
            with self.cv:
                if self.stopping:
                    return
            now = time.monotonic()
            if now < next_at:
                time.sleep(next_at - now)
                continue
            next_at += interval
            route = self.rng.choices(self.routes, self.weights)[0]
            self.seq += 1
            sid = "s%07d-%s" % (self.seq, "%08x" % self.rng.getrandbits(32))
            with self.cv:
                self.jobs.append((route, sid))
                self.max_backlog = max(self.max_backlog, len(self.jobs))
                self.cv.notify()

    def _work(self, index):
        keep_alive = index % 2 == 0  # half the workers reuse a connection, half open one per request
        conn = None
        while True:
            with self.cv:
                while not self.jobs and not self.stopping:
                    self.cv.wait()
                if not self.jobs:
                    return
                route, sid = self.jobs.popleft()
            query = {"sid": sid}
            if route.mode:
                query["mode"] = route.mode
            target = route.path + "?" + urllib.parse.urlencode(query)
            expected = route.body(sid) if callable(route.body) else route.body
            started = time.monotonic()
            status, body, request_id, problem = None, None, None, None
            try:
                if conn is None:
                    conn = http.client.HTTPConnection("127.0.0.1", self.port, timeout=15)
                headers = {"Host": "%s:%d" % (route.host, self.port)}
                if not keep_alive:
                    headers["Connection"] = "close"
                conn.request("GET", target, headers=headers)
                resp = conn.getresponse()
                body = resp.read()
                status = resp.status
                request_id = resp.getheader("x-amzn-RequestId") or resp.getheader("apigw-requestid")
                if not keep_alive or resp.will_close:
                    conn.close()
                    conn = None
            except (OSError, http.client.HTTPException) as e:
                problem = "%s: %s" % (type(e).__name__, e)
                if conn is not None:
                    conn.close()
                conn = None
            elapsed = time.monotonic() - started
            with self.lock:
                self.sent[sid] = (route.name, status, body, request_id)
                self.latency[route.name].append(elapsed)
                if problem or status != route.status or body != expected:
                    self.wrong.append("%s sid=%s: expected %d %r, got %s %r%s (%.2f s)" % (
                        route.name, sid, route.status, expected, status, body,
                        (" [" + problem + "]") if problem else "", elapsed))


# ---------------------------------------------------------------------------------------------------------------
# Chaos


class Chaos:
    """Client-side faults. Each thread repeats one kind of misbehaviour; outcomes are counted. Where the gateway's
    answer is certain (oversized headers: 431; a chunk size that is not hex: 400; garbage that cannot start a
    request: 400 or a close) a different answer is an anomaly."""

    def __init__(self, port, rng_seed):
        self.port = port
        self.stopping = threading.Event()
        self.counts = collections.Counter()
        self.anomalies = []
        self.lock = threading.Lock()
        self.rng_seed = rng_seed
        self.threads = []
        self.cid = 0

    def _count(self, what):
        with self.lock:
            self.counts[what] += 1

    def _anomaly(self, what):
        with self.lock:
            if len(self.anomalies) < 200:
                self.anomalies.append(what)

    def _next_cid(self):
        with self.lock:
            self.cid += 1
            return "c%07d" % self.cid

    def _connect(self):
        s = socket.create_connection(("127.0.0.1", self.port), timeout=5)
        return s

    @staticmethod
    def _rst_close(s):
        try:
            s.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
        except OSError:
            pass
        s.close()

    @staticmethod
    def _read_status(s, timeout=5.0):
        """The status of the first response on s, or None when the connection closed (or timed out) first."""
        s.settimeout(timeout)
        data = b""
        try:
            while b"\r\n" not in data:
                chunk = s.recv(4096)
                if not chunk:
                    break
                data += chunk
        except OSError:
            pass
        m = re.match(rb"HTTP/1\.[01] (\d{3})", data)
        return int(m.group(1)) if m else None

    def _req(self, path, host="soak.execute-api.localhost", extra=b"", method=b"GET"):
        return (method + b" " + path.encode() + b" HTTP/1.1\r\nHost: " + host.encode() + b"\r\n" + extra)

    def start(self):
        for i, fn in enumerate((self._garbage, self._half_open, self._abandon, self._oversized, self._chunked,
                                self._mid_request, self._mid_request)):
            t = threading.Thread(target=self._loop, args=(fn, random.Random(self.rng_seed + i)), daemon=True)
            t.start()
            self.threads.append(t)

    def stop(self):
        self.stopping.set()
        for t in self.threads:
            t.join(timeout=30)

    def _loop(self, fn, rng):
        while not self.stopping.is_set():
            try:
                fn(rng)
            except OSError as e:
                self._count("oserror %s" % type(e).__name__)
            self.stopping.wait(rng.uniform(0.02, 0.15))

    def _garbage(self, rng):
        s = self._connect()
        kind = rng.randrange(3)
        if kind == 0:
            payload = os.urandom(rng.randrange(1, 4096))
        elif kind == 1:
            payload = b"GET /prod/mock HTTP/1.1\r\nHost: soak\r\n" + os.urandom(rng.randrange(1, 512)) + b"\r\n\r\n"
        else:
            payload = b"\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03" + os.urandom(200)  # a TLS ClientHello
        s.sendall(payload)
        status = self._read_status(s, 5)
        self._count("garbage -> %s" % status)
        if status is not None and status < 400:
            self._anomaly("garbage answered %d" % status)
        s.close()

    def _half_open(self, rng):
        # Up to 40 connections hold partial requests: some past the header timeout (10 s, then 408), some cut by a
        # reset, some half-closed (FIN after the partial headers).
        held = getattr(self, "_held", None)
        if held is None:
            held = self._held = []
        now = time.monotonic()
        for item in list(held):
            s, until, how = item
            if now >= until:
                held.remove(item)
                if how == "wait":
                    status = self._read_status(s, 0.5)
                    self._count("half-open held -> %s" % status)
                    s.close()
                elif how == "rst":
                    self._rst_close(s)
                    self._count("half-open reset")
                else:
                    s.close()
                    self._count("half-open closed")
        while len(held) < 40:
            s = self._connect()
            s.sendall(self._req("/prod/mock?cid=" + self._next_cid())[: rng.randrange(5, 40)])
            how = rng.choice(("wait", "rst", "close", "shutdown"))
            if how == "shutdown":
                s.shutdown(socket.SHUT_WR)
                how = "close"
            held.append((s, now + rng.uniform(0.5, 13.0), how))
        if self.stopping.is_set():
            for s, _, _ in held:
                s.close()

    def _abandon(self, rng):
        kind = rng.randrange(4)
        s = self._connect()
        if kind == 0:
            s.close()
            self._count("abandon: connect and close")
        elif kind == 1:
            self._rst_close(s)
            self._count("abandon: connect and reset")
        elif kind == 2:
            # A full request, never read: the answer goes nowhere.
            s.sendall(self._req("/prod/mock?cid=" + self._next_cid(), extra=b"\r\n"))
            self._rst_close(s)
            self._count("abandon: request then reset")
        else:
            # Pipelined requests, then gone.
            req = self._req("/prod/mock?cid=" + self._next_cid(), extra=b"\r\n")
            s.sendall(req * rng.randrange(2, 20))
            time.sleep(0.01)
            s.close()
            self._count("abandon: pipelined then close")

    def _oversized(self, rng):
        s = self._connect()
        if rng.randrange(2):
            extra = b"X-Big: " + b"a" * rng.randrange(11000, 60000) + b"\r\n\r\n"
        else:
            extra = b"".join(b"X-H%d: %s\r\n" % (i, b"v" * 100) for i in range(rng.randrange(110, 400))) + b"\r\n"
        try:
            s.sendall(self._req("/prod/mock?cid=" + self._next_cid(), extra=extra))
        except OSError:
            pass  # the gateway may answer and close before reading everything
        status = self._read_status(s, 5)
        self._count("oversized headers -> %s" % status)
        if status != 431:
            self._anomaly("oversized headers answered %s, not 431" % status)
        s.close()

    def _chunked(self, rng):
        s = self._connect()
        kind = rng.randrange(4)
        head = self._req("/prod/mock?cid=" + self._next_cid(), method=b"POST",
                         extra=b"Transfer-Encoding: chunked\r\nContent-Type: application/json\r\n\r\n")
        if kind == 0:
            s.sendall(head + b"zz\r\nhello\r\n0\r\n\r\n")  # a chunk size that is not hex
            status = self._read_status(s, 5)
            self._count("chunked bad size -> %s" % status)
            if status != 400:
                self._anomaly("a chunk size that is not hex answered %s, not 400" % status)
            s.close()
        elif kind == 1:
            s.sendall(head + b"100\r\n" + b"x" * 10)  # announces 256 bytes, sends 10, leaves
            s.close()
            self._count("chunked cut short")
        elif kind == 2:
            s.sendall(head + b"5\r\nhelloXX0\r\n\r\n")  # no CRLF after the chunk data
            status = self._read_status(s, 5)
            # Counted, not judged: Debian's http-parser (built non-strict) accepts this body, so the request reaches
            # routing (POST /mock: 403) where AWS would answer 400 (docs/reliability.md, "Left").
            self._count("chunked missing CRLF -> %s" % status)
            s.close()
        else:
            s.sendall(head + b"ffffffffffffffffff\r\n")  # a size that overflows
            status = self._read_status(s, 5)
            self._count("chunked huge size -> %s" % status)
            if status is not None and status < 400:
                self._anomaly("an overflowing chunk size answered %d" % status)
            s.close()

    def _mid_request(self, rng):
        kind = rng.randrange(5)
        s = self._connect()
        cid = self._next_cid()
        if kind == 0:
            # A body announced, a tenth of it sent.
            s.sendall(self._req("/prod/mock?cid=" + cid, method=b"POST", extra=b"Content-Length: 1000\r\n\r\n")
                      + b"x" * 100)
            time.sleep(rng.uniform(0, 0.2))
            s.close()
            self._count("mid-request: body cut")
        elif kind == 1:
            # Gone while the backend hangs (the integration is cancelled).
            s.sendall(self._req("/prod/chaosproxy/hang?cid=" + cid, extra=b"\r\n"))
            time.sleep(rng.uniform(0.05, 0.8))
            (self._rst_close if rng.randrange(2) else socket.socket.close)(s)
            self._count("mid-request: gone during a backend hang")
        elif kind == 2:
            # Gone while a Lambda function runs.
            s.sendall(self._req("/prod/chaoslambda?mode=slow&cid=" + cid, extra=b"\r\n"))
            time.sleep(rng.uniform(0, 0.3))
            self._rst_close(s)
            self._count("mid-request: gone during a Lambda invocation")
        elif kind == 3:
            # Backend faults that race with connection reuse: kept on their own backend.
            mode = rng.choice(("late", "trailing", "partial", "ok", "garbage", "reset"))
            s.sendall(self._req("/prod/chaosproxy/%s?cid=%s" % (mode, cid), extra=b"\r\n"))
            self._read_status(s, 3)
            s.close()
            self._count("chaos backend: %s" % mode)
        else:
            # Half the headers, then gone.
            req = self._req("/prod/mock?cid=" + cid, extra=b"X-Long: " + b"z" * 2000 + b"\r\n\r\n")
            s.sendall(req[: len(req) // 2])
            s.close()
            self._count("mid-request: headers cut")


# ---------------------------------------------------------------------------------------------------------------
# Running it


def find_gatehouse(given):
    for path in ([given] if given else []) + [os.path.join(REPO, "build/app/gatehouse")]:
        if path and os.path.isfile(path) and os.access(path, os.X_OK):
            return path
    return None


def write_project(work, backend_port, chaos_port):
    with open(os.path.join(HERE, "soak.gatehouse.yaml")) as f:
        text = f.read()
    text = re.sub(r"(?m)^(\s+)backend: 127\.0\.0\.1:9$", r"\g<1>backend: 127.0.0.1:%d" % backend_port, text)
    text = re.sub(r"(?m)^(\s+)chaosbackend: 127\.0\.0\.1:9$", r"\g<1>chaosbackend: 127.0.0.1:%d" % chaos_port, text)
    text = re.sub(r"code: functions/", "code: " + os.path.join(HERE, "functions") + "/", text)
    # The custom runtime runs this interpreter (a version manager's shim would add its own start-up to every cold
    # start).
    text = text.replace("SOAK_PYTHON: python3", "SOAK_PYTHON: " + json.dumps(sys.executable))
    path = os.path.join(work, "soak.gatehouse.yaml")
    with open(path, "w") as f:
        f.write(text)
    return path


def percentile(values, p):
    if not values:
        return 0.0
    values = sorted(values)
    return values[min(len(values) - 1, int(round(p / 100.0 * (len(values) - 1))))]


def main():
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--gatehouse", help="the gatehouse binary (default: build/app/gatehouse)")
    ap.add_argument("--minutes", type=float, default=3.0, help="how long the traffic runs (default 3)")
    ap.add_argument("--seconds", type=float, help="how long the traffic runs, in seconds (instead of --minutes)")
    ap.add_argument("--rate", type=float, default=20.0, help="well-formed requests per second (default 20)")
    ap.add_argument("--workers", type=int, default=24, help="client threads for well-formed requests (default 24)")
    ap.add_argument("--no-chaos", action="store_true", help="well-formed traffic and faulty integrations only")
    ap.add_argument("--warmup", type=float, default=20.0, help="seconds before the RSS baseline is taken (default 20)")
    ap.add_argument("--max-rss-growth-mb", type=float, default=48.0,
                    help="most the RSS may grow after warm-up, in MB (default 48)")
    ap.add_argument("--max-fds", type=int, default=400, help="most open descriptors at any sample (default 400)")
    ap.add_argument("--max-fd-growth", type=int, default=16,
                    help="most descriptors open after the drain beyond the post-warm-up baseline (default 16)")
    ap.add_argument("--seed", type=int, default=20260101)
    ap.add_argument("--keep", help="keep the trace, logs and report in this folder")
    ap.add_argument("--report", help="write the figures as JSON to this file")
    args = ap.parse_args()
    duration = args.seconds if args.seconds is not None else args.minutes * 60.0

    gatehouse = find_gatehouse(args.gatehouse)
    if not gatehouse:
        print("SKIP: no gatehouse binary (build it, or pass --gatehouse)")
        return 77
    if not shutil.which("node"):
        print("SKIP: Node.js (node) is not installed; the soak's nodejs function needs it")
        return 77

    work = args.keep or tempfile.mkdtemp(prefix="gatehouse-soak-")
    os.makedirs(work, exist_ok=True)
    trace_path = os.path.join(work, "trace.jsonl")
    if os.path.exists(trace_path):
        os.remove(trace_path)
    backend = FaultyBackend(hang_s=3.0)
    chaos_backend = FaultyBackend(hang_s=3.0)
    project = write_project(work, backend.port, chaos_backend.port)
    log = open(os.path.join(work, "gatehouse.stderr"), "w")
    env = dict(os.environ)
    env["PATH"] = os.path.dirname(sys.executable) + os.pathsep + env.get("PATH", "")  # the python runtime's python3
    proc = subprocess.Popen([gatehouse, "serve", project, "--port", "0", "--idp-port", "0", "--trace", trace_path,
                             "--function-logs", os.path.join(work, "function-logs")],
                            stdout=subprocess.PIPE, stderr=log, text=True, env=env)
    port = None
    for line in proc.stdout:
        m = re.match(r"Listening on http://127\.0\.0\.1:(\d+)", line)
        if m:
            port = int(m.group(1))
            break
    if not port:
        print("FAIL: gatehouse serve did not start; see %s" % log.name)
        return 1
    threading.Thread(target=lambda: [None for _ in proc.stdout], daemon=True).start()
    print("gatehouse pid %d on port %d; backend %d, chaos backend %d; work folder %s" % (
        proc.pid, port, backend.port, chaos_backend.port, work), flush=True)

    sampler = Sampler(proc.pid)
    sampler.sample()
    sampler.start()
    driver = Driver(port, args.rate, args.workers, args.seed)
    chaos = Chaos(port, args.seed)
    t_start = time.monotonic()
    driver.start()
    if not args.no_chaos:
        chaos.start()
    baseline = None
    while True:
        elapsed = time.monotonic() - t_start
        if elapsed >= duration:
            break
        if baseline is None and elapsed >= args.warmup and sampler.samples:
            baseline = sampler.samples[-1]
        if proc.poll() is not None:
            print("FAIL: gatehouse exited (status %s) after %.0f s" % (proc.returncode, elapsed), flush=True)
            break
        time.sleep(min(5.0, duration - elapsed))
        s = sampler.samples[-1] if sampler.samples else None
        with driver.lock:
            n, wrong = len(driver.sent), len(driver.wrong)
        if s:
            print("  %4.0f s: %6d requests, %d wrong; RSS %.1f MB, %d fds, %d children" % (
                time.monotonic() - t_start, n, wrong, s[1] / 1024.0, s[2], s[3]), flush=True)
    chaos.stop()
    driver.stop()
    if baseline is None and sampler.samples:
        baseline = sampler.samples[min(len(sampler.samples) - 1, int(args.warmup))]
    # Drain: half-open connections reach the header timeout (10 s), lingering closes end (2 s), hung functions are
    # killed at their timeout (9 s), hung backends give up (3 s).
    time.sleep(14.0)
    final = sampler.sample()
    sampler.stopping.set()
    alive = proc.poll() is None

    failures = []
    if not alive:
        failures.append("gatehouse is not alive (exit status %s)" % proc.returncode)
    stopped_cleanly = False
    if alive:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
            stopped_cleanly = proc.returncode == 0
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        if not stopped_cleanly:
            failures.append("gatehouse did not stop cleanly on SIGTERM (status %s)" % proc.returncode)
    backend.stop()
    chaos_backend.stop()
    log.close()

    # Answers.
    if driver.wrong:
        failures.append("%d wrong answers" % len(driver.wrong))
    if chaos.anomalies:
        failures.append("%d chaos anomalies" % len(chaos.anomalies))

    # Trace: one record per well-formed request, with the status its client saw.
    records = collections.Counter()
    record_status = {}
    total_records = 0
    bad_lines = 0
    with open(trace_path, "rb") as f:
        for line in f:
            total_records += 1
            try:
                r = json.loads(line)
            except ValueError:
                bad_lines += 1
                continue
            q = dict(urllib.parse.parse_qsl(r.get("query") or ""))
            sid = q.get("sid")
            if sid:
                records[sid] += 1
                record_status[sid] = (r.get("status"), (r.get("requestId"), r.get("extendedRequestId")))
    missing = [sid for sid in driver.sent if records[sid] == 0]
    duplicated = [sid for sid, n in records.items() if n > 1]
    unknown = [sid for sid in records if sid not in driver.sent]
    mismatched = [sid for sid, (_, status, _, rid) in driver.sent.items()
                  if sid in record_status and status is not None
                  and (record_status[sid][0] != status or (rid and rid not in record_status[sid][1]))]
    if bad_lines:
        failures.append("%d trace lines are not JSON" % bad_lines)
    if missing:
        failures.append("%d well-formed requests have no trace record (e.g. %s)" % (len(missing), missing[:5]))
    if duplicated:
        failures.append("%d well-formed requests have several trace records (e.g. %s)" % (len(duplicated), duplicated[:5]))
    if unknown:
        failures.append("%d trace records name requests never sent (e.g. %s)" % (len(unknown), unknown[:5]))
    if mismatched:
        failures.append("%d trace records disagree with the client on status or request id (e.g. %s)" % (
            len(mismatched), mismatched[:5]))

    # Resources.
    samples = sampler.samples
    rss_max = max(s[1] for s in samples)
    fds_max = max(s[2] for s in samples)
    children_max = max(s[3] for s in samples)
    zombies_max = max(s[4] for s in samples)
    after = [s for s in samples if baseline and s[0] >= baseline[0]]
    rss_growth_mb = (max(s[1] for s in after) - baseline[1]) / 1024.0 if after else 0.0
    if rss_growth_mb > args.max_rss_growth_mb:
        failures.append("RSS grew %.1f MB after warm-up (bound %.0f MB)" % (rss_growth_mb, args.max_rss_growth_mb))
    if fds_max > args.max_fds:
        failures.append("%d open descriptors at the peak (bound %d)" % (fds_max, args.max_fds))
    if final and baseline and final[2] - baseline[2] > args.max_fd_growth:
        failures.append("%d descriptors open after the drain, %d after warm-up (bound +%d)" % (
            final[2], baseline[2], args.max_fd_growth))
    if zombies_max > 0:
        failures.append("%d child processes stayed zombies (unreaped) for 3 s or more" % zombies_max)

    by_route = collections.OrderedDict()
    for route in driver.routes:
        lat = driver.latency.get(route.name, [])
        by_route[route.name] = {"requests": len(lat), "status": route.status,
                                "p50_ms": round(percentile(lat, 50) * 1000, 1),
                                "p99_ms": round(percentile(lat, 99) * 1000, 1)}
    report = {
        "duration_s": round(duration, 1),
        "rate": args.rate,
        "well_formed_requests": len(driver.sent),
        "wrong_answers": len(driver.wrong),
        "chaos": dict(sorted(chaos.counts.items())),
        "chaos_actions": sum(chaos.counts.values()),
        "chaos_anomalies": len(chaos.anomalies),
        "backend_requests": dict(backend.counts),
        "trace_records": total_records,
        "trace_records_well_formed": sum(records.values()),
        "max_backlog": driver.max_backlog,
        "rss_start_mb": round(samples[0][1] / 1024.0, 1),
        "rss_baseline_mb": round(baseline[1] / 1024.0, 1) if baseline else None,
        "rss_max_mb": round(rss_max / 1024.0, 1),
        "rss_end_mb": round(final[1] / 1024.0, 1) if final else None,
        "rss_growth_after_warmup_mb": round(rss_growth_mb, 1),
        "fds_start": samples[0][2],
        "fds_baseline": baseline[2] if baseline else None,
        "fds_max": fds_max,
        "fds_end": final[2] if final else None,
        "children_max": children_max,
        "zombies_max": zombies_max,
        "alive": alive,
        "stopped_cleanly": stopped_cleanly,
        "routes": by_route,
        "failures": failures,
    }
    with open(os.path.join(work, "report.json"), "w") as f:
        json.dump(report, f, indent=2)
    if args.report:
        with open(args.report, "w") as f:
            json.dump(report, f, indent=2)
    with open(os.path.join(work, "samples.csv"), "w") as f:
        f.write("t_s,rss_kb,fds,children,zombies\n")
        for s in samples:
            f.write("%.1f,%d,%d,%d,%d\n" % s)

    print()
    print("Soak: %.0f s at %.0f requests/s; %d well-formed requests, %d chaos actions" % (
        duration, args.rate, len(driver.sent), report["chaos_actions"]))
    for name, r in by_route.items():
        print("  %-26s %6d x %d   p50 %7.1f ms  p99 %7.1f ms" % (name, r["requests"], r["status"], r["p50_ms"], r["p99_ms"]))
    print("  chaos: %s" % ", ".join("%s %d" % kv for kv in sorted(chaos.counts.items())))
    print("  RSS: start %.1f MB, after warm-up %.1f MB, peak %.1f MB, end %.1f MB (growth %.1f MB, bound %.0f)" % (
        report["rss_start_mb"], report["rss_baseline_mb"] or 0, report["rss_max_mb"], report["rss_end_mb"] or 0,
        rss_growth_mb, args.max_rss_growth_mb))
    print("  fds: start %d, after warm-up %s, peak %d (bound %d), after drain %s (bound +%d); children peak %d, zombies %d" % (
        report["fds_start"], report["fds_baseline"], fds_max, args.max_fds, report["fds_end"], args.max_fd_growth,
        children_max, zombies_max))
    print("  trace: %d records, %d for well-formed requests" % (total_records, report["trace_records_well_formed"]))
    for w in driver.wrong[:20]:
        print("  WRONG " + w)
    for a in chaos.anomalies[:20]:
        print("  CHAOS " + a)
    if failures:
        print("FAIL: " + "; ".join(failures))
        print("(trace, logs and report in %s)" % work)
        return 1
    print("PASS (report in %s)" % os.path.join(work, "report.json"))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
