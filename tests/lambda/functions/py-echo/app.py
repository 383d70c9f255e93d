# SPDX-License-Identifier: GPL-3.0-or-later
"""A proxy handler (handler app.handler) whose body echoes the event and what the function saw of its
context and environment."""

import json
import os


def handler(event, context):
    identity = context.identity
    client_context = context.client_context
    body = {
        "method": event.get("httpMethod") or (event.get("requestContext") or {}).get("http", {}).get("method"),
        "path": event.get("path") or event.get("rawPath"),
        "query": event.get("queryStringParameters"),
        "body": event.get("body"),
        "isBase64Encoded": event.get("isBase64Encoded"),
        "event": event,
        "context": {
            "aws_request_id": context.aws_request_id,
            "function_name": context.function_name,
            "function_version": context.function_version,
            "invoked_function_arn": context.invoked_function_arn,
            "memory_limit_in_mb": context.memory_limit_in_mb,
            "log_group_name": context.log_group_name,
            "log_stream_name": context.log_stream_name,
            "remaining_ms": context.get_remaining_time_in_millis(),
            "identity": {
                "cognito_identity_id": identity.cognito_identity_id,
                "cognito_identity_pool_id": identity.cognito_identity_pool_id,
            },
            "client_context": None if client_context is None else {
                "custom": client_context.custom,
                "env": client_context.env,
                "installation_id": client_context.client.installation_id if client_context.client else None,
            },
        },
        "env": {
            "trace_id": os.environ.get("_X_AMZN_TRACE_ID"),
            "region": os.environ.get("AWS_REGION"),
            "execution_env": os.environ.get("AWS_EXECUTION_ENV"),
            "custom": os.environ.get("GREETING"),
        },
    }
    return {
        "statusCode": 200,
        "headers": {"Content-Type": "application/json", "X-Function": "py-echo"},
        "body": json.dumps(body),
    }
