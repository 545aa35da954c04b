import { bpoCustomerService } from './bpoCustomerService';
import { saveContract, loadContract, parseContract } from '../contract/json';
test('smoke', () => {
  const c = bpoCustomerService.contract();
  console.log(saveContract(c));
  const back = loadContract(saveContract(c));
  expect(back).toEqual({ ok: true, value: c });
  const bad = parseContract({ schema: 'x', kpis: [{ name: 'A', model: 'kpi-score', direction: 'up', target: 'n/a', weight: '-1', tolerance: 1 }, { name: 'a', model: 'foo' }], caps: { bonus: { amount: '1', percentOfBase: '2' } }, extra: 1 });
  console.log(bad.ok ? '' : bad.issues.map((i) => i.message).join('\n'));
});
