// SPDX-License-Identifier: GPL-3.0-or-later
// The example's Lambda function: prices an order for the Storefront HTTP API (payload format 2.0).
// Gatehouse runs it as a local Node.js process speaking the Lambda Runtime API; edit it and the next
// request runs the new code.

const prices = { dog: 249.99, cat: 124.99, fish: 0.99 };

export const handler = async (event, context) => {
    let order;
    try {
        order = JSON.parse(event.isBase64Encoded ? Buffer.from(event.body ?? '', 'base64').toString() : event.body ?? '');
    } catch {
        return { statusCode: 400, body: JSON.stringify({ message: 'Send a JSON order, e.g. {"type": "cat", "quantity": 2}' }) };
    }
    const price = prices[order?.type];
    const quantity = Number.isInteger(order?.quantity) && order.quantity > 0 ? order.quantity : 1;
    if (price === undefined)
        return { statusCode: 422, body: JSON.stringify({ message: `We sell ${Object.keys(prices).join(', ')}` }) };
    console.log(`order ${context.awsRequestId}: ${quantity} x ${order.type}`);
    // No statusCode: with payload format 2.0 API Gateway answers 200 with this object as a JSON body.
    return { type: order.type, quantity, total: Math.round(price * quantity * 100) / 100, requestId: context.awsRequestId };
};
