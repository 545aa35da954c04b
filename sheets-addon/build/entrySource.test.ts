import { join } from 'path';
import { FUNCTIONS } from '../../core/functions/registry';
import type { FunctionSpec } from '../../core/functions/types';
import { customFunctionDoc, entrySource, SERVER_FUNCTIONS, stubIdentifiers } from './entrySource';

const ADDON = join(__dirname, '..');

describe('server functions of the entry', () => {
  it.each(SERVER_FUNCTIONS.map((fn) => [fn.name, fn] as const))(
    '%s is exported by its module with its parameters',
    (name, fn) => {
      // eslint-disable-next-line @typescript-eslint/no-require-imports
      const exported = (require(join(ADDON, fn.module)) as Record<string, unknown>)[name];
      expect(typeof exported).toBe('function');
      expect((exported as (...args: unknown[]) => unknown).length).toBeLessThanOrEqual(fn.params.length);
    },
  );
});

describe('entrySource', () => {
  const source = entrySource({
    functions: FUNCTIONS,
    outDir: join(ADDON, '..', 'dist', 'x'),
    addonDir: ADDON,
  });

  it('assigns every registry and server function on `global`, loading its module inside the body', () => {
    for (const spec of FUNCTIONS) {
      expect(source).toContain(
        `global.${spec.name} = function (${spec.args.map((a) => a.name).join(', ')}) {`,
      );
    }
    for (const fn of SERVER_FUNCTIONS) expect(source).toContain(`global.${fn.name} = function (`);
    expect(source).toContain(
      'require("../../sheets-addon/customFunctions").callCustomFunction("BONUSMALUS", arguments)',
    );
    // Nothing is required at the top level: module factories run only when a function is called.
    expect(source.split('\n').filter((line) => /^\S.*require\(/.test(line))).toEqual([]);
  });

  it('keeps stub names and parameters from the minifier', () => {
    expect(stubIdentifiers(FUNCTIONS)).toEqual(
      expect.arrayContaining(['BONUSMALUS', 'bonus_rate', 'onOpen', 'requests']),
    );
  });

  it('writes comment-safe, one-line help and marks optional arguments', () => {
    const spec = {
      name: 'TEST',
      summary: { en: 'Ends a comment */ here\nand wraps.', fr: '' },
      args: [
        { kind: 'scalar', name: 'a', optional: false, help: { en: 'first', fr: '' } },
        { kind: 'scalar', name: 'b', optional: true, help: { en: 'second, blank means none', fr: '' } },
        { kind: 'scalar', name: 'c', optional: true, help: { en: 'Optional: third', fr: '' } },
      ],
      examples: [],
    } as unknown as FunctionSpec;
    expect(customFunctionDoc(spec)).toBe(
      [
        '/**',
        ' * Ends a comment *\\/ here and wraps.',
        ' *',
        ' * @param {any} a first',
        ' * @param {any} b optional: second, blank means none',
        ' * @param {any} c Optional: third',
        ' * @return {number|Array<Array<number>>} the result, or one result per cell when an argument is a range',
        ' * @customfunction',
        ' */',
      ].join('\n'),
    );
  });

  it('refuses names that cannot be JavaScript identifiers', () => {
    const bad = { ...FUNCTIONS[0]!, name: 'BAD-NAME' } as FunctionSpec;
    expect(() => entrySource({ functions: [bad], outDir: ADDON, addonDir: ADDON })).toThrow(
      'Function name "BAD-NAME" is not a JavaScript identifier.',
    );
  });
});
