#!/usr/bin/env bash
# Installs every Debian package Causeway needs to build, run and test, skipping
# those already present. Safe to run again.
set -euo pipefail

packages=(
  cmake ninja-build g++ ccache pkg-config
  qt6-base-dev qt6-charts-dev libqt6opengl6-dev libgl-dev qt6-httpserver-dev
  qt6-svg-dev qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools
  qt6-qpa-plugins libxkbcommon-dev
  libjemalloc-dev libsqlite3-dev nlohmann-json3-dev libvalijson-dev libsimdjson-dev
  libmosquitto-dev mosquitto mosquitto-clients
  libbenchmark-dev json-schema-test-suite libyaml-cpp-dev
  xvfb xauth
)

missing=()
for p in "${packages[@]}"; do
  if ! dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "ok installed"; then
    missing+=("$p")
  fi
done
# Node.js may come from Debian or elsewhere; only npm on the PATH matters.
if ! command -v npm >/dev/null 2>&1; then
  missing+=(nodejs npm)
fi

if ((${#missing[@]})); then
  sudo=""
  if [ "$(id -u)" -ne 0 ]; then sudo="sudo"; fi
  echo "Installing: ${missing[*]}"
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y --no-install-recommends "${missing[@]}"
fi
