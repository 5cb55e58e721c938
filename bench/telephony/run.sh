#!/usr/bin/env bash
# Telephony benchmarks: the real FlowBuilder server (SIP over UDP on loopback) against SIPp, with SIPp's own
# uac -> uas rate measured in the same run as the ceiling. Called by bench/run.sh; runs alone too:
#   bash bench/telephony/run.sh            (writes bench/out/telephony/ and bench/out/telephony.md)
#   (a) highest sustained calls/s of an answer-say-gather-hang-up flow with no failed call (rates stepped up)
#   (b) concurrent calls holding a prompt, with the server's RTP send-interval jitter p99 from a packet capture
#   (c) DTMF-to-next-prompt latency p50/p99 from a packet capture (end of the RFC 4733 digit -> first packet of
#       the next prompt)
# Knobs: CPS_RATES="300 600 900 1200 1500" CPS_SECONDS=20 HOLD_CALLS=1000 HOLD_SECONDS=60 CAPTURE_SECONDS=10
#        HOLD_ROUNDS=3 DTMF_CALLS=300 DTMF_RATE=30 PARTS="ceiling cps hold dtmf" (a subset reruns only those parts)
# Everything listens on 127.0.0.1; every process started here is stopped by its PID; every step is bounded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/telephony"
OUT="$ROOT/bench/out/telephony"
REPORT="$ROOT/bench/out/telephony.md"
CPS_RATES="${CPS_RATES:-300 600 900 1200 1500}"
CPS_SECONDS="${CPS_SECONDS:-20}"
HOLD_CALLS="${HOLD_CALLS:-1000}"
HOLD_SECONDS="${HOLD_SECONDS:-60}"
CAPTURE_SECONDS="${CAPTURE_SECONDS:-10}"
DTMF_CALLS="${DTMF_CALLS:-300}"
DTMF_RATE="${DTMF_RATE:-30}"
HOLD_ROUNDS="${HOLD_ROUNDS:-3}"
PARTS="${PARTS:-ceiling cps hold dtmf}"
HTTP_PORT=5093
SIP_PORT=5070
SIPP_PORT=5081
SIPP_MEDIA_PORT=6000
UAS_PORT=5082
RTP_FIRST=20000
RTP_LAST=39999
# shellcheck disable=SC1091
. "$ROOT/bench/processes.sh"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for p in sip-tester tcpdump espeak-ng curl jq; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi

SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"
if [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$SERVER_DLL" ]; then
  log "Building the server (Release)"
  dotnet build "$ROOT/src/FlowBuilder.Server/FlowBuilder.Server.csproj" -c Release -nologo -v q
fi

rm -rf "$OUT" && mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-telephony-bench.XXXXXX)"
ulimit -n 65536 2>/dev/null || true

# sipp_stat FILE COLUMN: the last value of a cumulative column of SIPp's -trace_stat CSV.
sipp_stat() {
  awk -F';' -v col="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next } c { v = $c } END { print v + 0 }' "$1"
}

value() { if [ -f "$1" ]; then awk -F= -v k="$2" '$1 == k { print $2 }' "$1"; else echo "-"; fi; }
part() { case " $PARTS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
CEILING_CPS="not run"; CEILING_OK=0; CEILING_FAILED=0; CPS_ROWS=""; CPS_BEST="not run"; HOLD_UP=0; HOLD_OK=0; HOLD_FAILED=0
HOLD_CPU="-"; HOLD_RSS_MB="-"; DTMF_OK=0; DTMF_FAILED=0
# start_server NAME: a fresh FlowBuilder (new SQLite file) with the three flows published; each part gets its own, so
# no part measures the aftermath of another (the overload at the end of (a) leaves GC and SIP timer work behind).
start_server() {
  local name="$1"
  log "Starting FlowBuilder for $name (SIP on udp:127.0.0.1:$SIP_PORT, RTP $RTP_FIRST-$RTP_LAST, SQLite in $WORK/$name)"
  mkdir -p "$WORK/$name"
  ASPNETCORE_ENVIRONMENT=Production dotnet "$SERVER_DLL" \
    --urls "http://127.0.0.1:$HTTP_PORT" \
    --FlowBuilder:Database:ConnectionString="Data Source=$WORK/$name/flowbuilder.db" \
    --FlowBuilder:Media:Folder="$WORK/$name/media" \
    --FlowBuilder:Logging:MinimumLevel:Default=Warning \
    --FlowBuilder:Logging:WriteTo:0:Name=Console \
    --FlowBuilder:Sip:Enabled=true \
    --FlowBuilder:Sip:Listen:0="udp:127.0.0.1:$SIP_PORT" \
    --FlowBuilder:Sip:MediaAddress=127.0.0.1 \
    --FlowBuilder:Sip:RtpPortRange:First=$RTP_FIRST \
    --FlowBuilder:Sip:RtpPortRange:Last=$RTP_LAST \
    --FlowBuilder:Sip:MaxCalls=10000 \
    --FlowBuilder:Sip:MediaTimeoutSeconds=600 \
    > "$OUT/server-$name.log" 2>&1 &
  FB_PID=$!; STARTED_PIDS+=("$FB_PID")
  for _ in $(seq 1 600); do
    kill -0 "$FB_PID" 2>/dev/null || { echo "the server died; see $OUT/server-$name.log" >&2; tail -20 "$OUT/server-$name.log" >&2; exit 1; }
    curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$HTTP_PORT/" 2>/dev/null && break
    sleep 0.1
  done
  for flow in cps hold dtmf; do
    id="$(jq -r .id "$HERE/flows/bench-$flow.flow.json")"
    curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary @"$HERE/flows/bench-$flow.flow.json" \
      "http://127.0.0.1:$HTTP_PORT/api/flows/import?replace=true" > /dev/null
    curl -H "$AUTH_HEADER" -fsS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"note": "telephony benchmark"}' \
      "http://127.0.0.1:$HTTP_PORT/api/flows/$id/publish" > /dev/null
  done
}

