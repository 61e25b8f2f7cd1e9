#!/usr/bin/env bash
# `npm start`: install if needed, build the functions and the H5 app, then run the local
# cloud with demo data and print the address to open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
exec npx tsx emulator/main.ts
