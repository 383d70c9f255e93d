#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""A custom runtime (provided.*) that misbehaves on request, for the soak test (tests/soak/soak.py).

It speaks the Lambda Runtime API itself, so it can do what a handler inside Gatehouse's own bootstraps cannot: leave
the protocol. The event's query parameter `mode` says what to do with this invocation:

  ok         answer {"fn":"faulty","sid":SID} with status 200
  flood      write about 4 MB of log lines and a 300 KB line without a newline, then answer as ok
  noreturn   answer as ok, then never ask for the next event (GET /next) again
  crash      die of SIGSEGV in the middle of the invocation
  exit       exit with status 7 in the middle of the invocation
  error      report a function error (POST /error)
  malformed  answer with bytes that are not JSON
  hang       sleep far past every timeout (the function's own timeout kills the process)
"""

import http.client
import json
import os
import signal
import sys
import time
import urllib.parse

API = os.environ["AWS_LAMBDA_RUNTIME_API"]
BASE = "/2018-06-01/runtime"


def call(method, path, body=None, headers=None):
    conn = http.client.HTTPConnection(API, timeout=None)
    conn.request(method, BASE + path, body=body, headers=headers or {})
    resp = conn.getresponse()
    data = resp.read()
    out = (resp.status, dict((k.lower(), v) for k, v in resp.getheaders()), data)
    conn.close()
    return out


def params(event):
    q = event.get("queryStringParameters") or {}
    if not q and event.get("rawQueryString"):
        q = dict(urllib.parse.parse_qsl(event["rawQueryString"]))
    return q.get("mode", "ok"), q.get("sid", "")


def ok_body(sid):
    return json.dumps({"statusCode": 200, "headers": {"content-type": "application/json"},
                       "body": json.dumps({"fn": "faulty", "sid": sid}, separators=(",", ":"), sort_keys=True)})


def main():
    print("faulty runtime starting, pid %d" % os.getpid(), flush=True)
    while True:
        _, headers, data = call("GET", "/invocation/next")
        request_id = headers["lambda-runtime-aws-request-id"]
        rid = urllib.parse.quote(request_id, safe="")
        event = json.loads(data)
        mode, sid = params(event)
        print("invocation %s mode=%s sid=%s" % (request_id, mode, sid), flush=True)
        if mode == "crash":
            os.kill(os.getpid(), signal.SIGSEGV)
            time.sleep(10)
        elif mode == "exit":
            sys.stdout.flush()
            os._exit(7)
        elif mode == "error":
            call("POST", "/invocation/%s/error" % rid,
                 json.dumps({"errorType": "SoakError", "errorMessage": "asked to fail"}),
                 {"Lambda-Runtime-Function-Error-Type": "SoakError"})
            continue
        elif mode == "malformed":
            call("POST", "/invocation/%s/response" % rid, b"this is not JSON {")
            continue
        elif mode == "hang":
            time.sleep(3600)
        elif mode == "flood":
            line = "flood " + "x" * 200 + "\n"
            for _ in range(20000):
                sys.stdout.write(line)
            sys.stdout.write("y" * 300 * 1024)
            sys.stdout.flush()
            sys.stdout.write("\n")
        call("POST", "/invocation/%s/response" % rid, ok_body(sid))
        if mode == "noreturn":
            print("answered; never asking for the next event", flush=True)
            while True:
                time.sleep(3600)


if __name__ == "__main__":
    main()
