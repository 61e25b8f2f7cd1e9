#!/usr/bin/env bash
# The browser tests drive Debian's Chromium (with CJK fonts, or Chinese renders as boxes).
set -euo pipefail
if command -v chromium >/dev/null 2>&1 && fc-list 2>/dev/null | grep -qi "noto.*cjk"; then
  exit 0
fi
if [ "$(id -u)" -ne 0 ]; then
  echo "需要 Chromium 和中文字体：sudo apt-get install -y chromium fonts-noto-cjk" >&2
  exit 1
fi
echo "==> apt-get install chromium fonts-noto-cjk"
export DEBIAN_FRONTEND=noninteractive
apt-get update -qq
apt-get install -y -qq --no-install-recommends chromium fonts-noto-cjk >/dev/null
