// SPDX-License-Identifier: GPL-3.0-or-later
// A callback-style handler (handler index.handler). It calls back after a short delay. With
// event.lingerMs it also leaves a timer running after the callback: AWS sends the result only once
// the event loop is empty, unless event.dontWait sets context.callbackWaitsForEmptyEventLoop = false.

'use strict';

exports.handler = (event, context, callback) => {
    if (event.dontWait) context.callbackWaitsForEmptyEventLoop = false;
    setTimeout(() => {
        callback(null, {
            statusCode: 200,
            headers: { 'Content-Type': 'application/json' },
            body: JSON.stringify({ style: 'callback', requestId: context.awsRequestId, path: event.path ?? event.rawPath ?? null }),
        });
        if (event.lingerMs) {
            setTimeout(() => console.log('linger timer done'), event.lingerMs);
        }
    }, 5);
};
