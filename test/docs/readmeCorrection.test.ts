/**
 * The README's correction-note example is what `invoice --corrects` gives: October re-invoiced on
 * `restated.csv` (its interactions 41,800 instead of 42,500) is a credit note, September with its CSAT
 * restated from 89.5 % to 90.5 % a debit note; each shows the reasons of the lines that changed, then VAT's.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli, templateFiles } from '../cli/runCli';
import { blockStartingWith, readme } from './readmeExamples';

interface CorrectionJson {
  kind: string;
  lines: { difference: string; reason: string }[];
  vat: { reason: string };
}

describe('the README’s correction notes', () => {
  it('are the credit and debit notes invoice --corrects writes, reason by reason', async () => {
    const README = readme();
    const shown = blockStartingWith(README, 'Interactions restated from 42,500 to 41,800: −€1,330.00');
    expect(README.replace(/\s+/g, ' ')).toContain("October's interactions restated from 42,500 to 41,800");

    const dir = mkdtempSync(join(tmpdir(), 'outcome-fees-readme-correction-'));
    const at = (name: string) => join(dir, name);
    const { contract, actuals } = await templateFiles();
    writeFileSync(at('contract.json'), contract);
    writeFileSync(at('actuals.csv'), actuals);
    const restate = (name: string, from: string, to: string) => {
      expect(actuals).toContain(`\n${from}\n`);
      writeFileSync(at(name), actuals.replace(`\n${from}\n`, `\n${to}\n`));
    };
    restate('restated.csv', '2026-10,volume,Interactions,42500', '2026-10,volume,Interactions,41800');
    restate('restated-09.csv', '2026-09,kpi,CSAT,0.895', '2026-09,kpi,CSAT,0.905');

    const note = async (period: string, restated: string): Promise<CorrectionJson> => {
      const base = ['invoice', '--contract', at('contract.json'), '--period', period];
      const issued = await runCli([...base, '--actuals', at('actuals.csv')]);
      writeFileSync(at(`issued-${period}.json`), issued.out);
      const run = await runCli([
        ...base,
        '--actuals',
        at(restated),
        '--corrects',
        at(`issued-${period}.json`),
      ]);
      expect({ code: run.code, err: run.err }).toEqual({ code: 0, err: '' });
      return JSON.parse(run.out) as CorrectionJson;
    };
    const reasons = (n: CorrectionJson) => [
      ...n.lines.filter((l) => Number(l.difference) !== 0).map((l) => l.reason),
      n.vat.reason,
    ];
    const october = await note('2026-10', 'restated.csv');
    const september = await note('2026-09', 'restated-09.csv');
    expect([october.kind, september.kind]).toEqual(['credit', 'debit']);
    expect([...reasons(october), '', ...reasons(september)]).toEqual(shown);
  });
});
