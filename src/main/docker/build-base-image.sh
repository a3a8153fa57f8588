#!/usr/bin/env bash
# Builds a Java 17 runtime base image from Debian's packages, for machines that reach no image registry
# (only Debian's package mirror). The result is equivalent to a public Java 17 JRE image:
#   Debian bookworm (essential packages), openjdk-17-jre-headless, ca-certificates, passwd.
#
#   src/main/docker/build-base-image.sh [image-name]     (default: partner-tier/java17-base:bookworm)
#
# Needs root (mmdebstrap), mmdebstrap and a running Docker engine. Takes about 3 minutes and 340 MB, so
# the root file system is cached in ${PARTNER_TIER_CACHE:-~/.cache/partner-tier} and the image is not
# rebuilt when the engine has it already.
set -euo pipefail

image="${1:-partner-tier/java17-base:bookworm}"
docker="${DOCKER:-docker}"
cache="${PARTNER_TIER_CACHE:-${XDG_CACHE_HOME:-$HOME/.cache}/partner-tier}"
tarball="$cache/java17-base-bookworm.tar"

if "$docker" image inspect "$image" > /dev/null 2>&1; then
    echo "Base image $image is already in the Docker engine."
    exit 0
fi

if [ ! -s "$tarball" ]; then
    command -v mmdebstrap > /dev/null || { echo "mmdebstrap is needed: apt-get install mmdebstrap" >&2; exit 1; }
    mkdir -p "$cache"
    echo "Building a Debian bookworm root file system with Java 17 in $tarball (a few minutes)..."
    # The JRE's post-install script writes a man page link; the essential variant has no man directory.
    mmdebstrap --variant=essential \
        --include=openjdk-17-jre-headless,ca-certificates,passwd \
        --essential-hook='mkdir -p "$1/usr/share/man/man1"' \
        --customize-hook='rm -rf "$1"/var/cache/apt/* "$1"/var/lib/apt/lists/*' \
        bookworm "$cache/partial.tar"   # the .tar ending tells mmdebstrap to write a tarball
    mv "$cache/partial.tar" "$tarball"
fi

echo "Importing $tarball as $image..."
"$docker" import \
    --change 'ENV LANG=C.UTF-8 JAVA_HOME=/usr/lib/jvm/java-17-openjdk-amd64' \
    --change 'CMD ["/bin/bash"]' \
    "$tarball" "$image"
"$docker" run --rm "$image" java -version
