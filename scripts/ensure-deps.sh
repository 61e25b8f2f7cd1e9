#!/usr/bin/env bash
# Installs the project's npm packages when they are missing or older than the lock file.
# `npm ci` cannot be used: see README (Taro and NutUI name optional packages that are not
# published, so the lock is never "complete"); `npm install` follows the lock as it is.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ ! -f node_modules/.package-lock.json ] || [ package-lock.json -nt node_modules/.package-lock.json ] || [ package.json -nt node_modules/.package-lock.json ]; then
  echo "==> npm install"
  npm install --no-audit --no-fund
fi
