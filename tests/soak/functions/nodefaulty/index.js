// SPDX-License-Identifier: GPL-3.0-or-later
// A Node.js handler that misbehaves on request, for the soak test (tests/soak/soak.py). The query parameter `mode`:
// ok (answer {"fn":"nodefaulty","sid":SID}), throw (a function error), exit (process.exit(3) mid-invocation),
// flood (about 4 MB of console.log, then answer as ok), slow (answer as ok after 300 ms), malformed (a bare string, not a proxy response),
// hang (wait far past every timeout).

'use strict';

exports.handler = async (event) => {
    const q = event.queryStringParameters || {};
    const mode = q.mode || 'ok';
    const sid = q.sid || '';
    switch (mode) {
    case 'throw':
        throw new Error('asked to fail');
    case 'exit':
        process.exit(3);
        break;
    case 'flood': {
        const line = 'flood ' + 'x'.repeat(200);
        for (let i = 0; i < 20000; ++i)
            console.log(line);
        break;
    }
    case 'malformed':
        return 'not a proxy response';
    case 'slow':
        await new Promise((resolve) => setTimeout(resolve, 300));
        break;
    case 'hang':
        await new Promise((resolve) => setTimeout(resolve, 3600 * 1000));
        break;
    default:
        break;
    }
    return {
        statusCode: 200,
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ fn: 'nodefaulty', sid }),
    };
};
