#!/usr/bin/env bash
# Installs what is missing, builds, and opens the loan-application sample in
# Causeway. Without a display it runs the headless simulation of the sample.
set -euo pipefail
root="$(cd "$(dirname "$0")/.." && pwd)"
"$root/scripts/install-deps.sh"
"$root/scripts/build.sh"
app="${CAUSEWAY_BUILD_DIR:-$root/build}/app/causeway"
sample="$root/samples/loan-application"
if [ -n "${DISPLAY:-}${WAYLAND_DISPLAY:-}" ]; then
  exec "$app" "$sample/loan-application.causeway.json"
fi
echo "No display: simulating the loan-application sample headless."
"$app" validate --project "$sample/loan-application.causeway.json" "$sample"/events/*.json*
exec "$app" simulate "$sample/loan-application.causeway.json" --count 20000 \
  --report "${CAUSEWAY_BUILD_DIR:-$root/build}/loan-application-report.html"
