#!/usr/bin/env bash
# Rating throughput (issue 9), in process, no server: what pricing one CDR costs with a 50,000-prefix tariff.
#   FlowBuilder: BenchmarkDotNet (bench/FlowBuilder.Bench/Rating/RatingBenchmark.cs) runs RateTable.TryFind (longest prefix) +
#   CallCharges.Amount over 1,000,000 pre-generated CDRs (seeded E.164 numbers and talk times), on one thread and on every core
#   (Parallel.For, one range per core), the lookup alone, and RateTable.Build for the 50,000 prefixes. Goal >= 100,000 CDRs/s.
#   Peer, same process and run: the usual SQL longest-prefix query, one prepared statement per CDR
#   (WHERE prefix IN (substr(n,1,1) ... substr(n,1,15)) ORDER BY length(prefix) DESC LIMIT 1) on SQLite (a file in a temp folder,
#   Microsoft.Data.Sqlite) and PostgreSQL (a throwaway cluster of tests/scripts/postgres.sh on 127.0.0.1, its own folder and
#   port, stopped at the end), SQL_COUNT CDRs on one connection and on one connection per core; every CDR's prefix is checked
#   against RateTable's answer.
# Writes bench/rating/out/rating.md and replaces the "Rating (issue 9)" section of bench/RESULTS.md.
# Knobs: SQL_COUNT=20000 QUICK=1 (3 BenchmarkDotNet iterations instead of 10: while developing) SKIP_POSTGRES=1 SKIP_BUILD=1
#        RATING_PG_PORT=55632
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BENCH="$ROOT/bench"
HERE="$BENCH/rating"
OUT="$HERE/out"
SQL_COUNT="${SQL_COUNT:-20000}"
# shellcheck disable=SC1091
. "$BENCH/processes.sh"
export FLOWBUILDER_PG_DIR="/tmp/flowbuilder-pg-bench-rating"
export FLOWBUILDER_PG_PORT="${RATING_PG_PORT:-55632}"
PG_STARTED=0
stop_all() {
  cleanup
  if [ "$PG_STARTED" = 1 ]; then bash "$ROOT/tests/scripts/postgres.sh" stop >/dev/null 2>&1 || true; fi
}
trap stop_all EXIT
trap 'exit 130' INT TERM
rm -rf "$OUT" && mkdir -p "$OUT"
WORK="$(mktemp -d /tmp/flowbuilder-rating.XXXXXX)"

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  log "Building the benchmarks (Release)"
  dotnet build "$BENCH/FlowBuilder.Bench" -c Release -nologo -v q -p:BuildDesigner=false >/dev/null
fi
BENCH_DLL="$BENCH/FlowBuilder.Bench/bin/Release/net10.0/FlowBuilder.Bench.dll"

