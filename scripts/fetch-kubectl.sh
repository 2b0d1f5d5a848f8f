#!/usr/bin/env bash
# Extracts Debian's kubernetes-client (kubectl 1.20) into .cache/kubectl-1.20/ for the node tests,
# without installing the package (/usr/bin/kubectl, v1.32, belongs to another package).
# Idempotent: does nothing when the binary is there already.
set -euo pipefail
cd "$(dirname "$0")/.."
dest=.cache/kubectl-1.20
bin="$dest/usr/bin/kubectl"
if [ -x "$bin" ]; then exit 0; fi
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
(cd "$work" && { apt-get download kubernetes-client >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download kubernetes-client >/dev/null; }; })
mkdir -p "$dest"
dpkg-deb -x "$work"/kubernetes-client_*.deb "$dest"
"$bin" version --client --short 2>/dev/null || "$bin" version --client
