// SPDX-License-Identifier: GPL-3.0-or-later
// The Node.js handler both Gatehouse and serverless-offline run in tests/bench/bench_lambda.sh.
exports.handler = async (event) => ({
    statusCode: 200,
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ ok: true, path: event.path }),
});
