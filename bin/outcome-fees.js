#!/usr/bin/env node
'use strict';
// The command line runs the compiled core: `npm run build` (part of `npm install` via prepare) makes it.
// main() reports every failure as one line; this guard covers what happens before it runs (no build).
function fail(error) {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`outcome-fees: ${text.split('\n')[0]}\n`);
  process.exitCode = 1;
}

try {
  require('../dist/core/cli/main.js')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, fail);
} catch (error) {
  fail(error);
}
