// SPDX-License-Identifier: GPL-3.0-or-later
// A handler whose process exits in the middle of the invocation (handler index.handler): exit
// status 3, no response and no error reaches the Runtime API.

'use strict';

exports.handler = async () => {
    console.log('about to exit with status 3');
    process.exit(3);
};