# sipp_uac NAME SCENARIO NUMBER ARGS...: SIPp as the caller of FlowBuilder, stats in $OUT/NAME.csv.
sipp_uac() {
  local name="$1" scenario="$2" number="$3"; shift 3
  sipp -sf "$HERE/scenarios/$scenario" -s "$number" 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 -p "$SIPP_PORT" -mp "$SIPP_MEDIA_PORT" \
    -nostdin -trace_stat -stf "$OUT/$name.csv" -fd 1 -trace_err -error_file "$OUT/$name-errors.log" "$@" > "$OUT/$name.log" 2>&1
}

if part hold; then
HOLD_ROWS=""
for round in $(seq 1 "$HOLD_ROUNDS"); do
start_server "hold-$round"
log "(b) round $round of $HOLD_ROUNDS: $HOLD_CALLS concurrent calls holding a prompt; capturing $CAPTURE_SECONDS s of RTP once all are up"
hold_rate=$((HOLD_CALLS / 10)); [ "$hold_rate" -lt 10 ] && hold_rate=10
name="hold-$round"
sipp_uac "$name" uac-hold.xml 5002 -r "$hold_rate" -m "$HOLD_CALLS" -l "$HOLD_CALLS" -d "$((HOLD_SECONDS * 1000))" \
  -timeout "$((HOLD_SECONDS + 120))s" &
HOLD_PID=$!; STARTED_PIDS+=("$HOLD_PID")
for _ in $(seq 1 600); do
  [ -f "$OUT/$name.csv" ] && [ "$(sipp_stat "$OUT/$name.csv" 'CurrentCall')" -ge "$HOLD_CALLS" ] && break
  kill -0 "$HOLD_PID" 2>/dev/null || break
  sleep 0.2
done
sleep 2
HOLD_UP="$(sipp_stat "$OUT/$name.csv" 'CurrentCall')"
CPU_BEFORE="$(awk '{print $14 + $15}' "/proc/$FB_PID/stat")"
timeout "$((CAPTURE_SECONDS + 5))" tcpdump -i lo -n -s 64 -B 65536 -w "$WORK/$name.pcap" \
  "udp and src portrange $RTP_FIRST-$RTP_LAST and dst port $SIPP_MEDIA_PORT" > "$OUT/tcpdump-$name.log" 2>&1 &
TCPDUMP_PID=$!
sleep "$CAPTURE_SECONDS"
kill -INT "$TCPDUMP_PID" 2>/dev/null || true; wait "$TCPDUMP_PID" 2>/dev/null || true
CPU_AFTER="$(awk '{print $14 + $15}' "/proc/$FB_PID/stat")"
HOLD_CPU="$(awk -v a="$CPU_BEFORE" -v b="$CPU_AFTER" -v s="$CAPTURE_SECONDS" -v hz="$(getconf CLK_TCK)" 'BEGIN { printf "%.0f", (b - a) / hz / s * 100 }')"
HOLD_RSS_MB="$(awk '/VmRSS/ {printf "%.0f", $2 / 1024}' "/proc/$FB_PID/status")"
python3 "$HERE/rtpstats.py" jitter "$WORK/$name.pcap" "$RTP_FIRST" "$RTP_LAST" > "$OUT/$name-jitter.txt"
rm -f "$WORK/$name.pcap"
grep -E 'dropped|captured' "$OUT/tcpdump-$name.log" >&2 || true
cat "$OUT/$name-jitter.txt" >&2
wait "$HOLD_PID" || true
HOLD_FAILED="$(sipp_stat "$OUT/$name.csv" 'FailedCall(C)')"
HOLD_OK="$(sipp_stat "$OUT/$name.csv" 'SuccessfulCall(C)')"
stop_pid "$FB_PID"
j="$OUT/$name-jitter.txt"
HOLD_ROWS+="| $round | $HOLD_UP | $(value "$j" streams) | $(value "$j" packets) | $(value "$j" lost) | $(value "$j" p50_ms) ms | **$(value "$j" p99_ms) ms** | $(value "$j" p999_ms) ms | $(value "$j" max_ms) ms | $HOLD_CPU % | $HOLD_RSS_MB MiB | $HOLD_OK / $HOLD_FAILED |"$'\n'
done
HOLD_MEDIAN="$(for r in $(seq 1 "$HOLD_ROUNDS"); do value "$OUT/hold-$r-jitter.txt" p99_ms; done | sort -g | awk '{ v[NR] = $1 } END { print v[int((NR + 1) / 2)] }')"
fi

