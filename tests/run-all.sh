#!/usr/bin/env bash
# Runs every test suite of FlowBuilder, installing what the tests need first, and ends with
#   tests: N passed, N failed
# Usage: bash tests/run-all.sh            (from anywhere; needs the .NET 10 SDK and Node.js)
set -uo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
results="$root/.artifacts/test-results"
rm -rf "$results" && mkdir -p "$results"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }

# Real peers the suites use: PostgreSQL (second storage provider), SIPp and baresip (SIP interop), espeak-ng (TTS),
# Chromium (the designer's Playwright specs; never downloaded by npm).
# libnet-smpp-perl runs the SMSC simulator (tests/peers/smpp) the SMPP client is tested against.
# postfix provides smtp-sink (the SMTP server the e-mail sender is tested against; Postfix's own daemon is neither configured
# nor started), poppler-utils provides pdftotext (reads the PDF invoices), fonts-dejavu-core the font invoices are printed in.
packages=(postgresql sip-tester baresip espeak-ng chromium libnet-smpp-perl postfix poppler-utils fonts-dejavu-core)
missing=()
for p in "${packages[@]}"; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  echo "Installing ${missing[*]} ..."
  # "No configuration": postfix installs without asking and without setting up or starting a mail server.
  echo "postfix postfix/main_mailer_type select No configuration" | as_root debconf-set-selections
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

pg_started=0
if [ -f tests/scripts/postgres.sh ]; then
  if pg_env=$(bash tests/scripts/postgres.sh start) && eval "$pg_env"; then pg_started=1; else echo "PostgreSQL could not be started; its tests are skipped."; fi
fi

# The designer's npm modules (workspace at the root), then the designer itself: the server build copies designer/dist
# into its output, and the Playwright specs run against that server.
if [ ! -d node_modules ] || [ package-lock.json -nt node_modules ]; then
  echo "Installing npm modules ..."
  PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund || exit 1
fi
npm run build --workspace designer || exit 1

dotnet restore FlowBuilder.sln --verbosity quiet || exit 1
dotnet build FlowBuilder.sln --no-restore --configuration Release --verbosity quiet -nologo || exit 1

passed=0; failed=0; status=0
for project in $(find tests -name '*.Tests.csproj' | sort); do
  name=$(basename "$project" .csproj)
  echo "== $name"
  dotnet test "$project" --no-build --configuration Release --logger "trx;LogFileName=$name.trx" --results-directory "$results" 2>&1 | tee "$results/$name.log" | grep -E '^(Passed!|Failed!)|^\s+Failed |error' || true
  trx="$results/$name.trx"
  if [ -f "$trx" ]; then
    p=$(grep -o 'passed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*'); f=$(grep -o 'failed="[0-9]*"' "$trx" | head -1 | grep -o '[0-9]*')
    passed=$((passed + ${p:-0})); failed=$((failed + ${f:-0}))
  else
    echo "   no results from $name (it did not run): counted as one failure"; failed=$((failed + 1))
  fi
done

[ "$pg_started" -eq 1 ] && bash tests/scripts/postgres.sh stop >/dev/null 2>&1

# The designer's suites report JUnit XML: passed = tests - failures - errors - skipped; failed = failures + errors.
count_junit() {  # name, xml
  local name=$1 xml=$2
  if [ ! -f "$xml" ]; then
    echo "   no results from $name (it did not run): counted as one failure"; failed=$((failed + 1)); return
  fi
  read -r t f e s < <(python3 - "$xml" <<'PY'
import sys, xml.etree.ElementTree as ET
root = ET.parse(sys.argv[1]).getroot()
suites = [root] if root.tag == "testsuite" else root.iter("testsuite")
total = [0, 0, 0, 0]
for suite in suites:
    for i, key in enumerate(("tests", "failures", "errors", "skipped")):
        total[i] += int(float(suite.get(key, "0") or 0))
print(*total)
PY
  ) || { echo "   unreadable results from $name: counted as one failure"; failed=$((failed + 1)); return; }
  echo "   $name: $((t - f - e - s)) passed, $((f + e)) failed, $s skipped"
  passed=$((passed + t - f - e - s)); failed=$((failed + f + e))
}

echo "== designer (Vitest)"
npm test --workspace designer -- --passWithNoTests --reporter=default --reporter=junit --outputFile.junit="$results/vitest.xml" > "$results/vitest.log" 2>&1
tail -n 5 "$results/vitest.log"
count_junit Vitest "$results/vitest.xml"

echo "== designer (Playwright)"
PLAYWRIGHT_JUNIT_OUTPUT_FILE="$results/playwright.xml" npm run e2e --workspace designer > "$results/playwright.log" 2>&1
tail -n 5 "$results/playwright.log"
count_junit Playwright "$results/playwright.xml"
[ "$failed" -gt 0 ] && status=1
echo "tests: $passed passed, $failed failed"
exit $status
