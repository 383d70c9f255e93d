#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Gatehouse with its test tools, then runs every test suite:
#   unit, integration, gui (headless), and bench (gatehouse against nginx with wrk; prints ratios).
# Extra arguments go to ctest, e.g. scripts/test.sh -L unit
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh --with-test-tools
cd build
export QT_QPA_PLATFORM=offscreen
ctest --output-on-failure --timeout 600 "$@"
