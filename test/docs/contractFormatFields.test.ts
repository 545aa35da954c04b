/**
 * docs/contract-format.md's table of top-level fields is the contract reader's: every field the JSON
 * reader accepts is in it (a field added to the schema without a line there, as `rebates` was, fails),
 * and it lists no field the reader would refuse as unknown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { contractSchema } from '../../core/contract/schema/contract';
import { REPO_ROOT } from '../support/builtCore';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'contract-format.md'), 'utf8');

/** The first column of the table under `## Top-level fields`, in its order. */
function documentedFields(): string[] {
  const section = doc.split(/^## Top-level fields$/m)[1]?.split(/^#/m)[0] ?? '';
  return [...section.matchAll(/^\| `(\w+)` +\|/gm)].map((m) => m[1]);
}

describe('docs/contract-format.md’s top-level fields', () => {
  it('are the fields the contract reader accepts, each once', () => {
    const documented = documentedFields();
    expect(new Set(documented).size).toBe(documented.length);
    expect([...documented].sort()).toEqual(Object.keys(contractSchema().in.shape).sort());
  });
});
