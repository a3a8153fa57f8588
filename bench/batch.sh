#!/usr/bin/env bash
# Measures POST /evaluate/batch as a nightly portfolio run uses it: 100,000 partners streamed as NDJSON into the
# packaged service with a 256 MB heap (GC log kept), and single POST /evaluate calls (wrk, 4 connections) before and
# during the batch, to show what a batch leaves for the portal. The service runs as deployed: a portal token on every
# request, the decision log on (a line per partner). Appends a "Batch" section to bench/RESULTS.md.
# Needs a JDK, curl and wrk (installed from Debian when missing). About a minute.
#
#   bench/batch.sh [PARTNERS]
set -euo pipefail
cd "$(dirname "$0")/.."
partners="${1:-100000}"
source bench/prelude.sh
portal_token "https://partner-tier.batch"
java bench/GeneratePortfolio.java "$partners" > "$work/portfolio.ndjson"
java bench/GenerateRequest.java 5 > "$work/small.json"
port=18282
# The image's JVM options (its garbage collector among them), then this run's heap.
java "${image_java_opts[@]}" -Xmx256m -Xlog:gc:file="$work/gc.log" "${portal_auth[@]}" \
    -Dquarkus.http.port=$port -Dquarkus.management.port=19292 -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
for _ in $(seq 1 60); do curl -sf "localhost:19292/q/health/ready" > /dev/null && break; sleep 1; done

single() { # label
    BODY="$work/small.json" wrk -t2 -c4 -d10s --latency -s bench/post.lua "http://localhost:$port/evaluate" > "$work/wrk-$1.txt"
}
single warm-up # the JIT compiles the request path; not reported
single alone
curl -s -X POST "localhost:$port/evaluate/batch" -H 'Content-Type: application/x-ndjson' -H "Authorization: Bearer $TOKEN" \
    -w '%{time_total}' \
    --data-binary @"$work/portfolio.ndjson" -o "$work/answers.ndjson" > "$work/took.txt" &
batch=$!
sleep 1
single beside-batch
wait "$batch"
rss_kb=$(ps -o rss= -p "$pid")

lines=$(wc -l < "$work/answers.ndjson")
ok=$(grep -c '"status":200' "$work/answers.ndjson" || true)
seconds=$(cat "$work/took.txt")
after_gc=$(grep 'Pause Young' "$work/gc.log" | grep -o '[0-9]*M->[0-9]*M' | sed 's/.*->//' | sort -n | tail -1 || true)
fulls=$(grep -c 'Pause Full' "$work/gc.log" || true)
rate() { grep 'Requests/sec' "$work/wrk-$1.txt" | awk '{printf "%d", $2}'; }
p99() { grep ' 99%' "$work/wrk-$1.txt" | awk '{print $2}'; }
{
    echo
    echo "### Batch: $partners partners as NDJSON, -Xmx256m ($(date -u +%Y-%m-%d), \`bench/batch.sh\`, authentication and the decision log on)"
    echo
    echo "| body | answers | of them 200 | took | partners/s | heap after GC, most | full GCs | resident memory |"
    echo "|---|---|---|---|---|---|---|---|"
    printf '| %s MB | %s | %s | %.1f s | %d | %s | %s | %d MB |\n' "$(( $(stat -c %s "$work/portfolio.ndjson") >> 20 ))" "$lines" "$ok" \
        "$seconds" "$(echo "$lines / $seconds" | bc)" "$after_gc" "$fulls" "$(( rss_kb >> 10 ))"
    echo
    echo "Single POST /evaluate (5 customers, 4 connections, 10 s, the batch running through the second run): alone $(rate alone)/s, p99 $(p99 alone);" \
         "beside the batch $(rate beside-batch)/s, p99 $(p99 beside-batch)."
} | tee -a bench/RESULTS.md
