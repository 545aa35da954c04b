/**
 * `invoice --corrects ISSUED.json`: the issued JSON is proved as issued before a note starts from it. Its
 * printed values must give its fingerprint, and every field must be the rebuilt invoice's: two line
 * amounts swapped still add up to the total, and are refused naming both fields.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { actualsToCsv } from '../../core/contract/csv';
import { contractToJson } from '../../core/contract/json';
import { TEMPLATES, findTemplate } from '../../core/templates';
import { runCli } from '../cli/runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-corrects-json-'));
const file = (name: string) => join(dir, name);

/** The template's contract and sample actuals as files; `document` edits the contract JSON first. */
function templateFiles(id: string, document: (json: Record<string, unknown>) => unknown = (j) => j) {
  const template = findTemplate(id)!;
  const contract = template.contract();
  const contractFile = file(`${id}-${Math.random().toString(36).slice(2)}.json`);
  writeFileSync(contractFile, JSON.stringify(document(contractToJson(contract) as Record<string, unknown>)));
  const actualsFile = file(`${id}-actuals.csv`);
  writeFileSync(actualsFile, actualsToCsv(contract, template.actuals()));
  return { contractFile, actualsFile, periods: template.scenarios.map((s) => s.period) };
}

const invoice = (contractFile: string, actualsFile: string, period: string, ...args: string[]) =>
  runCli(['invoice', '--contract', contractFile, '--actuals', actualsFile, '--period', period, ...args]);

async function issue(contractFile: string, actualsFile: string, period: string): Promise<string> {
  const run = await invoice(contractFile, actualsFile, period, '--json');
  expect(run).toMatchObject({ code: 0, err: '' });
  return run.out;
}

const corrects = (contractFile: string, actualsFile: string, period: string, issued: string) =>
  invoice(contractFile, actualsFile, period, '--corrects', issued);

