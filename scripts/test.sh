#!/usr/bin/env bash
# Runs every test of M365Nis2 on a fresh machine that has the .NET SDK, Node/npm and apt:
# installs the pinned npm packages (lockfile) and Debian's chromium where missing, then runs the whole suite.
# Tests start their own Azurite and Agents Playground on free loopback ports. Extra args go to `dotnet test`.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source "$ROOT/scripts/lib.sh"

ensure_npm_packages

# The browser tests drive Debian's chromium-headless-shell (the lighter headless build Playwright itself uses for
# headless runs: about a third less CPU than the full browser over the tab tests); Debian's chromium also works.
apt_install() {
  if [ "$(id -u)" = 0 ]; then
    (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null) || true
  elif command -v sudo >/dev/null && sudo -n true 2>/dev/null; then
    (sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "$@" >/dev/null) || true
  fi
}
if [ -z "${CHROMIUM_PATH:-}" ] && ! command -v chromium-headless-shell >/dev/null; then
  echo "installing Debian chromium-headless-shell for the browser tests..."
  apt_install chromium-headless-shell
  if ! command -v chromium-headless-shell >/dev/null && ! command -v chromium >/dev/null; then
    apt_install chromium
  fi
fi
CHROMIUM_PATH="${CHROMIUM_PATH:-$(command -v chromium-headless-shell || command -v chromium || true)}"
if [ -z "$CHROMIUM_PATH" ]; then
  echo "chromium is required for the tab's browser tests and could not be installed (needs root or passwordless sudo)." >&2
  echo "Install it with: sudo apt-get install -y chromium-headless-shell" >&2
  exit 1
fi
export CHROMIUM_PATH

# The suite runs hosts, Azurite, the playground and Chromium on few cores: idle thread-pool threads should not spin on
# them, and short-lived test hosts gain nothing from profile-guided re-JIT. Both are plain runtime knobs (CI gets them too).
export DOTNET_ThreadPool_UnfairSemaphoreSpinLimit="${DOTNET_ThreadPool_UnfairSemaphoreSpinLimit:-0}"
export DOTNET_TieredPGO="${DOTNET_TieredPGO:-0}"
dotnet test "$ROOT/M365Nis2.sln" -nologo --blame-hang-timeout 5m "$@"
