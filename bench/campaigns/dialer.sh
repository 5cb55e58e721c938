#!/usr/bin/env bash
# Campaign dialer benchmark (issue 7): CONTACTS (default 5,000) contacts dialled by an auto-informer campaign with the flow
# "say nothing, end" and maxConcurrentCalls LIMIT (default 50; the company limit is raised to it through
# FlowBuilder:Campaigns:MaxConcurrentCalls) through a SIP trunk to SIPp as the callees (tests/…/scenarios/uas-campaign-callee.xml:
# every number ends in 0-5, so every call is answered; SIPp waits for our BYE). Measures attempts/s from the attempts'
# timestamps (first start to last end, and the middle 80 % of starts), and checks the limit held: the maximum overlap of the
# attempts' [startedAt, endedAt] intervals must be ≤ LIMIT. Peer in the same run: SIPp as the UAC (`-sn uac -l LIMIT -m CONTACTS`)
# against the same SIPp UAS: calls/s with the same concurrency limit.
# Writes bench/campaigns/out/dialer.md (+ dialer.env, attempts.json) and replaces the "Campaigns: dialer" section of
# bench/RESULTS.md.   Knobs: CONTACTS=5000 LIMIT=50 SKIP_BUILD=1 PORT=5591
# PROFILE=1: an EventPipe sample profile of the server for 8 s of the dialling (bench/FlowBuilder.Bench profile-process) into
# out/dialer-profile.md; that run's rate is then lower than an unprofiled one and is written to out/dialer-profiled.md only.
# Everything listens on 127.0.0.1; every process started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
HERE="$BENCH/campaigns"
OUT="$HERE/out"
CONTACTS="${CONTACTS:-5000}"
LIMIT="${LIMIT:-50}"
PORT="${PORT:-5591}"
SIP_PORT=5592
UAS_PORT=5593
SCENARIO="$ROOT/tests/FlowBuilder.Telephony.Interop.Tests/scenarios/uas-campaign-callee.xml"
# shellcheck disable=SC1091
. "$BENCH/processes.sh"
trap 'exit 130' INT TERM   # exit (running processes.sh's EXIT cleanup) rather than go on polling after the cleanup
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-dialer.XXXXXX)"

