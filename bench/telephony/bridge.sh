#!/usr/bin/env bash
# Concurrent bridged calls: N calls, each two legs, the media relayed by a B2BUA / media proxy, and the relay's added
# latency measured from a loopback packet capture. Two systems under test, same load, same capture, same run:
#   flowbuilder  the FlowBuilder server (SIP over UDP on loopback): flows/bench-bridge.flow.json on 5004 answers
#                nothing itself, Connect dials +7000 over the trunk "uas" (the SIPp UAS) and bridges the two legs
#   kamailio     the peer: Kamailio 5.6 (record-routing proxy, peers/kamailio/kamailio-bridge.cfg) sending 5004 to the
#                same SIPp UAS, with rtpengine (userspace forwarding, no kernel module) relaying the media
# Load: SIPp UAC (scenarios/uac-bridge.xml) calls 5004 with PCMU and streams makepcap.py audio for the whole call;
# the SIPp UAS (scenarios/uas-bridge.xml) answers and streams its own audio back. Payloads are unique per packet of a
# stream; relaystats.py pairs the relay's two ports of each call from the SIP capture (SDPs, the From user is unique
# per call) and matches every packet leaving the relay to the one it came from by payload: latency = out time - in
# time, both stamped by one tcpdump on lo. Once all calls are up: CAPTURE_SECONDS of capture, the relay's CPU and RSS
# over the same window. TRANSCODE=1 adds a run per system with the UAS answering PCMA (mu-law <-> A-law in the relay,
# expected bytes from g711.py).
#   bash bench/telephony/bridge.sh                     (writes bench/out/bridge/ and bench/out/bridge.md)
#   SYSTEMS=kamailio CALLS=50 bash bench/telephony/bridge.sh     (the peer alone, short)
# Knobs: CALLS=500 RATE=(CALLS/10, at least 10) CAPTURE_SECONDS=10 SETTLE_SECONDS=3 SYSTEMS="flowbuilder kamailio"
#        TRANSCODE=0 NICE=-10 STREAM=rtpstream|pcap RTP_THREADTASKS=50 SKIP_BUILD= (set: reuse the Release build)
#        KEEP_CAPTURE= (set: keep the RTP capture in bench/out/bridge/) SERVER_DLL= (another build, with SKIP_BUILD=1)
#        FB_LOG_LEVEL=Warning
# NICE: every process of the run (relay, SIPps, tcpdump) runs at this niceness, the same for both systems, so other
# work on the host (compiles) weighs less; NICE=0 leaves priorities alone. STREAM: how SIPp sends the audio (see
# below); the SIPps and tcpdump run on the same cores as the relay. A FlowBuilder build without the Connect activity
# (or one that fails to build) is reported as "not run" and the peer is still measured.
# Goal (issue): >= 500 bridged calls (1,000 legs) with added latency p99 under 5 ms.
# Needs root (tcpdump, negative nice, play_pcap_audio's raw socket). Installs sip-tester, tcpdump, kamailio (ships
# rtpengine.so) and rtpengine-daemon when missing.
# Everything listens on 127.0.0.1; every process started here is stopped by its PID; every step is bounded.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
HERE="$ROOT/bench/telephony"
OUT="$ROOT/bench/out/bridge"
REPORT="$ROOT/bench/out/bridge.md"
CALLS="${CALLS:-500}"
RATE="${RATE:-$((CALLS / 10))}"; [ "$RATE" -lt 10 ] && RATE=10
CAPTURE_SECONDS="${CAPTURE_SECONDS:-10}"
SETTLE_SECONDS="${SETTLE_SECONDS:-3}"
SYSTEMS="${SYSTEMS:-flowbuilder kamailio}"
TRANSCODE="${TRANSCODE:-0}"
NICE="${NICE:--10}"
STREAM="${STREAM:-rtpstream}"
RTP_THREADTASKS="${RTP_THREADTASKS:-50}"
STREAM_ARGS=(); [ "$STREAM" = rtpstream ] && STREAM_ARGS=(-rtp_threadtasks "$RTP_THREADTASKS")
# Ports apart from run.sh's (5070/5081/5082/6000/5093), so both can run on one host at the same time.
HTTP_PORT=5193
SIP_PORT=5270          # FlowBuilder or Kamailio, whichever runs
UAC_PORT=5281
UAC_MEDIA=16000
UAS_PORT=5282
UAS_MEDIA=16100
RTP_FIRST=20000        # FlowBuilder's RTP ports, and rtpengine's
RTP_LAST=39999
RTPENGINE_NG_PORT=2223
RAMP_SECONDS=$(( (CALLS + RATE - 1) / RATE ))
HOLD_SECONDS=$(( RAMP_SECONDS + SETTLE_SECONDS + CAPTURE_SECONDS + 5 ))
# shellcheck disable=SC1091
. "$ROOT/bench/processes.sh"

