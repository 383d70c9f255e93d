#!/usr/bin/env python3
# SPDX-License-Identifier: GPL-3.0-or-later
"""Signs a fixed set of requests with botocore's SigV4 signers and prints them as JSON.

An independent signer for tests/unit/tst_sigv4.cpp: every request is signed by botocore.auth.SigV4Auth (an
Authorization header) or botocore.auth.SigV4QueryAuth (a presigned URL) for service execute-api, region us-east-1,
at the given time, and printed as it would go on the wire:

    [{"name": ..., "presigned": false, "method": "GET", "path": "/prod/pets", "query": "limit=2",
      "headers": [["Host", "localhost"], ...], "body": "..."}, ...]

usage: botocore_sign.py --access-key-id ID --secret-access-key SECRET [--session-token TOKEN]
                        [--time 20150830T123600Z] [--host localhost]

Exit status 3 (and a sentence on stderr) when botocore cannot be imported: Debian's python3-botocore provides it.
"""

import argparse
import datetime
import json
import sys
import types
from unittest import mock
from urllib.parse import urlsplit

try:
    import botocore.auth
    import botocore.awsrequest
    import botocore.credentials
except ImportError as error:
    print(f"botocore is not installed ({error}); on Debian: apt-get install python3-botocore", file=sys.stderr)
    sys.exit(3)

# Each entry: name, method, path (as sent, percent-encoded), query (raw), extra headers, body; "presign" gives
# X-Amz-Expires for a presigned URL.
REQUESTS = [
    {"name": "GET with a query", "method": "GET", "path": "/prod/pets", "query": "limit=2&type=dog"},
    {"name": "POST with a JSON body", "method": "POST", "path": "/prod/pets",
     "headers": {"Content-Type": "application/json"}, "body": '{"name": "Rex", "type": "dog"}'},
    {"name": "reserved characters in the path", "method": "GET", "path": "/prod/items/a%20b/%40x%3Dy"},
    {"name": "dot segments and double slash", "method": "DELETE", "path": "/prod//a/./b/../c"},
    {"name": "repeated and encoded query names", "method": "GET", "path": "/prod/search",
     "query": "tag=b&tag=a&q=caf%C3%A9&empty=&%E1%88%B4=x"},
    {"name": "header with runs of spaces", "method": "PUT", "path": "/prod/pets/1",
     "headers": {"X-Custom": "  a   b  c ", "Content-Type": "text/plain; charset=utf-8"}, "body": "hello"},
    {"name": "presigned GET", "method": "GET", "path": "/prod/connect", "query": "client=1", "presign": 300},
    {"name": "presigned GET without a query", "method": "GET", "path": "/", "presign": 60},
]


def fixed_clock(when):
    """A stand-in for botocore.auth's `datetime` module whose clock always reads `when` (naive UTC)."""

    class FixedDatetime(datetime.datetime):
        @classmethod
        def utcnow(cls):
            return when

        @classmethod
        def now(cls, tz=None):
            return when if tz is None else when.replace(tzinfo=datetime.timezone.utc).astimezone(tz)

    return types.SimpleNamespace(datetime=FixedDatetime, timezone=datetime.timezone, timedelta=datetime.timedelta)


def sign(entry, credentials, host, when):
    url = f"https://{host}{entry['path']}"
    if entry.get("query"):
        url += "?" + entry["query"]
    headers = {"Host": host}
    headers.update(entry.get("headers", {}))
    body = entry.get("body", "").encode("utf-8")
    request = botocore.awsrequest.AWSRequest(method=entry["method"], url=url, headers=headers, data=body)
    if "presign" in entry:
        signer = botocore.auth.SigV4QueryAuth(credentials, "execute-api", "us-east-1", expires=entry["presign"])
    else:
        signer = botocore.auth.SigV4Auth(credentials, "execute-api", "us-east-1")
    patches = [mock.patch.object(botocore.auth, "datetime", fixed_clock(when))]
    if hasattr(botocore.auth, "get_current_datetime"):
        patches.append(mock.patch.object(botocore.auth, "get_current_datetime", lambda *args, **kwargs: when))
    for patch in patches:
        patch.start()
    try:
        signer.add_auth(request)
    finally:
        for patch in patches:
            patch.stop()
    parts = urlsplit(request.url)
    data = request.data if isinstance(request.data, bytes) else (request.data or "").encode("utf-8")
    return {
        "name": entry["name"],
        "presigned": "presign" in entry,
        "method": request.method,
        "path": parts.path,
        "query": parts.query,
        "headers": [[name, value if isinstance(value, str) else value.decode("utf-8")]
                    for name, value in request.headers.items()],
        "body": data.decode("utf-8"),
    }


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--access-key-id", required=True)
    parser.add_argument("--secret-access-key", required=True)
    parser.add_argument("--session-token")
    parser.add_argument("--time", default="20150830T123600Z", help="signing time, yyyyMMdd'T'HHmmss'Z'")
    parser.add_argument("--host", default="localhost")
    args = parser.parse_args()
    when = datetime.datetime.strptime(args.time, "%Y%m%dT%H%M%SZ")
    credentials = botocore.credentials.Credentials(args.access_key_id, args.secret_access_key, args.session_token)
    json.dump([sign(entry, credentials, args.host, when) for entry in REQUESTS], sys.stdout, indent=1)
    sys.stdout.write("\n")


if __name__ == "__main__":
    main()
