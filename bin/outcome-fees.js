#!/usr/bin/env node
'use strict';
// The command line runs the compiled core: `npm run build` (part of `npm install` via prepare) makes it.
require('../dist/core/cli/main.js')
  .main(process.argv.slice(2))
  .then((code) => {
    process.exitCode = code;
  });
