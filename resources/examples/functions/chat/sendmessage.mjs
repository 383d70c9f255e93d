// SPDX-License-Identifier: GPL-3.0-or-later
// The chat's `sendmessage` route: {"action": "sendmessage", "message": "..."} goes to every open connection as
// {"from": <user>, "message": "..."} through the @connections API. Connections that are gone (410) are forgotten.

import { all, forget, lookup, postToConnection } from './connections.mjs';

export const handler = async (event) => {
    const ctx = event.requestContext;
    let message;
    try {
        message = JSON.parse(event.body).message;
    } catch {
        return { statusCode: 400, body: 'Send {"action": "sendmessage", "message": "..."}' };
    }
    const me = await lookup(ctx, ctx.connectionId);
    const port = me?.port ?? Number(process.env.CHAT_GATEWAY_PORT || 4520);
    const text = JSON.stringify({ from: ctx.authorizer?.username ?? ctx.connectionId, message: String(message ?? '') });
    const connections = (await all(ctx)).filter((c) => c.port === port);
    const results = await Promise.all(connections.map((c) => postToConnection(ctx, port, c.connectionId, text)));
    let sent = 0;
    for (let i = 0; i < connections.length; ++i) {
        if (results[i] === 200)
            ++sent;
        else if (results[i] === 410)
            await forget(ctx, connections[i].connectionId);
        else
            console.log(`@connections POST to ${connections[i].connectionId} answered ${results[i] || 'nothing'}`);
    }
    console.log(`${ctx.authorizer?.username} sent a message to ${sent} of ${connections.length} connections`);
    return { statusCode: 200 };
};
