#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Gatehouse with its test tools, then runs the test suites:
#   1. in build/: unit, integration, gui (headless), browser (headless Chromium) and bench (gatehouse against nginx
#      with wrk; prints ratios); the minutes-long soak (label soak) runs with `ctest -L soak` or tests/soak/soak.py,
#      the whole suite under the sanitizers (label sanitize, build-asan) with `ctest -L sanitize`, and the Lambda
#      benchmark against serverless-offline, installed from npm (label npm), with `ctest -L npm`;
#   2. in build-fuzz/ (clang, AddressSanitizer + UndefinedBehaviorSanitizer): the engine's unit tests, and each
#      libFuzzer target briefly on its corpus (scripts/fuzz.sh).
# Arguments go to the first ctest and skip the second, e.g. scripts/test.sh -L unit
# The whole suite under the sanitizers is scripts/test-sanitizers.sh (docs/reliability.md).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools
status=0
(
    cd build
    export QT_QPA_PLATFORM=offscreen
    if [ $# -eq 0 ]; then
        set -- -LE "soak|sanitize|npm"
    fi
    # Two at a time on two cores; benchmarks are RUN_SERIAL, so they still run alone.
    ctest --output-on-failure --timeout 600 --parallel "$(nproc)" "$@"
) || status=$?
if [ $# -eq 0 ]; then
    fuzz_status=0
    scripts/fuzz.sh "${GATEHOUSE_FUZZ_SECONDS:-10}" -L "fuzz|unit" || fuzz_status=$?
    if [ $fuzz_status -eq 77 ]; then
        echo "warning: the sanitizer and fuzz pass was skipped (see above)" >&2
    elif [ $fuzz_status -ne 0 ]; then
        status=$fuzz_status
    fi
fi
exit $status
