#!/usr/bin/env node
'use strict';
// The command line runs the compiled core: `npm run build` (part of `npm install` via prepare) makes it.
// main() reports every failure of a command as one line; these guards cover the rest (no build, a stream
// error, anything thrown outside a command), also as one line and never a stack trace.
function fail(error) {
  const text = error instanceof Error ? error.message : String(error);
  process.stderr.write(`outcome-fees: ${text.split('\n')[0]}\n`);
  process.exitCode = 1;
}

// A reader that stops early (`outcome-fees functions | head`) closes the pipe: stop quietly, as cat does.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  fail(error);
});
process.on('uncaughtException', fail);

try {
  require('../dist/core/cli/main.js')
    .main(process.argv.slice(2))
    .then((code) => {
      process.exitCode = code;
    }, fail);
} catch (error) {
  fail(error);
}
