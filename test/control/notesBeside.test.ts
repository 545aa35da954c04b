/**
 * `invoice --corrects ISSUED.json` given the invoice (or a note) while a later note of it is filed beside
 * it: the new note would correct against the original and count that note's changes twice, so the run is
 * refused, naming the last note of the chain found in the folder.
 */
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-notes-beside-'));
const file = (name: string) => join(dir, name);

const correct = (actuals: string, issued: string) =>
  runCli([
    'invoice',
    '--contract',
    file('contract.json'),
    '--actuals',
    actuals,
    '--period',
    '2026-10',
    '--corrects',
    issued,
  ]);

describe('invoice --corrects with a later note beside the file given', () => {
  const [issued, note1, note2] = ['issued.json', 'note-1.json', 'note-2.json'].map(file);
  let actuals = '';
  const restated = (from: string, to: string, name: string) => {
    writeFileSync(file(name), actuals.replace(from, to));
    return file(name);
  };

  beforeAll(async () => {
    const template = await templateFiles();
    actuals = template.actuals;
    writeFileSync(file('contract.json'), template.contract);
    writeFileSync(file('actuals.csv'), actuals);
    const invoice = await runCli([
      'invoice',
      '--contract',
      file('contract.json'),
      '--actuals',
      file('actuals.csv'),
      '--period',
      '2026-10',
    ]);
    expect(invoice.code).toBe(0);
    writeFileSync(issued, invoice.out);
    // Other files beside invoices: no note, or a note of another invoice, block nothing.
    writeFileSync(file('notes.json'), '{"todo": "check November"');
    writeFileSync(file('package.json'), '{"name": "x"}');
  });

  it('corrects the invoice while no note of it is beside it', async () => {
    const run = await correct(restated('2026-10,kpi,CSAT,0.912', '2026-10,kpi,CSAT,0.84', 'r1.csv'), issued);
    expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
    writeFileSync(note1, run.out);
  });

  it('refuses the invoice once its note is beside it, naming that note and its file', async () => {
    const r2 = restated('2026-10,volume,Interactions,42500', '2026-10,volume,Interactions,41800', 'r2.csv');
    const run = await correct(r2, issued);
    expect({ code: run.code, out: run.out, err: run.err }).toEqual({
      code: 1,
      out: '',
      err: `issued.json: bpo-customer-service-2026-10 is already corrected by note bpo-customer-service-2026-10-C (${note1}, beside it): correct from the last note of the chain, --corrects ${note1}, or its corrections would be counted twice`,
    });
    // From the note, as the message says: -C2.
    const chained = await correct(r2, note1);
    expect(chained.code).toBe(0);
    expect(JSON.parse(chained.out).number).toBe('bpo-customer-service-2026-10-C2');
    writeFileSync(note2, chained.out);
  });

  it('names the last note of the chain, given the invoice or an earlier note', async () => {
    const r3 = restated('2026-10,kpi,FCR,0.774', '2026-10,kpi,FCR,0.79', 'r3.csv');
    for (const given of [issued, note1]) {
      const run = await correct(r3, given);
      expect(run.code).toBe(1);
      expect(run.err).toContain(
        `is already corrected by note bpo-customer-service-2026-10-C2 (${note2}, beside it)`,
      );
    }
    expect((await correct(r3, note2)).code).toBe(0);
    expect(JSON.parse(readFileSync(note2, 'utf8')).number).toBe('bpo-customer-service-2026-10-C2');
  });
});