PG_NOTE=""
if [ "${SKIP_POSTGRES:-0}" != 1 ]; then
  if ! ls -d /usr/lib/postgresql/*/bin >/dev/null 2>&1; then
    log "Installing PostgreSQL (Debian's postgresql package) for the peer"
    { apt-get update -qq && apt-get install -y -qq postgresql >/dev/null; } || true
  fi
  log "Starting a throwaway PostgreSQL cluster on 127.0.0.1:$FLOWBUILDER_PG_PORT ($FLOWBUILDER_PG_DIR)"
  if PG_EXPORT="$(timeout 120 bash "$ROOT/tests/scripts/postgres.sh" start)"; then
    PG_STARTED=1
    eval "$PG_EXPORT"
    export FLOWBUILDER_BENCH_POSTGRES="$FLOWBUILDER_TEST_POSTGRES"
  else
    PG_NOTE="PostgreSQL did not start (see the script's output above): the PostgreSQL peer was not run."
  fi
else
  PG_NOTE="PostgreSQL peer skipped (SKIP_POSTGRES=1)."
fi

load() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_BEFORE=$(load)
log "Rating: BenchmarkDotNet (${QUICK:+quick, }1,000,000 CDRs), then the SQL peer ($SQL_COUNT CDRs)"
ARGS=(rating --sql-count "$SQL_COUNT" --artifacts "$WORK/bdn" --report "$OUT/rating-tables.md")
[ "${QUICK:-0}" = 1 ] && ARGS+=(--quick)
timeout 1800 dotnet "$BENCH_DLL" "${ARGS[@]}" > "$OUT/rating.log" 2>&1 || { tail -30 "$OUT/rating.log" >&2; exit 1; }
LOAD_AFTER=$(load)

# End-to-end posting into the ledger needs the SQL billing ledger (SqlBillingLedger); measured only once it exists.
if grep -rqs "class SqlBillingLedger" "$ROOT/src"; then
  LEDGER_NOTE="End-to-end posting into the ledger (\`SqlBillingLedger\`, SQLite) is not part of this benchmark yet: the SQL ledger reached main after the rating run was written; next step."
else
  LEDGER_NOTE="End-to-end posting into the ledger (\`IBillingLedger\` on SQLite) is not measured: the SQL ledger (\`SqlBillingLedger\`) is not in this tree yet."
fi

RUN_DATE="$(date -u '+%Y-%m-%d %H:%M UTC')"
{
  echo "## Rating (issue 9)"
  echo
  echo "Run of $RUN_DATE (\`bench/rating/run.sh\`), in one process, no server: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2- | sed 's/^ *//'),"
  echo ".NET SDK $(dotnet --version), Release, workstation GC; BenchmarkDotNet 0.14 in process ($([ "${QUICK:-0}" = 1 ] && echo "quick: 1 warm-up, 3 iterations" || echo "3 warm-ups, 10 iterations of ≥ 250 ms"))."
  echo "Load average $LOAD_BEFORE before, $LOAD_AFTER after: **the host was shared with other builds and test runs during this run**, so every"
  echo "figure here is lower than on a quiet machine (wall-clock time, other processes on the same cores); the ratios within the run are the fair comparison."
  echo
  echo "FlowBuilder: \`RateTable.Build\` indexes the tariff once per version (one dictionary per prefix length, keyed by the digits"
  echo "as a number); rating a CDR is \`RateTable.TryFind(number)\` (at most one lookup per prefix length, longest first, no"
  echo "allocation) and \`CallCharges.Amount(rate, talkSeconds)\` (billing increments, decimal, rounded to 4 places). The peer is"
  echo "the usual SQL way: a \`rating_prefixes\` table with the prefix as primary key and one prepared query per CDR,"
  echo "\`WHERE prefix IN (substr(n,1,1) … substr(n,1,15)) ORDER BY length(prefix) DESC LIMIT 1\`, priced with the same"
  echo "\`CallCharges.Amount\`, synchronous ADO.NET, on SQLite (file, WAL) and PostgreSQL (loopback, fsync off); $SQL_COUNT CDRs"
  echo "after 1,000 warm-up ones, every prefix checked against \`RateTable\`'s, scaled to CDRs/s. Data: \`bench/FlowBuilder.Bench/Rating/RatingWorkload.cs\`."
  echo
  cat "$OUT/rating-tables.md"
  [ -n "$PG_NOTE" ] && { echo; echo "$PG_NOTE"; }
  echo
  echo "$LEDGER_NOTE"
  echo
} > "$OUT/rating.md"
cat "$OUT/rating.md"

python3 - "$BENCH/RESULTS.md" "$OUT/rating.md" <<'PY'
import os, re, sys
results, section = sys.argv[1], open(sys.argv[2]).read().rstrip() + "\n"
text = open(results).read() if os.path.exists(results) else "# FlowBuilder benchmark results\n"
pattern = re.compile(r"^## Rating \(issue 9\).*?(?=^## |\Z)", re.S | re.M)
text = pattern.sub(lambda _: section + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section
open(results, "w").write(text)
PY
