#!/usr/bin/env bash
# Configures (once) and builds Causeway into build/.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
build="${CAUSEWAY_BUILD_DIR:-$root/build}"
# Lets ccache reuse objects between checkouts in different folders.
export CCACHE_BASEDIR="$root"
if [ ! -f "$build/CMakeCache.txt" ]; then
  cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release
fi
cmake --build "$build" --parallel "$(nproc)"
