#!/usr/bin/env node
'use strict';
/**
 * A newcomer's read of the README against the issues: every public name an issue gives (a command, an
 * option, a column, a JSON field, a contract term, a function) that README.md never mentions.
 *
 *   for n in 8 9 10 11 12 13; do issues show $n; done | node test/docs/namesNotInReadme.js
 *
 * Prints one name per line with the issue text it came from; prints nothing when the README names them
 * all. A name is looked for as written, so a README that says it another way is listed: read each line.
 */
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const readme = readFileSync(join(__dirname, '..', '..', 'README.md'), 'utf8');
const issues = readFileSync(0, 'utf8');

/** `code` spans, and inside JSON-like spans the quoted field names. */
function namesIn(text) {
  const names = new Map();
  const add = (name, where) => {
    const clean = name.trim();
    if (clean.length > 1 && !names.has(clean)) names.set(clean, where);
  };
  for (const [, span] of text.matchAll(/`([^`\n]+)`/g)) {
    const fields = [...span.matchAll(/"([A-Za-z][\w]*)"/g)].map((m) => m[1]);
    if (/^[{[]/.test(span.trim()) && fields.length > 0) for (const field of fields) add(`"${field}"`, span);
    else if (/^--/.test(span)) for (const [option] of span.matchAll(/--[a-z][\w-]*/g)) add(option, span);
    else if (/^outcome-fees /.test(span)) {
      add(span.split(/\s+/)[1], span);
      for (const [option] of span.matchAll(/--[a-z][\w-]*/g)) add(option, span);
    } else if (/^[A-Z][\w ]*(,[A-Z][\w ]*)+$/.test(span))
      for (const column of span.split(',')) add(column, span);
    else add(span, span);
  }
  for (const [option] of text.matchAll(/(?<![\w-])--[a-z][\w-]*/g)) add(option, option);
  return names;
}

/** A JSON field counts as documented when the README writes it as one: `field` or "field". */
const documented = (name) =>
  /^"\w+"$/.test(name)
    ? readme.includes(name) || readme.includes(`\`${name.slice(1, -1)}\``)
    : readme.includes(name);

for (const [name, where] of namesIn(issues)) {
  if (!documented(name)) console.log(where === name ? name : `${name}\t(${where})`);
}