describe('invoice --corrects ISSUED.json proves the issued invoice', () => {
  const bpo = templateFiles('bpo-customer-service');
  const written = (name: string, text: string) => {
    writeFileSync(file(name), text);
    return file(name);
  };

  it.each(TEMPLATES.map((t) => t.id))(
    'an untouched invoice of %s is proved at every sample period: nothing to correct, no note written',
    async (id) => {
      const { contractFile, actualsFile, periods } = templateFiles(id);
      for (const period of periods) {
        const issued = written(`${id}-${period}.json`, await issue(contractFile, actualsFile, period));
        const run = await corrects(contractFile, actualsFile, period, issued);
        // A note of nothing would take the chain's next number, and block a real correction from the invoice.
        expect({ period, ...run }).toEqual({
          period,
          code: 0,
          out: '',
          // In the contract's language (the online business manager's is French).
          err: expect.stringMatching(
            new RegExp(`^${id}-${period}\\.json(: nothing to correct|\u00a0: rien à corriger)\\W`),
          ),
        });
      }
    },
  );

  it('writes no note sheet with -o when nothing was restated, and says so in the contract’s language', async () => {
    const { contractFile, actualsFile } = templateFiles('bpo-customer-service', (json) => ({
      ...json,
      language: 'fr',
    }));
    const issued = written('untouched-fr.json', await issue(contractFile, actualsFile, '2026-10'));
    const target = file('nothing.xlsx');
    const run = await invoice(contractFile, actualsFile, '2026-10', '--corrects', issued, '-o', target);
    expect(run).toEqual({
      code: 0,
      out: '',
      err: 'untouched-fr.json\u00a0: rien à corriger\u00a0: la facture bpo-customer-service-2026-10 recalculée avec le réalisé donné est la facture émise\u00a0; aucune note écrite',
    });
    expect(existsSync(target)).toBe(false);
  });

  it('an untouched quarterly invoice is proved (its KPIs averaged over the quarter’s months)', async () => {
    const { contractFile, actualsFile } = templateFiles('bpo-customer-service', (json) => ({
      ...json,
      frequency: 'quarterly',
      kpis: (json.kpis as object[]).map((kpi) => ({ ...kpi, aggregation: 'average' })),
    }));
    const issued = written('quarterly.json', await issue(contractFile, actualsFile, '2026-10'));
    expect(JSON.parse(readFileSync(issued, 'utf8')).months).toEqual(['2026-10', '2026-11', '2026-12']);
    const run = await corrects(contractFile, actualsFile, '2026-10', issued);
    expect(run).toMatchObject({ code: 0, out: '', err: expect.stringContaining('nothing to correct') });
    // A month's value restated since: the JSON prints each month of the average, so it is still proved.
    const restated = file('quarterly-restated.csv');
    const csv = readFileSync(actualsFile, 'utf8');
    writeFileSync(restated, csv.replace('2026-11,kpi,CSAT,0.93', '2026-11,kpi,CSAT,0.5'));
    expect(readFileSync(restated, 'utf8')).not.toBe(csv);
    const corrected = await corrects(contractFile, restated, '2026-10', issued);
    expect(corrected).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(corrected.out).kind).toBe('credit');
  });

  it('refuses two line amounts swapped (the total still adds up), naming each field', async () => {
    const json = JSON.parse(await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    const [fcr, aht] = ['FCR', 'Average response time'].map((label) =>
      json.lines.findIndex((l: { label: string }) => l.label === label),
    );
    expect([json.lines[fcr].amount, json.lines[aht].amount]).toEqual(['560.00', '-320.00']);
    [json.lines[fcr].amount, json.lines[aht].amount] = [json.lines[aht].amount, json.lines[fcr].amount];
    const issued = written('swapped.json', JSON.stringify(json, null, 2));
    const run = await corrects(bpo.contractFile, bpo.actualsFile, '2026-10', issued);
    expect(run.code).toBe(1);
    expect(run.out).toBe('');
    expect(run.err.split('\n')).toEqual([
      `swapped.json: lines[${fcr}].amount (FCR): "-320.00" in the file, "560.00" as issued: edited by hand since`,
      `swapped.json: lines[${aht}].amount (Average response time): "560.00" in the file, "-320.00" as issued: edited by hand since`,
    ]);
  });

  it('refuses a printed actual edited since, as a fingerprint the values no longer give', async () => {
    const json = JSON.parse(await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    const csat = json.evidence.find((e: { kpi: string }) => e.kpi === 'CSAT');
    expect(csat.actual).toBe('0.912');
    csat.actual = '0.95';
    const issued = written('edited-actual.json', JSON.stringify(json));
    const run = await corrects(bpo.contractFile, bpo.actualsFile, '2026-10', issued);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^edited-actual\.json: fingerprint: the values the file prints do not give its fingerprint: a value was edited since it was written/,
    );
    expect(run.err.split('\n')).toHaveLength(1);
  });

  it('a contract whose terms changed under the version it states is named as a cause', async () => {
    const v1 = templateFiles('bpo-customer-service', (json) => ({ ...json, version: 'v1' }));
    const issued = written('issued-v1.json', await issue(v1.contractFile, v1.actualsFile, '2026-10'));
    const repriced = templateFiles('bpo-customer-service', (json) => {
      const fixedFees = json.fixedFees as { amount: string }[];
      return {
        ...json,
        version: 'v1',
        fixedFees: [{ ...fixedFees[0], amount: '21000' }, ...fixedFees.slice(1)],
      };
    });
    const run = await corrects(repriced.contractFile, repriced.actualsFile, '2026-10', issued);
    expect(run.code).toBe(1);
    expect(run.err.trim()).toMatch(
      /^issued-v1\.json: fingerprint: the values the file prints do not give its fingerprint: .*; or the contract's terms were changed while it still states version "v1" \(an amendment needs a new version\)$/,
    );
    // Without a version of its own, a contract's version is its terms' hash: the amendment is said as such.
    const amended = templateFiles('bpo-customer-service', (json) => ({ ...json, name: 'Amended' }));
    const unversioned = written('issued.json', await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    const refused = await corrects(amended.contractFile, amended.actualsFile, '2026-10', unversioned);
    expect(refused.err).toContain('the invoice was issued under contract version sha256:');
  });

  it('a contractVersion typed over in the issued JSON is a hand edit, not an amendment, when the fingerprint proves the terms', async () => {
    const json = JSON.parse(await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    const version = json.contractVersion;
    json.contractVersion = 'sha256:0000000000000000';
    const issued = written('version-typed.json', JSON.stringify(json));
    const run = await corrects(bpo.contractFile, bpo.actualsFile, '2026-10', issued);
    expect(run.code).toBe(1);
    expect(run.err.trim()).toBe(
      `version-typed.json: contractVersion: "sha256:0000000000000000" in the file, "${version}" as issued: edited by hand since`,
    );
  });

  it('refuses an issued JSON without its fingerprint', async () => {
    const json = JSON.parse(await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    delete json.fingerprint;
    const issued = written('unsealed.json', JSON.stringify(json));
    const run = await corrects(bpo.contractFile, bpo.actualsFile, '2026-10', issued);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^unsealed\.json: fingerprint: missing: /);
  });

  it('still corrects from an issued JSON whose actuals were restated since', async () => {
    const issued = written('issued.json', await issue(bpo.contractFile, bpo.actualsFile, '2026-10'));
    const restated = file('restated.csv');
    const csv = readFileSync(bpo.actualsFile, 'utf8');
    writeFileSync(restated, csv.replace('2026-10,kpi,CSAT,0.912', '2026-10,kpi,CSAT,0.89'));
    expect(readFileSync(restated, 'utf8')).not.toBe(csv);
    const run = await corrects(bpo.contractFile, restated, '2026-10', issued);
    expect(run).toMatchObject({ code: 0, err: '' });
    expect(JSON.parse(run.out)).toMatchObject({ kind: 'credit', total: { difference: '-6000.00' } });
  });
});
