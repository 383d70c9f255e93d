# SPDX-License-Identifier: GPL-3.0-or-later
"""A handler that fails (handler app.handler): it raises ValueError. event["kind"] picks other
outcomes: "marshal" returns a set (not JSON serializable), "decimal" returns Decimal values (which
AWS's runtime writes as numbers), "custom" raises an exception class of its own."""

from decimal import Decimal


class PaymentDeclined(Exception):
    pass


def check_amount(amount):
    if amount is None:
        raise ValueError("amount is required")
    return amount


def handler(event, context):
    kind = (event or {}).get("kind")
    if kind == "marshal":
        return {"statusCode": 200, "body": {"a", "set"}}
    if kind == "decimal":
        return {"price": Decimal("19.99"), "quantity": Decimal("3"), "missing": Decimal("NaN")}
    if kind == "custom":
        raise PaymentDeclined("card ending 4242 was declined")
    check_amount((event or {}).get("amount"))
    return {"statusCode": 200, "body": "fine"}
