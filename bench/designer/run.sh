#!/usr/bin/env bash
# Designer benchmark (issue 5): time from navigation to an interactive canvas and the frame rate while
# dragging a block, on generated 50- and 500-block flows, in Debian's Chromium (Playwright) against the
# Release server serving the production build of the designer. Writes bench/out/designer.json.
#   DESIGNER_RUNS=7 (opens per size)  DESIGNER_SIZES=50,500  CHROMIUM_PATH=/usr/bin/chromium
# Everything listens on 127.0.0.1; the server started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PORT=5380
cd "$ROOT"
dpkg -s chromium >/dev/null 2>&1 || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null; }
[ -d node_modules ] || PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1 npm ci --no-audit --no-fund
npm run build --workspace designer >/dev/null
dotnet build src/FlowBuilder.Server -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
data=$(mktemp -d)
trap 'kill "$server" 2>/dev/null || true; rm -rf "$data"' EXIT
(cd "$data" && FlowBuilder__Server__DesignerPath="$ROOT/designer/dist" FlowBuilder__Database__ConnectionString="Data Source=$data/flowbuilder.db" \
  exec dotnet "$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll" --urls "http://127.0.0.1:$PORT" >"$data/server.log" 2>&1) &
server=$!
for _ in $(seq 1 600); do curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$PORT/health" 2>/dev/null && break; sleep 0.1; done
DESIGNER_BENCH_URL="http://127.0.0.1:$PORT" npx playwright test -c bench/designer/playwright.config.ts
cat bench/out/designer.json
