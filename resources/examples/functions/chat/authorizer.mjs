// SPDX-License-Identifier: GPL-3.0-or-later
// The chat's $connect authorizer (a Lambda REQUEST authorizer; identity source route.request.querystring.token).
// A token names a user in CHAT_TOKENS ("token:user,token:user"): the connection is allowed for that user, whose name
// every later event of the connection carries in requestContext.authorizer.username. Any other token is denied
// (403). Without ?token= API Gateway answers 401 itself, without calling this function.

const users = new Map(
    (process.env.CHAT_TOKENS ?? '')
        .split(',')
        .filter((pair) => pair.includes(':'))
        .map((pair) => pair.split(':').map((s) => s.trim())),
);

export const handler = async (event) => {
    const token = event.queryStringParameters?.token ?? '';
    const username = users.get(token);
    console.log(`token ${token ? token.slice(0, 3) + '…' : '(none)'}: ${username ? 'allowed as ' + username : 'denied'}`);
    return {
        principalId: username ?? 'anonymous',
        policyDocument: {
            Version: '2012-10-17',
            Statement: [{ Action: 'execute-api:Invoke', Effect: username ? 'Allow' : 'Deny', Resource: event.methodArn }],
        },
        // Strings, numbers and booleans only: API Gateway passes them on to every event of the connection.
        context: username ? { username } : {},
    };
};
