# SPDX-License-Identifier: GPL-3.0-or-later
"""A module whose import fails (handler app.handler): it needs a package that is not installed."""

import definitely_not_installed_package  # noqa: F401


def handler(event, context):
    return {"statusCode": 200, "body": "never"}
