#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the engine with clang, AddressSanitizer and UndefinedBehaviorSanitizer in build-fuzz: its libFuzzer targets
# and its unit tests. Runs each fuzz target on its corpus for SECONDS (default 10); new inputs stay in
# build-fuzz/fuzz-corpus, crashes in build-fuzz/fuzz-artifacts. ctest arguments replace the default `-L fuzz`:
#   scripts/fuzz.sh [SECONDS] [ctest arguments, e.g. -R fuzz_vtl, or -L "fuzz|unit" as CI does]
# The runs use libFuzzer seed 1 so short runs are repeatable; FUZZ_SEED=0 scripts/fuzz.sh 1800 hunts with a seed
# from the clock.
# Installs clang and its runtime from Debian when missing (as root, or with sudo).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=10
if [ $# -gt 0 ] && [[ "$1" =~ ^[0-9]+$ ]]; then
    seconds=$1
    shift
fi

missing=()
command -v clang++ >/dev/null 2>&1 || missing+=(clang)
ls /usr/lib/llvm-*/lib/clang/*/lib/linux/libclang_rt.fuzzer-x86_64.a >/dev/null 2>&1 || missing+=(libclang-rt-14-dev)
if [ ${#missing[@]} -gt 0 ]; then
    SUDO=""
    [ "$(id -u)" -eq 0 ] || SUDO="sudo"
    echo "Installing from Debian: ${missing[*]}"
    if ! { $SUDO apt-get update && DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y --no-install-recommends \
            "${missing[@]}"; }; then
        echo "SKIPPED: the fuzz targets and sanitizer unit tests need ${missing[*]}, which apt-get could not install" >&2
        exit 77
    fi
fi

generator=()
command -v ninja >/dev/null 2>&1 && generator=(-G Ninja)
# -O1: what libFuzzer's documentation recommends for fuzzing, and quick to compile; asserts stay on (no NDEBUG).
cmake -S . -B build-fuzz "${generator[@]}" -DCMAKE_BUILD_TYPE=Release -DCMAKE_CXX_FLAGS_RELEASE=-O1 \
    -DCMAKE_CXX_COMPILER=clang++ -DGATEHOUSE_FUZZ=ON -DGATEHOUSE_FUZZ_SECONDS="$seconds" \
    -DGATEHOUSE_FUZZ_SEED="${FUZZ_SEED:-1}"
cmake --build build-fuzz --parallel "$(nproc)"
here=$(pwd)
cd build-fuzz
export QT_QPA_PLATFORM=offscreen
export ASAN_OPTIONS="detect_leaks=1:strict_string_checks=1:check_initialization_order=1"
export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
export LSAN_OPTIONS="suppressions=$here/tests/sanitizers/lsan.supp:print_suppressions=0"
if [ $# -eq 0 ]; then
    set -- -L fuzz
fi
# Fuzz targets are single-threaded and time-boxed: one per core halves the wall time.
ctest --output-on-failure --parallel "$(nproc)" "$@"
