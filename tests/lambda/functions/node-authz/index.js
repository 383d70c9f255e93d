// SPDX-License-Identifier: GPL-3.0-or-later
// A Lambda authorizer for the gateway's authorizer tests (handler index.handler). The first identity value
// (TOKEN: authorizationToken; REQUEST: identitySource) picks the answer:
//   allow          IAM policy allowing exactly this method ARN (or route ARN), with a context
//   allow-all      IAM policy allowing every method of the API (arn:...:API/*)
//   deny           IAM policy with an explicit Deny
//   elsewhere      IAM policy allowing only another resource (an implicit deny here)
//   unauthorized   throws Error("Unauthorized"): API Gateway answers 401
//   crash          throws another error: API Gateway answers 500
//   bad-context    a context with a nested object (REST refuses it)
//   no-principal   no principalId (REST refuses it)
//   simple-yes / simple-no    HTTP APIs' simple responses
//   sleep          outlives a 2-second function timeout
// Every answer's context carries `calls`, this process's invocation count, so tests can tell cached answers.

'use strict';

let calls = 0;

function identityOf(event) {
    if (event.type === 'TOKEN') return event.authorizationToken;
    if (Array.isArray(event.identitySource)) return event.identitySource[0];
    if (typeof event.identitySource === 'string') return event.identitySource.split(',')[0];
    const headers = event.headers ?? {};
    const name = Object.keys(headers).find((h) => h.toLowerCase() === 'authorization');
    return name ? headers[name] : '';
}

function policy(effect, resource) {
    return { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] };
}

exports.handler = async (event) => {
    calls += 1;
    const token = String(identityOf(event) ?? '').replace(/^Bearer\s+/i, '');
    const arn = event.methodArn ?? event.routeArn;
    const apiArn = arn.split('/')[0];
    const context = { user: 'user-' + token, quota: 1000, admin: false, calls };
    switch (token) {
    case 'allow':
        return { principalId: 'user-allow', policyDocument: policy('Allow', arn), context, usageIdentifierKey: 'key-1' };
    case 'allow-all':
        return { principalId: 'user-all', policyDocument: policy('Allow', apiArn + '/*'), context };
    case 'deny':
        return { principalId: 'user-deny', policyDocument: policy('Deny', arn), context };
    case 'elsewhere':
        return { principalId: 'user-x', policyDocument: policy('Allow', apiArn + '/*/GET/somewhere-else'), context };
    case 'unauthorized':
        throw new Error('Unauthorized');
    case 'bad-context':
        return { principalId: 'user-bad', policyDocument: policy('Allow', arn), context: { nested: { a: 1 } } };
    case 'no-principal':
        return { policyDocument: policy('Allow', arn) };
    case 'simple-yes':
        return { isAuthorized: true, context };
    case 'simple-no':
        return { isAuthorized: false, context };
    case 'sleep':
        await new Promise((resolve) => setTimeout(resolve, 5000));
        return { isAuthorized: true };
    case 'event':
        // Returns the event it received as the context (JSON text), to check its shape.
        return { principalId: 'inspector', isAuthorized: true, policyDocument: policy('Allow', arn),
                 context: { event: JSON.stringify(event) } };
    default:
        throw new Error('Authorizer failed for ' + token);
    }
};
