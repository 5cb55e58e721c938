#!/usr/bin/env bash
# Contact import benchmark (issue 7): ROWS (default 1,000,000) generated contacts (phone, name, patronymic, amountDue, dueDate;
# bench/campaigns/generate.py) imported into a fresh server's SQLite through the CLI (`flowbuilder contacts import`: upload,
# background import, progress polling). Measures the wall time of the whole command, the server's CPU time during it and
# the server's peak RSS (VmHWM from /proc, which covers start-up too), and, in the same run, the named peer: the sqlite3
# shell's `.import --csv` of the same file into a plain table and into one with a unique phone index (the yardstick for
# raw insert speed). Goal: under 10 s and under 300 MB for a million rows.
# Writes bench/campaigns/out/import.md (+ import.env with the raw numbers) and replaces the "Campaigns: contact import"
# section of bench/RESULTS.md.   Knobs: ROWS=1000000 SKIP_BUILD=1 PORT=5590
# Everything listens on 127.0.0.1; every process started here is stopped by its PID.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
HERE="$BENCH/campaigns"
OUT="$HERE/out"
ROWS="${ROWS:-1000000}"
PORT="${PORT:-5590}"
# shellcheck disable=SC1091
. "$BENCH/processes.sh"
mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-import.XXXXXX)"

command -v sqlite3 >/dev/null || { apt-get update -qq && apt-get install -y -qq sqlite3 >/dev/null; }
if [ "${SKIP_BUILD:-0}" != 1 ]; then
  dotnet build "$ROOT/src/FlowBuilder.Server" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
  dotnet build "$ROOT/src/FlowBuilder.Cli" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
fi
SERVER_DLL="$ROOT/src/FlowBuilder.Server/bin/Release/net10.0/FlowBuilder.Server.dll"
CLI_DLL="$ROOT/src/FlowBuilder.Cli/bin/Release/net10.0/flowbuilder.dll"
CSV="$WORK/contacts.csv"
URL="http://127.0.0.1:$PORT"

log "Generating $ROWS contacts"
python3 "$HERE/generate.py" "$ROWS" "$CSV"
CSV_BYTES=$(stat -c %s "$CSV")

log "Starting the FlowBuilder server on a fresh SQLite file"
dotnet "$SERVER_DLL" --urls "$URL" "--FlowBuilder:Database:ConnectionString=Data Source=$WORK/flowbuilder.db" \
  --FlowBuilder:Logging:MinimumLevel:Default=Warning --FlowBuilder:PluginsPath="$WORK/plugins" --FlowBuilder:Media:Folder="$WORK/media" \
  > "$OUT/server.log" 2>&1 &
SERVER_PID=$!
STARTED_PIDS+=("$SERVER_PID")
for _ in $(seq 1 600); do curl -H "$AUTH_HEADER" -fsS -o /dev/null --max-time 1 "$URL/api/groups" 2>/dev/null && break; sleep 0.1; done
GROUP=$(curl -H "$AUTH_HEADER" -fsS -X POST -H 'content-type: application/json' \
  -d '{"name":"Bench","fields":[{"name":"amountDue","type":"number"},{"name":"dueDate","type":"date"}]}' "$URL/api/groups" \
  | python3 -c 'import json, sys; print(json.load(sys.stdin)["id"])')
cpu_ticks() { awk '{print $14 + $15}' "/proc/$1/stat"; }
TICKS=$(getconf CLK_TCK)
RSS_BEFORE_KB=$(awk '/VmRSS/ {print $2}' "/proc/$SERVER_PID/status")
LOAD_BEFORE=$(cut -d' ' -f1-3 /proc/loadavg)

log "Importing through the CLI"
CPU0=$(cpu_ticks "$SERVER_PID")
T0=$(date +%s.%N)
dotnet "$CLI_DLL" contacts import "$CSV" --group "$GROUP" --server "$URL" > "$OUT/cli.txt" 2>&1
T1=$(date +%s.%N)
CPU1=$(cpu_ticks "$SERVER_PID")
IMPORT_SECONDS=$(echo "$T1 - $T0" | bc -l | xargs printf '%.2f')
SERVER_CPU_SECONDS=$(echo "($CPU1 - $CPU0) / $TICKS" | bc -l | xargs printf '%.2f')
PEAK_RSS_KB=$(awk '/VmHWM/ {print $2}' "/proc/$SERVER_PID/status")
LOAD_AFTER=$(cut -d' ' -f1-3 /proc/loadavg)
SUMMARY=$(grep -E 'rows read' "$OUT/cli.txt" | sed 's/^ *//')
STORED=$(curl -H "$AUTH_HEADER" -fsS "$URL/api/groups/$GROUP" | python3 -c 'import json, sys; print(json.load(sys.stdin)["contactCount"])')
stop_pid "$SERVER_PID"

