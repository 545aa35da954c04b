/**
 * `npm run bench -- --check` fails when a median ratio is over its limit (issue 9's proof). The bench
 * measures the built package (dist/core, which `npm test` builds first), so this runs the script itself on
 * a small call: with `--limit 0 --small-limit 0` every median is over its limit in both measurements, which
 * must exit 1 and name each function and data set (the 20-row calls of a hand-made sheet among them);
 * with limits no kernel comes near, the same run exits 0.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, requireBuilt } from '../support/builtCore';

function bench(...options: string[]) {
  requireBuilt();
  const script = join(REPO_ROOT, 'bench', 'functions.js');
  const small = ['--only', 'THRESHOLDFEE', '--rows', '1000', '--rounds', '1', '--check'];
  return spawnSync(process.execPath, ['--single-threaded-gc', script, ...small, ...options], {
    encoding: 'utf8',
  });
}

it('exits 1 when a median is over the limit in both measurements, naming the function and data', () => {
  const run = bench('--limit', '0', '--small-limit', '0');
  expect(run.stdout).toContain('measured again (median over 0×)');
  expect(run.stdout).toContain('small tables: 20 sheet-like rows a call');
  expect(run.stderr.trim()).toBe(
    'median ratio over its limit in both measurements: THRESHOLDFEE (distinct, over 0×), THRESHOLDFEE (sheet, over 0×), THRESHOLDFEE (small, over 0×)',
  );
  expect(run.status).toBe(1);
});

it('exits 0 when every median is within the limit', () => {
  const run = bench('--limit', '1000', '--small-limit', '1000');
  expect(run.stdout.match(/THRESHOLDFEE +\d+\.\d×/g)).toHaveLength(3);
  expect(run.stdout).not.toContain('measured again');
  expect([run.stderr, run.status]).toEqual(['', 0]);
});

it('refuses a limit that is not a number', () => {
  const run = bench('--limit', 'five');
  expect(run.stderr).toContain('unknown option --limit');
  expect(run.status).not.toBe(0);
});