as_root() { if [ "$(id -u)" -eq 0 ]; then "$@"; else sudo "$@"; fi; }
missing=()
for p in sip-tester tcpdump curl jq kamailio rtpengine-daemon; do dpkg -s "$p" >/dev/null 2>&1 || missing+=("$p"); done
if [ ${#missing[@]} -gt 0 ]; then
  log "Installing ${missing[*]}"
  as_root apt-get update -qq && as_root env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${missing[@]}" >/dev/null
fi
[ "$(id -u)" -eq 0 ] || { echo "tcpdump, play_pcap_audio (raw socket) and negative NICE need root: run this as root" >&2; exit 1; }

system() { case " $SYSTEMS " in *" $1 "*) return 0 ;; *) return 1 ;; esac; }
SERVER_DLL="${SERVER_DLL:-$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll}"
if system flowbuilder && { [ -z "${SKIP_BUILD:-}" ] || [ ! -f "$SERVER_DLL" ]; }; then
  log "Building the server (Release)"
  # A failed build skips FlowBuilder (reported as not run) and still measures the peer.
  timeout 900 dotnet build "$ROOT/src/FlowBuilder.Server/FlowBuilder.Server.csproj" -c Release -nologo -v q \
    || { echo "the server did not build: FlowBuilder is not run" >&2; rm -f "$SERVER_DLL"; }
fi

rm -rf "$OUT" && mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-bridge-bench.XXXXXX)"
ulimit -n 65536 2>/dev/null || true

# The audio (long enough for the whole call, played once) and the scenarios with the action written in: SIPp reads
# exec actions when it loads the scenario, no keyword is replaced there.
#   STREAM=pcap       play_pcap_audio: one thread per call, each stream on its own 20 ms phase (from its ACK), as
#                     real phones; at hundreds of calls SIPp's own SIP thread starves among them on a busy 2-core host.
#   STREAM=rtpstream  rtp_stream: few threads (-rtp_threadtasks calls each), but every stream sends on one global
#                     20 ms grid (all calls in the same millisecond: bursts of 2 x CALLS packets at the relay).
log "Writing ${HOLD_SECONDS}+10 s of G.711 (makepcap.py, $STREAM) and the scenarios"
ext=pcap; [ "$STREAM" = rtpstream ] && ext=raw
python3 "$HERE/makepcap.py" "$WORK/caller-pcmu.$ext" $((HOLD_SECONDS + 10)) 1 pcmu
python3 "$HERE/makepcap.py" "$WORK/callee-pcmu.$ext" $((HOLD_SECONDS + 10)) 2 pcmu
python3 "$HERE/makepcap.py" "$WORK/callee-pcma.$ext" $((HOLD_SECONDS + 10)) 2 pcma
action() { if [ "$STREAM" = rtpstream ]; then echo "rtp_stream=\"$1,1,$2\""; else echo "play_pcap_audio=\"$1\""; fi; }
sed "s#STREAM_ACTION#$(action "$WORK/caller-pcmu.$ext" 0)#" "$HERE/scenarios/uac-bridge.xml" > "$WORK/uac-bridge.xml"
sed "s#STREAM_ACTION#$(action "$WORK/callee-pcmu.$ext" 0)#" "$HERE/scenarios/uas-bridge.xml" > "$WORK/uas-bridge-pcmu.xml"
sed "s#STREAM_ACTION#$(action "$WORK/callee-pcma.$ext" 8)#" "$HERE/scenarios/uas-bridge.xml" > "$WORK/uas-bridge-pcma.xml"

