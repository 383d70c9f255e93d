// SPDX-License-Identifier: GPL-3.0-or-later
// A module that throws while it loads (handler index.handler): the runtime posts init/error.

'use strict';

console.log('loading node-init-error');
throw new Error('Cannot start: the DATABASE_URL setting is missing');

// eslint-disable-next-line no-unreachable
exports.handler = async () => ({ statusCode: 200, body: 'never' });
