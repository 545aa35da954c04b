import { existsSync, readdirSync, rmSync, writeFileSync } from 'fs';
import { join } from 'path';
import ts from 'typescript';
import { cachedTranspile, TRANSPILE_CACHE_DIR } from './transpileCache';

const OPTIONS = { target: 'es2020', module: 'commonjs', esModuleInterop: true, strict: true };
const TS_OPTIONS: ts.CompilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.CommonJS,
  esModuleInterop: true,
  strict: true,
};
const direct = (source: string, fileName: string): string =>
  ts.transpileModule(source, { compilerOptions: TS_OPTIONS, fileName }).outputText;

/** A source no earlier run has cached: the test sees a miss, then a hit. */
function freshSource(): string {
  return `import { a } from './a';\nexport const x: number = a + ${Date.now()}${process.pid} ?? 1;\nexport enum E { A, B }\n`;
}

const entries = (): string[] => (existsSync(TRANSPILE_CACHE_DIR) ? readdirSync(TRANSPILE_CACHE_DIR) : []);

// The entries these tests add (their sources are unique to the run) are removed after them, and only those.
const atStart = new Set(entries());
afterAll(() => {
  for (const name of entries()) if (!atStart.has(name)) rmSync(join(TRANSPILE_CACHE_DIR, name));
});

describe('cachedTranspile', () => {
  test('gives what transpileModule gives, on the miss and on the hit', () => {
    const source = freshSource();
    const before = new Set(entries());
    const miss = cachedTranspile(source, '/src/x.ts', OPTIONS);
    const added = entries().filter((name) => !before.has(name));
    expect(added).toHaveLength(1);
    expect(added[0]).toMatch(/^[0-9a-f]{64}\.js$/);
    expect(miss).toBe(direct(source, '/src/x.ts'));
    expect(miss).toContain('require("./a")');
    expect(cachedTranspile(source, '/src/x.ts', OPTIONS)).toBe(miss);
    expect(entries().filter((name) => !before.has(name))).toEqual(added);
  });

  test('answers a hit from the cache: the stored entry is what it returns', () => {
    const source = freshSource();
    const before = new Set(entries());
    cachedTranspile(source, '/src/y.ts', OPTIONS);
    const [name] = entries().filter((entry) => !before.has(entry));
    writeFileSync(join(TRANSPILE_CACHE_DIR, name), '/* stored */');
    expect(cachedTranspile(source, '/src/y.ts', OPTIONS)).toBe('/* stored */');
  });

  test('keys by the source text, its file name and the options', () => {
    const source = freshSource();
    const base = cachedTranspile(source, '/src/z.ts', OPTIONS);
    const before = new Set(entries());
    const edited = `${source}export const y = 2;\n`;
    expect(cachedTranspile(edited, '/src/z.ts', OPTIONS)).toBe(direct(edited, '/src/z.ts'));
    cachedTranspile(source, '/src/other.ts', OPTIONS);
    const es5 = cachedTranspile(source, '/src/z.ts', { ...OPTIONS, target: 'es5' });
    expect(es5).not.toBe(base);
    expect(es5).toBe(
      ts.transpileModule(source, {
        compilerOptions: { ...TS_OPTIONS, target: ts.ScriptTarget.ES5 },
        fileName: '/src/z.ts',
      }).outputText,
    );
    expect(entries().filter((name) => !before.has(name))).toHaveLength(3);
  });
});
