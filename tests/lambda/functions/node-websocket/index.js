// SPDX-License-Identifier: GPL-3.0-or-later
// A WebSocket route handler (handler index.handler) for tst_websocket and tst_websocketauth: $connect refuses ?deny=1,
// messages get back what the function saw of the event (requestContext.authorizer and identity included).

'use strict';

exports.handler = async (event) => {
    const ctx = event.requestContext;
    if (ctx.eventType === 'CONNECT') {
        const q = event.queryStringParameters || {};
        if (q.deny)
            return { statusCode: 403, body: 'denied by $connect' };
        return { statusCode: 200 };
    }
    if (ctx.eventType === 'DISCONNECT') {
        console.log(`disconnected ${ctx.connectionId} ${ctx.disconnectStatusCode}`);
        return { statusCode: 200 };
    }
    return {
        statusCode: 200,
        body: JSON.stringify({
            routeKey: ctx.routeKey,
            eventType: ctx.eventType,
            connectionId: ctx.connectionId,
            messageId: ctx.messageId,
            requestId: ctx.requestId,
            domainName: ctx.domainName,
            stage: ctx.stage,
            apiId: ctx.apiId,
            connectedAt: ctx.connectedAt,
            sourceIp: ctx.identity && ctx.identity.sourceIp,
            body: event.body,
            isBase64Encoded: event.isBase64Encoded,
            authorizer: ctx.authorizer,
            identity: ctx.identity,
        }),
    };
};
