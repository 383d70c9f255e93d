// SPDX-License-Identifier: GPL-3.0-or-later
// A handler that fails (handler index.handler). By default it throws a ValidationError; event.kind
// picks other ways of failing, to check how each is reported.

'use strict';

class ValidationError extends Error {
    constructor(message) {
        super(message);
        this.name = 'ValidationError';
        this.field = 'email';
    }
}

exports.handler = async (event = {}, context) => {
    switch (event.kind) {
    case 'string':
        throw 'oops';
    case 'number':
        throw 42;
    case 'type':
        return null.property;
    case 'reject-undefined':
        return Promise.reject(undefined);
    case 'unhandled-rejection':
        Promise.reject(new Error('nobody handles this'));
        return new Promise((resolve) => setTimeout(() => resolve('too late'), 1000));
    case 'uncaught':
        setTimeout(() => {
            throw new Error('thrown from a timer');
        }, 1);
        return new Promise((resolve) => setTimeout(() => resolve('too late'), 1000));
    default:
        throw new ValidationError(`The field "email" is not valid: ${event.email ?? '(missing)'}`);
    }
};
