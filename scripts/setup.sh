#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what Gatehouse needs from Debian 12 (only what is missing), then configures and builds it.
#   scripts/setup.sh [--with-test-tools]   (as root, or with sudo available)
# GATEHOUSE_BUILD_DIR (default build), GATEHOUSE_BUILD_TYPE (default Release) and GATEHOUSE_CMAKE_ARGS adjust the build.
set -euo pipefail
cd "$(dirname "$0")/.."

packages=(build-essential cmake ninja-build ccache pkg-config
          qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools
          qt6-l10n-tools libqscintilla2-qt6-dev libhttp-parser-dev libyaml-cpp-dev libvalijson-dev qt6-translations-l10n
          libssl-dev zlib1g-dev libgl-dev libglx-dev libopengl-dev)
missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done
SUDO=""
[ "$(id -u)" -eq 0 ] || SUDO="sudo"
apt_updated=0
apt_install() {
    if [ $apt_updated -eq 0 ]; then $SUDO apt-get update; apt_updated=1; fi
    DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends "$@"
}
if [ ${#missing[@]} -gt 0 ]; then
    echo "Installing from Debian: ${missing[*]}"
    apt_install "${missing[@]}"
fi

if [ "${1:-}" = "--with-test-tools" ]; then
    # Real peers for the tests and benchmarks: curl, python3 with botocore (an independent SigV4 signer), Node.js and
    # npm (validators for exports), awscli (apigatewaymanagementapi against WebSocket APIs), nginx and wrk, Chromium
    # for the browser tests; Xvfb for screenshots. A tool counts as present when its command is on PATH, whoever
    # installed it (a machine may carry Node.js from another repository, whose nodejs conflicts with Debian's npm).
    # These are best effort: a tool that cannot be installed is reported, and the tests that need it skip and say so.
    tools=(curl:curl python3:python3 nodejs:node npm:npm awscli:aws nginx:nginx wrk:wrk chromium:chromium
           xvfb:Xvfb xdotool:xdotool imagemagick:convert)
    wanted=()
    for t in "${tools[@]}"; do
        command -v "${t#*:}" >/dev/null 2>&1 || wanted+=("${t%%:*}")
    done
    python3 -c "import botocore" >/dev/null 2>&1 || wanted+=(python3-botocore)
    if [ ${#wanted[@]} -gt 0 ]; then
        echo "Installing test tools from Debian: ${wanted[*]}"
        if ! apt_install "${wanted[@]}"; then
            for p in "${wanted[@]}"; do
                apt_install "$p" || echo "warning: could not install test tool '$p'; the tests that need it will skip" >&2
            done
        fi
    fi
fi

build_type="${GATEHOUSE_BUILD_TYPE:-Release}"
build_dir="${GATEHOUSE_BUILD_DIR:-build}"
cmake -S . -B "$build_dir" -G Ninja -DCMAKE_BUILD_TYPE="$build_type" ${GATEHOUSE_CMAKE_ARGS:-}
cmake --build "$build_dir" --parallel "$(nproc)"
