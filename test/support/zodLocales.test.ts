/**
 * The Jest mapping of zod's locales namespace (test/support/zodLocales.cjs, jest.config.js) is zod's own:
 * the same names, each the very locale zod's index gives, loaded only when read; zod's messages unchanged.
 */
import { readFileSync } from 'fs';
import { dirname, join } from 'path';
import { runInNewContext } from 'vm';
import { z } from 'zod';

const LOCALES = join(dirname(require.resolve('zod/package.json')), 'v4', 'locales');

/** zod's real index, run outside Jest's module registry: its export names, which it defines all at once. */
function realNames(): string[] {
  const exports: Record<string, unknown> = {};
  const code = readFileSync(join(LOCALES, 'index.cjs'), 'utf8');
  runInNewContext(code, { exports, require: () => ({ __esModule: true, default: () => ({}) }) });
  return Object.keys(exports).sort();
}

describe("zod's locales under Jest", () => {
  test('are mapped: loading zod loaded no locale but English', () => {
    const loaded = Object.keys(require.cache).filter((file) => file.startsWith(LOCALES));
    expect(loaded.map((file) => file.slice(LOCALES.length + 1))).toEqual(['en.cjs']);
  });

  test("have the names of zod's index, each the locale of its file", () => {
    expect(Object.keys(z.locales).sort()).toEqual(realNames());
    expect(Object.keys(z.locales)).toHaveLength(63);
    // A locale's module is its function (module.exports = exports.default).
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(z.locales.fr).toBe(require(join(LOCALES, 'fr.cjs')));
    // eslint-disable-next-line @typescript-eslint/no-require-imports
    expect(z.locales.zhCN).toBe(require(join(LOCALES, 'zh-CN.cjs')));
    expect(typeof z.locales.ptBR).toBe('function');
    expect(z.core.locales.de).toBe(z.locales.de);
  });

  test("leave zod's messages as they are", () => {
    expect(z.string().safeParse(3).error?.issues[0].message).toBe(
      'Invalid input: expected string, received number',
    );
    expect(
      z.locales.fr().localeError({ code: 'invalid_type', expected: 'string', input: 3 } as never),
    ).toMatch(/^Entrée invalide/);
  });
});
