#!/usr/bin/env bash
# Runs every test of M365Nis2 on a fresh machine that has the .NET SDK, Node/npm and apt:
# installs the pinned npm packages (lockfile) and Debian's chromium where missing, then runs the whole suite.
# Tests start their own Azurite and Agents Playground on free loopback ports. Extra args go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source "$ROOT/scripts/lib.sh"

ensure_npm_packages

if ! command -v chromium >/dev/null; then
  echo "installing Debian chromium for the browser tests..."
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null) || true
  fi
  if ! command -v chromium >/dev/null; then
    echo "chromium is required for the tab's browser tests and could not be installed (needs root or passwordless sudo)." >&2
    echo "Install it with: sudo apt-get install -y chromium" >&2
    exit 1
  fi
fi
export CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium)}"

# The suite runs hosts, Azurite, the playground and Chromium on few cores: idle thread-pool threads should not spin on
# them, and short-lived test hosts gain nothing from profile-guided re-JIT. Both are plain runtime knobs (CI gets them too).
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="${DOTNET_ThreadPool_UnfairSemaphoreSpinLimit:-0}"
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"
dotnet test "$ROOT/M365Nis2.sln" -nologo --blame-hang-timeout 5m "$@"
