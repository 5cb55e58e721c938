#!/usr/bin/env bash
# FlowBuilder benchmarks, with Node-RED measured in the same run. Writes bench/RESULTS.md.
#   (a) engine steps/s on the 50-node control flow, in memory, journal off and on (BenchmarkDotNet)
#   (b) webhook-triggered flows/s over HTTP on loopback, journal on, SQLite; Node-RED on the same wrk settings
#   (c) durable suspend+resume cycles/s (in-memory store and the real SQLite Data layer)
#   (d) memory per suspended instance
# Everything listens on 127.0.0.1 only; every process started here is stopped by its PID.
# Knobs (environment): WRK_CONNECTIONS=16 WRK_THREADS=2 WRK_SECONDS=10 DURABLE_COUNT=20000 MEMORY_COUNT=50000
#                      SKIP_STEPS=1 SKIP_HTTP=1 SKIP_TELEPHONY=1 (to rerun parts; RESULTS.md then says what was skipped)
#   telephony (issue 3): bench/telephony/run.sh — FlowBuilder's SIP stack against SIPp (calls/s, concurrent calls
#   with RTP jitter, DTMF latency); its knobs are listed there
#   bridged calls (issue 4): bench/telephony/bridge.sh — 500 bridged calls, relay latency, FlowBuilder against
#   Kamailio + rtpengine; SKIP_BRIDGE=1 skips it
#   designer (issue 5): bench/designer/run.sh — time to an interactive canvas and drag frame rate on 50- and
#   500-block flows, FlowBuilder's designer against Node-RED's editor in Chromium; SKIP_DESIGNER=1 skips it
#   webhooks and notifications (issue 6): bench/webhooks/run.sh — async webhook starts/s and event notifications
#   delivered/s, FlowBuilder against Node-RED; SKIP_WEBHOOKS=1 skips it
#   contact import (issue 7): bench/campaigns/import.sh — a million contacts through the CLI into SQLite (time, peak
#   memory) against the sqlite3 shell's .import; SKIP_CAMPAIGNS=1 skips it
#   campaign dialer (issue 7): bench/campaigns/dialer.sh — 5,000 contacts dialled through SIP to SIPp with at most 50 calls
#   at once (attempts/s, limit held) against SIPp's own UAC at -l 50; SKIP_DIALER=1 skips it
#   click-to-call (issue 8): bench/clicktocall/run.sh — the public intake under wrk load (accepted requests/s, p50/p99)
#   against a Node-RED intake flow, and request-to-ring latency (202 -> INVITE at SIPp) against SIPp's own UAC call
#   setup; SKIP_CLICKTOCALL=1 skips it
#   rating (issue 9): bench/rating/run.sh — CDRs rated per second with a 50,000-prefix tariff (RateTable + CallCharges,
#   BenchmarkDotNet) against the SQL longest-prefix query on SQLite and PostgreSQL; SKIP_RATING=1 skips it
#                      REPORT_ONLY=1 (rewrite RESULTS.md from the last run's bench/out, e.g. after editing ANALYSIS.md)
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
BENCH="$ROOT/bench"
OUT="$BENCH/out"
RESULTS="$BENCH/RESULTS.md"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-16}"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_SECONDS="${WRK_SECONDS:-10}"
DURABLE_COUNT="${DURABLE_COUNT:-20000}"
MEMORY_COUNT="${MEMORY_COUNT:-50000}"
FB_PORT=5091
NR_PORT=1880
# shellcheck disable=SC1091
. "$BENCH/processes.sh"

# Waits up to 60 s for an HTTP endpoint to answer.
wait_http() {
  local url="$1" pid="$2"
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "process $pid died before $url answered" >&2; return 1; }
    curl -fsS -o /dev/null --max-time 1 "$url" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$url did not answer within 60 s" >&2
  return 1
}

# ---------------------------------------------------------------------------------------------
# wrk_run NAME URL [lua]: WRK_SECONDS of load after a 3 s warm-up; output in $OUT/wrk-NAME.txt
wrk_run() {
  local name="$1" url="$2" script="${3:-}"
  local args=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" --latency --timeout 5s)
  [ -n "$script" ] && args+=(-s "$script")
  timeout 60 wrk "${args[@]}" -d 3s "$url" >/dev/null
  timeout 60 wrk "${args[@]}" -d "${WRK_SECONDS}s" "$url" > "$OUT/wrk-$name.txt"
}

