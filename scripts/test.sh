#!/usr/bin/env bash
# Installs what is missing, builds, and runs the whole test suite through CTest.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CAUSEWAY_BUILD_DIR:-$root/build}"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
# Independent JavaScript implementations the tests cross-check against.
npm install --silent --no-audit --no-fund --prefix "$build/npm" ulid@2 >/dev/null
cd "$build"
ctest --output-on-failure --timeout 900 -j "$(nproc)"
