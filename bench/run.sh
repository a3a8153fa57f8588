#!/usr/bin/env bash
# Benchmarks partner-tier against a bare Quarkus app that only parses the same JSON, side by side in one run, as the
# portal uses it (16 connections), one request at a time, and under overload; then measures the memory a decision
# allocates and keeps per customer. Writes bench/RESULTS.md (the README links it). Takes about 15 minutes; nothing
# else should run on the machine meanwhile. Needs a JDK and wrk (the load generator), which it installs from
# Debian's packages when it is missing.
#
#   bench/run.sh
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q package -DskipTests   # always: the benchmark measures the code as it is now
(cd bench/bare-app && ../../mvnw -B -q package -DskipTests)
source bench/prelude.sh            # wrk, and a work folder in $work
java bench/Bench.java target/quarkus-app/quarkus-run.jar bench/bare-app/target/quarkus-app/quarkus-run.jar bench/RESULTS.md

java bench/GenerateRequest.java 10000 > "$work/10000.json"
java bench/GenerateRequest.java 100000 > "$work/100000.json"
{
    echo
    echo "### Memory per customer"
    echo
    echo 'One decision at a time in one JVM, on the packaged classes (`bench/MemoryPerCustomer.java`):'
    echo
    java -Xmx1g -Djava.util.logging.manager=org.jboss.logmanager.LogManager \
        -cp 'target/quarkus-app/app/*:target/quarkus-app/lib/main/*:target/quarkus-app/lib/boot/*' \
        bench/MemoryPerCustomer.java "$work/10000.json" "$work/100000.json" | grep '^|'
} >> bench/RESULTS.md
cat bench/RESULTS.md
