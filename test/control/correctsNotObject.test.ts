/**
 * `invoice --corrects ISSUED.json` whose JSON is no object (`true`, a number, a list, a string, `null`):
 * one line in the contract's language saying the file is no invoice outcome-fees wrote, exit 1 as every
 * other refused issued file, where it printed zod's English `(invoice): Invalid input: expected object,
 * received boolean` in a French run too. `verify --invoice` of such a file (exit 2, as verify's errors)
 * says it in the contract's language too, where a French run said `not an object` in English.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-corrects-not-object-'));
const file = (name: string) => join(dir, name);

function contractFiles(language: 'en' | 'fr'): { contract: string; actuals: string } {
  const template = findTemplate('bpo-customer-service')!;
  const contract = file(`contract-${language}.json`);
  writeFileSync(contract, JSON.stringify({ ...(contractToJson(template.contract()) as object), language }));
  const actuals = file('actuals.csv');
  writeFileSync(actuals, actualsToCsv(template.contract(), template.actuals()));
  return { contract, actuals };
}

const corrects = (files: { contract: string; actuals: string }, issued: string) =>
  runCli([
    'invoice',
    ...['--contract', files.contract, '--actuals', files.actuals, '--period', '2026-10'],
    ...['--corrects', issued],
  ]);

describe('invoice --corrects a JSON that is no object', () => {
  const en = contractFiles('en');
  const fr = contractFiles('fr');

  it.each([
    ['true', 'true', 'true'],
    ['false', 'false', 'false'],
    ['12', '12', '12'],
    ['[{"number": "x"}]', 'a list', 'une liste'],
    [
      '"bpo-customer-service-2026-10"',
      '"bpo-customer-service-2026-10"',
      '«\u00a0bpo-customer-service-2026-10\u00a0»',
    ],
    ['null', 'null', 'null'],
  ])('%s', async (json, inEnglish, inFrench) => {
    const issued = file('issued.json');
    writeFileSync(issued, `${json}\n`);
    expect(await corrects(en, issued)).toEqual({
      code: 1,
      out: '',
      err: `issued.json: not an invoice JSON written by outcome-fees: expected an object, got ${inEnglish}`,
    });
    expect(await corrects(fr, issued)).toEqual({
      code: 1,
      out: '',
      err: `issued.json\u00a0: pas le JSON d’une facture écrite par outcome-fees\u00a0: objet attendu, reçu ${inFrench}`,
    });
  });
});

describe('invoice --corrects a JSON object without the number every invoice carries', () => {
  it('is said in one line, not field by field', async () => {
    const fr = contractFiles('fr');
    const issued = file('empty.json');
    writeFileSync(issued, '{}');
    expect(await corrects(fr, issued)).toEqual({
      code: 1,
      out: '',
      err: 'empty.json\u00a0: pas le JSON d’une facture écrite par outcome-fees\u00a0: number\u00a0: obligatoire',
    });
    // The contract file given by mistake.
    expect(await corrects(contractFiles('en'), contractFiles('en').contract)).toEqual({
      code: 1,
      out: '',
      err: 'contract-en.json: not an invoice JSON written by outcome-fees: number: required',
    });
  });
});

describe('invoice --corrects an issued JSON with a field of the wrong type', () => {
  it('names the field in the contract’s language, as a contract file’s problems are worded', async () => {
    const fr = contractFiles('fr');
    const args = ['--contract', fr.contract, '--actuals', fr.actuals, '--period', '2026-10'];
    const issued = await runCli(['invoice', ...args, '--json']);
    const json = JSON.parse(issued.out);
    const fcr = json.lines.findIndex((l: { label: string }) => l.label === 'FCR');
    json.lines[fcr].amount = 560;
    delete json.issueDate;
    const edited = file('typed.json');
    writeFileSync(edited, JSON.stringify(json));
    const run = await runCli(['invoice', ...args, '--corrects', edited]);
    expect(run.code).toBe(1);
    expect(run.err.split('\n')).toEqual([
      'typed.json\u00a0: issueDate\u00a0: obligatoire',
      `typed.json\u00a0: lines[${fcr}].amount\u00a0: nombre décimal attendu, écrit comme texte («\u00a02.10\u00a0»), reçu 560`,
    ]);
  });
});

describe('verify --invoice a JSON that is no object, or without its period', () => {
  const en = contractFiles('en');
  const fr = contractFiles('fr');
  const verify = (files: { contract: string; actuals: string }, json: string) => {
    const written = file('written.json');
    writeFileSync(written, `${json}\n`);
    return runCli(['verify', '--invoice', written, '--contract', files.contract, '--actuals', files.actuals]);
  };

  it('says it in the contract’s language, exit 2', async () => {
    expect(await verify(en, 'true')).toEqual({
      code: 2,
      out: '',
      err: 'written.json is not an invoice JSON: expected an object, got true',
    });
    expect(await verify(fr, '[1]')).toEqual({
      code: 2,
      out: '',
      err: 'written.json n’est pas le JSON d’une facture\u00a0: objet attendu, reçu une liste',
    });
    // No number: no invoice outcome-fees wrote, as invoice --corrects says it, not eleven fields edited.
    expect(await verify(fr, '{"period": "2026-10"}')).toEqual({
      code: 2,
      out: '',
      err: 'written.json n’est pas le JSON d’une facture\u00a0: number\u00a0: obligatoire',
    });
    expect(await verify(fr, '{"number": "bpo-customer-service-2026-10"}')).toEqual({
      code: 2,
      out: '',
      err: 'written.json n’est pas le JSON d’une facture\u00a0: pas de champ «\u00a0period\u00a0» AAAA-MM',
    });
  });

  it('an invoice without its contract version is said to lack it, never to be of an amended contract', async () => {
    const args = ['--contract', en.contract, '--actuals', en.actuals];
    const json = JSON.parse((await runCli(['invoice', ...args, '--period', '2026-10', '--json'])).out);
    // Its seal stripped: the fingerprint is not reproduced, and nothing says the contract changed.
    delete json.contractVersion;
    delete json.fingerprint;
    const run = await verify(en, JSON.stringify(json));
    expect(run.code).toBe(1);
    expect(run.out).not.toContain('amended');
    expect(run.out).toMatch(
      /^contract version missing from the file, sha256:[0-9a-f]{16} now: an invoice written by outcome-fees carries it$/m,
    );
  });
});
