// SPDX-License-Identifier: GPL-3.0-or-later
// A handler that answers a malformed Lambda proxy response (handler index.handler): body is an
// object instead of a string. event.variant picks other malformed answers.

'use strict';

exports.handler = async (event = {}) => {
    switch (event.variant) {
    case 'status-text':
        return { statusCode: 'two hundred', body: 'ok' };
    case 'headers-list':
        return { statusCode: 200, headers: ['Content-Type: text/plain'], body: 'ok' };
    case 'unknown-field':
        return { statusCode: 200, body: 'ok', extra: true };
    case 'string':
        return 'just a string';
    default:
        return { statusCode: 200, body: { message: 'body must be a string' } };
    }
};