log "Peer: the sqlite3 shell's .import --csv of the same file"
SQLITE_VERSION=$(sqlite3 --version | cut -d' ' -f1)
peer() { # NAME SCHEMA
  rm -f "$WORK/peer.db"
  /usr/bin/time -f '%e %U %S %M' -o "$OUT/peer-$1.time" sqlite3 "$WORK/peer.db" "PRAGMA journal_mode=WAL;" "PRAGMA synchronous=NORMAL;" "$2" \
    ".import --csv --skip 1 $CSV contacts" > /dev/null
}
COLUMNS_SQL="CREATE TABLE contacts (phone TEXT NOT NULL, name TEXT, patronymic TEXT, amountDue TEXT, dueDate TEXT);"
peer plain "$COLUMNS_SQL"
peer indexed "$COLUMNS_SQL CREATE UNIQUE INDEX ux_phone ON contacts(phone);"
read -r PLAIN_S PLAIN_U PLAIN_SYS PLAIN_KB < "$OUT/peer-plain.time"
read -r INDEXED_S INDEXED_U INDEXED_SYS INDEXED_KB < "$OUT/peer-indexed.time"

cat > "$OUT/import.env" <<VARS
ROWS=$ROWS CSV_BYTES=$CSV_BYTES IMPORT_SECONDS=$IMPORT_SECONDS SERVER_CPU_SECONDS=$SERVER_CPU_SECONDS PEAK_RSS_KB=$PEAK_RSS_KB RSS_BEFORE_KB=$RSS_BEFORE_KB
STORED=$STORED LOAD_BEFORE="$LOAD_BEFORE" LOAD_AFTER="$LOAD_AFTER" SQLITE_VERSION=$SQLITE_VERSION
PLAIN="$PLAIN_S $PLAIN_U $PLAIN_SYS $PLAIN_KB" INDEXED="$INDEXED_S $INDEXED_U $INDEXED_SYS $INDEXED_KB"
VARS
mb() { echo "$1 / 1024" | bc; }
verdict() { if [ "$(echo "$IMPORT_SECONDS < 10" | bc)" = 1 ] && [ "$PEAK_RSS_KB" -lt 307200 ]; then echo "**met**"; else echo "**missed in this run**"; fi; }
{
  echo "## Campaigns: contact import"
  echo
  echo "Run of $(date -u '+%Y-%m-%d %H:%M') UTC (\`bench/campaigns/import.sh\`): $(printf "%'d" "$ROWS") generated contacts"
  echo "($(mb $((CSV_BYTES / 1024))) MB of CSV: phone, name, patronymic, amountDue, dueDate; \`bench/campaigns/generate.py\`) imported by"
  echo "\`flowbuilder contacts import\` into a fresh server's SQLite (upload, background import with E.164 normalisation, time zone from"
  echo "the number, typed fields, duplicate check, one transaction), the CLI polling the progress. Load average on this shared"
  echo "2-core machine: $LOAD_BEFORE before, $LOAD_AFTER after."
  echo
  echo "| | wall time | CPU time | peak memory | rows/s (wall) |"
  echo "|---|---:|---:|---:|---:|"
  echo "| FlowBuilder, CLI → server → SQLite (3 indexes: id, group+phone unique, company+phone) | **$IMPORT_SECONDS s** | $SERVER_CPU_SECONDS s (server) | **$(mb "$PEAK_RSS_KB") MB** server VmHWM ($(mb "$RSS_BEFORE_KB") MB idle before) | $(echo "$ROWS / $IMPORT_SECONDS" | bc) |"
  echo "| peer: sqlite3 $SQLITE_VERSION \`.import --csv\`, plain table | $PLAIN_S s | $(echo "$PLAIN_U + $PLAIN_SYS" | bc) s | $(mb "$PLAIN_KB") MB | $(echo "$ROWS / $PLAIN_S" | bc) |"
  echo "| peer: sqlite3 \`.import --csv\`, unique index on phone | $INDEXED_S s | $(echo "$INDEXED_U + $INDEXED_SYS" | bc) s | $(mb "$INDEXED_KB") MB | $(echo "$ROWS / $INDEXED_S" | bc) |"
  echo
  echo "Import result: $SUMMARY; contacts stored afterwards: $STORED. Goal (under 10 s and under 300 MB for a million rows): $(verdict)."
  echo "The sqlite3 shell only copies text into a table; FlowBuilder also validates and normalises every number with libphonenumber,"
  echo "parses the typed fields, writes them as JSON and keeps three indexes."
} > "$OUT/import.md"
cat "$OUT/import.md"

python3 - "$BENCH/RESULTS.md" "$OUT/import.md" <<'PY'
import os, re, sys
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read() if os.path.exists(results) else "# FlowBuilder benchmark results\n"
pattern = re.compile(r"^## Campaigns: contact import.*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
