#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Gatehouse needs from Debian 12 (only what is missing), then configures and builds it.
#   scripts/setup.sh [--with-test-tools]   (as root, or with sudo available)
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libqscintilla2-qt6-dev libhttp-parser-dev libyaml-cpp-dev libvalijson-dev
          libssl-dev zlib1g-dev libgl-dev libglx-dev libopengl-dev)
if [ "${1:-}" = "--with-test-tools" ]; then
    # Real peers for the tests and benchmarks: curl, python3 with botocore (an independent SigV4 signer), Node.js and
    # npm (validators for exports), awscli (apigatewaymanagementapi against WebSocket APIs), nginx and wrk, Chromium
    # for the browser tests; Xvfb for screenshots.
    packages+=(curl python3 python3-botocore nodejs npm awscli nginx wrk chromium xvfb xdotool imagemagick)
fi

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing from Debian: ${missing[*]}"
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    $SUDO apt-get update
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "${missing[@]}"
fi

build_type="${GATEHOUSE_BUILD_TYPE:-Release}"
cmake -S . -B build -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${GATEHOUSE_CMAKE_ARGS:-}
cmake --build build --parallel "$(nproc)"
