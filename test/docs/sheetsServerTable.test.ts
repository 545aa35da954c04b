/**
 * docs/sheets-deploy.md's table of the server functions the sidebar calls is `SheetsServer`'s: a function
 * added to `Code.js` without a row there (as `readFormattedSheets` was, while the README still said the
 * sidebar read values only) fails, and so does a row for one that is gone or a count that is not theirs.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from '../support/builtCore';

const read = (file: string) => readFileSync(join(REPO_ROOT, file), 'utf8');
const COUNTS = [
  '',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
  'ten',
  'eleven',
  'twelve',
];

/** The method names of `interface SheetsServer`, in their order. */
function serverMethods(): string[] {
  const body = /export interface SheetsServer \{([\s\S]*?)\n\}/.exec(read('sheets-addon/serverApi.ts'))?.[1];
  if (!body) throw new Error('sheets-addon/serverApi.ts has no interface SheetsServer');
  return [...body.matchAll(/^ {2}(\w+)\(/gm)].map((m) => m[1]);
}

describe('docs/sheets-deploy.md’s server functions', () => {
  const doc = read('docs/sheets-deploy.md');
  const section = doc.split(/^## How the sidebar works$/m)[1] ?? '';

  it('are the functions of SheetsServer, each with a row, counted in words', () => {
    const methods = serverMethods();
    expect(methods.length).toBeGreaterThan(5);
    const rows = [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
    expect([...rows].sort()).toEqual([...methods].sort());
    expect(section).toContain(`calls to ${COUNTS[methods.length]} functions of \`Code.js\``);
  });
});
