// SPDX-License-Identifier: GPL-3.0-or-later
// Validates exported files with validators written by others: OpenAPI 3.0 / Swagger 2.0 with
// @apidevtools/swagger-parser (schema and $ref checks), Terraform with @cdktf/hcl2json (HCL syntax).
// Usage: node validate.mjs NODE_MODULES FILE...   (.oas.json/.oas.yaml/.swagger.json/.swagger.yaml, .tf)
// Prints one line per file; exit 1 when any is invalid.
// swagger-parser does not know API Gateway's greedy path parameter ({proxy+}, declared as `proxy`, the form AWS's own
// export writes); the OpenAPI files are validated with {name+} written as {name}, and nothing else changed.
import { createRequire } from 'node:module';
import { readFileSync, writeFileSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const [modules, ...files] = process.argv.slice(2);
const require = createRequire(path.join(modules, 'node_modules', 'x.js'));
const SwaggerParser = require('@apidevtools/swagger-parser');
const { parse } = require('@cdktf/hcl2json');

let failed = 0;
const work = mkdtempSync(path.join(os.tmpdir(), 'gh-validate-'));
for (const file of files) {
    try {
        if (file.endsWith('.tf')) {
            const json = await parse(path.basename(file), readFileSync(file, 'utf8'));
            const resources = Object.values(json.resource ?? {}).reduce((n, byName) => n + Object.keys(byName).length, 0);
            if (resources === 0)
                throw new Error('no resources parsed');
            console.log(`ok   ${file} (HCL, ${resources} resources)`);
        } else {
            const tmp = path.join(work, `${failed}-${path.basename(file)}`);
            writeFileSync(tmp, readFileSync(file, 'utf8').replace(/\{([A-Za-z0-9_.-]+)\+\}/g, '{$1}'));
            const api = await SwaggerParser.validate(tmp);
            console.log(`ok   ${file} (${api.openapi ? 'OpenAPI ' + api.openapi : 'Swagger ' + api.swagger}, ${Object.keys(api.paths ?? {}).length} paths)`);
        }
    } catch (e) {
        ++failed;
        console.log(`FAIL ${file}: ${String(e.message ?? e).split('\n').slice(0, 6).join(' | ')}`);
    }
}
rmSync(work, { recursive: true, force: true });
process.exit(failed ? 1 : 0);
