#!/usr/bin/env node
'use strict';
// The command line runs the compiled core: `npm run build:core` (part of `npm install` via prepare) makes it.
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

const path = require('node:path');
const checkout = path.resolve(__dirname, '..');
const entry = path.join(checkout, 'dist', 'core', 'cli', 'main.js');

/** Not built (cloned without npm install, or installed with --ignore-scripts): what to run, not a stack. */
function notBuilt() {
  const args = process.argv.slice(2);
  const french = args.some((arg, i) => arg === '--lang=fr' || (arg === '--lang' && args[i + 1] === 'fr'));
  process.stderr.write(
    french
      ? `outcome-fees\u00a0: pas encore construit (pas de dist/core/cli/main.js dans ${checkout})\u00a0: lancez npm install dans ce dossier, ou npm run build:core\n`
      : `outcome-fees: not built yet (no dist/core/cli/main.js in ${checkout}): run npm install there, or npm run build:core\n`,
  );
  process.exitCode = 1;
}

if (!require('node:fs').existsSync(entry)) notBuilt();
else
  try {
    require(entry)
      .main(process.argv.slice(2))
      .then((code) => {
        process.exitCode = code;
      }, fail);
  } catch (error) {
    fail(error);
  }
