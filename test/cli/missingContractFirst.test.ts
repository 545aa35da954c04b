/**
 * A command run with nothing says first what it is run on: `missing --contract`, as every command taking
 * a contract does (`curve` alone said `missing --kpi`, as if the contract were given).
 */
import { runCli } from './runCli';

it.each(['check', 'invoice', 'scenarios', 'curve', 'exposure', 'forecast', 'reconcile', 'review'])(
  '%s with nothing: missing --contract, exit 2',
  async (command) => {
    const run = await runCli([command]);
    expect(run.code).toBe(2);
    expect(run.err).toMatch(/^missing --contract; usage: outcome-fees /);
  },
);

it('curve with a contract and no --kpi says so', async () => {
  expect((await runCli(['curve', '--contract', 'c.json'])).err).toMatch(/^missing --kpi; usage: /);
});
