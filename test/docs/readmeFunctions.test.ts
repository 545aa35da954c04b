/**
 * The README's table of worksheet functions is the registry's: every function, in the registry's order,
 * each with the signature the generated reference gives and a link to its heading there. A function added
 * to the registry or an argument added to one (THRESHOLDFEE's `comparison` was missing) fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { signature } from '../../core/docs/functionReference';
import { FUNCTIONS } from '../../core/functions/registry';
import { REPO_ROOT } from '../support/builtCore';
import { readme } from './readmeExamples';

/** The table's rows as `NAME(args)` and the anchor each name links to. */
function tableRows(): { readonly signature: string; readonly anchor: string }[] {
  const rows = [...readme().matchAll(/^\| \[([A-Z]+)\]\(docs\/functions\.md#([a-z]+)\)`(\([^`]*\))` +\|/gm)];
  return rows.map(([, name, anchor, args]) => ({ signature: `${name}${args}`, anchor }));
}

describe('the README table of worksheet functions', () => {
  const rows = tableRows();

  it('lists every function of the registry, in its order, with its signature', () => {
    expect(rows.map((r) => r.signature)).toEqual(FUNCTIONS.map(signature));
  });

  it('links each one to its heading in docs/functions.md', () => {
    const reference = readFileSync(join(REPO_ROOT, 'docs', 'functions.md'), 'utf8');
    const headings = new Set([...reference.matchAll(/^## ([A-Z]+)$/gm)].map((m) => m[1].toLowerCase()));
    expect(rows.filter((r) => !headings.has(r.anchor))).toEqual([]);
    expect(rows.map((r) => r.anchor)).toEqual(FUNCTIONS.map((f) => f.name.toLowerCase()));
  });
});
