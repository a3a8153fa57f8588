#!/usr/bin/env bash
# Benchmarks partner-tier against a bare Quarkus app that only parses the same JSON, side by side in one run,
# and writes the results to bench/RESULTS.md (the README links them). Takes a few minutes. Needs a JDK and wrk
# (the load generator), which it installs from Debian's packages when it is missing.
#
#   bench/run.sh [heap]        (default heap: 1g, the same for both apps)
set -euo pipefail
cd "$(dirname "$0")/.."
if ! command -v wrk >/dev/null; then
    apt-get install -y wrk >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get install -y wrk >/dev/null; }
fi
./mvnw -B -q package -DskipTests
(cd bench/bare-app && ../../mvnw -B -q package -DskipTests)
java bench/Bench.java target/quarkus-app/quarkus-run.jar bench/bare-app/target/quarkus-app/quarkus-run.jar "${1:-1g}" bench/RESULTS.md
