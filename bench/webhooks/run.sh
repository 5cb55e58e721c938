#!/usr/bin/env bash
# Webhooks and notifications benchmark (issue 6), FlowBuilder against Node-RED in the same run:
#   (1) webhook-triggered flow starts per second, asynchronous mode (202 + instance id; the flow runs after the answer):
#       FlowBuilder POST /hooks/bench-async (bench/flows/webhook-async.flow.json, SQLite, journal on), the same with a
#       unique Idempotency-Key per request, and Node-RED POST /webhook-async (http in -> 202 + function);
#       wrk, WRK_THREADS/WRK_CONNECTIONS/WRK_SECONDS, three rounds, median.
#   (2) event notifications delivered per second to a subscriber (bench/webhooks/receiver.mjs, which checks every
#       signature): FlowBuilder — NOTIFY_COUNT flows started through the async webhook, each completion a signed
#       flow.completed notification through the durable outbox; Node-RED — the same count relayed by an http request
#       node (POST /relay), no outbox, no retries, no signature. Rate = deliveries / (last - first delivery) on the
#       receiver's clock; three rounds, median.
# Writes bench/out/webhooks.md and replaces the "Webhooks and notifications" section of bench/RESULTS.md.
#   WRK_THREADS=2 WRK_CONNECTIONS=16 WRK_SECONDS=10 NOTIFY_COUNT=5000 SKIP_BUILD=1
# Everything listens on 127.0.0.1; every process started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/out"
HERE="$BENCH/webhooks"
FB_PORT=5390
RECV_PORT=5391
NR_PORT=1882
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-16}"
WRK_SECONDS="${WRK_SECONDS:-10}"
NOTIFY_COUNT="${NOTIFY_COUNT:-5000}"
# shellcheck disable=SC1091
. "$BENCH/processes.sh"
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-webhooks.XXXXXX)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk jq >/dev/null; }
command -v jq >/dev/null || { apt-get update -qq && apt-get install -y -qq jq >/dev/null; }
if [ ! -x "$BENCH/peers/nodered/node_modules/.bin/node-red" ]; then (cd "$BENCH/peers/nodered" && npm ci --no-audit --no-fund); fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then dotnet build "$ROOT/src/FlowBuilder.Server" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null; fi
SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"

wait_http() {
  for _ in $(seq 1 600); do curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0; sleep 0.1; done
  echo "$1 did not answer within 60 s" >&2; return 1
}
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.0f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }
wrk_run() { # NAME URL SCRIPT
  local args=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" --latency --timeout 5s -s "$3")
  timeout 60 wrk "${args[@]}" -d 3s "$2" >/dev/null
  timeout 60 wrk "${args[@]}" -d "${WRK_SECONDS}s" "$2" > "$OUT/wrk-$1.txt"
}
wrk_rps() { awk '/^Requests\/sec:/ {printf "%.0f\n", $2}' "$OUT/wrk-$1.txt"; }
wrk_p99() { awk '$1 == "99%" {print $2}' "$OUT/wrk-$1.txt"; }
wrk_non2xx() { awk '/Non-2xx or 3xx responses:/ {print $NF}' "$OUT/wrk-$1.txt"; }

log "Starting the subscriber (receiver.mjs), Node-RED and the FlowBuilder server"
node "$HERE/receiver.mjs" "$RECV_PORT" > "$OUT/receiver.log" 2>&1 &
STARTED_PIDS+=($!)
rm -rf "$BENCH/peers/nodered/userdir"
NR_VERSION="$(node -p "require('$BENCH/peers/nodered/node_modules/node-red/package.json').version")"
PORT=$NR_PORT RECEIVER_URL="http://127.0.0.1:$RECV_PORT/nodered" \
  node "$BENCH/peers/nodered/node_modules/node-red/red.js" --settings "$BENCH/peers/nodered/settings.js" > "$OUT/nodered-webhooks.log" 2>&1 &
