/**
 * compare reads one file against several contracts. A KPI or volume name none of them knows was reported
 * with the first contract's names alone ('the contract's KPIs: FCR, …'), as if the others were not
 * compared: the user looking for the second contract's spelling found the first's. It is said with each
 * contract's names, the contract named, at its cell, before any pricing.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-compare-names-'));
const file = (name: string) => join(dir, name);

const BPO_KPIS = 'FCR, Average response time, CSAT, Average response time Black Friday';
const IT_KPIS =
  'Availability, P1 resolution time, First-time fix rate, Speed to answer, Infrastructure run cost';

beforeAll(async () => {
  for (const id of ['bpo-customer-service', 'it-services-sla']) {
    writeFileSync(file(`${id}.json`), `${(await runCli(['template', id])).out}\n`);
    writeFileSync(file(`${id}.csv`), `${(await runCli(['template', id, '--actuals'])).out}\n`);
  }
  const fr = await runCli(['template', 'bpo-customer-service', '--lang', 'fr']);
  writeFileSync(file('bpo-fr.json'), `${fr.out}\n`);
});

const compare = (...args: string[]) =>
  runCli([
    'compare',
    '--contract',
    file('bpo-customer-service.json'),
    '--contract',
    file('it-services-sla.json'),
    ...args,
  ]);

it('on scenarios, a KPI and a volume no contract knows, with each contract’s names', async () => {
  writeFileSync(
    file('s.csv'),
    [
      'Scenario,Kind,Name,Value',
      'A,kpi,CSTA,0.8',
      'A,volume,Interaction,1000',
      'A,kpi,Availability,0.999',
      'A,volume,Managed workstations,800',
    ].join('\n'),
  );
  const run = await compare('--scenarios', file('s.csv'));
  expect(run.code).not.toBe(0);
  expect(run.err.split('\n')).toEqual([
    `s.csv!C2 (Name): unknown KPI "CSTA", in none of the contracts compared (bpo-customer-service: ${BPO_KPIS}; it-services-sla: ${IT_KPIS})`,
    's.csv!C3 (Name): unknown volume "Interaction", in none of the contracts compared (bpo-customer-service: Interactions; it-services-sla: Managed workstations)',
  ]);
});

it('on actuals, named by file when the contracts share an id, in the first contract’s language', async () => {
  const bpo = `${(await runCli(['template', 'bpo-customer-service', '--actuals'])).out}\n`;
  writeFileSync(file('a.csv'), `${bpo}2026-10,kpi,First time fix rate,0.8\n`);
  const run = await runCli([
    'compare',
    '--contract',
    file('bpo-fr.json'),
    '--contract',
    file('bpo-customer-service.json'),
    '--actuals',
    file('a.csv'),
  ]);
  const S = '\u00a0';
  expect(run.err).toBe(
    `a.csv!C19 (Name)${S}: indicateur inconnu «${S}First time fix rate${S}», dans aucun des contrats comparés (bpo-fr.json${S}: FCR, Délai moyen de réponse, CSAT, Délai moyen de réponse Black Friday${S}; bpo-customer-service.json${S}: ${BPO_KPIS})`,
  );
});

it('a name one contract knows is still no mistake', async () => {
  writeFileSync(
    file('known.csv'),
    [
      'Scenario,Kind,Name,Value',
      'A,kpi,FCR,0.8',
      'A,kpi,Average response time,3',
      'A,kpi,CSAT,0.9',
      'A,kpi,Average response time Black Friday,3',
      'A,volume,Interactions,1000',
      'A,kpi,Availability,0.999',
      'A,volume,Managed workstations,800',
    ].join('\n'),
  );
  expect((await compare('--scenarios', file('known.csv'))).err).not.toContain('none of the contracts');
});