if part dtmf; then
start_server dtmf
log "(c) DTMF to next prompt: $DTMF_CALLS calls at $DTMF_RATE cps, each pressing 1"
# Warm-up (not measured): the reply prompt is rendered by espeak-ng once, on its first use, then served from the cache.
sipp_uac dtmf-warmup uac-dtmf.xml 5003 -r 2 -m 3 -l 10 -timeout 60s || true
# Only what the latency needs: telephone-events (payload type 101) and packets with the marker bit.
timeout $((DTMF_CALLS / DTMF_RATE + 60)) tcpdump -i lo -n -s 64 -B 65536 -w "$WORK/dtmf.pcap" \
  "udp and (portrange $RTP_FIRST-$RTP_LAST) and ((udp[9] & 0x7f) = 101 or (udp[9] & 0x80) != 0)" > "$OUT/tcpdump-dtmf.log" 2>&1 &
TCPDUMP_PID=$!
sleep 1
sipp_uac dtmf uac-dtmf.xml 5003 -r "$DTMF_RATE" -m "$DTMF_CALLS" -l 2000 -timeout 120s || true
sleep 1
kill -INT "$TCPDUMP_PID" 2>/dev/null || true; wait "$TCPDUMP_PID" 2>/dev/null || true
python3 "$HERE/rtpstats.py" dtmf "$WORK/dtmf.pcap" "$RTP_FIRST" "$RTP_LAST" > "$OUT/dtmf-latency.txt"
cat "$OUT/dtmf-latency.txt" >&2
DTMF_OK="$(sipp_stat "$OUT/dtmf.csv" 'SuccessfulCall(C)')"
DTMF_FAILED="$(sipp_stat "$OUT/dtmf.csv" 'FailedCall(C)')"
stop_pid "$FB_PID"
fi

# The load parts last: the latency parts above are measured on a quiet machine (see bench/ANALYSIS.md).
if part cps; then
start_server cps
log "(a) Calls per second: answer, say, gather (1 s), hang up"
CPS_BEST=0
for rate in $CPS_RATES; do
  calls=$((rate * CPS_SECONDS))
  sipp_uac "cps-$rate" uac-cps.xml 5001 -r "$rate" -m "$calls" -l 20000 -timeout "$((CPS_SECONDS + 60))s" -timeout_error || true
  ok="$(sipp_stat "$OUT/cps-$rate.csv" 'SuccessfulCall(C)')"
  failed="$(sipp_stat "$OUT/cps-$rate.csv" 'FailedCall(C)')"
  retrans="$(sipp_stat "$OUT/cps-$rate.csv" 'Retransmissions(C)')"
  rtd="$(awk -F';' 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == "ResponseTime1(C)") c = i; next } c { v = $c } END { print v }' "$OUT/cps-$rate.csv")"
  echo "rate $rate: $ok ok, $failed failed, $retrans retransmissions, INVITE->200 avg $rtd" >&2
  CPS_ROWS+="| $rate | $calls | $ok | $failed | $retrans | $rtd |"$'\n'
  if [ "$failed" -eq 0 ] && [ "$ok" -eq "$calls" ]; then CPS_BEST=$rate; else break; fi
done
stop_pid "$FB_PID"
fi

if part ceiling; then
log "SIPp's ceiling: its own uac against its own uas, no FlowBuilder in the path"
sipp -sn uas -i 127.0.0.1 -p "$UAS_PORT" -nostdin -bind_local > "$OUT/ceiling-uas.log" 2>&1 &
UAS_PID=$!; STARTED_PIDS+=("$UAS_PID")
ceiling_start=$(date +%s.%N)
timeout 120 sipp -sn uac 127.0.0.1:"$UAS_PORT" -i 127.0.0.1 -p "$SIPP_PORT" -nostdin -r 5000 -m 50000 -l 20000 \
  -trace_stat -stf "$OUT/ceiling.csv" -fd 1 > "$OUT/ceiling-uac.log" 2>&1 || true
