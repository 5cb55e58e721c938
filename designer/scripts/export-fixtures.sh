#!/usr/bin/env bash
# Regenerates src/model/fixtures/: each flow template (and scripts/tricky.flow.json) imported into a
# running FlowBuilder server and exported again, so the fixtures are the server's own bytes; plus
# the server's activity descriptors (GET /api/activities).
# Usage: scripts/export-fixtures.sh [server-url]   (default http://127.0.0.1:5080; use a scratch server,
# since the templates' drafts are replaced there)
set -euo pipefail
server="${1:-http://127.0.0.1:5080}"
here="$(cd "$(dirname "$0")" && pwd)"
out="$here/../src/model/fixtures"
mkdir -p "$out"

for file in "$here"/../../flow-templates/*.flow.json "$here/tricky.flow.json"; do
  id="$(node -e 'console.log(JSON.parse(require("fs").readFileSync(process.argv[1], "utf8")).id)' "$file")"
  curl -sSf -X POST "$server/api/flows/import?replace=true" -H 'content-type: application/json' --data-binary "@$file" > /dev/null
  curl -sSf "$server/api/flows/$id/export" -o "$out/$id.flow.json"
  echo "exported $id"
done
curl -sSf "$server/api/activities" | node -e 'let s="";process.stdin.on("data",d=>s+=d).on("end",()=>process.stdout.write(JSON.stringify(JSON.parse(s),null,2)+"\n"))' > "$out/activities.json"
echo "saved activities.json"
