#!/usr/bin/env bash
# Tests the container for real, failing loudly at any step:
#   1. a Docker engine: installs Debian's docker.io (and iptables) if absent, starts its daemon by hand;
#   2. builds the Java 17 base image from Debian's packages (cached) and the application image;
#   3. runs it with authentication on (a test key pair made by tools/DevToken.java, the public key mounted),
#      waits for readiness on the management port, checks that a request without a token or with the wrong
#      role is refused and that health and metrics are not on the API port, posts the README's example with a
#      portal token and checks the answer and its decision log line, checks that the JVM runs the garbage
#      collector JAVA_OPTS chooses, that it runs as a non-root user, and that SIGTERM lets a request in flight
#      finish;
#   4. runs it again with a rules folder mounted over the shipped one (the seed rules of src/test/seed-rules, with a
#      threshold edited) and checks that those rules decide;
#   5. runs `check-rules` in the image on a mounted folder: passes the shipped rules, fails a broken copy at its line.
# What the shipped rules decide is the analysts' to change (their scenarios pin it): steps 3 and 5 take any tier they
# give; numbers are pinned only on the seed rules.
# Only 127.0.0.1 is contacted (and Debian's mirror, to install the engine or build the base).
#
#   src/main/docker/test-container.sh
set -euo pipefail
cd "$(dirname "$0")/../../.."

port="${CONTAINER_TEST_PORT:-18080}"
management_port="${CONTAINER_TEST_MANAGEMENT_PORT:-19000}"
image="partner-tier:container-test"
base="${BASE_IMAGE:-partner-tier/java17-base:bookworm}"
work="$(mktemp -d)"
container=""

say() { echo "[container-test] $*"; }
fail() { echo "[container-test] FAILED: $*" >&2; [ -n "$container" ] && docker logs "$container" 2>&1 | tail -30 >&2; exit 1; }
cleanup() {
    [ -n "$container" ] && docker rm -f "$container" > /dev/null 2>&1 || true
    rm -rf "$work"
}
trap cleanup EXIT

# --- 1. The engine ---------------------------------------------------------------------------------------
if ! command -v dockerd > /dev/null; then
    say "installing Debian's docker.io"
    [ "$(id -u)" = 0 ] || fail "installing docker.io needs root"
    DEBIAN_FRONTEND=noninteractive apt-get update -qq
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq docker.io iptables mmdebstrap > /dev/null
fi
if ! command -v mmdebstrap > /dev/null && ! docker image inspect "$base" > /dev/null 2>&1; then
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq mmdebstrap > /dev/null
fi
# Debian's own client matches Debian's engine (another client on the PATH may not).
if [ -x /usr/bin/docker ]; then
    docker() { /usr/bin/docker "$@"; }
fi
if ! docker info > /dev/null 2>&1; then
    say "starting the Docker daemon"
    nohup dockerd > "${TMPDIR:-/tmp}/partner-tier-dockerd.log" 2>&1 &
    for _ in $(seq 1 60); do docker info > /dev/null 2>&1 && break; sleep 1; done
    docker info > /dev/null 2>&1 || fail "the Docker daemon did not start (see ${TMPDIR:-/tmp}/partner-tier-dockerd.log)"
fi
export DOCKER_BUILDKIT=0

# --- 2. The images ---------------------------------------------------------------------------------------
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
DOCKER=/usr/bin/docker src/main/docker/build-base-image.sh "$base" || fail "building the base image"
docker build -q -f src/main/docker/Dockerfile.jvm --build-arg "BASE_IMAGE=$base" -t "$image" . > /dev/null \
    || fail "building the application image"
say "built $image on $base"

# Authentication on, as in production: the public key mounted read-only, tokens signed with the private key.
java tools/DevToken.java keys "$work/keys" > /dev/null
chmod -R a+rX "$work"
issuer="https://partner-tier.container-test"
portal_token="$(java tools/DevToken.java token "$work/keys" portal --issuer "$issuer" --subject portal-test)"
analyst_token="$(java tools/DevToken.java token "$work/keys" analyst --issuer "$issuer" --subject analyst-test)"

