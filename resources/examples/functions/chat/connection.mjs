// SPDX-License-Identifier: GPL-3.0-or-later
// $connect and $disconnect of the chat: remembers and forgets the connection.

import { forget, remember } from './connections.mjs';

export const handler = async (event) => {
    const ctx = event.requestContext;
    if (ctx.eventType === 'CONNECT') {
        // The gateway's port, for @connections calls: the Host header the client connected with.
        const host = Object.entries(event.headers ?? {}).find(([name]) => name.toLowerCase() === 'host')?.[1] ?? '';
        const port = Number(host.split(':')[1] ?? (process.env.CHAT_GATEWAY_PORT || 4520));
        await remember(ctx, { connectionId: ctx.connectionId, username: ctx.authorizer?.username, port });
        console.log(`${ctx.authorizer?.username} connected as ${ctx.connectionId}`);
    } else {
        await forget(ctx, ctx.connectionId);
        console.log(`${ctx.connectionId} left (${ctx.disconnectStatusCode})`);
    }
    return { statusCode: 200 };
};