command -v sipp >/dev/null || { apt-get update -qq && apt-get install -y -qq sip-tester >/dev/null; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build "$ROOT/src/FlowBuilder.Server" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
fi
SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"
URL="http://127.0.0.1:$PORT"
api() { # METHOD PATH [JSON]
  curl -H "$AUTH_HEADER" -fsS -X "$1" -H 'content-type: application/json' ${3:+-d "$3"} "$URL$2"
}
json() { python3 -c "import json, sys; d = json.load(sys.stdin); print($1)"; }

start_uas() { # LOGNAME
  sipp -sf "$SCENARIO" -i 127.0.0.1 -p "$UAS_PORT" -mp 5600 -nostdin -timeout 900s -max_socket 4096 -buff_size 4194304 \
    -trace_stat -stf "$OUT/sipp-$1-stat.csv" > "$OUT/sipp-$1.log" 2>&1 &
  UAS_PID=$!
  STARTED_PIDS+=("$UAS_PID")
  sleep 0.5
}

log "SIPp UAS (campaign callees) on 127.0.0.1:$UAS_PORT; FlowBuilder server with SIP on 127.0.0.1:$SIP_PORT"
start_uas dialer
dotnet "$SERVER_DLL" --urls "$URL" "--FlowBuilder:Database:ConnectionString=Data Source=$WORK/flowbuilder.db" \
  --FlowBuilder:Logging:MinimumLevel:Default=Warning --FlowBuilder:PluginsPath="$WORK/plugins" --FlowBuilder:Media:Folder="$WORK/media" \
  --FlowBuilder:Sip:Enabled=true "--FlowBuilder:Sip:Listen:0=udp:127.0.0.1:$SIP_PORT" --FlowBuilder:Sip:MediaAddress=127.0.0.1 \
  --FlowBuilder:Sip:RtpPortRange:First=42000 --FlowBuilder:Sip:RtpPortRange:Last=43999 --FlowBuilder:Sip:MaxCalls=$((LIMIT * 4)) \
  --FlowBuilder:Sip:Trunks:0:Name=sipp --FlowBuilder:Sip:Trunks:0:Host=127.0.0.1 --FlowBuilder:Sip:Trunks:0:Port=$UAS_PORT \
  --FlowBuilder:Sip:Trunks:0:CallerId=+18005550199 --FlowBuilder:Campaigns:MaxConcurrentCalls="$LIMIT" \
  > "$OUT/dialer-server.log" 2>&1 &
SERVER_PID=$!
STARTED_PIDS+=("$SERVER_PID")
for _ in $(seq 1 600); do curl -H "$AUTH_HEADER" -fsS -o /dev/null --max-time 1 "$URL/api/groups" 2>/dev/null && break; sleep 0.1; done

api POST /api/flows '{"id":"dialer-bench","name":"Dialer bench: say nothing, end","nodes":[{"id":"end","type":"control.end","inputs":{"result":"done"}}],"edges":[]}' >/dev/null
api POST /api/flows/dialer-bench/publish '{"note":"bench"}' >/dev/null
GROUP=$(api POST /api/groups '{"name":"Dialer bench"}' | json 'd["id"]')
python3 - "$CONTACTS" > "$WORK/contacts.csv" <<'PY'
import sys
print("phone")
for i in range(int(sys.argv[1])):
    n = (i // 6) * 10 + i % 6          # last digit 0-5: the callee scenario answers
    print(f"+1202{5550000 + n if n < 10000 else 5560000 + n - 10000}")
PY
IMPORT=$(curl -H "$AUTH_HEADER" -fsS -F "file=@$WORK/contacts.csv" -F mode=allOrNothing "$URL/api/groups/$GROUP/imports" | json 'd["id"]')
for _ in $(seq 1 600); do
  [ "$(api GET "/api/imports/$IMPORT" | json 'd["status"]')" != running ] && break; sleep 0.1
done
IMPORTED=$(api GET "/api/imports/$IMPORT" | json 'd["imported"]')
RETRY='{"maxAttempts":1,"pauseSeconds":0}'
CAMPAIGN=$(api POST /api/campaigns "{\"name\":\"Dialer bench\",\"flowId\":\"dialer-bench\",\"groupIds\":[\"$GROUP\"],\"mode\":\"autoInformer\",
  \"maxConcurrentCalls\":$LIMIT,\"ringSeconds\":30,\"schedule\":{\"from\":\"00:00\",\"to\":\"23:59\",\"timeZone\":\"UTC\"},
  \"retry\":{\"busy\":$RETRY,\"noAnswer\":$RETRY,\"failed\":$RETRY,\"abandoned\":$RETRY}}" | json 'd["id"]')

log "Dialling $IMPORTED contacts, at most $LIMIT calls at once"
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)
CPU0=$(cpu_ticks "$SERVER_PID")
T0=$(date +%s.%N)
api POST "/api/campaigns/$CAMPAIGN/start" >/dev/null
if [ "${PROFILE:-0}" = 1 ]; then
  sleep 3
  timeout 120 dotnet "$BENCH/FlowBuilder.Bench/bin/Release/net10.0/FlowBuilder.Bench.dll" profile-process --pid "$SERVER_PID" --seconds 8 \
    --trace "$WORK/dialer.nettrace" --report "$OUT/dialer-profile.md" >/dev/null || echo "(the server profile failed)" > "$OUT/dialer-profile.md"
fi
for _ in $(seq 1 1200); do
  [ "$(api GET "/api/campaigns/$CAMPAIGN" | json 'd["status"]')" = completed ] && break; sleep 0.5
done
T1=$(date +%s.%N)
CPU1=$(cpu_ticks "$SERVER_PID")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
api GET "/api/campaigns/$CAMPAIGN/statistics" > "$OUT/dialer-statistics.json"
BENCH_API_KEY="$BENCH_API_KEY" python3 - "$URL" "$CAMPAIGN" > "$OUT/attempts.json" <<'PY'
import json, os, sys, urllib.request
url, campaign, attempts, offset = sys.argv[1], sys.argv[2], [], 0
while True:
    request = urllib.request.Request(f"{url}/api/campaigns/{campaign}/attempts?offset={offset}&limit=500",
                                     headers={"Authorization": "Bearer " + os.environ["BENCH_API_KEY"]})
    page = json.load(urllib.request.urlopen(request))
    attempts += page; offset += 500
    if len(page) < 500: break
json.dump(attempts, sys.stdout)
PY
read -r ATTEMPTS ANSWERED MAX_OVERLAP SPAN RATE MIDDLE_RATE FIRST_CALL_S < <(python3 - "$OUT/attempts.json" "$T0" <<'PY'
import json, sys
from datetime import datetime
attempts, t0 = json.load(open(sys.argv[1])), float(sys.argv[2])
ts = lambda s: datetime.fromisoformat(s.replace("Z", "+00:00")).timestamp()
starts = sorted(ts(a["startedAt"]) for a in attempts)
ends = [ts(a["endedAt"]) for a in attempts]
edges = sorted([(s, 1) for s in starts] + [(e, -1) for e in ends], key=lambda e: (e[0], e[1]))
cur = peak = 0
for _, step in edges:
    cur += step; peak = max(peak, cur)
span = max(ends) - starts[0]
lo, hi = starts[len(starts) // 10], starts[len(starts) * 9 // 10]
middle = (len(starts) * 8 // 10) / (hi - lo) if hi > lo else 0
answered = sum(1 for a in attempts if a["disposition"] == "answered")
print(len(attempts), answered, peak, f"{span:.2f}", f"{len(attempts) / span:.1f}", f"{middle:.1f}", f"{starts[0] - t0:.2f}")
PY
)
WALL=$(echo "$T1 - $T0" | bc -l | xargs printf '%.2f')
SERVER_CPU=$(echo "($CPU1 - $CPU0) / $(getconf CLK_TCK)" | bc -l | xargs printf '%.2f')
stop_pid "$SERVER_PID"
stop_pid "$UAS_PID"

log "Peer: SIPp UAC -l $LIMIT -m $CONTACTS against the same SIPp UAS"
start_uas peer
P0=$(date +%s.%N)
timeout 600 sipp -sn uac 127.0.0.1:$UAS_PORT -s 12025550000 -i 127.0.0.1 -p 5594 -mp 5700 -l "$LIMIT" -r 100000 -m "$CONTACTS" \
  -nostdin -timeout 600s -buff_size 4194304 -trace_stat -stf "$OUT/sipp-uac-stat.csv" > "$OUT/sipp-uac.log" 2>&1 || true
P1=$(date +%s.%N)
stop_pid "$UAS_PID"
PEER_WALL=$(echo "$P1 - $P0" | bc -l | xargs printf '%.2f')
PEER_OK=$(awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "SuccessfulCall(C)") c = i } END { if (c) print $c }' "$OUT/sipp-uac-stat.csv")
PEER_FAILED=$(awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "FailedCall(C)") c = i } END { if (c) print $c }' "$OUT/sipp-uac-stat.csv")
PEER_RATE=$(echo "${PEER_OK:-0} / $PEER_WALL" | bc -l | xargs printf '%.1f')

cat > "$OUT/dialer.env" <<VARS
CONTACTS=$CONTACTS IMPORTED=$IMPORTED LIMIT=$LIMIT ATTEMPTS=$ATTEMPTS ANSWERED=$ANSWERED MAX_OVERLAP=$MAX_OVERLAP SPAN=$SPAN RATE=$RATE
MIDDLE_RATE=$MIDDLE_RATE FIRST_CALL_S=$FIRST_CALL_S WALL=$WALL SERVER_CPU=$SERVER_CPU LOAD_BEFORE="$LOAD_BEFORE" LOAD_AFTER="$LOAD_AFTER"
PEER_WALL=$PEER_WALL PEER_OK=$PEER_OK PEER_FAILED=$PEER_FAILED PEER_RATE=$PEER_RATE
VARS
held() { if [ "$MAX_OVERLAP" -le "$LIMIT" ]; then echo "**held** (max $MAX_OVERLAP calls at once)"; else echo "**exceeded** (max $MAX_OVERLAP calls at once)"; fi; }
{
  echo "## Campaigns: dialer"
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M') UTC (\`bench/campaigns/dialer.sh\`): an auto-informer campaign of $(printf "%'d" "$IMPORTED") contacts, flow"
  echo "\"say nothing, end\" (one \`control.end\`), maxConcurrentCalls $LIMIT, dialled through a SIP trunk on loopback to SIPp 3.6 answering"
  echo "every call (\`uas-campaign-callee.xml\`; the call ends with our BYE), SQLite. Load average on this shared 2-core machine:"
  echo "$LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| | calls | calls/s | wall time | limit held |"
  echo "|---|---:|---:|---:|---|"
  echo "| FlowBuilder dialer (attempts' timestamps: first start → last end) | $ATTEMPTS ($ANSWERED answered) | **$RATE** ($MIDDLE_RATE over the middle 80 % of starts) | $SPAN s dialling, $WALL s from the start request to Completed; server CPU $SERVER_CPU s | $(held) |"
  echo "| peer: SIPp UAC \`-sn uac -l $LIMIT\` → the same SIPp UAS | ${PEER_OK:-?} ok, ${PEER_FAILED:-?} failed | **$PEER_RATE** | $PEER_WALL s | \`-l $LIMIT\` |"
  echo
  echo "The first call went out $FIRST_CALL_S s after the start request. Each FlowBuilder call is a full campaign attempt: claimed"
  echo "from the SQLite work queue, written as begun before the INVITE (restart safety), SDP and an RTP port, the flow run as an"
  echo "instance with its journal, BYE, the attempt finished and the contact's row updated; SIPp's UAC only exchanges the messages."
} > "$OUT/dialer.md"
cat "$OUT/dialer.md"
if [ "${PROFILE:-0}" = 1 ]; then mv "$OUT/dialer.md" "$OUT/dialer-profiled.md"; exit 0; fi

python3 - "$BENCH/RESULTS.md" "$OUT/dialer.md" <<'PY'
import os, re, sys
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read() if os.path.exists(results) else "# FlowBuilder benchmark results\n"
pattern = re.compile(r"^## Campaigns: dialer.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