start() { # extra docker run arguments...
    # Read-only like the Kubernetes manifests: only /tmp is writable.
    container="$(docker run -d --read-only --tmpfs /tmp -p "127.0.0.1:$port:8080" -p "127.0.0.1:$management_port:9000" \
        -v "$work/keys/public.pem:/keys/public.pem:ro" -e MP_JWT_VERIFY_PUBLICKEY_LOCATION=/keys/public.pem \
        -e MP_JWT_VERIFY_ISSUER="$issuer" "$@" "$image")" || fail "starting the container"
    for _ in $(seq 1 90); do
        if curl -sf "http://127.0.0.1:$management_port/q/health/ready" > "$work/ready.json"; then
            return
        fi
        docker inspect -f '{{.State.Running}}' "$container" 2>/dev/null | grep -q true || fail "the container exited"
        sleep 1
    done
    fail "not ready after 90 s"
}

stop() {
    docker stop -t 30 "$container" > /dev/null
    docker rm "$container" > /dev/null
    container=""
}

field() { # file, JSON field (a top-level string or number)
    sed -n "s/.*\"$2\":\"\\{0,1\\}\\([^\",]*\\).*/\\1/p" "$1" | head -n 1
}

evaluate() { # request file, answer file[, token]; echoes the HTTP status
    curl -s -o "$2" -w '%{http_code}' -X POST "http://127.0.0.1:$port/evaluate" \
        -H "Authorization: Bearer ${3:-$portal_token}" -H 'Content-Type: application/json' --data-binary "@$1"
}

status() { # URL, curl arguments...; echoes the HTTP status
    local url="$1"; shift
    curl -s -o /dev/null -w '%{http_code}' "$@" "$url"
}

