#!/usr/bin/env bash
# Click-to-call benchmark (issue 8), on loopback only, every step bounded in time.
# (a) Public intake under load: wrk (WRK_THREADS x WRK_CONNECTIONS, WRK_SECONDS after a 3 s warm-up, three rounds alternating
#     with the peer) POSTs /api/public/click-to-call/{key}/requests with a distinct valid number on every request
#     (intake.lua). The server runs on SQLite with dialling off on the node (FlowBuilder:ClickToCall:Enabled=false: accepted
#     requests are stored and stay Waiting, so the dispatcher takes no CPU) and the rate limits raised
#     (PerNumberLimit/PerAddressLimit: every request comes from 127.0.0.1). Peer: Node-RED (bench/peers/nodered, POST
#     /c2c/requests: http in -> function validating the number with a regex and keeping the request in context -> http
#     response 202) on the same wrk settings. Goal: >= 1,000 accepted requests/s and p99 < 50 ms on this 2-core machine.
# (b) Request-to-ring latency: a fresh server with its SIP trunk pointed at a SIPp UAS (uas-campaign-callee.xml: answers
#     numbers ending 0-5, the call ends with our BYE) and the default PollSeconds; RING_COUNT requests posted at RING_RATE/s
#     (ring.py); latency = the 202's arrival at the client -> the INVITE's arrival at SIPp (SIPp's -trace_msg times), and the
#     server's own view (createdAt -> first leg startedAt through the API). Campaign flow: bench/clicktocall/ring.flow.json
#     (dial the client, end), so only the path to the INVITE is measured. Peer: SIPp's UAC (-sn uac) against the same UAS
#     at the same rate: its INVITE -> 200 call setup (-trace_rtt). Goal: p99 < 1 s.
# Writes bench/clicktocall/out/clicktocall.md (+ clicktocall.env, raw files) and replaces the "Click-to-call" section of
# bench/RESULTS.md.  Knobs: WRK_THREADS=2 WRK_CONNECTIONS=16 WRK_SECONDS=10 RING_COUNT=200 RING_RATE=10 SKIP_BUILD=1
#   RING_WARMUP=10 SKIP_INTAKE=1 SKIP_RING=1 (rerun one part; the other's last output is kept) PROFILE=1 (an EventPipe sample profile of the server during a fourth, uncounted intake load)
#   PORT=5595 NR_PORT=1887
# Everything listens on 127.0.0.1; every process started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
HERE="$BENCH/clicktocall"
OUT="$HERE/out"
WRK_THREADS="${WRK_THREADS:-2}"
WRK_CONNECTIONS="${WRK_CONNECTIONS:-16}"
WRK_SECONDS="${WRK_SECONDS:-10}"
RING_COUNT="${RING_COUNT:-200}"
RING_RATE="${RING_RATE:-10}"
RING_WARMUP="${RING_WARMUP:-10}"
PORT="${PORT:-5595}"
NR_PORT="${NR_PORT:-1887}"
SIP_PORT=5596
UAS_PORT=5597
SCENARIO="$ROOT/tests/FlowBuilder.Telephony.Interop.Tests/scenarios/uas-campaign-callee.xml"
# shellcheck disable=SC1091
. "$BENCH/processes.sh"
trap 'exit 130' INT TERM
# A rerun of one part keeps the other part's raw output (its numbers are read back from out/*.env).
if [ "${SKIP_INTAKE:-0}" != 1 ] && [ "${SKIP_RING:-0}" != 1 ]; then rm -rf "$OUT"; fi
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-c2c.XXXXXX)"

command -v wrk >/dev/null || { apt-get update -qq && apt-get install -y -qq wrk >/dev/null; }
command -v sipp >/dev/null || { apt-get update -qq && apt-get install -y -qq sip-tester >/dev/null; }
if [ ! -x "$BENCH/peers/nodered/node_modules/.bin/node-red" ]; then
  (cd "$BENCH/peers/nodered" && npm ci --no-audit --no-fund)
fi
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build "$ROOT/src/FlowBuilder.Server" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
  dotnet build "$BENCH/FlowBuilder.Bench" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
