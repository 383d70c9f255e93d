// SPDX-License-Identifier: GPL-3.0-or-later
// An ES module handler (handler index.handler, file index.mjs) that uses top-level await.

const greeting = await Promise.resolve('hello from an ES module');

export const handler = async (event, context) => ({
    statusCode: 200,
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({
        greeting,
        module: typeof require === 'undefined' ? 'esm' : 'cjs',
        path: event.path ?? event.rawPath ?? null,
        requestId: context.awsRequestId,
    }),
});
