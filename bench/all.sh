#!/usr/bin/env bash
# Both data sets of bench/functions.js, one after the other (npm run bench).
set -euo pipefail
cd "$(dirname "$0")/.."
node bench/functions.js 100000 distinct
echo
node bench/functions.js 100000 sheet
