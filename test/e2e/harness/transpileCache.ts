/**
 * TypeScript's `transpileModule` with a disk cache keyed by the source, for `bundleForBrowser`: some ten
 * browser test files each bundle the pane (some 40 modules), which took 2.3 s warm and 3.5 to 5 s cold
 * per file (the transpiles and loading the compiler). The cache is shared by Jest's workers and later
 * runs; an entry is the output of exactly this compiler version and options for exactly this source
 * text, so a hit is what a transpile would give.
 */
import { createHash } from 'crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'fs';
import { tmpdir } from 'os';
import { join } from 'path';
import type * as TypeScript from 'typescript';

/** Where entries live: one file per source text, named by its key. */
export const TRANSPILE_CACHE_DIR = join(tmpdir(), 'outcome-fees-transpile-cache');

// The compiler's version from its package.json, without loading the compiler itself.
const TS_VERSION: string = JSON.parse(
  readFileSync(require.resolve('typescript/package.json'), 'utf8'),
).version;

let compiler: typeof TypeScript | undefined;

/** Loaded on the first miss only: a run whose sources are all cached never pays for it. */
function typescript(): typeof TypeScript {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- a lazy load is the point
  compiler ??= require('typescript') as typeof TypeScript;
  return compiler;
}

/** Compiler options as tsconfig.json writes them (`target: 'es2020'`), which `transpileModule` takes too. */
export type TsconfigOptions = Readonly<Record<string, string | boolean>>;

/** The JavaScript of `source` (the file at `fileName`) under `options`, from the cache when it holds it. */
export function cachedTranspile(source: string, fileName: string, options: TsconfigOptions): string {
  const key = createHash('sha256')
    .update(JSON.stringify([TS_VERSION, options, fileName]))
    .update('\0')
    .update(source)
    .digest('hex');
  const entry = join(TRANSPILE_CACHE_DIR, `${key}.js`);
  try {
    return readFileSync(entry, 'utf8');
  } catch {
    // Not cached yet (or the directory is gone): transpile and store below.
  }
  const output = typescript().transpileModule(source, {
    compilerOptions: options as TypeScript.CompilerOptions,
    fileName,
  }).outputText;
  mkdirSync(TRANSPILE_CACHE_DIR, { recursive: true });
  // Written aside then renamed, so that a worker reading at the same time sees all of it or nothing.
  const partial = `${entry}.${process.pid}.tmp`;
  writeFileSync(partial, output);
  renameSync(partial, entry);
  return output;
}