# --- 3. The shipped rules --------------------------------------------------------------------------------
start
grep -q '"status":"UP"' <(tr -d ' \n' < "$work/ready.json") || fail "not ready: $(cat "$work/ready.json")"
[ "$(evaluate examples/silver-partner.json "$work/refused.json" not-a-token)" = 401 ] || fail "a bad token was not refused"
[ "$(status "http://127.0.0.1:$port/evaluate" -X POST -H 'Content-Type: application/json' --data-binary @examples/silver-partner.json)" = 401 ] \
    || fail "a request without a token was not refused"
[ "$(evaluate examples/silver-partner.json "$work/refused.json" "$analyst_token")" = 403 ] || fail "the analyst role may evaluate"
[ "$(status "http://127.0.0.1:$port/rules" -H "Authorization: Bearer $analyst_token")" = 200 ] || fail "the analyst cannot read the rules"
[ "$(status "http://127.0.0.1:$port/q/metrics")" = 404 ] || fail "metrics are served on the API port"
[ "$(status "http://127.0.0.1:$management_port/q/metrics")" = 200 ] || fail "metrics are not served on the management port"
say "auth on: no token 401, bad token 401, wrong role 403; metrics on the management port only"
curl -sf "http://127.0.0.1:$management_port/q/metrics" > "$work/metrics.txt" || fail "reading the metrics"
grep -q 'id="PS Old Gen"' "$work/metrics.txt" || fail "the JVM does not run the parallel garbage collector JAVA_OPTS chooses"
say "the parallel garbage collector, as the image's JAVA_OPTS chooses"
[ "$(evaluate examples/silver-partner.json "$work/answer.json")" = 200 ] || fail "the README example: $(cat "$work/answer.json")"
shipped_tier="$(field "$work/answer.json" tier)"
[[ "$shipped_tier" =~ ^(GOLD|SILVER|NONE)$ ]] || fail "the README example has no tier: $(cat "$work/answer.json")"
shipped_version="$(field "$work/answer.json" rulesVersion)"
say "README example: $shipped_tier, rules $shipped_version"
# The decision log: one JSON line with the request id, without the keys application.properties leaves out.
for attempt in 1 2 3 4 5; do # docker logs may lag the answer a little
    docker logs "$container" > "$work/container.log" 2>&1
    { grep '"loggerName":"partner-tier.decisions"' "$work/container.log" | grep "tier=$shipped_tier" | tail -1; } > "$work/decision.log" || true
    [ -s "$work/decision.log" ] && break
    sleep 1
done
[ -s "$work/decision.log" ] || fail "no decision log line for the README example"
grep -q -E '"mdc":\{[^}]*"requestId":"[^"]+"' "$work/decision.log" || fail "the decision log line has no request id: $(cat "$work/decision.log")"
! grep -q -E '"(processName|processId|sequence|loggerClassName|ndc|threadId)"' "$work/decision.log" \
    || fail "the decision log line has keys application.properties excludes: $(cat "$work/decision.log")"
say "decision log: a JSON line with the request id"

uid="$(docker exec "$container" id -u)"
[ "$uid" != 0 ] || fail "the service runs as root"
say "runs as uid $uid"

# A request in flight when the container is stopped still gets its answer.
java bench/GenerateRequest.java 100000 > "$work/large.json"
( evaluate "$work/large.json" "$work/large-answer.json" > "$work/large-status" ) &
in_flight=$!
sleep 2
stop
wait "$in_flight" || true
[ "$(cat "$work/large-status")" = 200 ] || fail "a request in flight during shutdown got $(cat "$work/large-status")"
say "a 100,000-customer request in flight during docker stop finished with 200"

# --- 4. A mounted rules folder decides -------------------------------------------------------------------
cp -r src/test/seed-rules "$work/rules"
sed -i 's/Requirement.PERFORMANCE, 2000, Market.MATURE/Requirement.PERFORMANCE, 2500, Market.MATURE/' "$work/rules/performance.drl"
grep -q 'PERFORMANCE, 2500, Market.MATURE' "$work/rules/performance.drl" || fail "could not edit the copy of the rules"
chmod -R a+rX "$work"
start -v "$work/rules:/deployments/rules:ro"
[ "$(evaluate examples/silver-partner.json "$work/answer.json")" = 200 ] || fail "with mounted rules: $(cat "$work/answer.json")"
[ "$(field "$work/answer.json" tier)" = NONE ] || fail "the mounted rules (Silver at 2,500) did not decide: $(cat "$work/answer.json")"
[ "$(field "$work/answer.json" rulesVersion)" != "$shipped_version" ] || fail "the mounted rules have the shipped version"
grep -q '2,500 required in a mature market' "$work/answer.json" || fail "the mounted rules' threshold is not in the explanation"
say "mounted rules decide: NONE with Silver at 2,500"
stop

# --- 5. check-rules in the image: a mounted folder is checked without a server ----------------------------------
cp -r rules "$work/check" && chmod -R a+rX "$work/check"
docker run --rm --read-only --tmpfs /tmp -v "$work/check:/rules:ro" "$image" check-rules /rules > "$work/check.txt" 2>&1 \
    || fail "check-rules failed on the shipped rules: $(cat "$work/check.txt")"
grep -q 'scenarios passed' "$work/check.txt" || fail "check-rules ran no scenarios: $(cat "$work/check.txt")"
rm -rf "$work/check" && cp -r src/test/seed-rules "$work/check" && chmod -R a+rX "$work/check"
sed -i 's/Requirement.PERFORMANCE, 2000, Market.MATURE/Requirement.PERFORMANCE, 2,000, Market.MATURE/' "$work/check/performance.drl"
if docker run --rm --read-only --tmpfs /tmp -v "$work/check:/rules:ro" "$image" check-rules /rules > "$work/check.txt" 2>&1; then
    fail "check-rules passed a broken folder"
fi
grep -q 'performance.drl, line' "$work/check.txt" && grep -q 'Write numbers without separators' "$work/check.txt" \
    || fail "check-rules did not name the broken file and line: $(cat "$work/check.txt")"
say "check-rules in the image passes the shipped rules and fails a broken copy of the seed rules at its line"

say "passed"
