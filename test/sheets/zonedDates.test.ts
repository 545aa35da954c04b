/**
 * Runs `zonedDates.zoned.ts` in child Node processes whose zone is Tokyo and Los Angeles (a process's
 * zone is fixed when it starts): the script and the page each read dates in their own zone, which must
 * not change the day a date cell shows in the spreadsheet's zone.
 */
import { spawnSync } from 'node:child_process';
import { REPO_ROOT } from './builtSheets';

const JEST = require.resolve('jest/bin/jest');

describe.each(['Asia/Tokyo', 'America/Los_Angeles'])('the built Code.js under TZ=%s', (zone) => {
  it('reads every date cell as the day and month the spreadsheet shows', () => {
    const run = spawnSync(
      process.execPath,
      [JEST, '--ci', '--runInBand', '--testMatch', '**/test/sheets/zonedDates.zoned.ts'],
      { cwd: REPO_ROOT, env: { ...process.env, TZ: zone }, encoding: 'utf8', timeout: 120_000 },
    );
    const report = `${run.stdout}\n${run.stderr}`;
    expect({ status: run.status, report }).toEqual({
      status: 0,
      report: expect.stringMatching(/Tests: +8 passed, 8 total/),
    });
  });
});
