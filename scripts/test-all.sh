#!/usr/bin/env bash
# `npm test`: every check the project has, in the order that fails fastest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/ensure-deps.sh
bash scripts/ensure-chromium.sh

reports=$(mktemp -d)
step() { echo; echo "==> $*"; }
vitest_run() { # name, then vitest args
  local name=$1; shift
  npx vitest run --reporter=default --reporter=json --outputFile="$reports/$name.json" "$@"
}

step "lint";        npx eslint .
step "type check";  npx tsc --noEmit -p tsconfig.json
step "unit, emulator contract and function tests (TZ=UTC)"
TZ=UTC vitest_run unit
step "load tests alone (their budgets are real time)"
TZ=UTC vitest_run load --config vitest.load.config.mts
step "domain rules again in another machine time zone (TZ=America/New_York)"
TZ=America/New_York vitest_run domain-ny domain
step "build: cloud functions";  npx tsx scripts/build-functions.ts
# Taro can exit 0 after refusing its config: start from nothing so a missing build shows.
rm -rf dist/weapp dist/h5
# for the local cloud (its environment, local-shuoshi, has subscription template ids)
step "build: weapp";            CLOUD_ENV_ID=local-shuoshi npx taro build --type weapp
step "weapp package size";      npx tsx scripts/check-size.ts
step "weapp pages headless under WeChat's rules, and wcc/wcsc"
vitest_run weapp --config weapp/vitest.config.mts
step "build: h5";               npx taro build --type h5
test -f dist/h5/index.html || { echo "H5 构建没有产出 dist/h5/index.html" >&2; exit 1; }
step "browser tests (headless Chromium against the local cloud)"
vitest_run e2e --config e2e/vitest.config.mts

step "summary"
node scripts/summarize-tests.mjs "$reports"