fi
SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"
BENCH_DLL="$BENCH/FlowBuilder.Bench/bin/Release/net10.0/FlowBuilder.Bench.dll"
URL="http://127.0.0.1:$PORT"
api() { # METHOD PATH [JSON]
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X "$1" -H 'content-type: application/json' ${3:+-d "$3"} "$URL$2"
}
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }
port_free() {
  if ss -ltn "sport = :$1" 2>/dev/null | grep -q LISTEN; then echo "port $1 is in use by another process; set PORT/NR_PORT" >&2; exit 1; fi
}
wait_http() { # URL PID
  for _ in $(seq 1 600); do
    kill -0 "$2" 2>/dev/null || { echo "process $2 died before $1 answered" >&2; return 1; }
    curl -fsS -o /dev/null --max-time 1 "$1" 2>/dev/null && return 0
    sleep 0.1
  done
  echo "$1 did not answer within 60 s" >&2; return 1
}
load() { cut -d' ' -f1-3 /proc/loadavg; }

start_server() { # LOGNAME EXTRA-ARGS...
  local name="$1"; shift
  port_free "$PORT"
  rm -rf "$WORK/$name" && mkdir -p "$WORK/$name"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$SERVER_DLL" --urls "$URL" "--FlowBuilder:Database:ConnectionString=Data Source=$WORK/$name/flowbuilder.db" \
    --FlowBuilder:Logging:MinimumLevel:Default=Warning --FlowBuilder:PluginsPath="$WORK/$name/plugins" --FlowBuilder:Media:Folder="$WORK/$name/media" \
    --FlowBuilder:ClickToCall:PerNumberLimit=1000000 --FlowBuilder:ClickToCall:PerAddressLimit=100000000 --FlowBuilder:ClickToCall:ReminderPollSeconds=3600 \
    "$@" > "$OUT/server-$name.log" 2>&1 &
  SERVER_PID=$!
  STARTED_PIDS+=("$SERVER_PID")
  wait_http "$URL/health" "$SERVER_PID"
}

# A tariff with Germany as the company's, the ring flow published, an active campaign open all day; sets KEY and CAMPAIGN.
setup_campaign() {
  local tariff
  tariff=$(api POST /api/tariffs '{"name":"Bench","currency":"EUR","rates":[{"prefix":"49","destination":"Germany","pricePerMinute":0.02}]}' | json 'd["id"]')
  api PUT /api/company "{\"name\":\"Bench GmbH\",\"tariffId\":\"$tariff\",\"email\":\"office@bench.example\"}" >/dev/null
  curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'content-type: application/json' --data-binary @"$HERE/ring.flow.json" "$URL/api/flows" >/dev/null
  api POST /api/flows/c2c-bench-ring/publish '{"note":"bench"}' >/dev/null
  local view
  view=$(api POST /api/click-to-call/campaigns '{"name":"Bench banner","flowId":"c2c-bench-ring","firstLeg":"client","operators":["+4930123456"],
    "hours":{"from":"00:00","to":"23:59","timeZone":"UTC"},"price":0.5,"currency":"EUR","defaultCountry":"DE","ringSeconds":10,
    "clientRetry":{"maxAttempts":1,"pauseSeconds":60}}')
  KEY=$(echo "$view" | json 'd["key"]')
  CAMPAIGN=$(echo "$view" | json 'd["id"]')
}

