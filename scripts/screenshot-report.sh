#!/usr/bin/env bash
# Renders the HTML report of the bundled sample in headless Chromium and saves a screenshot, to check
# that the page is self-contained and readable offline (no script, font or image is fetched).
#
#   scripts/screenshot-report.sh [OUT.png]      (default: /tmp/tradekit-report.png)
#
# Needs Debian's chromium (apt-get update && apt-get install -y chromium); the report itself is made by
# ./tradekit replay --sample --html, which builds the jar first if needed.
set -euo pipefail

root="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
png="${1:-/tmp/tradekit-report.png}"
html="$(mktemp -d)/report.html"

browser="$(command -v chromium || command -v chromium-browser || true)"
if [ -z "$browser" ]; then
  echo "screenshot-report: chromium is not installed (apt-get update && apt-get install -y chromium)" >&2
  exit 1
fi

"$root/tradekit" replay --sample --html "$html" > /dev/null

profile="$(mktemp -d)"
trap 'rm -rf "$profile"' EXIT
# no network at all: the page must render from the file alone
"$browser" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
  --disable-background-networking --disable-component-update --disable-sync \
  --user-data-dir="$profile" --screenshot="$png" --window-size=1280,1600 \
  "file://$html" 2> "$profile/chromium.log" || { cat "$profile/chromium.log" >&2; exit 1; }

[ -s "$png" ] || { echo "screenshot-report: no screenshot written" >&2; exit 1; }
echo "report: $html"
echo "screenshot: $png"