wrk_rps() { awk '/^Requests\/sec:/ {print $2}' "$OUT/wrk-$1.txt"; }
wrk_latency() { awk -v p="$2" '$1 == p {print $2}' "$OUT/wrk-$1.txt"; }
wrk_avg() { awk '$1 == "Latency" && NF >= 4 {print $2; exit}' "$OUT/wrk-$1.txt"; }
wrk_errors() {
  local non2xx socket
  non2xx="$(awk '/Non-2xx or 3xx responses:/ {print $NF}' "$OUT/wrk-$1.txt")"
  socket="$(awk '/Socket errors:/ {print $0}' "$OUT/wrk-$1.txt")"
  printf '%s%s' "${non2xx:+non-2xx: $non2xx }" "${socket:+$socket}"
}

port_free() {
  if ss -ltn "sport = :$1" 2>/dev/null | grep -q LISTEN; then
    echo "port $1 on 127.0.0.1 is in use by another process; stop it (or change FB_PORT/NR_PORT in bench/run.sh) and rerun" >&2
    return 1
  fi
}

median() { sort -g | awk '{ v[NR] = $1 } END { if (NR == 0) print ""; else if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

if [ -n "${REPORT_ONLY:-}" ]; then
  [ -f "$BENCH/out/run-vars.sh" ] || { echo "REPORT_ONLY needs a finished run in $BENCH/out" >&2; exit 2; }
  # shellcheck disable=SC1091
  . "$BENCH/out/run-vars.sh"
else
# ---------------------------------------------------------------------------------------------
log "Installing what the benchmarks need"
if ! command -v wrk >/dev/null; then
  apt-get update -qq && apt-get install -y -qq wrk
fi
if [ ! -x "$BENCH/peers/nodered/node_modules/.bin/node-red" ]; then
  (cd "$BENCH/peers/nodered" && if [ -f package-lock.json ]; then npm ci --no-audit --no-fund; else npm install --no-audit --no-fund; fi)
fi

log "Building Release"
dotnet build "$BENCH/FlowBuilder.Bench/FlowBuilder.Bench.csproj" -c Release -nologo -v q
dotnet build "$ROOT/src/FlowBuilder.Server/FlowBuilder.Server.csproj" -c Release -nologo -v q
BENCH_DLL="$BENCH/FlowBuilder.Bench/bin/Release/net10.0/FlowBuilder.Bench.dll"
SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"

rm -rf "$OUT" && mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-bench.XXXXXX)"
RUN_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"

# ---------------------------------------------------------------------------------------------
if [ -z "${SKIP_STEPS:-}" ]; then
  log "(a) Engine steps per second (BenchmarkDotNet, in process)"
  timeout 1800 dotnet "$BENCH_DLL" steps --report "$OUT/steps.md" --artifacts "$OUT/bdn" | tee "$OUT/steps.log" >/dev/null
fi

log "(c) Durable suspend + resume"
for store in memory sqlite; do
  timeout 600 dotnet "$BENCH_DLL" durable --store "$store" --count "$DURABLE_COUNT" --report "$OUT/durable.md"
done

log "(d) Memory per suspended instance"
for store in memory sqlite; do
  timeout 600 dotnet "$BENCH_DLL" memory --store "$store" --count "$MEMORY_COUNT" --report "$OUT/memory.md"
done