# sipp_stat FILE COLUMN: the last value of a cumulative column of SIPp's -trace_stat CSV.
sipp_stat() {
  if [ -f "$1" ]; then
    awk -F';' -v col="$2" 'NR == 1 { for (i = 1; i <= NF; i++) if ($i == col) c = i; next } c { v = $c } END { print v + 0 }' "$1"
  else echo 0; fi
}
value() { if [ -f "$1" ]; then awk -F= -v k="$2" '$1 == k { print $2 }' "$1"; else echo "-"; fi; }
# tree PID...: the processes and all their descendants (the PIDs started here are `timeout` wrappers; Kamailio forks).
tree() {
  [ $# -eq 0 ] && return 0
  ps -e -o pid=,ppid= | awk -v roots="$*" 'BEGIN { n = split(roots, r, " "); for (i = 1; i <= n; i++) keep[r[i]] = 1 }
    { parent[$1] = $2 } END { do { changed = 0; for (p in parent) if (!(p in keep) && (parent[p] in keep)) { keep[p] = 1; changed = 1 } } while (changed);
    for (p in keep) print p }'
}
# cpu_ticks PID...: user+system clock ticks of the processes and their descendants.
cpu_ticks() {
  local total=0 pid
  for pid in $(tree "$@"); do
    [ -r "/proc/$pid/stat" ] && total=$((total + $(awk '{ print $14 + $15 }' "/proc/$pid/stat" 2>/dev/null || echo 0)))
  done
  echo "$total"
}
# rss_mib PID...: resident set of the processes and their descendants (shared pages counted once per process).
rss_mib() {
  local total=0 pid
  for pid in $(tree "$@"); do
    [ -r "/proc/$pid/status" ] && total=$((total + $(awk '/VmRSS/ { print $2 }' "/proc/$pid/status" 2>/dev/null || echo 0)))
  done
  echo $((total / 1024))
}

# --- the systems under test: start_NAME sets RELAY_PIDS (measured as "relay") and SIGNALLING_PIDS (the rest) ---

start_flowbuilder() {
  local name="$1"
  [ -f "$SERVER_DLL" ] || { echo "no server build at $SERVER_DLL" >&2; return 1; }
  log "Starting FlowBuilder for $name (SIP udp:127.0.0.1:$SIP_PORT, RTP $RTP_FIRST-$RTP_LAST, trunk uas -> 127.0.0.1:$UAS_PORT)"
  mkdir -p "$WORK/$name"
  ASPNETCORE_ENVIRONMENT=Production timeout $((HOLD_SECONDS + 300)) nice -n "$NICE" dotnet "$SERVER_DLL" \
    --urls "http://127.0.0.1:$HTTP_PORT" \
    --FlowBuilder:Database:ConnectionString="Data Source=$WORK/$name/flowbuilder.db" \
    --FlowBuilder:Media:Folder="$WORK/$name/media" \
    --FlowBuilder:Logging:MinimumLevel:Default="${FB_LOG_LEVEL:-Warning}" \
    --FlowBuilder:Logging:WriteTo:0:Name=Console \
    --FlowBuilder:Sip:Enabled=true \
    --FlowBuilder:Sip:Listen:0="udp:127.0.0.1:$SIP_PORT" \
    --FlowBuilder:Sip:MediaAddress=127.0.0.1 \
    --FlowBuilder:Sip:RtpPortRange:First=$RTP_FIRST \
    --FlowBuilder:Sip:RtpPortRange:Last=$RTP_LAST \
    --FlowBuilder:Sip:MaxCalls=10000 \
    --FlowBuilder:Sip:MediaTimeoutSeconds=600 \
    --FlowBuilder:Sip:Trunks:0:Name=uas \
    --FlowBuilder:Sip:Trunks:0:Host=127.0.0.1 \
    --FlowBuilder:Sip:Trunks:0:Port=$UAS_PORT \
    > "$OUT/$name-server.log" 2>&1 &
  local pid=$!; STARTED_PIDS+=("$pid")
  for _ in $(seq 1 600); do
    kill -0 "$pid" 2>/dev/null || { echo "the server died; see $OUT/$name-server.log" >&2; tail -20 "$OUT/$name-server.log" >&2; return 1; }
    curl -fsS -o /dev/null --max-time 1 "http://127.0.0.1:$HTTP_PORT/" 2>/dev/null && break
    sleep 0.1
  done
  local flow="$HERE/flows/bench-bridge.flow.json" id
  id="$(jq -r .id "$flow")"
  # Fails until the Connect activity (telephony.connect) is in the build: the reply says why.
  curl -H "$AUTH_HEADER" -sS --max-time 10 -X POST -H 'Content-Type: application/json' --data-binary @"$flow" \
    -o "$OUT/$name-import.json" -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/flows/import?replace=true" \
    > "$OUT/$name-import.status" || return 1
  grep -q '^2' "$OUT/$name-import.status" || { echo "importing the flow failed: $(cat "$OUT/$name-import.status") $(head -c 400 "$OUT/$name-import.json")" >&2; return 1; }
  curl -H "$AUTH_HEADER" -sS --max-time 10 -X POST -H 'Content-Type: application/json' -d '{"note": "bridge benchmark"}' \
    -o "$OUT/$name-publish.json" -w '%{http_code}' "http://127.0.0.1:$HTTP_PORT/api/flows/$id/publish" \
    > "$OUT/$name-publish.status" || return 1
  grep -q '^2' "$OUT/$name-publish.status" || { echo "publishing the flow failed: $(cat "$OUT/$name-publish.status") $(head -c 400 "$OUT/$name-publish.json")" >&2; return 1; }
  # `timeout` is the PID started here; the server is its only child.
  RELAY_PIDS="$pid"; SIGNALLING_PIDS=""
}

start_kamailio() {
  local name="$1" transcode="$2" flags="replace-origin replace-session-connection"
  # Transcoding: rtpengine adds PCMA to the offer towards the UAS (which answers PCMA only) and converts.
  [ "$transcode" = 1 ] && flags="$flags codec-transcode-PCMA"
  log "Starting rtpengine ($(rtpengine --version 2>&1 | awk '{ print $2 }'), userspace, ng on 127.0.0.1:$RTPENGINE_NG_PORT, RTP $RTP_FIRST-$RTP_LAST) and Kamailio (udp:127.0.0.1:$SIP_PORT)"
  timeout $((HOLD_SECONDS + 300)) nice -n "$NICE" rtpengine --config-file=none --foreground --log-stderr --log-level=4 --table=-1 \
    --interface=127.0.0.1 --listen-ng=127.0.0.1:$RTPENGINE_NG_PORT --port-min=$RTP_FIRST --port-max=$RTP_LAST \
    --timeout=120 --delete-delay=0 > "$OUT/$name-rtpengine.log" 2>&1 &
  local rtpe=$!; STARTED_PIDS+=("$rtpe")
  mkdir -p "$WORK/$name"
  sed -e "s#RUN_DIR#$WORK/$name#g" -e "s#SIP_PORT#$SIP_PORT#g" -e "s#UAS_PORT#$UAS_PORT#g" \
      -e "s#RTPENGINE_NG_PORT#$RTPENGINE_NG_PORT#g" -e "s#CHILDREN#4#g" \
      -e "s#replace-origin replace-session-connection\")#$flags\")#" \
      "$HERE/peers/kamailio/kamailio-bridge.cfg" > "$WORK/$name/kamailio.cfg"
  # The offer's flags only (INVITE); the answer's line has no transcoding flag.
  sed -i "s#has_body(\"application/sdp\")) { rtpengine_manage(\"$flags\")#has_body(\"application/sdp\")) { rtpengine_manage(\"replace-origin replace-session-connection\")#" "$WORK/$name/kamailio.cfg"
  kamailio -f "$WORK/$name/kamailio.cfg" -c > "$OUT/$name-kamailio-check.log" 2>&1 || { cat "$OUT/$name-kamailio-check.log" >&2; return 1; }
  timeout $((HOLD_SECONDS + 300)) nice -n "$NICE" kamailio -f "$WORK/$name/kamailio.cfg" -DD -E -m 512 -M 16 > "$OUT/$name-kamailio.log" 2>&1 &
  local kam=$!; STARTED_PIDS+=("$kam")
  sleep 1
  kill -0 "$rtpe" 2>/dev/null || { echo "rtpengine died; see $OUT/$name-rtpengine.log" >&2; return 1; }
  kill -0 "$kam" 2>/dev/null || { echo "kamailio died; see $OUT/$name-kamailio.log" >&2; return 1; }
  RELAY_PIDS="$rtpe"; SIGNALLING_PIDS="$kam"
}

# run_bridge SYSTEM TRANSCODE: one measured run; writes $OUT/NAME-* and appends a row to ROWS_<system>.
run_bridge() {
  local sys="$1" transcode="$2" name codec pt
  name="$sys-$([ "$transcode" = 1 ] && echo transcode || echo plain)"
  codec=pcmu; pt=0; [ "$transcode" = 1 ] && { codec=pcma; pt=8; }
  RELAY_PIDS=""; SIGNALLING_PIDS=""
  if ! "start_$sys" "$name" "$transcode"; then
    echo "$name: could not start the system under test" >&2
    echo "| $name | not run: the system did not start (see bench/out/bridge/$name-*.log) |||||||||||||" >> "$WORK/rows-$sys"
    for pid in "${STARTED_PIDS[@]}"; do stop_pid "$pid"; done
    return 0
  fi
  # The signalling of the whole run (full packets), so relaystats.py can pair the relay's ports of the two legs.
  timeout $((HOLD_SECONDS + 240)) nice -n "$NICE" tcpdump -i lo -n -U -s 0 -B 32768 -w "$WORK/$name-sip.pcap" \
    "udp and (port $SIP_PORT or port $UAS_PORT or port $UAC_PORT)" > "$OUT/$name-tcpdump-sip.log" 2>&1 &
  local sip_td=$!; STARTED_PIDS+=("$sip_td")
  sleep 0.5
  log "$name: SIPp UAS on udp:127.0.0.1:$UAS_PORT (answers $codec, media $UAS_MEDIA); UAC $CALLS calls at $RATE/s, each ${HOLD_SECONDS} s"
  timeout $((HOLD_SECONDS + 240)) nice -n "$NICE" sipp -sf "$WORK/uas-bridge-$codec.xml" -i 127.0.0.1 -p "$UAS_PORT" -mp "$UAS_MEDIA" \
    -key pt "$pt" -key codec "$(echo "$codec" | tr a-z A-Z)" "${STREAM_ARGS[@]}" -nostdin -trace_stat -stf "$OUT/$name-uas.csv" -fd 1 \
    -trace_err -error_file "$OUT/$name-uas-errors.log" > "$OUT/$name-uas.log" 2>&1 &
  local uas=$!; STARTED_PIDS+=("$uas")
  sleep 0.5
  timeout $((HOLD_SECONDS + 180)) nice -n "$NICE" sipp -sf "$WORK/uac-bridge.xml" -s 5004 127.0.0.1:"$SIP_PORT" -i 127.0.0.1 -p "$UAC_PORT" \
    -mp "$UAC_MEDIA" "${STREAM_ARGS[@]}" -r "$RATE" -m "$CALLS" -l "$CALLS" -d $((HOLD_SECONDS * 1000)) -timeout "$((HOLD_SECONDS + 120))s" \
    -nostdin -trace_stat -stf "$OUT/$name-uac.csv" -fd 1 -trace_err -error_file "$OUT/$name-uac-errors.log" \
    > "$OUT/$name-uac.log" 2>&1 &
  local uac=$!; STARTED_PIDS+=("$uac")
  # Wait for all calls to be up (bounded: the ramp plus 60 s), then let the media settle.
  local deadline=$(( $(date +%s) + RAMP_SECONDS + 60 ))
  while [ "$(date +%s)" -lt "$deadline" ]; do
    [ "$(sipp_stat "$OUT/$name-uas.csv" CurrentCall)" -ge "$CALLS" ] && [ "$(sipp_stat "$OUT/$name-uac.csv" CurrentCall)" -ge "$CALLS" ] && break
    kill -0 "$uac" 2>/dev/null || break
    sleep 0.5
  done
  sleep "$SETTLE_SECONDS"
  local up_uac up_uas cpu_before cpu_after sig_before sig_after cpu sig_cpu rss sig_rss sipp_before sipp_after sipp_cpu loadavg
  up_uac="$(sipp_stat "$OUT/$name-uac.csv" CurrentCall)"
  up_uas="$(sipp_stat "$OUT/$name-uas.csv" CurrentCall)"
  log "$name: $up_uac calls up at the caller, $up_uas at the callee; capturing $CAPTURE_SECONDS s of the relay's RTP"
  cpu_before="$(cpu_ticks $RELAY_PIDS)"; sig_before="$(cpu_ticks $SIGNALLING_PIDS)"; sipp_before="$(cpu_ticks "$uac" "$uas")"
  timeout "$((CAPTURE_SECONDS + 5))" nice -n "$NICE" tcpdump -i lo -n -s 256 -B 262144 -w "$WORK/$name.pcap" \
    "udp and ((src portrange $RTP_FIRST-$RTP_LAST and (dst port $UAC_MEDIA or dst port $UAS_MEDIA)) or (dst portrange $RTP_FIRST-$RTP_LAST and (src port $UAC_MEDIA or src port $UAS_MEDIA)))" \
    > "$OUT/$name-tcpdump.log" 2>&1 &
  local td=$!
  sleep "$CAPTURE_SECONDS"
  kill -INT "$td" 2>/dev/null || true; wait "$td" 2>/dev/null || true
  cpu_after="$(cpu_ticks $RELAY_PIDS)"; sig_after="$(cpu_ticks $SIGNALLING_PIDS)"; sipp_after="$(cpu_ticks "$uac" "$uas")"
  loadavg="$(cut -d' ' -f1 /proc/loadavg)"
  rss="$(rss_mib $RELAY_PIDS)"; sig_rss="$(rss_mib $SIGNALLING_PIDS)"
  cpu="$(awk -v a="$cpu_before" -v b="$cpu_after" -v s="$CAPTURE_SECONDS" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (b < a) print "-"; else printf "%.0f", (b - a) / hz / s * 100 }')"
  sig_cpu="$(awk -v a="$sig_before" -v b="$sig_after" -v s="$CAPTURE_SECONDS" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (b < a) print "-"; else printf "%.0f", (b - a) / hz / s * 100 }')"
  sipp_cpu="$(awk -v a="$sipp_before" -v b="$sipp_after" -v s="$CAPTURE_SECONDS" -v hz="$(getconf CLK_TCK)" 'BEGIN { if (b < a) print "-"; else printf "%.0f", (b - a) / hz / s * 100 }')"
  echo "relay CPU $cpu %, signalling CPU $sig_cpu %, both SIPps $sipp_cpu %, load average $loadavg" >&2
  grep -E 'captured|dropped' "$OUT/$name-tcpdump.log" >&2 || true
  log "$name: matching packets (relaystats.py)"
  timeout 600 python3 "$HERE/relaystats.py" "$WORK/$name.pcap" "$RTP_FIRST" "$RTP_LAST" --sip "$WORK/$name-sip.pcap" \
    $([ "$transcode" = 1 ] && echo --transcode) --label "$UAC_MEDIA=caller_to_callee" --label "$UAS_MEDIA=callee_to_caller" \
    > "$OUT/$name-relay.txt" || echo "relaystats.py failed" >&2
  if [ -n "${KEEP_CAPTURE:-}" ]; then mv "$WORK/$name.pcap" "$OUT/$name-rtp.pcap"; else rm -f "$WORK/$name.pcap"; fi
  kill -INT "$sip_td" 2>/dev/null || true; wait "$sip_td" 2>/dev/null || true
  mv "$WORK/$name-sip.pcap" "$OUT/$name-sip.pcap" 2>/dev/null || true
  cat "$OUT/$name-relay.txt" >&2
  # The calls end by themselves after HOLD_SECONDS (bounded by SIPp's -timeout and `timeout`).
  wait "$uac" 2>/dev/null || true
  sleep 2
  stop_pid "$uas"
  for pid in $SIGNALLING_PIDS $RELAY_PIDS; do stop_pid "$pid"; done
  local ok failed uas_ok dropped
  ok="$(sipp_stat "$OUT/$name-uac.csv" 'SuccessfulCall(C)')"
  failed="$(sipp_stat "$OUT/$name-uac.csv" 'FailedCall(C)')"
  uas_ok="$(sipp_stat "$OUT/$name-uas.csv" 'SuccessfulCall(C)')"
  dropped="$(awk '/dropped by kernel/ { print $1 }' "$OUT/$name-tcpdump.log")"
  echo "relay_cpu=$cpu"$'\n'"relay_rss_mib=$rss"$'\n'"signalling_cpu=$sig_cpu"$'\n'"signalling_rss_mib=$sig_rss"$'\n'"sipp_cpu=$sipp_cpu"$'\n'"loadavg=$loadavg" >> "$OUT/$name-relay.txt"
  echo "calls_up_uac=$up_uac"$'\n'"calls_up_uas=$up_uas"$'\n'"uac_ok=$ok"$'\n'"uac_failed=$failed"$'\n'"uas_ok=$uas_ok"$'\n'"capture_dropped=${dropped:-?}" >> "$OUT/$name-relay.txt"
  local r="$OUT/$name-relay.txt" label
  label="$([ "$transcode" = 1 ] && echo "PCMU ↔ PCMA (transcoding)" || echo "PCMU both legs")"
  {
    for dir in "" caller_to_callee_ callee_to_caller_; do
      local what="all"; [ -n "$dir" ] && what="${dir%_}"; what="${what//_/ }"
      echo "| $label, $what | $up_uac | $((up_uac + up_uas)) | $(value "$r" "${dir}mapped") ($(value "$r" "${dir}signalled")) | $(value "$r" "${dir}matched") | $(value "$r" "${dir}lost") | $(value "$r" "${dir}unmatched_out") | $(value "$r" "${dir}over_5ms") | $(value "$r" "${dir}late_20ms") | $(value "$r" "${dir}p50_ms") ms | **$(value "$r" "${dir}p99_ms") ms** | $(value "$r" "${dir}p999_ms") ms | $(value "$r" "${dir}max_ms") ms | $cpu % | $rss MiB | $ok / $failed |"
    done
  } >> "$WORK/rows-$sys"
}

for sys in $SYSTEMS; do
  run_bridge "$sys" 0
  [ "$TRANSCODE" = 1 ] && run_bridge "$sys" 1
done

table_header() {
  echo "| run, direction | calls up | legs up | streams relayed (paired by SIP) | matched | lost | unmatched out | > 5 ms | > 20 ms | p50 | p99 | p99.9 | max | relay CPU | relay RSS | SIPp ok / failed |"
  echo "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---|"
}
{
  echo "## Bridged calls — relay added latency, FlowBuilder against Kamailio + rtpengine, same load, same run"
  echo
  echo "Written by \`bench/telephony/bridge.sh\` on $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores (load tools on the same cores)."
  echo "$CALLS calls at $RATE calls/s, each held ${HOLD_SECONDS} s; SIPp $(sipp -v 2>&1 | grep -o 'v[0-9][0-9.]*[^ ]*' | head -1) UAC → relay → SIPp UAS, both SIPps streaming"
  echo "G.711 (SIPp STREAM=$STREAM, 20 ms, 160-byte payloads unique per packet, \`makepcap.py\`) for the whole call. Once all calls are up (+${SETTLE_SECONDS} s),"
  echo "tcpdump on lo captures $CAPTURE_SECONDS s of every packet between the relay's ports ($RTP_FIRST–$RTP_LAST) and the SIPps' media ports; \`relaystats.py\` matches"
  echo "each packet leaving the relay to the one it came from by payload (through G.711 µ-law ↔ A-law for transcoding):"
  echo "latency = out − in, both stamped by the same capture. Lost = arriving packets never relayed (last 0.5 s not counted);"
  echo "relay CPU = user+system time over the capture window / wall time (100 % = one core); RSS at the end of the window."
  echo "Goal: ≥ 500 bridged calls (1,000 legs) with added latency p99 under 5 ms. All processes of the run at nice $NICE."
  echo
  echo "| run | CPU of both SIPps (load) | host load average (1 min) during the capture | capture drops |"
  echo "|---|---:|---:|---:|"
  for f in "$OUT"/*-relay.txt; do
    [ -f "$f" ] && echo "| $(basename "$f" -relay.txt) | $(value "$f" sipp_cpu) % | $(value "$f" loadavg) | $(value "$f" capture_dropped) |"
  done
  echo
  if system flowbuilder; then
    echo "### FlowBuilder (\`FlowBuilder.Server.dll\`, Release; flow \`flows/bench-bridge.flow.json\`: Incoming Call 5004 → Connect +7000 over trunk \`uas\`)"
    echo
    echo "Relay = the server process (SIP and media in one process)."
    echo
    table_header
    cat "$WORK/rows-flowbuilder" 2>/dev/null || true
    echo
  fi
  if system kamailio; then
    echo "### Peer: Kamailio $(kamailio -v 2>/dev/null | awk '/^version/ { print $3 }') + rtpengine $(rtpengine --version 2>&1 | awk '{ print $2 }') (userspace forwarding, \`--table=-1\`)"
    echo
    echo "Relay = rtpengine (media only). Kamailio (\`peers/kamailio/kamailio-bridge.cfg\`, 4 UDP workers) signalling:"
    for f in "$OUT"/kamailio-*-relay.txt; do
      [ -f "$f" ] && echo "$(basename "$f" -relay.txt): CPU $(value "$f" signalling_cpu) %, RSS $(value "$f" signalling_rss_mib) MiB (summed over its processes)."
    done
    echo
    table_header
    cat "$WORK/rows-kamailio" 2>/dev/null || true
    echo
  fi
  echo "Raw: \`bench/out/bridge/\` (SIPp CSV and logs, \`*-relay.txt\` from relaystats.py, tcpdump's drop counts)."
} > "$REPORT"
echo "Wrote $REPORT" >&2
