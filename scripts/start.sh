#!/usr/bin/env bash
# `npm start`: install if needed, build the functions and the H5 app, then run the local
# cloud with demo data and print the address to open.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
npm run --silent build
# one heap holds every call at once: a larger young generation (docs/scale.md §3)
export NODE_OPTIONS=--max-semi-space-size=32
exec npx tsx emulator/main.ts
