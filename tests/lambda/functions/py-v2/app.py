# SPDX-License-Identifier: GPL-3.0-or-later
"""A handler that returns a plain dict without statusCode (handler app.handler). An HTTP API with
payload format 2.0 answers it as 200 with the dict as JSON body."""


def handler(event, context):
    return {"message": "hello", "path": event.get("rawPath"), "ok": True}
