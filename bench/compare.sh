#!/usr/bin/env bash
# Compares settings of the packaged service under the portal's load: each variant is a name and the JVM options or
# system properties it adds to the image's JAVA_OPTS. All variants run at once (-Xmx1g each, authentication and the
# decision log on unless a variant turns them off), each is warmed up for 30 s, then they are measured in turn, ROUNDS
# times SECONDS each, with 16 connections posting a 5-customer partner. Measured in short turns, a drift of the
# machine's speed (10 to 20% over minutes here) falls on every variant alike. Prints each turn, then for each variant
# the median CPU time per answer (the process's user and system time from /proc over the answers it gave), the median
# answers/s, and the median of its ratios to the first variant, turn by turn. The first two variants are often the same
# options twice: their ratio shows what the noise is. About 1.5 + ROUNDS x SECONDS x variants / 60 minutes; nothing
# else should run meanwhile.
#
#   bench/compare.sh ROUNDS SECONDS "name|options" "name|options" ...
#   bench/compare.sh 16 3 "on|" "on again|" "log off|-Ddecision-log.enabled=false"
set -euo pipefail
cd "$(dirname "$0")/.."
[ $# -ge 3 ] || { sed -n '2,13p' "$0" >&2; exit 2; }
rounds=$1 seconds=$2
shift 2
source bench/prelude.sh
java tools/DevToken.java keys "$work/keys" > /dev/null
issuer="https://partner-tier.compare"
TOKEN="$(java tools/DevToken.java token "$work/keys" portal --issuer "$issuer" --minutes 60)"
BODY="$work/5.json"
export TOKEN BODY
java bench/GenerateRequest.java 5 > "$BODY"

names=() ports=() pids=()
trap 'kill "${pids[@]}" 2>/dev/null; rm -rf "$work"' EXIT
i=0
for variant in "$@"; do
    name="${variant%%|*}" options="${variant#*|}"
    port=$((18480 + i))
    read -r -a extra <<< "$options"
    java "${image_java_opts[@]}" -Xms1g -Xmx1g "${extra[@]}" \
        -Dquarkus.http.port=$port -Dquarkus.management.port=$((19480 + i)) \
        -Dmp.jwt.verify.publickey.location="$work/keys/public.pem" -Dmp.jwt.verify.issuer="$issuer" \
        -jar target/quarkus-app/quarkus-run.jar > "$work/service-$i.log" 2>&1 &
    pids+=($!) names+=("$name") ports+=($port)
    i=$((i + 1))
done
for k in "${!pids[@]}"; do
    for _ in $(seq 1 90); do
        curl -sf "localhost:$((19480 + k))/q/health/ready" > /dev/null && break
        kill -0 "${pids[$k]}" 2>/dev/null || { echo "${names[$k]} did not start:" >&2; tail -5 "$work/service-$k.log" >&2; exit 1; }
        sleep 1
    done
done
for k in "${!pids[@]}"; do
    wrk -t2 -c16 -d30s -s bench/post.lua "http://localhost:${ports[$k]}/evaluate" > /dev/null
done

cpu() { awk '{print $14 + $15}' "/proc/$1/stat"; }   # user + system, in clock ticks
ticks=$(getconf CLK_TCK)
: > "$work/turns"
for round in $(seq 1 "$rounds"); do
    for k in "${!pids[@]}"; do
        before=$(cpu "${pids[$k]}")
        out=$(wrk -t2 -c16 -d"${seconds}s" -s bench/post.lua "http://localhost:${ports[$k]}/evaluate")
        after=$(cpu "${pids[$k]}")
        answers=$(awk '/statuses/ {for (i = 2; i <= NF; i++) if ($i ~ /^200=/) {sub("200=", "", $i); print $i}}' <<< "$out")
        rate=$(awk '/Requests\/sec/ {print $2}' <<< "$out")
        micros=$(awk -v t=$((after - before)) -v n="${answers:-0}" -v hz="$ticks" 'BEGIN {printf "%.1f", n ? t * 1e6 / hz / n : 0}')
        printf '%s\t%s\t%s\t%s\n' "$round" "$k" "$micros" "$rate" >> "$work/turns"
        printf 'turn %s  %-12s %6s µs per answer  %8s answers/s\n' "$round" "${names[$k]}" "$micros" "$rate"
    done
done
echo
awk -F'\t' -v names="$(IFS='|'; echo "${names[*]}")" '
    function median(list,   n, a, i, j, t) {
        n = split(list, a, " ")
        for (i = 2; i <= n; i++) for (j = i; j > 1 && a[j - 1] + 0 > a[j] + 0; j--) { t = a[j]; a[j] = a[j - 1]; a[j - 1] = t }
        return n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2
    }
    { us[$1, $2] = $3; rate[$1, $2] = $4; if ($2 + 0 > last) last = $2 + 0; if ($1 + 0 > rounds) rounds = $1 + 0 }
    END {
        split(names, name, "|")
        for (k = 0; k <= last; k++) {
            u = r = cr = rr = ""
            for (t = 1; t <= rounds; t++) {
                u = u " " us[t, k]; r = r " " rate[t, k]
                cr = cr " " us[t, k] / us[t, 0]; rr = rr " " rate[t, k] / rate[t, 0]
            }
            printf "%-12s CPU per answer %6.1f µs, %8.0f answers/s (medians); against %s, turn by turn: CPU %.3fx, answers/s %.3fx\n",
                name[k + 1], median(u), median(r), name[1], median(cr), median(rr)
        }
    }' "$work/turns"
