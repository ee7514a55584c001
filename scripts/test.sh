#!/usr/bin/env bash
# Everything `npm test` checks, in order; stops at the first failing stage.
# The last line of output is the summary ("summary: N passed, N failed" on success).
set -euo pipefail
cd "$(dirname "$0")/.."

CHROMIUM="${CHROMIUM:-/usr/bin/chromium}"
LOG_DIR="$(mktemp -d)"
STAGE="setup"
T0=$SECONDS

on_exit() {
  local rc=$?
  rm -rf "$LOG_DIR"
  if [ "$rc" -ne 0 ]; then
    echo "summary: FAILED at stage '$STAGE' (exit $rc) after $((SECONDS - T0))s"
  fi
}
trap on_exit EXIT

stage() {
  STAGE="$1"
  echo
  echo "=== [$((SECONDS - T0))s] $1"
}

stage "dependencies"
# npm rewrites node_modules/.package-lock.json on every install, so it dates the last install.
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ]; then
  npm ci --no-audit --no-fund
else
  echo "node_modules is up to date"
fi

stage "chromium"
if [ ! -x "$CHROMIUM" ] || [ ! -d /usr/share/fonts/truetype/noto ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null; then
    echo "installing chromium + fonts-noto-core with apt-get"
    export DEBIAN_FRONTEND=noninteractive
    if ! { apt-get update -qq && apt-get install -y -qq chromium fonts-noto-core; } \
      >"$LOG_DIR/apt.log" 2>&1 </dev/null; then
      tail -n 30 "$LOG_DIR/apt.log"
      exit 1
    fi
  else
    echo "Chromium is required at $CHROMIUM for the end-to-end tests. Install it (Debian/Ubuntu):"
    echo "  sudo apt-get update && sudo apt-get install -y chromium fonts-noto-core"
    echo "or point CHROMIUM=/path/to/chromium at an existing build."
    exit 1
  fi
fi
if [ ! -x "$CHROMIUM" ]; then
  echo "$CHROMIUM is still missing after the install; set CHROMIUM=/path/to/chromium"
  exit 1
fi
"$CHROMIUM" --version 2>/dev/null || true

stage "lint (prettier + eslint)"
npm run lint

stage "typecheck (svelte-check)"
npm run check

stage "data pipeline (if stale)"
# Before the unit tests: some of them check invariants on the real data in public/data.
npm run data:ensure

stage "unit tests (vitest)"
npm run test:unit 2>&1 | tee "$LOG_DIR/unit.log"

stage "build (vite build; scenario files checked)"
npm run build

stage "offline single file (dist-single/territory-scenarios.html)"
npm run build:single

stage "e2e tests (playwright, chromium)"
PLAYWRIGHT_JSON_OUTPUT_FILE="$LOG_DIR/e2e.json" npm run test:e2e -- --reporter=list,json

# Vitest prints e.g. " Tests  3 failed | 40 passed (43)".
count() { sed 's/\x1b\[[0-9;]*m//g' "$1" | grep -E "$2" | tail -n 1 | grep -oE "[0-9]+ $3" | grep -oE '^[0-9]+' || echo 0; }
UNIT_PASSED=$(count "$LOG_DIR/unit.log" '^ *Tests ' passed)
# Playwright's JSON report: the tests whose (only, with no retries) result is "passed"; skips are not.
E2E_PASSED=$(node -e '
  const report = JSON.parse(require("fs").readFileSync(process.argv[1], "utf8"));
  const tests = (s) => [...(s.specs ?? []).flatMap((spec) => spec.tests), ...(s.suites ?? []).flatMap(tests)];
  console.log(report.suites.flatMap(tests).filter((t) => t.results.at(-1)?.status === "passed").length);
' "$LOG_DIR/e2e.json")
echo
echo "unit: $UNIT_PASSED passed · e2e: $E2E_PASSED passed · $((SECONDS - T0))s"
echo "summary: $((UNIT_PASSED + E2E_PASSED)) passed, 0 failed"
