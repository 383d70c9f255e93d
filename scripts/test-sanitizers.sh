#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The whole test suite built with AddressSanitizer + UndefinedBehaviorSanitizer (build-asan), run headless. A
# sanitizer report fails the test that produced it. Extra arguments go to ctest, e.g. -L unit.
#   scripts/test-sanitizers.sh [ctest arguments]
set -euo pipefail
cd "$(dirname "$0")/.."
GATEHOUSE_BUILD_DIR=build-asan GATEHOUSE_BUILD_TYPE=RelWithDebInfo GATEHOUSE_CMAKE_ARGS="-DGATEHOUSE_SANITIZE=ON" \
    scripts/setup.sh --with-test-tools
here=$(pwd)
cd build-asan
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:abort_on_error=0:strict_string_checks=1:detect_stack_use_after_return=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
# Benchmarks measure nothing useful under the sanitizers; the browser and soak suites have their own commands.
ctest --output-on-failure --timeout 900 -LE "bench|browser|soak|fuzz|sanitize" "$@"
