# SPDX-License-Identifier: GPL-3.0-or-later
"""Real-browser proof of Gatehouse's CORS verdicts.

Starts one `gatehouse serve` with the fixture APIs of fixtures/, serves page.html from another origin, lets headless
Chromium run every scenario of scenarios.json with fetch(), then asks `gatehouse cors` for its verdict on each
scenario and checks that it is what Chromium did (fetch resolved: allowed; TypeError: blocked). Scenarios that repeat
a request also check, from the gateway's trace, how many preflights Chromium sent (preflight caching); scenarios
with expected_readable check what response.headers.get('x-custom') gave the page.

Exit status: 0 all agree, 1 a disagreement or a failure to run, 77 Chromium (or python3) missing: skipped.
Python 3 standard library only.
"""

import argparse
import concurrent.futures
import http.server
import json
import os
import queue
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
import time
import urllib.parse

HERE = os.path.dirname(os.path.abspath(__file__))
SKIP = 77
CHROMIUM_NAMES = ("chromium", "chromium-browser", "google-chrome", "google-chrome-stable")
PLACEHOLDER = "__PAGE_ORIGIN__"
FUNCTIONS_PLACEHOLDER = "__FUNCTIONS_DIR__"
FUNCTIONS_DIR = os.path.join(os.path.dirname(HERE), "lambda", "functions")


def log(text=""):
    print(text, flush=True)


def tail(path, lines=40):
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            content = f.read().splitlines()
    except OSError as e:
        return "(cannot read %s: %s)" % (path, e)
    # D-Bus complaints are expected in a container without a session bus; they only hide what matters.
    content = [line for line in content if "dbus" not in line.lower()]
    return "\n".join(content[-lines:])


def console_lines(path, scenario_id):
    """Chromium's console messages (CORS errors) about one scenario's URL."""
    marker = "s=" + urllib.parse.quote(scenario_id) + "'"
    try:
        with open(path, "r", encoding="utf-8", errors="replace") as f:
            return [line.strip() for line in f if marker in line]
    except OSError:
        return []


def find_chromium(explicit):
    if explicit:
        return explicit if os.path.isfile(explicit) and os.access(explicit, os.X_OK) else shutil.which(explicit)
    for name in CHROMIUM_NAMES:
        found = shutil.which(name)
        if found:
            return found
    return None


class PageServer:
    """The test page's origin: serves page.html and the scenario list, receives the results."""

    def __init__(self, log_path):
        self.results = {}
        self.done = threading.Event()
        self.done_payload = None
        self.lock = threading.Lock()
        with open(os.path.join(HERE, "page.html"), "rb") as f:
            page = f.read()
        owner = self
        log_file = open(log_path, "a", encoding="utf-8")
        self.log_file = log_file

        class Handler(http.server.BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, fmt, *args):
                log_file.write("%s %s\n" % (time.strftime("%H:%M:%S"), fmt % args))
                log_file.flush()

            def send_body(self, status, content_type, body):
                self.send_response(status)
                self.send_header("Content-Type", content_type)
                self.send_header("Content-Length", str(len(body)))
                self.send_header("Cache-Control", "no-store")
                self.end_headers()
                self.wfile.write(body)

            def do_GET(self):
                path = urllib.parse.urlsplit(self.path).path
                if path in ("/", "/page.html"):
                    self.send_body(200, "text/html; charset=utf-8", page)
                elif path == "/scenarios":
                    self.send_body(200, "application/json", owner.scenario_bytes)
                else:
                    self.send_body(404, "text/plain", b"not found\n")

            def do_POST(self):
                path = urllib.parse.urlsplit(self.path).path
                length = int(self.headers.get("Content-Length") or 0)
                raw = self.rfile.read(length)
                try:
                    data = json.loads(raw.decode("utf-8"))
                except ValueError:
                    self.send_body(400, "text/plain", b"bad json\n")
                    return
                if path == "/result":
                    with owner.lock:
                        owner.results[data.get("id")] = data.get("attempts")
                    self.send_body(200, "application/json", b"{}")
                elif path == "/done":
                    owner.done_payload = data
                    self.send_body(200, "application/json", b"{}")
                    owner.done.set()
                else:
                    self.send_body(404, "text/plain", b"not found\n")

        class Server(http.server.ThreadingHTTPServer):
            daemon_threads = True

            def handle_error(self, request, client_address):
                # Chromium drops idle connections when it is stopped: note it in the log, not on the console.
                log_file.write("%s connection error from %s: %s\n" % (time.strftime("%H:%M:%S"), client_address,
                                                                      sys.exc_info()[1]))
                log_file.flush()

        self.scenario_bytes = b"[]"
        self.server = Server(("127.0.0.1", 0), Handler)
        self.port = self.server.server_address[1]
        self.origin = "http://127.0.0.1:%d" % self.port
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    def start(self, scenarios_for_page):
        self.scenario_bytes = json.dumps(scenarios_for_page).encode("utf-8")
        self.thread.start()

    def stop(self):
        self.server.shutdown()
        self.server.server_close()
        self.log_file.close()


