#!/usr/bin/env bash
# Retakes the README's "first ten minutes" screenshots (docs/images/first-look-*.png) from the seeded demo story in
# headless Chromium: the same test that checks those pages, told to write into docs/images.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
source scripts/lib.sh
ensure_npm_packages
M365NIS2_SCREENSHOTS_TO="$PWD/docs/images" CHROMIUM_PATH="${CHROMIUM_PATH:-/usr/bin/chromium}" \
  dotnet test tests/M365Nis2.Web.Tests --filter "FullyQualifiedName~ReadmeScreenshotTests" -nologo
ls -l docs/images/first-look-*.png