if [ -z "${SKIP_HTTP:-}" ]; then
  port_free "$FB_PORT"
  port_free "$NR_PORT"
  log "(b) Starting the FlowBuilder server (SQLite in $WORK, journal on, log level Warning)"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$SERVER_DLL" \
    --urls "http://127.0.0.1:$FB_PORT" \
    --FlowBuilder:Database:ConnectionString="Data Source=$WORK/flowbuilder.db" \
    --FlowBuilder:Logging:MinimumLevel:Default=Warning \
    --FlowBuilder:Logging:WriteTo:0:Name=Console \
    > "$OUT/flowbuilder-server.log" 2>&1 &
  FB_PID=$!
  STARTED_PIDS+=("$FB_PID")
  wait_http "http://127.0.0.1:$FB_PORT/" "$FB_PID"
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' \
    --data-binary @"$BENCH/flows/webhook-bench.flow.json" "http://127.0.0.1:$FB_PORT/api/flows/import?replace=true" > "$OUT/import.json"
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"note": "benchmark"}' \
    "http://127.0.0.1:$FB_PORT/api/flows/bench-webhook/publish" > "$OUT/publish.json"
  FB_SAMPLE="$(curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"amount": 150, "orderId": "A-1001", "customer": "ada@example.com"}' "http://127.0.0.1:$FB_PORT/hooks/bench")"
  echo "FlowBuilder answers: $FB_SAMPLE" >&2

  NR_VERSION="$(node -p "require('$BENCH/peers/nodered/node_modules/node-red/package.json').version")"
  log "(b) Starting Node-RED $NR_VERSION (headless, 127.0.0.1:$NR_PORT)"
  rm -rf "$BENCH/peers/nodered/userdir"
  PORT=$NR_PORT node "$BENCH/peers/nodered/node_modules/node-red/red.js" --settings "$BENCH/peers/nodered/settings.js" > "$OUT/nodered.log" 2>&1 &
  NR_PID=$!
  STARTED_PIDS+=("$NR_PID")
  wait_http "http://127.0.0.1:$NR_PORT/hello" "$NR_PID"
  NR_SAMPLE="$(curl -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"amount": 150, "orderId": "A-1001", "customer": "ada@example.com"}' "http://127.0.0.1:$NR_PORT/webhook")"
  echo "Node-RED answers: $NR_SAMPLE" >&2

  log "(b) Three alternating rounds of wrk: FlowBuilder, then Node-RED (only one is loaded at a time)"
  for round in 1 2 3; do
    wrk_run "flowbuilder-webhook-$round" "http://127.0.0.1:$FB_PORT/hooks/bench" "$BENCH/http/post.lua"
    wrk_run "nodered-webhook-$round" "http://127.0.0.1:$NR_PORT/webhook" "$BENCH/http/post.lua"
  done
  log "(b) Baselines without a flow engine: FlowBuilder GET / (minimal API), Node-RED GET /hello (function)"
  wrk_run flowbuilder-home "http://127.0.0.1:$FB_PORT/"
  wrk_run nodered-hello "http://127.0.0.1:$NR_PORT/hello"
  FB_RSS_KB="$(awk '/VmRSS/ {print $2}' "/proc/$FB_PID/status")"
  NR_RSS_KB="$(awk '/VmRSS/ {print $2}' "/proc/$NR_PID/status")"
  stop_pid "$NR_PID"

  log "(b) Where the server's time goes: a fourth webhook load (not counted) with the sample profiler attached"
  timeout 60 wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d 12s -s "$BENCH/http/post.lua" "http://127.0.0.1:$FB_PORT/hooks/bench" > "$OUT/wrk-profiled.txt" &
  WRK_PID=$!
  STARTED_PIDS+=("$WRK_PID")
  sleep 1
  timeout 120 dotnet "$BENCH_DLL" profile-process --pid "$FB_PID" --seconds 8 --trace "$WORK/server.nettrace" --report "$OUT/server-profile.md" >/dev/null || echo "(the server profile failed)" > "$OUT/server-profile.md"
  wait "$WRK_PID" || true
  FB_INSTANCES="$(curl -H "$AUTH_HEADER" -fsS --max-time 10 "http://127.0.0.1:$FB_PORT/api/instances?flowId=bench-webhook&take=1" | jq -r '.total // "?"' 2>/dev/null || echo "?")"
  stop_pid "$FB_PID"
fi

if [ -z "${SKIP_STEPS:-}" ]; then
  log "(a) Where a step's time goes: sample profiles of the JavaScript flow, journal off and on"
  for journal in off on; do
    timeout 120 dotnet "$BENCH_DLL" profile --journal "$journal" --seconds 5 --trace "$WORK/steps-$journal.nettrace" --report "$OUT/steps-profile.md" >/dev/null \
      || echo "(the $journal profile failed)" >> "$OUT/steps-profile.md"
  done
fi

if [ -z "${SKIP_TELEPHONY:-}" ]; then
  log "Telephony: FlowBuilder's SIP stack against SIPp (bench/telephony/run.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/telephony/run.sh" || echo "_the telephony benchmark failed: see bench/out/telephony/_" > "$OUT/telephony.md"
fi

