// SPDX-License-Identifier: GPL-3.0-or-later
// What the chat example's functions share: where open connections are remembered, and the @connections API.
//
// Each function runs as its own local process (as each runs in its own sandbox on AWS), so connections are kept
// where all of them can see them: one small JSON file per connection in the system's temporary folder. On AWS you
// would keep them in a DynamoDB table.

import { createHash, createHmac } from 'node:crypto';
import { mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function folderOf(ctx) {
    return join(tmpdir(), 'gatehouse-websocket-chat', `${ctx.apiId}-${ctx.stage}`);
}

function fileOf(ctx, connectionId) {
    return join(folderOf(ctx), encodeURIComponent(connectionId) + '.json');
}

/// Remembers a connection; `port` is the gateway's port, taken from the upgrade request's Host header.
export async function remember(ctx, connection) {
    await mkdir(folderOf(ctx), { recursive: true });
    await writeFile(fileOf(ctx, connection.connectionId), JSON.stringify(connection));
}

export async function forget(ctx, connectionId) {
    await rm(fileOf(ctx, connectionId), { force: true });
}

export async function lookup(ctx, connectionId) {
    try {
        return JSON.parse(await readFile(fileOf(ctx, connectionId), 'utf8'));
    } catch {
        return null;
    }
}

export async function all(ctx) {
    let names = [];
    try {
        names = await readdir(folderOf(ctx));
    } catch {
        return [];
    }
    const out = [];
    for (const name of names) {
        try {
            out.push(JSON.parse(await readFile(join(folderOf(ctx), name), 'utf8')));
        } catch {
            // written or removed at this very moment: skip it
        }
    }
    return out;
}

// The @connections API. On AWS the callback URL is https://{domainName}/{stage}/@connections/{connectionId} (what
// `new ApiGatewayManagementApiClient({endpoint: `https://${domainName}/${stage}`})` calls). Locally domainName is
// {apiId}.execute-api.localhost and Gatehouse listens on 127.0.0.1:{port}, choosing the API by the Host header, so
// the request goes to 127.0.0.1 with Host {domainName}:{port}.

const unreserved = /[A-Za-z0-9\-._~]/;

function uriEncode(text) {
    let out = '';
    for (const byte of Buffer.from(text, 'utf8')) {
        const c = String.fromCharCode(byte);
        out += unreserved.test(c) ? c : '%' + byte.toString(16).toUpperCase().padStart(2, '0');
    }
    return out;
}

const sha256 = (data) => createHash('sha256').update(data).digest('hex');
const hmac = (key, data) => createHmac('sha256', key).update(data).digest();

/// Signature Version 4 for service execute-api, as the AWS SDK signs @connections calls, with the function's
/// credentials (AWS_ACCESS_KEY_ID / AWS_SECRET_ACCESS_KEY, as Lambda provides its execution role's).
function sign(method, host, path, body, headers) {
    const key = process.env.AWS_ACCESS_KEY_ID;
    const secret = process.env.AWS_SECRET_ACCESS_KEY;
    if (!key || !secret)
        return; // a gateway that knows no credentials accepts unsigned calls
    const region = process.env.AWS_REGION || 'us-east-1';
    const amzDate = new Date().toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    const date = amzDate.slice(0, 8);
    headers['x-amz-date'] = amzDate;
    if (process.env.AWS_SESSION_TOKEN)
        headers['x-amz-security-token'] = process.env.AWS_SESSION_TOKEN;
    const signed = Object.keys(headers).map((h) => h.toLowerCase()).concat('host').sort();
    const value = (h) => (h === 'host' ? host : headers[Object.keys(headers).find((k) => k.toLowerCase() === h)]);
    const canonical = [
        method,
        path.split('/').map(uriEncode).join('/'), // the path as sent, encoded once more (every service but S3)
        '',
        signed.map((h) => `${h}:${String(value(h)).trim()}\n`).join(''),
        signed.join(';'),
        sha256(body),
    ].join('\n');
    const scope = `${date}/${region}/execute-api/aws4_request`;
    const toSign = ['AWS4-HMAC-SHA256', amzDate, scope, sha256(canonical)].join('\n');
    const signingKey = hmac(hmac(hmac(hmac('AWS4' + secret, date), region), 'execute-api'), 'aws4_request');
    const signature = createHmac('sha256', signingKey).update(toSign).digest('hex');
    headers.authorization = `AWS4-HMAC-SHA256 Credential=${key}/${scope}, SignedHeaders=${signed.join(';')}, Signature=${signature}`;
}

/// POSTs `data` to one connection; resolves with the HTTP status (200 sent, 410 gone) or 0 when the gateway is
/// unreachable.
export function postToConnection(ctx, port, connectionId, data) {
    const body = Buffer.from(typeof data === 'string' ? data : JSON.stringify(data), 'utf8');
    const host = `${ctx.domainName}:${port}`;
    const path = `/${ctx.stage}/@connections/${encodeURIComponent(connectionId)}`;
    const headers = { 'content-type': 'application/json' };
    sign('POST', host, path, body, headers);
    headers.host = host;
    headers['content-length'] = body.length;
    return new Promise((resolve) => {
        const req = request({ host: '127.0.0.1', port, method: 'POST', path, headers }, (res) => {
            res.resume();
            res.on('end', () => resolve(res.statusCode));
        });
        req.on('error', () => resolve(0));
        req.end(body);
    });
}