# wrk_run NAME URL BASE: a 3 s warm-up (numbers of BASE) and WRK_SECONDS of load (numbers of BASE+1) -> $OUT/wrk-NAME.txt
wrk_run() {
  local args=(-t "$WRK_THREADS" -c "$WRK_CONNECTIONS" --latency --timeout 5s -s "$HERE/intake.lua")
  timeout 60 wrk "${args[@]}" -d 3s "$2" -- "$3" >/dev/null 2>>"$OUT/wrk-errors.txt"
  timeout 60 wrk "${args[@]}" -d "${WRK_SECONDS}s" "$2" -- "$(($3 + 1))" > "$OUT/wrk-$1.txt" 2>>"$OUT/wrk-errors.txt"
}
wrk_total() { awk '/requests in/ {print $1}' "$OUT/wrk-$1.txt"; }
wrk_secs() { awk '/requests in/ {gsub(/s,/, "", $4); print $4}' "$OUT/wrk-$1.txt"; }
wrk_non2xx() { awk '/Non-2xx or 3xx responses:/ {print $NF} END {}' "$OUT/wrk-$1.txt" | tail -1; }
wrk_accepted_rps() { awk -v t="$(wrk_total "$1")" -v n="$(wrk_non2xx "$1")" -v s="$(wrk_secs "$1")" 'BEGIN { printf "%.0f\n", (t - n) / s }'; }
wrk_latency() { awk -v p="$2" '$1 == p {print $2}' "$OUT/wrk-$1.txt"; }
to_ms() { echo "$1" | awk '{ v = $1; if (v ~ /us$/) { sub(/us$/, "", v); v /= 1000 } else if (v ~ /ms$/) { sub(/ms$/, "", v) } else if (v ~ /s$/) { sub(/s$/, "", v); v *= 1000 } printf "%.2f\n", v }'; }
median() { sort -g | awk '{ v[NR] = $1 } END { if (NR % 2) print v[(NR + 1) / 2]; else printf "%.2f\n", (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# ---------------------------------------------------------------------------------------------------------------------
if [ "${SKIP_INTAKE:-0}" != 1 ]; then
  log "(a) Intake: FlowBuilder server (SQLite, dialling off on this node, rate limits raised) and Node-RED on 127.0.0.1:$NR_PORT"
  start_server intake --FlowBuilder:ClickToCall:Enabled=false
  setup_campaign
  INTAKE_URL="$URL/api/public/click-to-call/$KEY/requests"
  curl -fsS --max-time 10 -X POST -H 'content-type: application/json' -d '{"phone":"+4915100000000","consent":true}' "$INTAKE_URL" > "$OUT/fb-sample.json"
  port_free "$NR_PORT"
  rm -rf "$BENCH/peers/nodered/userdir"
  PORT=$NR_PORT node "$BENCH/peers/nodered/node_modules/node-red/red.js" --settings "$BENCH/peers/nodered/settings.js" > "$OUT/nodered.log" 2>&1 &
  NR_PID=$!
  STARTED_PIDS+=("$NR_PID")
  wait_http "http://127.0.0.1:$NR_PORT/hello" "$NR_PID"
  NR_URL="http://127.0.0.1:$NR_PORT/c2c/requests"
  curl -sS --max-time 10 -X POST -H 'content-type: application/json' -d '{"phone":"+4915100000000","consent":true}' "$NR_URL" > "$OUT/nr-sample.json"
  NR_VERSION="$(node -p "require('$BENCH/peers/nodered/node_modules/node-red/package.json').version")"
  INTAKE_LOAD_BEFORE=$(load)
  for round in 1 2 3; do
    wrk_run "flowbuilder-$round" "$INTAKE_URL" $((round * 2 - 1))
    wrk_run "nodered-$round" "$NR_URL" $((round * 2 - 1))
  done
  INTAKE_LOAD_AFTER=$(load)
  STORED=$(api GET "/api/click-to-call/requests?campaignId=$CAMPAIGN&limit=1" | json 'd["total"]')
  FB_RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
  NR_RSS_KB=$(awk '/VmRSS/ {print $2}' "/proc/$NR_PID/status")
  stop_pid "$NR_PID"
  if [ "${PROFILE:-0}" = 1 ]; then
    log "(a) A fourth FlowBuilder load (not counted) with the sample profiler attached"
    timeout 60 wrk -t "$WRK_THREADS" -c "$WRK_CONNECTIONS" -d 12s -s "$HERE/intake.lua" "$INTAKE_URL" -- 8 > "$OUT/wrk-profiled.txt" 2>/dev/null &
    WRK_PID=$!
    STARTED_PIDS+=("$WRK_PID")
    sleep 1
    timeout 120 dotnet "$BENCH_DLL" profile-process --pid "$SERVER_PID" --seconds 8 --trace "$WORK/intake.nettrace" --report "$OUT/intake-profile.md" >/dev/null \
      || echo "(the server profile failed)" > "$OUT/intake-profile.md"
    wait "$WRK_PID" || true
  fi
  stop_pid "$SERVER_PID"
  declare -p NR_VERSION INTAKE_LOAD_BEFORE INTAKE_LOAD_AFTER STORED FB_RSS_KB NR_RSS_KB > "$OUT/intake.env"
elif [ -f "$OUT/intake.env" ]; then
  # shellcheck disable=SC1091
  . "$OUT/intake.env"
fi

# ---------------------------------------------------------------------------------------------------------------------
if [ "${SKIP_RING:-0}" != 1 ]; then
  log "(b) Request to ring: SIPp UAS on 127.0.0.1:$UAS_PORT, FlowBuilder with its trunk pointed at it (PollSeconds default)"
  sipp -sf "$SCENARIO" -i 127.0.0.1 -p "$UAS_PORT" -mp 5800 -nostdin -timeout 300s -max_socket 4096 -buff_size 4194304 \
    -trace_msg -message_file "$OUT/sipp-uas-messages.log" -trace_stat -stf "$OUT/sipp-uas-stat.csv" > "$OUT/sipp-uas.log" 2>&1 &
  UAS_PID=$!
  STARTED_PIDS+=("$UAS_PID")
  start_server ring --FlowBuilder:Sip:Enabled=true "--FlowBuilder:Sip:Listen:0=udp:127.0.0.1:$SIP_PORT" --FlowBuilder:Sip:MediaAddress=127.0.0.1 \
    --FlowBuilder:Sip:RtpPortRange:First=44000 --FlowBuilder:Sip:RtpPortRange:Last=44999 --FlowBuilder:Sip:MaxCalls=200 \
    --FlowBuilder:Sip:Trunks:0:Name=sipp --FlowBuilder:Sip:Trunks:0:Host=127.0.0.1 --FlowBuilder:Sip:Trunks:0:Port=$UAS_PORT \
    --FlowBuilder:Sip:Trunks:0:CallerId=+4930123456
  setup_campaign
  RING_LOAD_BEFORE=$(load)
  # Warm-up (not counted): the first attempts of a fresh server JIT-compile the dispatcher, the flow and the SIP stack (the
  # first calls of a cold run took 1.5-1.9 s to ring); RING_WARMUP requests are rung and finished before the measured ones.
  timeout 120 python3 "$HERE/ring.py" post "$URL" "$KEY" "$RING_WARMUP" "$RING_RATE" "$OUT/ring-warmup.json" +4915191
  for _ in $(seq 1 120); do
    [ "$(api GET "/api/click-to-call/campaigns/$CAMPAIGN" | json 'd["counts"]["waiting"] + d["counts"]["calling"]')" = 0 ] && break; sleep 0.5
  done
  timeout 300 python3 "$HERE/ring.py" post "$URL" "$KEY" "$RING_COUNT" "$RING_RATE" "$OUT/ring-posts.json"
  for _ in $(seq 1 240); do   # up to 120 s for the last attempts to finish
    counts=$(api GET "/api/click-to-call/campaigns/$CAMPAIGN" | json 'd["counts"]["waiting"] + d["counts"]["calling"]')
    [ "$counts" = 0 ] && break; sleep 0.5
  done
  RING_LOAD_AFTER=$(load)
  BENCH_API_KEY="$BENCH_API_KEY" python3 - "$URL" "$CAMPAIGN" "$OUT/ring-warmup.json" > "$OUT/ring-requests.json" <<'PY'
import json, os, sys, urllib.request
url, campaign, items, offset = sys.argv[1], sys.argv[2], [], 0
while True:
    request = urllib.request.Request(f"{url}/api/click-to-call/requests?campaignId={campaign}&offset={offset}&limit=500",
                                     headers={"Authorization": "Bearer " + os.environ["BENCH_API_KEY"]})
    page = json.load(urllib.request.urlopen(request, timeout=30))
    items += page["items"]; offset += 500
    if offset >= page["total"]: break
warm = {p["id"] for p in json.load(open(sys.argv[3])) if "id" in p}
json.dump([i for i in items if i["id"] not in warm], sys.stdout)
PY
  stop_pid "$SERVER_PID"
  stop_pid "$UAS_PID"
  python3 "$HERE/ring.py" analyse "$OUT/ring-posts.json" "$OUT/sipp-uas-messages.log" "$OUT/ring-requests.json" > "$OUT/ring.json"

  log "(b) Peer: SIPp UAC -sn uac at $RING_RATE calls/s, $RING_COUNT calls, against the same SIPp UAS"
  sipp -sf "$SCENARIO" -i 127.0.0.1 -p "$UAS_PORT" -mp 5800 -nostdin -timeout 120s > "$OUT/sipp-uas-peer.log" 2>&1 &
  UAS_PID=$!
  STARTED_PIDS+=("$UAS_PID")
  sleep 0.5
  (cd "$OUT" && timeout 120 sipp -sn uac 127.0.0.1:$UAS_PORT -s 4915190000000 -i 127.0.0.1 -p 5598 -mp 5900 -r "$RING_RATE" -m "$RING_COUNT" \
    -nostdin -timeout 100s -trace_rtt -rtt_freq 1 -trace_stat -stf "$OUT/sipp-uac-stat.csv" > "$OUT/sipp-uac.log" 2>&1 || true)
  stop_pid "$UAS_PID"
  RTT_FILE=$(ls "$OUT"/uac_*_rtt.csv 2>/dev/null | head -1 || true)
  if [ -n "$RTT_FILE" ]; then python3 "$HERE/ring.py" rtt "$RTT_FILE" > "$OUT/ring-peer.json"; else echo '{}' > "$OUT/ring-peer.json"; fi
fi

# ---------------------------------------------------------------------------------------------------------------------
log "Writing $OUT/clicktocall.md"
RUN_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
j() { python3 -c "import json, sys; d = json.load(open(sys.argv[1])); v = eval(sys.argv[2]); print('?' if v is None else (f'{v:.1f}' if isinstance(v, float) else v))" "$@"; }
{
  echo "## Click-to-call (issue 8)"
  echo
  echo "Run of $RUN_DATE (\`bench/clicktocall/run.sh\`), server, peer and load tool sharing this 2-core machine, all on 127.0.0.1."
  echo
  if [ "${SKIP_INTAKE:-0}" != 1 ]; then
    FB_RATES=$(for r in 1 2 3; do wrk_accepted_rps "flowbuilder-$r"; done); NR_RATES=$(for r in 1 2 3; do wrk_accepted_rps "nodered-$r"; done)
    FB_P99S=$(for r in 1 2 3; do to_ms "$(wrk_latency "flowbuilder-$r" 99%)"; done); NR_P99S=$(for r in 1 2 3; do to_ms "$(wrk_latency "nodered-$r" 99%)"; done)
    FB_RPS=$(echo "$FB_RATES" | median); NR_RPS=$(echo "$NR_RATES" | median); FB_P99=$(echo "$FB_P99S" | median); NR_P99=$(echo "$NR_P99S" | median)
    INTAKE_MET=$(awk -v r="$FB_RPS" -v p="$FB_P99" 'BEGIN { print (r >= 1000 && p < 50) ? "**met**" : "**missed**" }')
    echo "### (a) Public intake under load"
    echo
    echo "wrk $WRK_THREADS threads, $WRK_CONNECTIONS connections, ${WRK_SECONDS} s after a 3 s warm-up, three rounds alternating FlowBuilder and Node-RED"
    echo "(one loaded at a time). Every request is \`POST\` JSON \`{phone, consent: true, pageUrl}\` with a number no other request used"
    echo "(\`bench/clicktocall/intake.lua\`). FlowBuilder: \`POST /api/public/click-to-call/{key}/requests\`, SQLite, every check of the intake"
    echo "(campaign by key, consent, rate limits, libphonenumber, do-not-call and blocked callers, tariff rate, duplicate check) and the request"
    echo "stored; dialling off on this node (\`FlowBuilder:ClickToCall:Enabled=false\`, so the dispatcher takes no CPU), rate limits raised"
    echo "(\`PerNumberLimit=1000000\`, \`PerAddressLimit=100000000\`: all requests come from 127.0.0.1). Node-RED $NR_VERSION: \`POST /c2c/requests\`"
    echo "(http in → function: the number checked with a regex, the request kept in a Map in context → http response 202; nothing on disk)."
    echo "Accepted/s = 202 answers ÷ duration. Load average: $INTAKE_LOAD_BEFORE before, $INTAKE_LOAD_AFTER after."
    echo
    echo "| server | round | requests | accepted (202) | accepted/s | p50 | p90 | p99 | max |"
    echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|"
    for r in 1 2 3; do
      for who in flowbuilder nodered; do
        n="$who-$r"; label="FlowBuilder"; [ "$who" = nodered ] && label="Node-RED"
        t=$(wrk_total "$n"); x=$(wrk_non2xx "$n")
        echo "| $label | $r | $t | $((t - ${x:-0})) | $(wrk_accepted_rps "$n") | $(wrk_latency "$n" 50%) | $(wrk_latency "$n" 90%) | $(wrk_latency "$n" 99%) | $(awk '$1 == "Latency" && NF >= 4 {print $4; exit}' "$OUT/wrk-$n.txt") |"
      done
    done
    echo
    echo "Median of the rounds: FlowBuilder **$FB_RPS accepted/s, p99 $FB_P99 ms**; Node-RED $NR_RPS accepted/s, p99 $NR_P99 ms"
    echo "(ratio $(awk -v a="$FB_RPS" -v b="$NR_RPS" 'BEGIN { printf "%.2f", a / b }')×). Requests FlowBuilder stored for the campaign: $STORED."
    echo "Resident memory after the rounds: FlowBuilder $((FB_RSS_KB / 1024)) MiB, Node-RED $((NR_RSS_KB / 1024)) MiB."
    echo "Goal ≥ 1,000 accepted requests/s with p99 < 50 ms: $INTAKE_MET."
    echo
    echo "Replies: FlowBuilder \`$(cat "$OUT/fb-sample.json")\`, Node-RED \`$(cat "$OUT/nr-sample.json")\`."
    echo
    if [ -s "$OUT/wrk-errors.txt" ]; then echo "wrk saw: \`$(sort -u "$OUT/wrk-errors.txt" | head -3 | tr '\n' ' ')\`"; echo; fi
  fi
  if [ "${SKIP_RING:-0}" != 1 ]; then
    RING_P99=$(j "$OUT/ring.json" 'd["wire"]["p99"]')
    RING_MET=$(awk -v p="$RING_P99" 'BEGIN { print (p != "?" && p < 1000) ? "**met**" : "**missed**" }')
    echo "### (b) Request to ring"
    echo
    echo "$RING_COUNT requests posted at $RING_RATE/s (\`bench/clicktocall/ring.py\`, one keep-alive connection) to a server with its SIP trunk"
    echo "pointed at SIPp 3.6 (\`uas-campaign-callee.xml\`: answers, the call ends with our BYE), the dispatcher at its defaults"
    echo "(PollSeconds 5, MaxConcurrentRequests 20), SQLite. Campaign flow \`bench/clicktocall/ring.flow.json\`: dial the client, end"
    echo "(the template's messages and operator legs come after the first INVITE, so they do not change what is measured)."
    echo "After $RING_WARMUP warm-up requests (rung and finished first, not counted: a fresh server's first attempts JIT-compile the dispatcher,"
    echo "the flow and the SIP stack). Latency = the 202's arrival at the client → the INVITE's arrival at SIPp (SIPp's \`-trace_msg\` receive times; same clock)."
    echo "Load average: $RING_LOAD_BEFORE before, $RING_LOAD_AFTER after."
    echo
    echo "| | requests / calls | p50 | p90 | p99 | max |"
    echo "|---|---:|---:|---:|---:|---:|"
    echo "| FlowBuilder: 202 → INVITE at SIPp | $(j "$OUT/ring.json" 'd["matched"]') of $(j "$OUT/ring.json" 'd["accepted"]') accepted | $(j "$OUT/ring.json" 'd["wire"]["p50"]') ms | $(j "$OUT/ring.json" 'd["wire"]["p90"]') ms | **$RING_P99 ms** | $(j "$OUT/ring.json" 'd["wire"]["max"]') ms |"
    echo "| FlowBuilder, the server's view: request createdAt → first leg startedAt (API) | $(j "$OUT/ring.json" 'd["server"]["count"]') | $(j "$OUT/ring.json" 'd["server"]["p50"]') ms | $(j "$OUT/ring.json" 'd["server"]["p90"]') ms | $(j "$OUT/ring.json" 'd["server"]["p99"]') ms | $(j "$OUT/ring.json" 'd["server"]["max"]') ms |"
    echo "| peer: SIPp UAC \`-sn uac -r $RING_RATE\` → the same UAS, INVITE → 200 OK (\`-trace_rtt\`) | $(j "$OUT/ring-peer.json" 'd.get("count")') | $(j "$OUT/ring-peer.json" 'd.get("p50")') ms | $(j "$OUT/ring-peer.json" 'd.get("p90")') ms | $(j "$OUT/ring-peer.json" 'd.get("p99")') ms | $(j "$OUT/ring-peer.json" 'd.get("max")') ms |"
    echo
    echo "Requests afterwards: $(j "$OUT/ring.json" 'd["statuses"]'). Goal p99 < 1 s: $RING_MET."
    echo
  fi
} > "$OUT/clicktocall.md"
declare -p FB_RPS FB_P99 NR_RPS NR_P99 STORED INTAKE_LOAD_BEFORE INTAKE_LOAD_AFTER RING_LOAD_BEFORE RING_LOAD_AFTER RING_P99 2>/dev/null > "$OUT/clicktocall.env" || true
cat "$OUT/clicktocall.md"

python3 - "$BENCH/RESULTS.md" "$OUT/clicktocall.md" <<'PY'
import os, re, sys
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read() if os.path.exists(results) else "# FlowBuilder benchmark results\n"
pattern = re.compile(r"^## Click-to-call \(issue 8\).*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
