import { execFileSync, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { REPO_ROOT, requireBuilt } from '../support/builtCore';
import { GOLDEN_VECTORS } from './vectors';

type Main = (argv: string[], io: { out: (t: string) => void; err: (t: string) => void }) => Promise<number>;
const { main } = requireBuilt<{ main: Main }>('dist/core/cli/main.js');
const BIN = join(REPO_ROOT, 'bin', 'outcome-fees.js');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, { out: (t) => (out += `${t}\n`), err: (t) => (err += `${t}\n`) });
  return { code, out: out.trim(), err: err.trim() };
}

describe('golden vectors through the built CLI', () => {
  it.each(GOLDEN_VECTORS.map((v) => [v.formula, v] as const))(
    'outcome-fees eval "%s"',
    async (formula, vector) => {
      const { code, out } = await run(['eval', formula]);
      expect(code).toBe(0);
      expect(JSON.parse(out)).toBe(vector.expected);
    },
  );

  it('runs as a real process: JSON on stdout, exit 0', () => {
    const out = execFileSync('node', [BIN, 'eval', 'BONUSMALUS(0.78, 0.75, 50000, 50000)'], {
      encoding: 'utf8',
    });
    expect(out).toBe('1500\n');
  });

  it('prints "#KIND message" on stderr and exits 1 on an error', () => {
    const result = spawnSync('node', [BIN, 'eval', 'BONUSMALUS(0.78, 0.75, 50000, "abc")'], {
      encoding: 'utf8',
    });
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.trim()).toBe('#VALUE! BONUSMALUS: malus_rate must be a number ≥ 0 (got "abc")');
  });
});

describe('outcome-fees eval', () => {
  it('evaluates nested calls and arithmetic as a spreadsheet does', async () => {
    expect(JSON.parse((await run(['eval', 'HYBRIDFEE(20000, 5000, KPISCORE(0.78, 0.70, 0.80))'])).out)).toBe(
      24000,
    );
    expect(JSON.parse((await run(['eval', 'BONUSMALUS(0.774, 0.75, 400/1%, 400/1%, , 0.01)'])).out)).toBe(
      560,
    );
    // Arithmetic is the host's (doubles); a function reads the result as the 15 digits a cell shows.
    expect(JSON.parse((await run(['eval', '=0.1+0.2'])).out)).toBe(0.1 + 0.2);
    expect(JSON.parse((await run(['eval', 'THRESHOLDFEE(0.7+0.2, 0.9, 10000)'])).out)).toBe(10000);
  });

  it('spills arrays, with blanks and per-element errors', async () => {
    const { code, out } = await run(['eval', 'BONUSMALUS({0.78; ; 0.72; "x"}, 0.75, 50000, 30000)']);
    expect(code).toBe(0);
    expect(JSON.parse(out)).toEqual([
      [1500],
      [''],
      [-900],
      [{ error: '#VALUE!', message: 'BONUSMALUS: actual must be a number (got "x", row 4)' }],
    ]);
  });

  it('reports syntax errors, unknown functions and propagated errors', async () => {
    expect(await run(['eval', 'BONUSMALUS(0.78'])).toMatchObject({
      code: 1,
      err: expect.stringMatching(/^#VALUE! syntax error/),
    });
    expect(await run(['eval', 'NOPE(1)'])).toMatchObject({ code: 1, err: '#NAME? unknown function NOPE' });
    expect(await run(['eval', 'HYBRIDFEE(1, 1, ACHIEVEMENT(1, 0))'])).toMatchObject({
      code: 1,
      err: '#DIV/0! ACHIEVEMENT: target must not be 0',
    });
    expect(await run(['eval', 'THRESHOLDFEE(#N/A, 0.9, 100)'])).toMatchObject({
      code: 1,
      err: '#N/A #N/A in the formula',
    });
  });

  it('lists the functions in English and French', async () => {
    const en = await run(['functions']);
    const fr = await run(['functions', '--lang', 'fr']);
    expect(en.code).toBe(0);
    expect(en.out).toContain(
      'BONUSMALUS(actual, target, bonus_rate, malus_rate, [direction], [tolerance], [bonus_cap], [malus_cap])',
    );
    expect(fr.out).toContain('Bonus/malus signé autour d’un objectif');
    expect(await run(['functions', '--lang', 'de'])).toMatchObject({ code: 2 });
  });
});
