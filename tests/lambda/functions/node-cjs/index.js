// SPDX-License-Identifier: GPL-3.0-or-later
// A CommonJS async handler (handler index.handler). Answers a Lambda proxy response whose body echoes
// the event and what the function saw of its context and environment.

'use strict';

exports.handler = async (event, context) => {
    const remainingMs = context.getRemainingTimeInMillis();
    return {
        statusCode: 200,
        headers: { 'Content-Type': 'application/json', 'X-Function': 'node-cjs' },
        multiValueHeaders: { 'X-Multi': ['one', 'two'] },
        body: JSON.stringify({
            method: event.httpMethod ?? event.requestContext?.http?.method ?? null,
            path: event.path ?? event.rawPath ?? null,
            query: event.queryStringParameters ?? null,
            body: event.body ?? null,
            isBase64Encoded: event.isBase64Encoded ?? null,
            event,
            context: {
                awsRequestId: context.awsRequestId,
                functionName: context.functionName,
                functionVersion: context.functionVersion,
                invokedFunctionArn: context.invokedFunctionArn,
                memoryLimitInMB: context.memoryLimitInMB,
                logGroupName: context.logGroupName,
                logStreamName: context.logStreamName,
                callbackWaitsForEmptyEventLoop: context.callbackWaitsForEmptyEventLoop,
                clientContext: context.clientContext ?? null,
                identity: context.identity ?? null,
                remainingMs,
                json: JSON.parse(JSON.stringify(context)),
            },
            env: {
                traceId: process.env._X_AMZN_TRACE_ID ?? null,
                region: process.env.AWS_REGION ?? null,
                executionEnv: process.env.AWS_EXECUTION_ENV ?? null,
                custom: process.env.GREETING ?? null,
                tz: process.env.TZ ?? null,
            },
        }),
    };
};
