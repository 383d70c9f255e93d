// SPDX-License-Identifier: GPL-3.0-or-later
// The smallest proxy handler (handler index.handler), for benchmarks.

'use strict';

exports.handler = async () => ({ statusCode: 200, body: JSON.stringify({ ok: true }) });
