/**
 * `demo --period` out of the template's sample months: one line naming the months it has, not a missing
 * actual per KPI and volume, which reads as a defect of the demo.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './runCli';

const dir = mkdtempSync(join(tmpdir(), 'of-demo-period-'));
const out = join(dir, 'demo.xlsx');

it('a month with no sample actuals names the months the demo has', async () => {
  expect(await runCli(['demo', '--period', '2026-05', '-o', out])).toEqual({
    code: 1,
    out: '',
    err: 'bpo-customer-service: no sample actuals for 2026-05; the demo has 2026-09, 2026-10, 2026-11, 2026-12 (give --period one of them, or none for all)',
  });
  expect((await runCli(['demo', '--period', '2027-01', '--lang', 'fr', '-o', out])).err).toBe(
    'bpo-customer-service\u00a0: pas de réalisé d’exemple pour 2027-01\u00a0; la démo a 2026-09, 2026-10, 2026-11, 2026-12 (donnez à --period l’un d’eux, ou rien pour tous)',
  );
});

it('a sample month is written as before', async () => {
  const run = await runCli(['demo', '--template', 'it-services-sla', '--period', '2026-03', '-o', out]);
  expect(run.code).toBe(0);
  expect(run.out).toContain('invoice it-services-sla-2026-03, total 134,160.00 EUR');
});
