#!/usr/bin/env bash
# Builds the partner-tier image on a Java 17 base built locally from Debian's packages (no registry needed):
#
#   src/main/docker/build-image.sh [tag]        (default tag: partner-tier:latest)
#
# Packages the application first when target/quarkus-app is missing. BASE_IMAGE overrides the base.
set -euo pipefail
cd "$(dirname "$0")/../../.."

tag="${1:-partner-tier:latest}"
docker="${DOCKER:-docker}"
base="${BASE_IMAGE:-partner-tier/java17-base:bookworm}"
# Debian's engine has the classic builder only (BuildKit needs Debian's own buildx client).
export DOCKER_BUILDKIT=0

if [ ! -f target/quarkus-app/quarkus-run.jar ]; then
    ./mvnw -B -q package -DskipTests
fi
if [ "$base" = "partner-tier/java17-base:bookworm" ]; then
    DOCKER="$docker" src/main/docker/build-base-image.sh "$base"
fi
"$docker" build -f src/main/docker/Dockerfile.jvm --build-arg "BASE_IMAGE=$base" -t "$tag" .
