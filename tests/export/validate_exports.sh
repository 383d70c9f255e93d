#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Exports the example project and every AWS OpenAPI/Swagger document of the conformance data that Gatehouse loads
# without errors, then checks the exports with independent validators from npm:
#   oas30 and swagger (JSON and YAML)  -> @apidevtools/swagger-parser validate()
#   terraform                          -> @cdktf/hcl2json (the HCL parser Terraform's CDK uses)
# The validators are installed with npm into a cache folder outside the repository:
# $GATEHOUSE_TEST_CACHE, else ${XDG_CACHE_HOME:-~/.cache}/gatehouse-test, reused between runs.
# Usage: validate_exports.sh GATEHOUSE_BINARY SOURCE_DIR [CONFORMANCE_DIR]
# Exit: 0 all valid, 1 an export failed or is invalid, 77 skipped (node or npm missing, or npm install failed).
set -u
gatehouse=$1
src=$2
conformance=${3:-}
here=$(cd "$(dirname "$0")" && pwd)

for tool in node npm; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "SKIP: $tool not found (the export validators come from npm)"
        exit 77
    fi
done

cache=${GATEHOUSE_TEST_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/gatehouse-test}/export-validators
mkdir -p "$cache"
if ! cmp -s "$here/package.json" "$cache/package.json" || [ ! -d "$cache/node_modules/@apidevtools/swagger-parser" ] \
    || [ ! -d "$cache/node_modules/@cdktf/hcl2json" ]; then
    echo "installing the export validators into $cache (npm install, once)"
    rm -rf "$cache/node_modules" "$cache/package-lock.json"
    cp "$here/package.json" "$cache/package.json"
    if ! (cd "$cache" && npm install --no-audit --no-fund --fetch-retries=1 --fetch-timeout=60000 --loglevel=error > "$cache/npm-install.log" 2>&1); then
        tail -n 20 "$cache/npm-install.log"
        rm -f "$cache/package.json"
        echo "SKIP: npm install of the export validators failed (no network to the npm registry?)"
        exit 77
    fi
fi

out=$(mktemp -d)
trap 'rm -rf "$out"' EXIT
inputs="$src/resources/examples/petstore.gatehouse.yaml"
if [ -n "$conformance" ] && [ -d "$conformance/apigw-openapi" ]; then
    inputs="$inputs $(find "$conformance/apigw-openapi/awsdocs-devguide/full-definitions" \
        "$conformance/apigw-openapi/localstack-files/openapi" "$conformance/apigw-openapi/oai-examples" \
        -type f \( -name '*.json' -o -name '*.yaml' \) ! -name index.json | sort)"
else
    echo "note: conformance data not found; validating the example's exports only"
fi

status=0
files=""
n=0
for input in $inputs; do
    if ! "$gatehouse" check "$input" >/dev/null 2>&1; then
        echo "skip $input (Gatehouse refuses it, as AWS would; see gatehouse check)"
        continue
    fi
    n=$((n + 1))
    base="$out/$n-$(basename "$input" | sed 's/\.[a-z]*$//')"
    for spec in "oas30 json oas.json" "oas30 yaml oas.yaml" "swagger json swagger.json" "swagger yaml swagger.yaml" "terraform - tf"; do
        set -- $spec
        if [ "$2" = "-" ]; then syntax=""; else syntax="--$2"; fi
        target="$base.$3"
        if "$gatehouse" export "$input" --format "$1" $syntax -o "$target" 2> "$target.err"; then
            files="$files $target"
        elif grep -q "only as OpenAPI 3.0" "$target.err"; then
            : # an HTTP API has no Swagger 2.0 export, as on AWS
        else
            echo "FAIL gatehouse export $input --format $1 $syntax:"
            cat "$target.err"
            status=1
        fi
    done
done
# shellcheck disable=SC2086
node "$here/validate.mjs" "$cache" $files || status=1
echo "validated the exports of $n documents"
exit $status