STARTED_PIDS+=($!)
# start_flowbuilder NAME: a FlowBuilder server on a fresh SQLite file with the benchmark flow published; sets FB_PID.
start_flowbuilder() {
  (cd "$WORK" && ASPNETCORE_ENVIRONMENT=Production exec dotnet "$SERVER_DLL" --urls "http://127.0.0.1:$FB_PORT" \
    --FlowBuilder:Database:ConnectionString="Data Source=$WORK/$1.db" \
    --FlowBuilder:Logging:MinimumLevel:Default=Warning > "$OUT/flowbuilder-$1.log" 2>&1) &
  FB_PID=$!
  STARTED_PIDS+=("$FB_PID")
  wait_http "http://127.0.0.1:$FB_PORT/health"
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary @"$BENCH/flows/webhook-async.flow.json" \
    "http://127.0.0.1:$FB_PORT/api/flows/import?replace=true" > /dev/null
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"note": "benchmark"}' \
    "http://127.0.0.1:$FB_PORT/api/flows/bench-webhook-async/publish" > /dev/null
}
wait_http "http://127.0.0.1:$RECV_PORT/stats"
wait_http "http://127.0.0.1:$NR_PORT/hello"
start_flowbuilder webhooks
FB_SAMPLE="$(curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"amount": 150}' "http://127.0.0.1:$FB_PORT/hooks/bench-async")"
NR_SAMPLE="$(curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"amount": 150}' "http://127.0.0.1:$NR_PORT/webhook-async")"
echo "FlowBuilder answers: $FB_SAMPLE; Node-RED answers: $NR_SAMPLE" >&2

log "(1) Asynchronous webhook starts per second (3 rounds)"
for round in 1 2 3; do
  wrk_run "fb-async-$round" "http://127.0.0.1:$FB_PORT/hooks/bench-async" "$BENCH/http/post.lua"
  wrk_run "fb-async-idem-$round" "http://127.0.0.1:$FB_PORT/hooks/bench-async" "$HERE/idempotent.lua"
  wrk_run "nr-async-$round" "http://127.0.0.1:$NR_PORT/webhook-async" "$BENCH/http/post.lua"
done

log "(2) Notifications delivered per second ($NOTIFY_COUNT events, 3 rounds), on a fresh server and database"
# A fresh server: the first part leaves hundreds of thousands of finished instances whose journal is still being
# written, which would slow the outbox's writes down for reasons that have nothing to do with notifications.
stop_pid "$FB_PID"
start_flowbuilder notifications
SUBSCRIPTION="$(curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' \
  -d "{\"url\": \"http://127.0.0.1:$RECV_PORT/fb\", \"events\": [\"flow.completed\"], \"description\": \"benchmark\"}" \
  "http://127.0.0.1:$FB_PORT/api/subscriptions")"
echo "$SUBSCRIPTION" | jq -j '.secret' | curl -fsS --max-time 5 -X POST --data-binary @- "http://127.0.0.1:$RECV_PORT/secret" > /dev/null
# Wait until the receiver has COUNT deliveries on PATH (at most 300 s); prints the rate on the receiver's clock.
delivered_rate() {
  local path="$1" count="$2" stats=""
  for _ in $(seq 1 3000); do
    stats="$(curl -fsS --max-time 2 "http://127.0.0.1:$RECV_PORT/stats?path=/$path")"
    [ "$(echo "$stats" | jq -r '.count')" -ge "$count" ] && break
    sleep 0.1
  done
  echo "$stats" > "$OUT/notify-stats-$path-$3.json"
  echo "$stats" | jq -r --argjson n "$count" 'if .count < $n then "incomplete" else (((.count - 1) / ((.lastMs - .firstMs) / 1000)) | floor | tostring) end'
}
for round in 1 2 3; do
  curl -fsS --max-time 5 -X POST "http://127.0.0.1:$RECV_PORT/reset" > /dev/null
  node "$HERE/fire.mjs" "http://127.0.0.1:$FB_PORT/hooks/bench-async" "$NOTIFY_COUNT" 16 > "$OUT/notify-fire-fb-$round.json"
  delivered_rate fb "$NOTIFY_COUNT" "$round" > "$OUT/notify-rate-fb-$round.txt"
  node "$HERE/fire.mjs" "http://127.0.0.1:$NR_PORT/relay" "$NOTIFY_COUNT" 16 > "$OUT/notify-fire-nr-$round.json"
  delivered_rate nodered "$NOTIFY_COUNT" "$round" > "$OUT/notify-rate-nr-$round.txt"
