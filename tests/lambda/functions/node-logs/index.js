// SPDX-License-Identifier: GPL-3.0-or-later
// A handler that logs (handler index.handler): every console method, a formatted message, an
// object, an error and a message of several lines. It also logs once while its module loads.

'use strict';

console.log('module loaded');

exports.handler = async (event, context) => {
    console.log('plain log line');
    console.info('info with %s and %d', 'a string', 42);
    console.warn('a warning');
    console.error('an error message');
    console.debug('debug details');
    console.trace('trace details');
    console.log('first line\nsecond line\nthird line');
    console.log({ nested: { answer: 42 }, list: [1, 2] });
    console.error(new Error('logged, not thrown'));
    process.stdout.write('raw stdout write\n');
    return { statusCode: 200, body: 'logged' };
};
