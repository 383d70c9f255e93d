// SPDX-License-Identifier: GPL-3.0-or-later
// Waits ?ms=N milliseconds (default 300), then answers with the process id, so tests can tell instances apart.

'use strict';

exports.handler = async (event) => {
    const q = event.queryStringParameters || {};
    const ms = Number(q.ms || 300);
    await new Promise((resolve) => setTimeout(resolve, ms));
    return { statusCode: 200, body: JSON.stringify({ pid: process.pid, waited: ms }) };
};