class Gateway:
    """One `gatehouse serve` with every fixture file, on a free port, tracing each request."""

    LISTEN = re.compile(r"^Listening on (http://\S+)$")
    API = re.compile(r"^\s+(\S+)\s+(\S+)\s+(REST|HTTP)\s+(http://\S+)$")

    def __init__(self, gatehouse, files, trace_path, stderr_path):
        self.trace_path = trace_path
        self.stderr_path = stderr_path
        self.stderr_file = open(stderr_path, "w", encoding="utf-8")
        self.proc = subprocess.Popen(
            [gatehouse, "serve", *files, "--port", "0", "--trace", trace_path],
            stdout=subprocess.PIPE, stderr=self.stderr_file, stdin=subprocess.DEVNULL, text=True)
        self.lines = queue.Queue()
        threading.Thread(target=self._read, daemon=True).start()
        self.listening = None
        self.invoke = {}  # api id -> invoke URL of its (only) stage

    def _read(self):
        for line in self.proc.stdout:
            self.lines.put(line.rstrip("\n"))
        self.lines.put(None)

    def wait_ready(self, api_ids, timeout):
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self.listening and all(a in self.invoke for a in api_ids):
                return True
            try:
                line = self.lines.get(timeout=0.2)
            except queue.Empty:
                continue
            if line is None:
                return False
            m = self.LISTEN.match(line)
            if m:
                self.listening = m.group(1)
                continue
            m = self.API.match(line)
            if m:
                self.invoke[m.group(1)] = m.group(4)
        return False

    def stop(self):
        if self.proc.poll() is None:
            self.proc.send_signal(signal.SIGTERM)
            try:
                self.proc.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self.stderr_file.close()

    def trace(self):
        records = []
        try:
            with open(self.trace_path, "r", encoding="utf-8") as f:
                for line in f:
                    line = line.strip()
                    if line:
                        records.append(json.loads(line))
        except OSError:
            pass
        return records


def run_chromium(chromium, url, profile_dir, log_path):
    args = [
        chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync", "--disable-extensions",
        "--no-first-run", "--no-default-browser-check", "--disable-quic", "--no-proxy-server",
        # The page's console (CORS errors included) goes to the log too.
        "--enable-logging=stderr", "--v=0",
        "--user-data-dir=" + profile_dir, url,
    ]
    log_file = open(log_path, "w", encoding="utf-8")
    # Its own process group, so that the browser and every helper process it starts end together.
    proc = subprocess.Popen(args, stdout=log_file, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
                            start_new_session=True)
    return proc, log_file


