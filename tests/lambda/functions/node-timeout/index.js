// SPDX-License-Identifier: GPL-3.0-or-later
// A handler that runs longer than its timeout (handler index.handler): it waits until two seconds
// after its deadline, whatever the configured timeout. Gatehouse must end the instance.

'use strict';

exports.handler = async (event, context) => {
    const remaining = context.getRemainingTimeInMillis();
    console.log(`remaining ${remaining} ms, waiting ${remaining + 2000} ms`);
    await new Promise((resolve) => setTimeout(resolve, remaining + 2000));
    return { statusCode: 200, body: 'finished after the deadline' };
};
