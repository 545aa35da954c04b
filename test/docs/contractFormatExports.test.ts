/**
 * docs/contract-format.md's "For developers" names the functions a developer imports: each is exported
 * where it says (core/contract, or core/layout for the two sheet layouts), so a rename fails here rather
 * than in a reader's first `import`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import * as contract from '../../core/contract';
import { actualsSheetPlan } from '../../core/layout/actualsSheet';
import { contractSheetPlan } from '../../core/layout/contractSheet';
import { REPO_ROOT } from '../support/builtCore';

const doc = readFileSync(join(REPO_ROOT, 'docs', 'contract-format.md'), 'utf8');
const section = doc.split(/^## For developers$/m)[1]?.split(/^## /m)[0] ?? '';
const LAYOUTS: Record<string, unknown> = { contractSheetPlan, actualsSheetPlan };
/** The fields of what those functions return, which the section names in code too. */
const FIELDS = new Set([
  'message',
  'problem',
  'sheet',
  'address',
  'row',
  'col',
  'column',
  'monthsRead',
  'elsewhere',
  'model',
]);

describe('docs/contract-format.md’s functions for developers', () => {
  it('are exported by core/contract (and the layouts by core/layout)', () => {
    const named = [...section.matchAll(/`([a-z]\w+)(?:\([^`]*\))?`/g)]
      .map((m) => m[1])
      .filter((name) => !FIELDS.has(name));
    expect(named.length).toBeGreaterThan(15);
    const exported = contract as unknown as Record<string, unknown>;
    const missing = named.filter((name) => typeof (LAYOUTS[name] ?? exported[name]) !== 'function');
    expect(missing).toEqual([]);
  });
});