if [ -z "${SKIP_BRIDGE:-}" ]; then
  log "Bridged calls: relay latency, FlowBuilder against Kamailio + rtpengine (bench/telephony/bridge.sh)"
  SKIP_BUILD=1 TRANSCODE=1 timeout 1800 bash "$BENCH/telephony/bridge.sh" || echo "_the bridged-calls benchmark failed: see bench/out/bridge/_" > "$OUT/bridge.md"
fi

if [ -z "${SKIP_DESIGNER:-}" ]; then
  log "Designer: time to an interactive canvas and drag frame rate, FlowBuilder against Node-RED's editor (bench/designer/run.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/designer/run.sh" || echo "_the designer benchmark failed: see bench/out/_" > "$OUT/designer.md"
fi

if [ -z "${SKIP_WEBHOOKS:-}" ]; then
  log "Webhooks and notifications: async webhook starts/s and notifications delivered/s, FlowBuilder against Node-RED (bench/webhooks/run.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/webhooks/run.sh" || echo "_the webhooks benchmark failed: see bench/out/_" > "$OUT/webhooks.md"
fi

if [ -z "${SKIP_CAMPAIGNS:-}" ]; then
  log "Campaigns: a million contacts imported through the CLI into SQLite, against the sqlite3 shell (bench/campaigns/import.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/campaigns/import.sh" || { mkdir -p "$BENCH/campaigns/out"; echo "_the contact import benchmark failed: see bench/campaigns/out/_" > "$BENCH/campaigns/out/import.md"; }
fi

if [ -z "${SKIP_DIALER:-}" ]; then
  log "Campaigns: 5,000 contacts dialled through SIP to SIPp, at most 50 calls at once, against SIPp's UAC (bench/campaigns/dialer.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/campaigns/dialer.sh" || { mkdir -p "$BENCH/campaigns/out"; echo "_the campaign dialer benchmark failed: see bench/campaigns/out/_" > "$BENCH/campaigns/out/dialer.md"; }
fi

if [ -z "${SKIP_CLICKTOCALL:-}" ]; then
  log "Click-to-call: public intake under load against Node-RED, request-to-ring latency against SIPp (bench/clicktocall/run.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/clicktocall/run.sh" || { mkdir -p "$BENCH/clicktocall/out"; echo "_the click-to-call benchmark failed: see bench/clicktocall/out/_" > "$BENCH/clicktocall/out/clicktocall.md"; }
fi

if [ -z "${SKIP_RATING:-}" ]; then
  log "Rating: CDRs/s with 50,000 prefixes, RateTable against the SQL longest-prefix query on SQLite and PostgreSQL (bench/rating/run.sh)"
  SKIP_BUILD=1 timeout 1800 bash "$BENCH/rating/run.sh" || { mkdir -p "$BENCH/rating/out"; echo "_the rating benchmark failed: see bench/rating/out/rating.log_" > "$BENCH/rating/out/rating.md"; }
fi

declare -p RUN_DATE SKIP_STEPS SKIP_HTTP SKIP_TELEPHONY SKIP_BRIDGE SKIP_DESIGNER FB_SAMPLE NR_SAMPLE FB_RSS_KB NR_RSS_KB FB_INSTANCES NR_VERSION 2>/dev/null > "$OUT/run-vars.sh" || true
fi

