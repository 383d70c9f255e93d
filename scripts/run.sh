#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Sets up and builds Gatehouse, then opens it with the example project. Without a display it runs the example's
# gateway headless and says so (stop it with Ctrl+C).
set -euo pipefail
cd "$(dirname "$0")/.."
scripts/setup.sh
exec build/app/gatehouse "$@"
