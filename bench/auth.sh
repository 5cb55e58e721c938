# The benchmarks' API key (issue 9: the server requires sign-in). Sourced by processes.sh, so by every bench script.
# Every server a bench script starts gets it as its bootstrap key (FlowBuilder__Accounts__Bootstrap__ApiKey, exported: a
# system-administrator key of company "default"); curl sends it with -H "$AUTH_HEADER", the CLI reads FLOWBUILDER_API_KEY,
# the designer's Playwright specs DESIGNER_BENCH_API_KEY. Public endpoints (/hooks/**, /api/public/**, GET /, /health) get
# no key, so their numbers do not include key checks. Not a secret: it opens only servers the benchmarks start on
# 127.0.0.1 with a throwaway database.
BENCH_API_KEY="fbk_benchkey0001_VB8MLho9qn9xCCJD8NWK37sqGxHD7X4vXIdO2kQ5spk"
AUTH_HEADER="Authorization: Bearer $BENCH_API_KEY"
export FlowBuilder__Accounts__Bootstrap__ApiKey="$BENCH_API_KEY"
export FLOWBUILDER_API_KEY="$BENCH_API_KEY"