# ---------------------------------------------------------------------------------------------
log "Writing $RESULTS"
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { if (b > 0) printf "%.2f", a / b; else print "n/a" }'; }
{
  echo "# FlowBuilder benchmark results"
  echo
  echo "Written by \`bench/run.sh\` — rerun it to reproduce. Raw output: \`bench/out/\` (not committed)."
  echo
  echo "| | |"
  echo "|---|---|"
  echo "| date | $RUN_DATE |"
  echo "| machine | $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'), $(awk '/MemTotal/ {printf "%.0f GiB", $2/1048576}' /proc/meminfo) RAM |"
  echo "| OS | $(. /etc/os-release && echo "$PRETTY_NAME"), kernel $(uname -r) |"
  echo "| .NET | SDK $(dotnet --version), Release build, workstation GC |"
  echo "| Node.js / Node-RED | $(node --version) / ${NR_VERSION:-not run} |"
  echo "| load tool | $(wrk --version 2>&1 | head -1 | awk '{print $1, $2}'), ${WRK_THREADS} threads, ${WRK_CONNECTIONS} connections, ${WRK_SECONDS} s after a 3 s warm-up, on the same cores as the server |"
  echo
  if [ -f "$BENCH/ANALYSIS.md" ]; then
    echo "## Verdict and where the time goes (hand-written from this run: bench/ANALYSIS.md; the measured tables follow)"
    echo
    sed '1,/^---$/d' "$BENCH/ANALYSIS.md"
  fi
  echo
  echo "## (a) Engine steps per second — 50-node control flow, in memory"
  echo
  echo "Flow: \`bench/flows/control-50.flow.json\` — 24 JavaScript decisions, 24 JavaScript set-variables, a literal"
  echo "set-variable and an end; 49 of the 50 steps evaluate JavaScript. \`literal\` is the same graph with every script"
  echo "replaced by a constant (what the engine costs without JavaScript). One operation = one step: the time and the"
  echo "allocation are per step. \`OneInstance\` runs one instance at a time (one core busy) — the per-core figure;"
  echo "\`Concurrent64\` keeps 64 instances in flight on all $(nproc) cores (per core = total / $(nproc))."
  echo "Journal: \`off\`; \`entries\` = one journal entry per step without the input/output summaries"
  echo "(\`EngineOptions.JournalValues = false\`); \`on\` = the default, entries with JSON summaries of inputs and outputs."
  echo "Stores: a store that discards what it is given (the engine still builds every snapshot and journal entry and"
  echo "its writer batches them), so millions of finished instances do not pile up in memory."
  echo
  if [ -f "$OUT/steps.md" ]; then cat "$OUT/steps.md"; else echo "_skipped in this run_"; fi
  echo
  echo "Goal: ≥ 1,000,000 steps/s per core (JavaScript flow, journal off and on)."
  echo
  echo "## (b) Webhook-triggered flows over HTTP — FlowBuilder vs Node-RED, same run"
  echo
  if [ -z "${SKIP_HTTP:-}" ]; then
    FB_ALL="$(for r in 1 2 3; do wrk_rps "flowbuilder-webhook-$r"; done)"; NR_ALL="$(for r in 1 2 3; do wrk_rps "nodered-webhook-$r"; done)"
    FB_RPS="$(echo "$FB_ALL" | median)"; NR_RPS="$(echo "$NR_ALL" | median)"
    echo "FlowBuilder: the real server (\`FlowBuilder.Server.dll\`, SQLite in a temp folder, journal on, log level Warning),"
    echo "flow \`bench/flows/webhook-bench.flow.json\` imported and published through the REST API: trigger"
    echo "\`{type: webhook, path: bench, synchronous: true}\` → \`control.decision\` (\`js: input.amount > 100\`) → \`http.response\`."
    echo "Every request starts an instance that is written to SQLite (snapshot and 2 journal entries)."
    echo "Node-RED: \`bench/peers/nodered/\` (headless settings, \`http in\` → \`function\` → \`switch\` → \`http response\` on POST /webhook)."
    echo "Both get \`POST\` with the body \`{\"amount\": 150, \"orderId\": \"A-1001\", \"customer\": \"ada@example.com\"}\` (\`bench/http/post.lua\`)."
    echo "Both servers run side by side; three rounds alternate FlowBuilder and Node-RED, one loaded at a time."
    echo
    echo "| server | route | round | req/s | latency avg | p50 | p90 | p99 | errors |"
    echo "|---|---|---:|---:|---:|---:|---:|---:|---|"
    for r in 1 2 3; do
      for who in flowbuilder nodered; do
        name="$who-webhook-$r"
        route="POST /hooks/bench"; label="FlowBuilder"
        [ "$who" = nodered ] && route="POST /webhook" && label="Node-RED"
        echo "| $label | $route | $r | $(wrk_rps "$name") | $(wrk_avg "$name") | $(wrk_latency "$name" 50%) | $(wrk_latency "$name" 90%) | $(wrk_latency "$name" 99%) | $(wrk_errors "$name") |"
      done
    done
    echo "| FlowBuilder | GET / (minimal API, no flow) | | $(wrk_rps flowbuilder-home) | $(wrk_avg flowbuilder-home) | $(wrk_latency flowbuilder-home 50%) | $(wrk_latency flowbuilder-home 90%) | $(wrk_latency flowbuilder-home 99%) | $(wrk_errors flowbuilder-home) |"
    echo "| Node-RED | GET /hello (function, no switch) | | $(wrk_rps nodered-hello) | $(wrk_avg nodered-hello) | $(wrk_latency nodered-hello 50%) | $(wrk_latency nodered-hello 90%) | $(wrk_latency nodered-hello 99%) | $(wrk_errors nodered-hello) |"
    echo
    echo "Median of the three rounds: FlowBuilder **$FB_RPS** req/s, Node-RED **$NR_RPS** req/s."
    echo "**Ratio FlowBuilder / Node-RED on the webhook flow: $(ratio "$FB_RPS" "$NR_RPS")×** (goal ≥ 2×)."
    echo "Resident memory after the rounds: FlowBuilder $((FB_RSS_KB / 1024)) MiB, Node-RED $((NR_RSS_KB / 1024)) MiB."
    echo "Instances FlowBuilder stored for the flow during the run: $FB_INSTANCES."
    echo
    echo "Replies: FlowBuilder \`$FB_SAMPLE\`, Node-RED \`$NR_SAMPLE\`."
    echo
    echo "### Where the server's time goes under webhook load"
    echo
    echo "EventPipe sample profile of the FlowBuilder server during a fourth (uncounted) webhook load, $(wrk_rps profiled 2>/dev/null || true) req/s while profiled."
    echo "Samples of idle threads (Kestrel's heartbeat, the socket event loop, idle pool threads) are part of the total,"
    echo "so compare the rows with each other."
    echo
    cat "$OUT/server-profile.md"
  else
    echo "_skipped in this run_"
  fi
  echo
  echo "## (c) Durable suspend + resume"
  echo
  echo "Flow \`bench/flows/wait-for-go.flow.json\` (set-variable → \`control.wait-for-event\` \"go\" → end), journal on, published"
  echo "through the flow catalog. N instances start and suspend (each suspension flushed to the store), then each gets"
  echo "a \"go\" stimulus through \`FlowEngine.DeliverAsync\` and finishes; the clock stops after \`FlushAsync\`."
  echo "\`sqlite\` is the real Data layer (\`AddFlowBuilderData\`, EF Core, a fresh SQLite file in a temp folder)."
  echo
  echo "| store | instances | start + suspend + flush | resume + finish + flush | cycles/s | per cycle |"
  echo "|---|---:|---:|---:|---:|---:|"
  cat "$OUT/durable.md"
  echo
  echo "Goal: ≥ 2,000 cycles/s on SQLite."
  echo
  echo "## (d) Memory per suspended instance"
  echo
  echo "N instances of the same flow suspended and held in memory (as the server holds them), after full GCs."
  echo "With the in-memory store the figure includes the store's own copy of each snapshot and journal entry."
  echo
  echo "| store | instances | managed heap per instance | working set per instance | heap in all |"
  echo "|---|---:|---:|---:|---:|"
  cat "$OUT/memory.md"
  echo
  if [ -f "$OUT/telephony.md" ]; then cat "$OUT/telephony.md"; echo; fi
  if [ -f "$OUT/bridge.md" ]; then cat "$OUT/bridge.md"; echo; fi
  if [ -f "$OUT/designer.md" ]; then cat "$OUT/designer.md"; echo; fi
  if [ -f "$OUT/webhooks.md" ]; then cat "$OUT/webhooks.md"; echo; fi
  if [ -f "$BENCH/campaigns/out/import.md" ]; then cat "$BENCH/campaigns/out/import.md"; echo; fi
  if [ -f "$BENCH/campaigns/out/dialer.md" ]; then cat "$BENCH/campaigns/out/dialer.md"; echo; fi
  if [ -f "$BENCH/clicktocall/out/clicktocall.md" ]; then cat "$BENCH/clicktocall/out/clicktocall.md"; echo; fi
  if [ -f "$BENCH/rating/out/rating.md" ]; then cat "$BENCH/rating/out/rating.md"; echo; fi
  if [ -f "$OUT/steps-profile.md" ]; then
    echo "## (a) Where a step's time goes: sample profiles"
    echo
    echo "The JavaScript flow run one instance at a time for 5 s while the runtime's sample profiler records stacks."
    echo "Busy = a stack in FlowBuilder or Jint code. Samples on top of \`PollGC\` are mostly where the sampler stopped"
    echo "the thread (loop back-edges), not garbage collection; use BenchmarkDotNet's allocation column for GC cost."
    echo
    cat "$OUT/steps-profile.md"
  fi
} > "$RESULTS"
echo "Wrote $RESULTS" >&2