def stop_process_group(proc):
    if proc.poll() is None:
        try:
            os.killpg(proc.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            pass
    # Helpers that outlived the browser process.
    try:
        os.killpg(proc.pid, signal.SIGKILL)
    except (ProcessLookupError, PermissionError):
        pass
    if proc.poll() is None:
        proc.wait()


def with_query(path, scenario_id):
    # A query naming the scenario gives each scenario its own preflight-cache entry and its own trace lines.
    return path + ("&" if "?" in path else "?") + "s=" + urllib.parse.quote(scenario_id)


def gatehouse_cors(gatehouse, files, origin, s):
    args = [gatehouse, "cors", *files, "--api-id", s["api"], "--origin", origin, "--method", s["method"],
            "--path", with_query(s["path"], s["id"])]
    for name, value in s.get("headers", {}).items():
        args += ["--header", "%s: %s" % (name, value)]
    if s.get("credentials"):
        args.append("--credentials")
    try:
        done = subprocess.run(args, capture_output=True, text=True, timeout=90, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired:
        return {"error": "gatehouse cors timed out", "command": args}
    if done.returncode not in (0, 1):
        return {"error": "gatehouse cors exited %d: %s" % (done.returncode, done.stderr.strip()), "command": args}
    try:
        result = json.loads(done.stdout)
    except ValueError:
        return {"error": "gatehouse cors printed no JSON: %s %s" % (done.stdout[:500], done.stderr[:500]),
                "command": args}
    expected_rc = 0 if result.get("verdict") == "allowed" else 1
    if done.returncode != expected_rc:
        result["exit_mismatch"] = "verdict %s but exit status %d" % (result.get("verdict"), done.returncode)
    return result


def browser_verdict(attempts):
    if not attempts:
        return "missing"
    kinds = set()
    for a in attempts:
        if a.get("ok"):
            kinds.add("allowed")
        elif str(a.get("error", "")).startswith("TypeError"):
            kinds.add("blocked")
        elif str(a.get("error", "")).startswith("AbortError"):
            kinds.add("timeout")
        else:
            kinds.add("error")
    return kinds.pop() if len(kinds) == 1 else "mixed(" + ",".join(sorted(kinds)) + ")"


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--gatehouse", required=True, help="the gatehouse executable")
    parser.add_argument("--chromium", help="the Chromium executable (default: chromium on PATH)")
    parser.add_argument("--scenarios", default=os.path.join(HERE, "scenarios.json"))
    parser.add_argument("--only", action="append", default=[], help="run only this scenario id (repeatable)")
    parser.add_argument("--timeout", type=float, default=240, help="seconds to wait for the page to finish")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder (kept anyway on failure)")
    opts = parser.parse_args()

    chromium = find_chromium(opts.chromium)
    if not chromium:
        log("SKIP: Chromium not found (install Debian's `chromium` package); tried " + ", ".join(CHROMIUM_NAMES))
        return SKIP
    gatehouse = os.path.abspath(opts.gatehouse)
    if not os.access(gatehouse, os.X_OK):
        log("FAIL: gatehouse executable not found: " + gatehouse)
        return 1

    with open(opts.scenarios, "r", encoding="utf-8") as f:
        scenarios = json.load(f)["scenarios"]
    if opts.only:
        scenarios = [s for s in scenarios if s["id"] in opts.only]
        if not scenarios:
            log("FAIL: no scenario matches --only")
            return 1
    if not shutil.which("node"):
        skipped = [s["id"] for s in scenarios if s.get("needs") == "node"]
        if skipped:
            log("SKIP %d scenario(s) that need node for their Lambda authorizer (apt-get install nodejs): %s"
                % (len(skipped), ", ".join(skipped)))
        scenarios = [s for s in scenarios if s.get("needs") != "node"]

    started = time.monotonic()
    work = tempfile.mkdtemp(prefix="gatehouse-cors-browser-")
    chromium_log = os.path.join(work, "chromium.log")
    gateway_log = os.path.join(work, "gatehouse-serve.log")
    page_log = os.path.join(work, "page-server.log")
    trace_path = os.path.join(work, "trace.jsonl")
    failed = True
    gateway = None
    page = None
    try:
        page = PageServer(page_log)
        origin = page.origin

        # The fixtures name the page's origin, which is known only now.
        fixture_dir = os.path.join(HERE, "fixtures")
        files = []
        for name in sorted(os.listdir(fixture_dir)):
            if not name.endswith((".yaml", ".yml", ".json")):
                continue
            with open(os.path.join(fixture_dir, name), "r", encoding="utf-8") as f:
                text = f.read().replace(PLACEHOLDER, origin).replace(FUNCTIONS_PLACEHOLDER, FUNCTIONS_DIR)
            target = os.path.join(work, name)
            with open(target, "w", encoding="utf-8") as f:
                f.write(text)
            files.append(target)

        gateway = Gateway(gatehouse, files, trace_path, gateway_log)
        api_ids = sorted({s["api"] for s in scenarios})
        if not gateway.wait_ready(api_ids, 30):
            log("FAIL: `gatehouse serve` did not report the APIs %s within 30 s" % ", ".join(api_ids))
            log(tail(gateway_log))
            return 1
        log("Gateway: %s; page: %s; Chromium: %s" % (gateway.listening, origin, chromium))

        page_scenarios = []
        for s in scenarios:
            invoke = urllib.parse.urlsplit(gateway.invoke[s["api"]])
            url = "%s://%s%s" % (invoke.scheme, invoke.netloc, with_query(s["path"], s["id"]))
            page_scenarios.append({"id": s["id"], "url": url, "method": s["method"], "headers": s.get("headers", {}),
                                   "credentials": bool(s.get("credentials")), "body": s.get("body"),
                                   "repeat": s.get("repeat", 1)})
        page.start(page_scenarios)

        browser, browser_log_file = run_chromium(chromium, origin + "/", os.path.join(work, "profile"), chromium_log)
        deadline = time.monotonic() + opts.timeout
        while not page.done.is_set() and time.monotonic() < deadline and browser.poll() is None:
            page.done.wait(0.2)
        browser_rc = browser.poll()
        stop_process_group(browser)
        browser_log_file.close()
        browser_seconds = time.monotonic() - started
        gateway.stop()
        trace = gateway.trace()

        if not page.done.is_set():
            why = ("Chromium exited with status %s" % browser_rc) if browser_rc is not None else \
                "the page did not finish within %.0f s" % opts.timeout
            log("FAIL: %s; %d of %d scenarios reported" % (why, len(page.results), len(scenarios)))
            log("--- Chromium log (tail) ---")
            log(tail(chromium_log))
        elif page.done_payload and page.done_payload.get("error"):
            log("FAIL: the page reports: " + page.done_payload["error"])
            log(tail(chromium_log))

        # Gatehouse's verdicts, two at a time.
        with concurrent.futures.ThreadPoolExecutor(max_workers=2) as pool:
            verdicts = dict(zip((s["id"] for s in scenarios),
                                pool.map(lambda s: gatehouse_cors(gatehouse, files, origin, s), scenarios)))

        agree = 0
        problems = []
        for s in scenarios:
            sid = s["id"]
            attempts = page.results.get(sid)
            chromium_says = browser_verdict(attempts)
            g = verdicts[sid]
            gatehouse_says = g.get("verdict", "error")
            notes = []
            issues = []
            if "error" in g:
                issues.append(g["error"])
            if g.get("exit_mismatch"):
                issues.append("gatehouse " + g["exit_mismatch"])
            if gatehouse_says != chromium_says:
                issues.append("gatehouse disagrees with Chromium")
            if chromium_says != s["expected_browser"]:
                issues.append("Chromium did %s, the scenario expects %s (check the expectation)"
                              % (chromium_says, s["expected_browser"]))
            options = [r for r in trace if r.get("apiId") == s["api"] and r.get("method") == "OPTIONS"
                       and r.get("query") == "s=" + urllib.parse.quote(sid)]
            notes.append("preflights=%d" % len(options))
            if "expected_preflights" in s and len(options) != s["expected_preflights"]:
                issues.append("Chromium sent %d preflight(s), expected %d" % (len(options), s["expected_preflights"]))
            if "error" not in g:
                gatehouse_preflight = g.get("preflight") is not None
                if gatehouse_preflight != (len(options) > 0) and chromium_says != "missing":
                    issues.append("gatehouse %s a preflight, Chromium sent %d"
                                  % ("predicts" if gatehouse_preflight else "predicts no", len(options)))
                if chromium_says == "allowed":
                    statuses = sorted({a.get("status") for a in attempts})
                    g_status = (g.get("actual") or {}).get("status")
                    notes.append("status=%s" % ",".join(str(x) for x in statuses))
                    if gatehouse_says == "allowed" and statuses != [g_status]:
                        issues.append("Chromium got status %s, gatehouse %s" % (statuses, g_status))
            if "expected_readable" in s:
                readable = attempts[0].get("readable") if attempts and attempts[0].get("ok") else "(not readable)"
                notes.append("x-custom=%s" % json.dumps(readable))
                if readable != s["expected_readable"]:
                    issues.append("x-custom read as %s, expected %s" % (json.dumps(readable),
                                                                       json.dumps(s["expected_readable"])))
            status = "ok  " if not issues else "FAIL"
            log("%s %s: chromium=%s gatehouse=%s (%s)" % (status, sid, chromium_says, gatehouse_says, " ".join(notes)))
            if issues:
                problems.append((s, attempts, g, issues))
            else:
                agree += 1

        elapsed = time.monotonic() - started
        log()
        rest = sum(1 for s in scenarios if s["api"].startswith("rest"))
        log("%d scenarios (%d REST, %d HTTP): %d agree, %d disagree; Chromium part %.1f s, total %.1f s"
            % (len(scenarios), rest, len(scenarios) - rest, agree, len(problems), browser_seconds, elapsed))
        for s, attempts, g, issues in problems:
            log()
            log("--- %s: %s" % (s["id"], s["description"]))
            for issue in issues:
                log("    " + issue)
            log("    request: %s %s%s%s" % (s["method"], s["api"], s["path"],
                                           "".join(" [%s: %s]" % kv for kv in s.get("headers", {}).items())
                                           + (" credentials" if s.get("credentials") else "")))
            log("    chromium: " + json.dumps(attempts))
            if "command" in g:
                log("    command: " + " ".join(g["command"]))
            log("    gatehouse preflight: " + json.dumps(g.get("preflight") and {
                "status": g["preflight"].get("status"),
                "access-control": {k: v for k, v in g["preflight"].get("headers", {}).items()
                                   if k.lower().startswith("access-control-")}}))
            for reason in g.get("reasons", []):
                log("    gatehouse reason: " + reason)
            if g.get("fix"):
                log("    gatehouse fix: " + g["fix"])
            for line in console_lines(chromium_log, s["id"]):
                log("    chromium console: " + line)
        if problems and not page.done.is_set():
            log()
            log("--- Chromium log (tail) ---")
            log(tail(chromium_log, 20))
        log()
        log("cors_browser: %d passed, %d failed" % (agree, len(problems)))
        failed = bool(problems) or not page.done.is_set()
        return 1 if failed else 0
    finally:
        if gateway is not None and gateway.proc.poll() is None:
            gateway.stop()
        if page is not None:
            try:
                page.stop()
            except Exception:  # noqa: BLE001 - best effort at exit
                pass
        if failed or opts.keep:
            log("Logs and trace kept in " + work)
        else:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    sys.exit(main())
