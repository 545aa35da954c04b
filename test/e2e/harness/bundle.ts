/**
 * A test-only bundler: transpiles a TypeScript entry and the relative modules it imports into one
 * browser script, in well under a second. It resolves relative imports only; code that imports packages
 * is bundled by the hosts' webpack builds instead.
 */
import { existsSync, readFileSync, statSync } from 'fs';
import { dirname, relative, resolve } from 'path';
import { cachedTranspile, type TsconfigOptions } from './transpileCache';

/** Options of `bundleForBrowser`. */
export interface BundleOptions {
  /** The entry's exports are assigned to `window[globalName]`. */
  readonly globalName: string;
}

const COMPILER_OPTIONS: TsconfigOptions = {
  target: 'es2020',
  module: 'commonjs',
  esModuleInterop: true,
  strict: true,
};

/** Bundles `entry` (a `.ts` path) into a self-contained classic script. */
export function bundleForBrowser(entry: string, options: BundleOptions): string {
  const modules = new Map<string, { code: string; deps: Record<string, string> }>();
  const base = dirname(resolve(entry));
  const idOf = (file: string): string => relative(base, file).split('\\').join('/');

  const visit = (file: string): void => {
    const id = idOf(file);
    if (modules.has(id)) return;
    const source = readFileSync(file, 'utf8');
    const output = cachedTranspile(source, file, COMPILER_OPTIONS);
    const deps: Record<string, string> = {};
    modules.set(id, { code: output, deps });
    for (const match of output.matchAll(/\brequire\("([^"]+)"\)/g)) {
      const specifier = match[1];
      if (!specifier.startsWith('.')) {
        throw new Error(
          `${id} imports the package "${specifier}": bundleForBrowser only follows relative imports.`,
        );
      }
      const target = resolveModule(resolve(dirname(file), specifier), id, specifier);
      deps[specifier] = idOf(target);
      visit(target);
    }
  };
  const entryFile = resolve(entry);
  visit(entryFile);

  const table = Array.from(modules, ([id, { code, deps }]) => {
    const body = `function (module, exports, require) {\n${code}\n}`;
    return `${JSON.stringify(id)}: { deps: ${JSON.stringify(deps)}, factory: ${body} }`;
  }).join(',\n');

  return `(function () {
'use strict';
var modules = {
${table}
};
var cache = {};
function load(id) {
  if (cache[id]) return cache[id].exports;
  var module = (cache[id] = { exports: {} });
  var entry = modules[id];
  entry.factory.call(module.exports, module, module.exports, function (specifier) {
    return load(entry.deps[specifier]);
  });
  return module.exports;
}
window[${JSON.stringify(options.globalName)}] = load(${JSON.stringify(idOf(entryFile))});
})();
`;
}

function resolveModule(path: string, from: string, specifier: string): string {
  for (const candidate of [`${path}.ts`, `${path}/index.ts`, path]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  throw new Error(`${from}: cannot resolve "${specifier}".`);
}
