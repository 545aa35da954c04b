#!/usr/bin/env bash
# npm run bench [-- --check] [-- --rounds N] [-- --limit X]: exact ÷ plain ratios of every worksheet function.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build:core
# The collector on the main thread: CPU time then charges each side for its own garbage (see functions.js).
node --single-threaded-gc bench/functions.js "$@"
