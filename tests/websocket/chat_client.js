// SPDX-License-Identifier: GPL-3.0-or-later
// Drives resources/examples/websocket-chat.gatehouse.yaml with real Node.js WebSocket clients (the npm package `ws`),
// for tst_websocketauth. Usage: node chat_client.js WS_PACKAGE_DIR STAGE_URL
// Prints one JSON report: what each client received and the statuses of the refused handshakes; the test judges it.
// Exits 1 only when the run itself could not happen (a client that never opened, a timeout).

'use strict';

const path = require('node:path');
const WebSocket = require(path.join(process.argv[2], 'node_modules', 'ws'));

const stageUrl = process.argv[3];
const report = { alice: [], bob: [] };

function fail(message) {
    console.error(message);
    console.log(JSON.stringify(report));
    process.exit(1);
}

setTimeout(() => fail('timed out'), 90_000).unref();

/// Opens a connection; resolves with the socket, or with the HTTP status of a refused handshake.
function connect(query, received) {
    return new Promise((resolve) => {
        const ws = new WebSocket(stageUrl + query);
        ws.on('open', () => resolve(ws));
        ws.on('unexpected-response', (request, response) => {
            resolve(response.statusCode);
            request.destroy();
        });
        ws.on('error', (error) => resolve('error: ' + error.message));
        ws.on('message', (data) => {
            try {
                received.push(JSON.parse(data.toString()));
            } catch {
                received.push(data.toString());
            }
        });
    });
}

function until(predicate, what) {
    return new Promise((resolve) => {
        const started = Date.now();
        const timer = setInterval(() => {
            if (predicate() || Date.now() - started > 30_000) {
                clearInterval(timer);
                if (!predicate())
                    console.error('gave up waiting for ' + what);
                resolve();
            }
        }, 20);
    });
}

const isBroadcast = (m) => m && m.from === 'alice' && m.message === 'hello from alice';

(async () => {
    const alice = await connect('?token=alice-token', report.alice);
    const bob = await connect('?token=bob-token', report.bob);
    if (!(alice instanceof WebSocket) || !(bob instanceof WebSocket))
        fail(`a client with a valid token was refused: alice ${alice}, bob ${bob}`);
    report.wrongToken = await connect('?token=mallory-token', []);
    report.noToken = await connect('', []);

    alice.send(JSON.stringify({ action: 'sendmessage', message: 'hello from alice' }));
    await until(() => report.alice.some(isBroadcast) && report.bob.some(isBroadcast), 'the broadcast');

    const before = report.bob.length;
    bob.send('not a chat message');
    await until(() => report.bob.length > before, 'the $default reply');
    report.defaultReply = JSON.stringify(report.bob[before] ?? null);

    for (const ws of [alice, bob])
        ws.close(1000);
    await until(() => alice.readyState === WebSocket.CLOSED && bob.readyState === WebSocket.CLOSED, 'the close');
    console.log(JSON.stringify(report));
    process.exit(0);
})().catch((error) => fail(error.stack));
