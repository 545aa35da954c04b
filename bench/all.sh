#!/usr/bin/env bash
# npm run bench [-- --check] [-- --rounds N]: exact ÷ plain ratios of every worksheet function.
set -euo pipefail
cd "$(dirname "$0")/.."
npm run --silent build:core
node bench/functions.js "$@"
