#!/usr/bin/env bash
# Designer benchmark (issue 5): FlowBuilder's designer against Node-RED's editor, same run, same browser —
# time from navigation to an interactive canvas and frame rate while dragging, on generated 50- and
# 500-block flows, in Debian's Chromium (Playwright). FlowBuilder: the Release server serving the production
# build of the designer. Writes bench/out/designer.json and bench/out/designer.md (bench/run.sh puts the
# table into RESULTS.md).
#   DESIGNER_RUNS=7 (opens per size)  DESIGNER_SIZES=50,500  CHROMIUM_PATH=/usr/bin/chromium  SKIP_BUILD=1
# Everything listens on 127.0.0.1; every server started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
FB_PORT=5380
SIZES="${DESIGNER_SIZES:-50,500}"
cd "$ROOT"
dpkg -s chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
[ -d node_modules ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
if [ ! -x "$BENCH/peers/nodered/node_modules/.bin/node-red" ]; then
  (cd "$BENCH/peers/nodered" && npm ci --no-audit --no-fund)
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  npm run build --workspace designer >/dev/null
  dotnet build src/FlowBuilder.Server -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
fi
# The server requires sign-in (issue 9): it starts with the bench's API key as its bootstrap key; the specs send it.
# shellcheck disable=SC1091
. "$BENCH/auth.sh"
work=$(mktemp -d)
pids=()
trap 'for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done; rm -rf "$work"' EXIT

wait_http() {
  for _ in $(seq 1 600); do curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "$1 did not answer within 60 s" >&2; return 1
}

(cd "$work" && FlowBuilder__Accounts__Bootstrap__ApiKey="$BENCH_API_KEY" FlowBuilder__Server__DesignerPath="$ROOT/designer/dist" FlowBuilder__Database__ConnectionString="Data Source=$work/flowbuilder.db" \
  exec dotnet "$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll" --urls "http://127.0.0.1:$FB_PORT" >"$work/flowbuilder.log" 2>&1) &
pids+=($!)
wait_http "http://127.0.0.1:$FB_PORT/health"

# One Node-RED per size (its editor opens the first tab; one flow file per instance keeps them comparable).
nodered_urls=()
port=1881
for size in ${SIZES//,/ }; do
  mkdir -p "$work/nodered-$size"
  node "$BENCH/designer/nodered-flow.mjs" "$size" > "$work/nodered-$size/flows.json"
  NODE_RED_USERDIR="$work/nodered-$size" NODE_RED_FLOWS="$work/nodered-$size/flows.json" PORT=$port \
    node "$BENCH/peers/nodered/node_modules/node-red/red.js" --settings "$BENCH/peers/nodered/editor-settings.js" >"$work/nodered-$size.log" 2>&1 &
  pids+=($!)
  wait_http "http://127.0.0.1:$port/"
  nodered_urls+=("$size=http://127.0.0.1:$port/")
  port=$((port + 1))
done

DESIGNER_BENCH_URL="http://127.0.0.1:$FB_PORT" DESIGNER_BENCH_API_KEY="$BENCH_API_KEY" NODERED_EDITOR_URLS="$(IFS=,; echo "${nodered_urls[*]}")" \
  npx playwright test -c bench/designer/playwright.config.ts
cat bench/out/designer.md
