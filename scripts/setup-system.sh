#!/usr/bin/env bash
# Installs the Debian packages the test tiers need when they are missing: Chromium (browser
# tests), Noto CJK fonts (Chinese text in screenshots) and redis-server (queue tests, which start
# their own server on loopback). Shared by `npm test` (pretest) and .ci/run. Needs root (or sudo)
# only when something is missing; prints what it does.
set -euo pipefail
missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
fc-list 2>/dev/null | grep -qi 'Noto Sans CJK' || missing+=(fonts-noto-cjk)
command -v redis-server >/dev/null 2>&1 || missing+=(redis-server)
[ ${#missing[@]} -eq 0 ] && exit 0
echo "setup: installing ${missing[*]} (apt-get)" >&2
SUDO=""
if [ "$(id -u)" != 0 ]; then
  command -v sudo >/dev/null 2>&1 || { echo "setup: need root to apt-get install ${missing[*]}" >&2; exit 1; }
  SUDO=sudo
fi
export DEBIAN_FRONTEND=noninteractive
$SUDO apt-get update -qq
$SUDO apt-get install -y -qq "${missing[@]}" >/dev/null
