import { readFileSync, readdirSync } from 'fs';
import { join } from 'path';
import { runInNewContext } from 'vm';
import ts from 'typescript';
import { FUNCTIONS } from '../../core/functions/registry';
import { withoutFunctionHelp } from './withoutFunctionHelp';

const FUNCTIONS_DIR = join(__dirname, '..', '..', 'core', 'functions');
const DEFS = join(FUNCTIONS_DIR, 'defs');

/** A module as ts-loader hands it on: ES2020 JavaScript, ES modules kept. */
function compiled(file: string): string {
  const options = { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2020 };
  return ts.transpileModule(readFileSync(file, 'utf8'), { compilerOptions: options }).outputText;
}

describe('withoutFunctionHelp (the Code.js build of the function declarations)', () => {
  const source = compiled(join(DEFS, 'bonusMalus.ts'));
  const slim = withoutFunctionHelp(source);

  it('leaves no help text and no example, and keeps every argument name', () => {
    expect(source).toContain('neutral band around the target');
    expect(source).toContain('BONUSMALUS(0.78, 0.75, 50000, 50000)');
    for (const gone of [
      'neutral band around the target',
      'franchise',
      'Signed bonus/malus',
      'BONUSMALUS(0.78',
    ])
      expect([gone, slim.includes(gone)]).toEqual([gone, false]);
    for (const name of [
      'actual',
      'target',
      'bonus_rate',
      'malus_rate',
      'tolerance',
      'bonus_cap',
      'malus_cap',
    ])
      expect(slim).toContain(`'${name}'`);
    expect(slim).toMatch(/examples: \[\]/);
  });

  it('leaves one empty pair, declared before its first use at load', () => {
    const declarations = `${slim.split('\n')[0]}\nconst help = { summary: __noHelp };\nhelp;`;
    expect(runInNewContext(declarations, { Object })).toEqual({ summary: { en: '', fr: '' } });
  });

  it('keeps a text pair that interpolates, and whatever is not a pair of en and fr', () => {
    const kept =
      "const a = { en: `x ${n}`, fr: 'y' }; const b = { en: 'x', de: 'y' }; const c = { en: 'x', fr: 'y' };";
    const out = withoutFunctionHelp(kept);
    expect(out).toContain("{ en: `x ${n}`, fr: 'y' }");
    expect(out).toContain("{ en: 'x', de: 'y' }");
    expect(out).toContain('const c = __noHelp;');
  });

  it('empties only what the registry shows as help: a run-time text in those modules would fail here', () => {
    const help = new Set(
      FUNCTIONS.flatMap((spec) => [spec.summary.en, ...spec.args.map((arg) => arg.help.en)]),
    );
    const files = [
      ...readdirSync(DEFS)
        .filter((file) => file.endsWith('.ts') && !file.endsWith('.test.ts'))
        .map((file) => join(DEFS, file)),
      join(FUNCTIONS_DIR, 'argTypes.ts'),
    ];
    for (const file of files) {
      const source = compiled(file);
      const emptied = [...source.matchAll(/\ben: ('(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*")/g)]
        .map((m) => runInNewContext(m[1]!) as string)
        .filter((en) => !withoutFunctionHelp(source).includes(en));
      expect(emptied.length).toBeGreaterThan(0);
      for (const en of emptied) expect([file, en, help.has(en)]).toEqual([file, en, true]);
    }
  });

  it('fails the build when a module it is given declares no help (the rule would match the wrong files)', () => {
    expect(() => withoutFunctionHelp('export const x = 1;', 'core/functions/other.ts')).toThrow(
      'withoutFunctionHelp: core/functions/other.ts declares no function help.',
    );
  });
});
