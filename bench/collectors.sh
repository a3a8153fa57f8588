#!/usr/bin/env bash
# Compares the JVM's garbage collectors for partner-tier, to choose the one the image runs (JAVA_OPTS in
# src/main/docker/Dockerfile.jvm): for each of G1, Parallel and Serial, the packaged service with the image's other
# options and authentication on,
#   - 16 connections posting a 5-customer partner: answers per second and CPU time per answer (from /proc), after 30 s
#     of warm-up;
#   - overload A, -Xmx1400m: 4 connections posting 100,000-customer partners for 30 s, a 5-customer partner on 2 more
#     connections beside them (its 99th percentile and slowest answer);
#   - overload B, -Xmx256m: 16 connections posting 10,000-customer partners for 30 s;
# and, in both overloads, the collector's full collections and longest pause (-Xlog:gc).
# Serial is what the JVM picks by itself in a container with less than 1,792 MB, such as the manifest's 1.5 GiB pod.
# Appends a "Garbage collectors" section to bench/RESULTS.md. About 7 minutes; nothing else should run meanwhile.
#
#   bench/collectors.sh
set -euo pipefail
cd "$(dirname "$0")/.."
source bench/prelude.sh
portal_token "https://partner-tier.collectors"
java bench/GenerateRequest.java 5 > "$work/5.json"
java bench/GenerateRequest.java 10000 > "$work/10000.json"
java bench/GenerateRequest.java 100000 > "$work/100000.json"
# The image's options without its collector: each run names its own.
opts=()
for o in "${image_java_opts[@]}"; do [[ "$o" == -XX:+Use*GC ]] || opts+=("$o"); done
port=18383

start() { # collector heap; the collector's log in $work/gc.log
    java "-XX:+Use$1GC" "${opts[@]}" "-Xms$2" "-Xmx$2" -Xlog:gc:file="$work/gc.log" \
        -Dquarkus.http.port=$port -Dquarkus.management.port=19393 \
        "${portal_auth[@]}" \
        -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
    pid=$!
    for _ in $(seq 1 60); do
        curl -sf "localhost:19393/q/health/ready" > /dev/null && return
        kill -0 "$pid" 2>/dev/null || break
        sleep 1
    done
    echo "the service did not start with $1 and $2:" >&2; tail -n 20 "$work/service.log" >&2; exit 1
}
stop() { # the JVM may be gone already (-XX:+ExitOnOutOfMemoryError): that is a result, not an error
    kill "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; pid=""
}
load() { # body connections seconds out
    BODY="$1" wrk -t2 -c"$2" -d"$3s" --timeout 35s --latency -s bench/post.lua "http://localhost:$port/evaluate" > "$4"
}
cpu_ticks() { awk '{print $14 + $15}' "/proc/$pid/stat"; }
grouped() { awk '{s = sprintf("%.0f", $1); r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } print s r}'; }
rate() { awk '/Requests\/sec/ {print $2}' "$1" | grouped; }
p99() { awk '$1 == "99%" || $1 == "99.000%" {print $2}' "$1"; }
slowest() { awk '/Latency/ {print $4; exit}' "$1"; }
statuses() { # "200=86 503=3 retryAfter=3" -> "86 × 200, 3 × 503 (3 with Retry-After)"
    sed -n 's/^statuses //p' "$1" | awk 'function g(n,  s, r) { s = n ""; r = ""; while (length(s) > 3) { r = "," substr(s, length(s) - 2) r; s = substr(s, 1, length(s) - 3) } return s r }
        {out = ""; for (i = 1; i <= NF; i++) { split($i, kv, "=");
        if (kv[1] == "retryAfter") { if (kv[2] > 0) out = out " (" kv[2] " with Retry-After)" }
        else out = out (out == "" ? "" : ", ") g(kv[2]) " × " kv[1] } print out}'
}
pauses() { # the collector's log: full collections, and the longest pause of any kind
    awk '/Pause/ { if ($0 ~ /Pause Full/) full++; ms = $NF; sub(/ms$/, "", ms); if (ms + 0 > longest) longest = ms + 0 }
        END { printf "%d full collections, longest pause %.0f ms", full, longest }' "$work/gc.log"
}
oom() { grep -c OutOfMemoryError "$work/service.log" || true; }

{
    echo
    echo "### Garbage collectors"
    echo
    echo "Command: \`bench/collectors.sh\` ($(date -u +%F), $(nproc) cores). The packaged service with the image's other JVM options"
    echo "(\`${opts[*]}\`), authentication and the decision log on; the collector named in each row, its pauses from \`-Xlog:gc\`."
    echo
    echo "| Collector | 16 connections, 5 customers | Overload A (-Xmx1400m, 4 × 100,000 customers, 30 s) | Overload B (-Xmx256m, 16 × 10,000 customers, 30 s) |"
    echo "|---|---|---|---|"
} >> bench/RESULTS.md
for gc in G1 Parallel Serial; do
    start "$gc" 1g
    load "$work/5.json" 16 30 "$work/warm.txt"
    t0=$(cpu_ticks)
    load "$work/5.json" 16 20 "$work/small.txt"
    t1=$(cpu_ticks)
    n=$(awk '/requests in/ {print $1}' "$work/small.txt")
    cpu=$(awk -v d=$((t1 - t0)) -v n="$n" -v hz="$(getconf CLK_TCK)" 'BEGIN {printf "%.0f", d / hz * 1e6 / n}')
    stop

    start "$gc" 1400m
    load "$work/5.json" 2 10 "$work/warm.txt"
    load "$work/100000.json" 4 30 "$work/heavy-a.txt" &
    heavy=$!
    sleep 1
    load "$work/5.json" 2 28 "$work/small-a.txt"
    wait "$heavy"
    oom_a=$(oom)
    pauses_a=$(pauses)
    stop

    start "$gc" 256m
    load "$work/10000.json" 16 30 "$work/heavy-b.txt"
    oom_b=$(oom)
    pauses_b=$(pauses)
    stop

    echo "| $gc | $(rate "$work/small.txt")/s, $cpu µs CPU per answer, p99 $(p99 "$work/small.txt") \
| large: $(statuses "$work/heavy-a.txt"); small beside them: $(statuses "$work/small-a.txt"), \
p99 $(p99 "$work/small-a.txt"), slowest $(slowest "$work/small-a.txt"); $pauses_a; OutOfMemoryError: $oom_a \
| $(statuses "$work/heavy-b.txt"), p99 $(p99 "$work/heavy-b.txt"); $pauses_b; OutOfMemoryError: $oom_b |" >> bench/RESULTS.md
done
tail -n 8 bench/RESULTS.md
