# Sourced by bench/run.sh, bench/batch.sh, bench/collectors.sh and bench/compare.sh, from the repository's root: wrk
# (installed from Debian when missing), the packaged service (built when missing), a work folder in $work removed on
# exit, with the service whose process id is in $pid stopped then, and the image's JVM options (JAVA_OPTS in
# src/main/docker/Dockerfile.jvm) in the array image_java_opts, so the benchmarks run the service as it is deployed.
if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
[ -f target/quarkus-app/quarkus-run.jar ] || ./mvnw -B -q package -DskipTests
work="$(mktemp -d)"
pid=""
trap '[ -n "$pid" ] && kill "$pid" 2>/dev/null; rm -rf "$work"' EXIT
read -r -a image_java_opts <<< "$(sed -n 's/^[[:space:]]\{1,\}JAVA_OPTS="\([^"]*\)".*/\1/p' src/main/docker/Dockerfile.jvm)"
[ "${#image_java_opts[@]}" -gt 0 ] || { echo "no JAVA_OPTS in src/main/docker/Dockerfile.jvm" >&2; exit 1; }

# portal_token ISSUER: a key pair in $work/keys, a portal token signed with it in TOKEN (exported), and the options
# that make the service trust it in the array portal_auth.
portal_token() {
    java tools/DevToken.java keys "$work/keys" > /dev/null
    TOKEN="$(java tools/DevToken.java token "$work/keys" portal --issuer "$1" --minutes 60)"
    export TOKEN
    portal_auth=("-Dmp.jwt.verify.publickey.location=$work/keys/public.pem" "-Dmp.jwt.verify.issuer=$1")
}
