#!/usr/bin/env bash
# Compares settings of the packaged service under the portal's load: each variant is a name and the JVM options or
# system properties it adds to the image's JAVA_OPTS (-Xms1g -Xmx1g for all; authentication and the decision log on
# unless a variant turns them off). All variants run at once; each is warmed up for 40 s, then they are measured in
# turn, ROUNDS times SECONDS each, with 16 connections posting a 5-customer partner, each round starting with the next
# variant. In short turns, a drift of the machine's speed (10 to 20% over minutes here) falls on every variant alike.
# Prints each turn, then for each variant the medians of its CPU time per answer (the process's user and system time
# from /proc over the 200s it gave), of its answers (200s) per second, of its 99th percentile latency, and of its
# ratios to the first variant, turn by turn. Give the first variant's options twice to see the noise. An option
# --jar=PATH runs another build (e.g. an earlier commit's quarkus-app copied aside) instead of target/'s, to compare
# commits. Takes about 0.7 x variants + ROUNDS x SECONDS x variants / 60 minutes; nothing else should run meanwhile.
#
#   bench/compare.sh ROUNDS SECONDS "name|options" "name|options" ...
#   bench/compare.sh 16 3 "on|" "on again|" "log off|-Ddecision-log.enabled=false"
#   bench/compare.sh 8 5 "before|--jar=/tmp/before/quarkus-run.jar" "now|"
set -euo pipefail
usage() { sed -n '2,15p' "${BASH_SOURCE[0]}" >&2; exit 2; }
[ $# -ge 3 ] && [[ "$1" =~ ^[1-9][0-9]*$ ]] && [[ "$2" =~ ^[1-9][0-9]*$ ]] || usage
for variant in "${@:3}"; do [[ "$variant" == *"|"* ]] || usage; done
cd "$(dirname "$0")/.."
rounds=$1 seconds=$2
shift 2
source bench/prelude.sh
portal_token "https://partner-tier.compare"
BODY="$work/5.json"
export BODY
java bench/GenerateRequest.java 5 > "$BODY"

names=() ports=() pids=()
# In place of prelude.sh's: stop every variant, then remove the work folder (its private key among it) whatever happened.
trap 'kill "${pids[@]}" 2>/dev/null || true; wait 2>/dev/null || true; rm -rf "$work"' EXIT
i=0
for variant in "$@"; do
    name="${variant%%|*}" options="${variant#*|}"
    read -r -a words <<< "$options"
    jar=target/quarkus-app/quarkus-run.jar extra=()
    for o in "${words[@]}"; do if [[ "$o" == --jar=* ]]; then jar="${o#--jar=}"; else extra+=("$o"); fi; done
    jvm=()   # the image's options, without its collector when the variant names one
    for o in "${image_java_opts[@]}"; do [[ "$o" == -XX:+Use*GC && "$options" == *-XX:+Use*GC* ]] || jvm+=("$o"); done
    java "${jvm[@]}" -Xms1g -Xmx1g "${extra[@]}" \
        -Dquarkus.http.port=$((18480 + i)) -Dquarkus.management.port=$((19480 + i)) \
        "${portal_auth[@]}" \
        -jar "$jar" > "$work/service-$i.log" 2>&1 &
    pids+=($!) names+=("$name") ports+=($((18480 + i)))
    i=$((i + 1))
done
for k in "${!pids[@]}"; do
    for _ in $(seq 1 90); do
        curl -sf --max-time 2 "localhost:$((19480 + k))/q/health/ready" > /dev/null && continue 2
        kill -0 "${pids[$k]}" 2>/dev/null || break
        sleep 1
    done
    echo "${names[$k]} did not get ready:" >&2
    tail -5 "$work/service-$k.log" >&2
    exit 1
done

answers() { # wrk's output -> the number of 200s that post.lua counted
    awk '/^statuses/ {for (i = 2; i <= NF; i++) if ($i ~ /^200=/) {sub("200=", "", $i); print $i}}' <<< "$1"
}
for k in "${!pids[@]}"; do
    out=$(wrk -t2 -c16 -d40s -s bench/post.lua "http://localhost:${ports[$k]}/evaluate")
    [ "$(answers "$out")" ] || { echo "${names[$k]} gave no 200 while warming up:" >&2; echo "$out" >&2; exit 1; }
done

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system time, in clock ticks
p99_ms() { # wrk's --latency output -> its 99th percentile in milliseconds, or NA when it has none
    awk '$1 ~ /^99(\.0+)?%$/ && !found {found = 1; v = $2; u = v; sub(/[a-z]+$/, "", v); sub(/^[0-9.]+/, "", u)
            printf "%.3f", v * (u == "us" ? 0.001 : u == "s" ? 1000 : u == "m" ? 60000 : u == "h" ? 3600000 : 1)}
        END {if (!found) printf "NA"}' <<< "$1"
}
ticks=$(getconf CLK_TCK)
count=${#pids[@]}
: > "$work/turns"
for round in $(seq 1 "$rounds"); do
    for j in $(seq 0 $((count - 1))); do
        k=$(((round - 1 + j) % count))
        before=$(cpu "${pids[$k]}")
        out=$(wrk -t2 -c16 -d"${seconds}s" --latency -s bench/post.lua "http://localhost:${ports[$k]}/evaluate")
        after=$(cpu "${pids[$k]}")
        n=$(answers "$out")
        [ "${n:-0}" -gt 0 ] || { echo "${names[$k]} gave no 200 in round $round:" >&2; echo "$out" >&2; exit 1; }
        micros=$(awk -v t=$((after - before)) -v n="$n" -v hz="$ticks" 'BEGIN {printf "%.1f", t * 1e6 / hz / n}')
        rate=$(awk -v n="$n" -v s="$seconds" 'BEGIN {printf "%.0f", n / s}')
        p99=$(p99_ms "$out")
        printf '%s\t%s\t%s\t%s\t%s\n' "$round" "$k" "$micros" "$rate" "$p99" >> "$work/turns"
        printf 'round %s  %-12s %6s µs per answer  %7s answers/s  p99 %6s ms\n' "$round" "${names[$k]}" "$micros" "$rate" "$p99"
    done
done
echo
awk -F'\t' -v names="$(IFS='|'; echo "${names[*]}")" -v count="$count" -v rounds="$rounds" '
    function median(list,   n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { us[$1, $2] = $3; rate[$1, $2] = $4; p99[$1, $2] = $5 }
    END {
        split(names, name, "|")
        for (k = 0; k < count; k++) {
            u = r = l = cr = rr = lr = ""
            for (t = 1; t <= rounds; t++) {
                u = u " " us[t, k]; r = r " " rate[t, k]
                cr = cr " " us[t, k] / us[t, 0]; rr = rr " " rate[t, k] / rate[t, 0]
                if (p99[t, k] != "NA") l = l " " p99[t, k]
                if (p99[t, k] != "NA" && p99[t, 0] != "NA" && p99[t, 0] > 0) lr = lr " " p99[t, k] / p99[t, 0]
            }
            printf "%-12s CPU per answer %6.1f µs, %7.0f answers/s, p99 %s ms (medians); against %s, round by round: " \
                "CPU %.3fx, answers/s %.3fx, p99 %s\n", name[k + 1], median(u), median(r),
                l == "" ? "NA" : sprintf("%.2f", median(l)), name[1], median(cr), median(rr),
                lr == "" ? "NA" : sprintf("%.3fx", median(lr))
        }
    }' "$work/turns"
