// SPDX-License-Identifier: GPL-3.0-or-later
// A WebSocket REQUEST authorizer for tst_websocketauth (handler index.handler). The token comes from the query string
// (?token=) or the Auth header; it picks the answer:
//   allow          IAM policy allowing the event's methodArn, with a context
//   deny           IAM policy with an explicit Deny
//   elsewhere      IAM policy allowing only another stage's $connect (an implicit deny here)
//   unauthorized   throws Error("Unauthorized"): API Gateway answers 401
//   crash          throws another error: 500
//   no-principal   an answer without principalId: 500
//   event          allows, with the event it received (JSON text) in the context
// Every answer's context carries `calls`, this process's invocation count, so tests can tell cached answers.

'use strict';

let calls = 0;

function policy(effect, resource) {
    return { Version: '2012-10-17', Statement: [{ Action: 'execute-api:Invoke', Effect: effect, Resource: resource }] };
}

exports.handler = async (event) => {
    calls += 1;
    const query = event.queryStringParameters ?? {};
    const headers = event.headers ?? {};
    const header = Object.keys(headers).find((h) => h.toLowerCase() === 'auth');
    const token = query.token ?? (header ? headers[header] : '');
    const arn = event.methodArn;
    const context = { user: 'user-' + token, quota: 1000, admin: false, calls };
    switch (token) {
    case 'allow':
        return { principalId: 'user-allow', policyDocument: policy('Allow', arn), context };
    case 'deny':
        return { principalId: 'user-deny', policyDocument: policy('Deny', arn), context };
    case 'elsewhere':
        return { principalId: 'user-x', policyDocument: policy('Allow', arn.replace(/\/[^/]+\/\$connect$/, '/other/$connect')), context };
    case 'unauthorized':
        throw new Error('Unauthorized');
    case 'no-principal':
        return { policyDocument: policy('Allow', arn) };
    case 'event':
        return { principalId: 'inspector', policyDocument: policy('Allow', arn), context: { event: JSON.stringify(event) } };
    default:
        throw new Error('Authorizer failed for ' + token);
    }
};