ceiling_end=$(date +%s.%N)
stop_pid "$UAS_PID"
CEILING_OK="$(sipp_stat "$OUT/ceiling.csv" 'SuccessfulCall(C)')"
CEILING_FAILED="$(sipp_stat "$OUT/ceiling.csv" 'FailedCall(C)')"
CEILING_CPS="$(awk -v n="$CEILING_OK" -v a="$ceiling_start" -v b="$ceiling_end" 'BEGIN { printf "%.0f", n / (b - a) }')"
echo "SIPp uac->uas: $CEILING_OK calls in $(awk -v a="$ceiling_start" -v b="$ceiling_end" 'BEGIN { printf "%.1f", b - a }') s = $CEILING_CPS cps ($CEILING_FAILED failed)" >&2
fi


{
  echo "## Telephony (issue 3) — FlowBuilder's SIP stack against SIPp on loopback"
  echo
  echo "Written by \`bench/telephony/run.sh\`. The real server (\`FlowBuilder.Server.dll\`, Release, SQLite, journal on, log level Warning;"
  echo "a freshly started one for each of (a), (b) and (c)) with SIP on udp:127.0.0.1:$SIP_PORT; SIPp $(sipp -v 2>&1 | grep -o 'v[0-9][0-9.]*[^ ]*' | head -1) on the same $(nproc) cores."
  echo "Flows: \`bench/telephony/flows/\`; scenarios: \`bench/telephony/scenarios/\`; captures read by \`rtpstats.py\`."
  echo
  echo "**Ceiling — SIPp's own uac → uas (no FlowBuilder):** $CEILING_CPS calls/s ($CEILING_OK calls, $CEILING_FAILED failed)."
  echo
  echo "### (a) Calls per second — answer, say \"Hello.\", gather one digit (1 s timeout), hang up"
  echo
  echo "Each rate runs for $CPS_SECONDS s; rates are stepped up until a call fails. SIPp sends no digit, so every call"
  echo "lasts the prompt plus the 1 s timeout, and FlowBuilder sends the BYE."
  echo
  echo "| rate (calls/s) | calls | successful | failed | retransmissions | INVITE → 200 avg |"
  echo "|---:|---:|---:|---:|---:|---|"
  printf '%s' "$CPS_ROWS"
  echo
  echo "**Highest rate with no failed call: $CPS_BEST calls/s** (goal ≥ 300; SIPp's ceiling $CEILING_CPS)."
  echo
  echo "### (b) Concurrent calls holding a prompt"
  echo
  echo "$HOLD_CALLS SIPp calls to a flow that speaks a long prompt over and over (comfort silence between prompts), $HOLD_ROUNDS rounds,"
  echo "each on a fresh server; once all calls are up, tcpdump captures $CAPTURE_SECONDS s of the server's RTP. Jitter = |interval − 20 ms|"
  echo "between consecutive packets of a stream (talkspurt starts excluded), measured at capture on loopback."
  echo
  echo "| round | calls up | streams | packets | lost | p50 | p99 | p99.9 | max | server CPU | server RSS | SIPp ok / failed |"
  echo "|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
  printf '%s' "${HOLD_ROWS:-}"
  echo
  echo "**Median p99 over the rounds: ${HOLD_MEDIAN:-not run} ms.** Goal: ≥ 1,000 concurrent G.711 calls with jitter p99 under 2 ms."
  echo
  echo "### (c) DTMF to next prompt"
  echo
  echo "$DTMF_CALLS calls at $DTMF_RATE calls/s (after 3 warm-up calls that put the reply prompt in the cache); each presses 1 (RFC 4733, \`dtmf_2833_1.pcap\`) 1.5 s after answer. Latency ="
  echo "first end-of-event packet of the digit → first packet of the reply prompt (marker bit) from the same server port."
  echo
  echo "| calls | measured | p50 | p99 | max |"
  echo "|---:|---:|---:|---:|---:|"
  echo "| $(value "$OUT/dtmf-latency.txt" calls) | $(value "$OUT/dtmf-latency.txt" measured) | $(value "$OUT/dtmf-latency.txt" p50_ms) ms | **$(value "$OUT/dtmf-latency.txt" p99_ms) ms** | $(value "$OUT/dtmf-latency.txt" max_ms) ms |"
  echo
  echo "SIPp: $DTMF_OK calls completed, $DTMF_FAILED failed. Goal: p99 under 20 ms."
} > "$REPORT"
echo "Wrote $REPORT" >&2
