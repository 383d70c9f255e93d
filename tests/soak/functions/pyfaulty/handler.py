# SPDX-License-Identifier: GPL-3.0-or-later
"""A Python handler that misbehaves on request, for the soak test (tests/soak/soak.py). The query parameter `mode`:
ok (answer {"fn":"pyfaulty","sid":SID}), raise (a function error), exit (os._exit(5) mid-invocation),
malformed (a result that is not a proxy response)."""

import json
import os


def handle(event, context):
    q = event.get("queryStringParameters") or {}
    mode = q.get("mode", "ok")
    sid = q.get("sid", "")
    if mode == "raise":
        raise RuntimeError("asked to fail")
    if mode == "exit":
        os._exit(5)
    if mode == "malformed":
        return {"statusCode": "two hundred", "body": 42}
    return {"statusCode": 200, "headers": {"content-type": "application/json"},
            "body": json.dumps({"fn": "pyfaulty", "sid": sid}, separators=(",", ":"), sort_keys=True)}
