// SPDX-License-Identifier: GPL-3.0-or-later
// A Lambda authorizer (handler index.handler) for TOKEN and REQUEST authorizers, REST and HTTP APIs.
// The token (authorizationToken, or the Authorization header / identitySource for REQUEST) decides:
//   "allow"        -> IAM policy allowing execute-api:Invoke on the method, with a context
//   "deny"         -> IAM policy denying it
//   "unauthorized" -> throws Error("Unauthorized"), which API Gateway answers with 401
//   anything else  -> throws Error("Authorizer failed"), which API Gateway answers with 500
// The policy's context holds a string, a number and a boolean, as API Gateway allows.

'use strict';

function tokenOf(event) {
    if (event.type === 'TOKEN') return event.authorizationToken;
    const headers = event.headers ?? {};
    const header = Object.keys(headers).find((name) => name.toLowerCase() === 'authorization');
    if (header) return headers[header];
    if (Array.isArray(event.identitySource)) return event.identitySource[0];
    return undefined;
}

exports.handler = async (event) => {
    const token = (tokenOf(event) ?? '').replace(/^Bearer\s+/i, '');
    if (token === 'unauthorized' || token === '') throw new Error('Unauthorized');
    if (token !== 'allow' && token !== 'deny') throw new Error('Authorizer failed');
    return {
        principalId: 'user-' + token,
        policyDocument: {
            Version: '2012-10-17',
            Statement: [{
                Action: 'execute-api:Invoke',
                Effect: token === 'allow' ? 'Allow' : 'Deny',
                Resource: event.methodArn ?? event.routeArn,
            }],
        },
        context: {
            user: 'user-' + token,
            tier: 'gold',
            quota: 1000,
            admin: false,
        },
    };
};