done
BAD_SIGNATURES="$(jq -s 'map(.badSignatures) | add' "$OUT"/notify-stats-fb-*.json)"
DUPLICATES="$(jq -s 'map(.count - .unique) | add' "$OUT"/notify-stats-fb-*.json)"

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
FB_ASYNC="$(for r in 1 2 3; do wrk_rps "fb-async-$r"; done | median)"
FB_IDEM="$(for r in 1 2 3; do wrk_rps "fb-async-idem-$r"; done | median)"
NR_ASYNC="$(for r in 1 2 3; do wrk_rps "nr-async-$r"; done | median)"
FB_NOTIFY="$(cat "$OUT"/notify-rate-fb-*.txt | median)"
NR_NOTIFY="$(cat "$OUT"/notify-rate-nr-*.txt | median)"
{
  echo "## Webhooks and notifications (issue 6) — FlowBuilder vs Node-RED $NR_VERSION, same run"
  echo
  echo "Written by \`bench/webhooks/run.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores shared by server, peer and load tool;"
  echo "wrk $WRK_THREADS threads, $WRK_CONNECTIONS connections, ${WRK_SECONDS} s after a 3 s warm-up, three rounds (median in bold)."
  echo
  echo "### Webhook-triggered flow starts per second, asynchronous mode"
  echo
  echo "FlowBuilder: \`POST /hooks/bench-async\` answers 202 with the instance id, then runs \`bench/flows/webhook-async.flow.json\`"
  echo "(JavaScript decision, end) with its journal written to SQLite. Node-RED: \`POST /webhook-async\` (http in → function → 202"
  echo "and the same decision in a function node; nothing stored)."
  echo
  echo "| | round 1 | round 2 | round 3 | median starts/s | p99 (round 1) | non-2xx |"
  echo "|---|---:|---:|---:|---:|---:|---:|"
  for who in fb-async fb-async-idem nr-async; do
    case $who in fb-async) label="FlowBuilder";; fb-async-idem) label="FlowBuilder, unique Idempotency-Key per request";; nr-async) label="Node-RED";; esac
    echo "| $label | $(wrk_rps "$who-1") | $(wrk_rps "$who-2") | $(wrk_rps "$who-3") | **$(for r in 1 2 3; do wrk_rps "$who-$r"; done | median)** | $(wrk_p99 "$who-1") | $(wrk_non2xx "$who-1")$(wrk_non2xx "$who-2")$(wrk_non2xx "$who-3") |"
  done
  echo
  echo "**Ratio FlowBuilder / Node-RED: $(ratio "$FB_ASYNC" "$NR_ASYNC")×** (with idempotency keys: $(ratio "$FB_IDEM" "$NR_ASYNC")×)."
  echo
  echo "### Event notifications delivered per second"
  echo
  echo "$NOTIFY_COUNT events per round, fired by \`bench/webhooks/fire.mjs\` (16 in flight). FlowBuilder: each async start completes"
  echo "a flow; its \`flow.completed\` event is written to the outbox (SQLite) and POSTed, signed, to \`receiver.mjs\`, which checks"
  echo "every signature. Node-RED: \`POST /relay\` → http request node → the receiver (no outbox, no retry, no signature)."
  echo "Rate = deliveries ÷ time from the first to the last delivery, on the receiver's clock."
  echo
  echo "| | round 1 | round 2 | round 3 | median deliveries/s |"
  echo "|---|---:|---:|---:|---:|"
  echo "| FlowBuilder (durable outbox, signed) | $(cat "$OUT/notify-rate-fb-1.txt") | $(cat "$OUT/notify-rate-fb-2.txt") | $(cat "$OUT/notify-rate-fb-3.txt") | **$FB_NOTIFY** |"
  echo "| Node-RED (in-memory relay) | $(cat "$OUT/notify-rate-nr-1.txt") | $(cat "$OUT/notify-rate-nr-2.txt") | $(cat "$OUT/notify-rate-nr-3.txt") | **$NR_NOTIFY** |"
  echo
  echo "**Ratio FlowBuilder / Node-RED: $(ratio "$FB_NOTIFY" "$NR_NOTIFY")×.** Bad signatures seen by the receiver: $BAD_SIGNATURES;"
  echo "duplicate event ids: $DUPLICATES (at-least-once delivery allows duplicates; none expected without failures)."
} > "$OUT/webhooks.md"
cat "$OUT/webhooks.md"

# Replace (or append) the section in RESULTS.md.
python3 - "$BENCH/RESULTS.md" "$OUT/webhooks.md" <<'PY'
import re, sys
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read() if __import__('os').path.exists(results) else "# FlowBuilder benchmark results\n"
pattern = re.compile(r"^## Webhooks and notifications.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
