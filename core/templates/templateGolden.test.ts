/**
 * Each template's contract file and sample actuals, byte for byte as `outcome-fees template` prints them,
 * against the files in `golden/`: a change to how a template is written (its shared builders) must not
 * change what it gives. The contract is compared re-serialized, so the golden files may be prettier's.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { actualsToCsv } from '../contract/csv';
import { saveContract } from '../contract/json';
import { TEMPLATES } from './index';

const golden = (file: string) => readFileSync(join(__dirname, 'golden', file), 'utf8');

describe.each(TEMPLATES.map((t) => [t.id, t] as const))('template %s', (id, template) => {
  test.each(['en', 'fr'] as const)('%s: the contract file and the actuals CSV as before', (lang) => {
    const contract = template.contract(lang);
    const json = JSON.parse(golden(`${id}.${lang}.json`)) as unknown;
    expect(saveContract(contract)).toBe(`${JSON.stringify(json, null, 2)}\n`);
    expect(actualsToCsv(contract, template.actuals(lang))).toBe(golden(`${id}.${lang}.csv`));
  });
});
