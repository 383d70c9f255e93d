# SPDX-License-Identifier: GPL-3.0-or-later
"""A handler that logs (handler app.handler): print, the root logger before and after raising its
level to INFO, a message of several lines, an exception with its traceback, and context.log. It also
logs a warning while its module loads."""

import logging

logger = logging.getLogger()
logger.warning("module loaded")


def handler(event, context):
    print("printed line")
    logging.info("info before setLevel (not shown)")
    logging.warning("warning before setLevel")
    logger.setLevel(logging.INFO)
    logger.info("info after setLevel")
    logger.error("first line\nsecond line")
    try:
        {}["missing"]
    except KeyError:
        logger.exception("caught an exception")
    context.log("context.log line\n")
    return {"statusCode": 200, "body": "logged"}
