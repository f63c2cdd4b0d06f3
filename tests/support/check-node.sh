#!/bin/sh
# Checks that the Node binary the project runs on is the one recorded in .config/node-binaries.sha256.
# The `node` devDependency installs its binary from a platform package that its install script
# fetches outside the lock file, so npm's own integrity check never covers it; this does.
# Plain sh and the system's sha256sum (or shasum), so the binary under test is not the one checking.
# Usage: check-node.sh [BINARY] [SUMS] [PLATFORM]   (defaults: the installed binary, the committed sums, this machine)
set -eu
root=$(cd "$(dirname "$0")/../.." && pwd)
binary=${1:-$root/node_modules/node/bin/node}
sums=${2:-$root/.config/node-binaries.sha256}

if [ -n "${3:-}" ]; then
  platform=$3
else
  case "$(uname -s)-$(uname -m)" in
    Linux-x86_64) platform=linux-x64 ;;
    Linux-aarch64 | Linux-arm64) platform=linux-arm64 ;;
    Darwin-x86_64) platform=darwin-x64 ;;
    Darwin-arm64) platform=darwin-arm64 ;;
    *) platform="$(uname -s)-$(uname -m)" ;;
  esac
fi

fail() {
  echo "check-node: $1" >&2
  exit 1
}

[ -f "$binary" ] || fail "no Node binary at $binary. Run npm ci first."
recorded_version=$(sed -n 's/^# version //p' "$sums")
installed_version=$(sed -n 's/^ *"version": *"\([^"]*\)".*/\1/p' "$root/node_modules/node/package.json" 2>/dev/null | head -n 1)
if [ -z "${1:-}" ] && [ "$installed_version" != "$recorded_version" ]; then
  fail "the installed node package is $installed_version but $sums records $recorded_version. After changing the node devDependency, record the new binary: npm pack node-$platform@$installed_version, take package/bin/node out of it and put its sha256sum in $sums."
fi
expected=$(awk -v p="$platform" '$1 !~ /^#/ && $2 == p { print $1 }' "$sums")
[ -n "$expected" ] || fail "no checksum is recorded for $platform in $sums, so the Node binary cannot be checked. Record it: npm pack node-$platform@$recorded_version, take package/bin/node out of it and add its sha256sum."
if command -v sha256sum >/dev/null 2>&1; then
  actual=$(sha256sum "$binary" | cut -d ' ' -f 1)
else
  actual=$(shasum -a 256 "$binary" | cut -d ' ' -f 1)
fi
[ "$actual" = "$expected" ] || fail "the Node binary at $binary has SHA-256 $actual, not the $expected recorded for $platform in $sums. Do not run it: delete node_modules and run npm ci again; if that gives the same binary, the package in the registry has changed."
echo "check-node: Node $recorded_version for $platform matches its recorded SHA-256."
